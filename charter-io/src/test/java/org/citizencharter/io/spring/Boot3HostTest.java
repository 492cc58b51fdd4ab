package org.citizencharter.io.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot 3.5 host, as a new user writes one: charter-io on the class path and no charter bean
 * declared. Boot's own Jackson 2 mapper, autowired, reads a plan, the engine scores it, and the mapper
 * writes the scorecard exactly as {@link CharterJson} does.
 */
@SpringBootTest(classes = Boot3HostTest.HostApplication.class)
class Boot3HostTest {

    /** The host application: nothing about charter in it. */
    @SpringBootApplication
    static class HostApplication {
    }

    @Autowired
    ObjectMapper mapper;

    @Test
    void bootsMapperReadsAPlanAndWritesItsScorecard() throws Exception {
        byte[] document = Files.readAllBytes(Path.of("../charter-examples/samples/coxsbazar-cc-2022-23-q3.json"));
        ActionPlan plan = mapper.readValue(document, ActionPlan.class);
        assertThat(plan).isEqualTo(CharterJson.standard().readPlan(new java.io.ByteArrayInputStream(document), null));

        Scorecard card = ScoringEngine.defaults().score(plan);
        String written = mapper.writeValueAsString(card);
        assertThat(written).isEqualTo(CharterJson.standard().writeScorecard(card))
                .contains("\"totalScore\":18.39");
        assertThat(mapper.readValue(written, Scorecard.class)).isEqualTo(card);
    }

    @Test
    void bootsMapperSaysWhereADocumentIsWrong() {
        String plan = CharterJson.standard().writePlan(org.citizencharter.core.testing.SeedPlans.coxsBazar())
                .replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q5\"");
        JsonMappingException problem = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue(plan, ActionPlan.class));
        assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
            assertThat(invalid.pointer()).contains("/asOf");
            assertThat(invalid.text()).contains("Q5");
        });
    }

    /** As a request's body is read, from bytes: the column is counted in characters, as charter counts it. */
    @Test
    void bootsMapperCountsTheColumnInCharactersInBytes() {
        String plan = CharterJson.standard().writePlan(org.citizencharter.core.testing.SeedPlans.coxsBazar())
                .replace("\"weight\":18", "\"weight\":-18");
        InvalidInputException expected = catchThrowableOfType(InvalidInputException.class,
                () -> CharterJson.standard().readPlan(plan));
        JsonMappingException problem = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue(plan.getBytes(StandardCharsets.UTF_8), ActionPlan.class));
        assertThat(problem.getCause()).hasMessage(expected.getMessage());
        assertThat((long) problem.getLocation().getColumnNr()).isEqualTo(expected.column().orElseThrow());
    }
}
