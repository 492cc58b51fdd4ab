package org.citizencharter.jackson3.spring;

import org.citizencharter.jackson3.CharterModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Gives a Spring Boot 4 application's Jackson 3 {@code JsonMapper} charter's {@link CharterModule}: Boot
 * registers every {@code JacksonModule} bean with the mapper it builds (and, unless
 * {@code spring.jackson.find-and-add-modules} is false, the service loader's too; Jackson registers a module
 * once). Listed in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports},
 * so the host declares nothing; a host that declares its own {@code CharterModule} bean keeps it.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(name = "tools.jackson.databind.json.JsonMapper")
public class CharterJacksonAutoConfiguration {

    /** Made by Spring. */
    public CharterJacksonAutoConfiguration() {
    }

    /**
     * charter's Jackson 3 module, writing scorecard figures to 2 decimals.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CharterModule charterJackson3Module() {
        return new CharterModule();
    }
}
