package org.citizencharter.io.spring;

import org.citizencharter.io.CharterModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Gives a Spring Boot 3 application's Jackson 2 {@code ObjectMapper} charter's {@link CharterModule}: Boot
 * registers every {@code Module} bean with the mapper it builds, and does not look in
 * {@code META-INF/services} itself. Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, so the host
 * declares nothing; a host that declares its own {@code CharterModule} bean (another rounding scale, say)
 * keeps it. Spring Boot 4 builds a Jackson 3 mapper and is served by charter-jackson3 instead.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass(name = {"com.fasterxml.jackson.databind.ObjectMapper",
        "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
public class CharterJacksonAutoConfiguration {

    /** Made by Spring. */
    public CharterJacksonAutoConfiguration() {
    }

    /**
     * charter's module, writing scorecard figures to 2 decimals.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CharterModule charterModule() {
        return new CharterModule();
    }
}
