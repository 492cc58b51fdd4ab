package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.ReferenceScorer;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas and the reader agree: every sample and generated document is accepted by both, and every
 * rejected case that a schema can express is refused by both. What a schema cannot say (a key repeated, a
 * number too long to write out) is listed, and the schema's looseness there is
 * checked too, so that the list stays true.
 */
class SchemaAgreementTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final String PLAN = JsonErrorTest.PLAN;

    private record Kind(JsonSchema schema, Consumer<String> reader) {
        boolean readerAccepts(String json) {
            try {
                reader.accept(json);
                return true;
            } catch (InvalidInputException refused) {
                return false;
            }
        }

        boolean schemaAccepts(String json) {
            return Schemas.problems(schema, json).isEmpty();
        }
    }

    private static final Kind PLANS = new Kind(Schemas.PLAN, JSON::readPlan);
    private static final Kind SCORECARDS = new Kind(Schemas.SCORECARD, JSON::readScorecard);
    private static final Kind HIERARCHIES = new Kind(Schemas.HIERARCHY, JSON::readHierarchy);
    private static final Kind POLICIES = new Kind(Schemas.POLICY, JSON::readPolicy);

    private static void bothAccept(Kind kind, String json) {
        assertThat(kind.readerAccepts(json)).as("the reader accepts %s", json).isTrue();
        assertThat(Schemas.problems(kind.schema(), json)).as("the schema's problems with %s", json).isEmpty();
    }

    private static void bothRefuse(Kind kind, String json) {
        assertThat(kind.readerAccepts(json)).as("the reader refuses %s", json).isFalse();
        assertThat(kind.schemaAccepts(json)).as("the schema refuses %s", json).isFalse();
    }

    @Test
    void samplesAndGeneratedDocumentsFollowBoth() throws IOException {
        Path samples = Path.of("../charter-examples/samples");
        bothAccept(PLANS, Files.readString(samples.resolve("coxsbazar-cc-2022-23-q3.json"), StandardCharsets.UTF_8));
        bothAccept(HIERARCHIES, Files.readString(samples.resolve("district/offices.json"), StandardCharsets.UTF_8));
        for (String line : Files.readAllLines(samples.resolve("district/plans-2023-24-q3.jsonl"))) {
            bothAccept(PLANS, line);
        }
        SplittableRandom random = new SplittableRandom(20261204L);
        for (int i = 0; i < 100; i++) {
            ActionPlan plan = PlanGenerator.using(random.split()).plan();
            bothAccept(PLANS, JSON.writePlan(plan));
            bothAccept(SCORECARDS, JSON.writeScorecard(ReferenceScorer.defaults().score(plan, plan.period().orElseThrow())));
            bothAccept(POLICIES, JSON.writePolicy(PolicyGenerator.using(random.split()).policy()));
        }
        bothAccept(HIERARCHIES, JSON.writeHierarchy(OfficeGenerator.district("Rangpur", 8)));
    }

    @Test
    void theLenientFormsTheReaderReadsFollowTheSchemaToo() {
        for (String asOf : List.of("3", "৩", "Q৩", "৩য় ত্রৈমাসিক", "q3")) {
            bothAccept(PLANS, PLAN.replace("\"asOf\": \"Q3\"", "\"asOf\": \"" + asOf + "\""));
        }
        for (String year : List.of("২০২২-২৩", "2022-2023", "2022 - 23", "2099-00", "2099-2100", "1999-2000")) {
            bothAccept(PLANS, PLAN.replace("\"2022-23\"", "\"" + year + "\""));
        }
    }

    @Test
    void whatTheSchemaCanSayBothRefuse() {
        List<String> cases = new ArrayList<>(List.of(
                PLAN.replace("\"asOf\": \"Q3\"", "\"asOf\": \"Q5\""),
                PLAN.replace("\"asOf\": \"Q3\"", "\"asOf\": \"5\""),
                PLAN.replace("\"asOf\": \"Q3\"", "\"asOf\": \"Q0\""),
                PLAN.replace("\"2022-23\"", "\"2022-24\""),
                PLAN.replace("\"2022-23\"", "\"2023-25\""),
                PLAN.replace("\"2022-23\"", "\"2022-2024\""),
                PLAN.replace("\"2022-23\"", "\"2099-01\""),
                PLAN.replace("\"2022-23\"", "\"২০২২-২৪\""),
                PLAN.replace("\"weight\": 18,", "\"weight\": -18,"),
                PLAN.replace("\"weight\": 18,", "\"weight\": true,"),
                PLAN.replace("\"weight\": 18,", ""),
                PLAN.replace("\"weight\": 18,", "\"weight\": 18, \"colour\": \"red\","),
                PLAN.replace("\"unit\": {\"kind\": \"NUMBER\", \"label\": \"সংখ্যা\"}", "\"unit\": [\"NUMBER\"]"),
                PLAN.replace("\"code\": \"1.1.1\"", "\"code\": null"),
                PLAN.replace("[1, 1, 1, null]", "[1, 1, 1]"),
                PLAN.replace("\"level\": \"DISTRICT\"", "\"level\": \"DISTRIKT\""),
                PLAN.replace("{\"hostRef\": \"A-17\"}", "[\"A-17\"]"),
                PLAN.replace("\"label\": \"সংখ্যা\"}", "\"label\": \"সংখ্যা\", \"extensions\": {}}"),
                PLAN.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
                PLAN.replace("\"annual\": 4", "\"annual\": \"2_2200\""),
                PLAN.replace("{\"kind\": \"SINGLE\", \"annual\": 4}", "{\"kind\": \"DEADLINE\", \"date\": \"2023-01-30\"}"),
                "[" + PLAN + "]"));
        for (String json : cases) {
            bothRefuse(PLANS, json);
        }
    }

    @Test
    void whatOnlyTheReaderCanSay() {
        // JSON Schema has no word for these: the reader refuses them, the schema cannot.
        List<String> readerOnly = List.of(
                PLAN.replace("\"asOf\": \"Q3\",", "\"asOf\": \"Q3\", \"kind\": \"GRS\","),
                PLAN.replace("\"annual\": 4", "\"annual\": 1e400"),
                PLAN.replace("\"annual\": 4", "\"annual\": 1E+2147483647"));
        for (String json : readerOnly) {
            assertThat(PLANS.readerAccepts(json)).as("the reader refuses %s", json).isFalse();
            assertThat(PLANS.schemaAccepts(json)).as("the schema cannot refuse %s", json).isTrue();
        }
    }
}
