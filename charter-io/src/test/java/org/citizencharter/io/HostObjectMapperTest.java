package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.OptionalLong;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Weight;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/** A host's own plain ObjectMapper finds the module through the service loader and reads and writes with it. */
class HostObjectMapperTest {

    private static final CharterJson JSON = CharterJson.standard();

    @Test
    void aPlainMapperReadsAPlanAndWritesAScorecard() throws Exception {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules();
        assertThat(host.getRegisteredModuleIds()).anySatisfy(id -> assertThat(id.toString()).contains("CharterModule"));

        ActionPlan plan = host.readValue(JsonErrorTest.PLAN, ActionPlan.class);
        assertThat(plan).isEqualTo(JSON.readPlan(JsonErrorTest.PLAN));
        assertThat(plan.extensions().json()).isEqualTo("{\"hostRef\":\"A-17\"}");

        Scorecard card = ReferenceScorer.defaults().score(SeedPlans.coxsBazar(), SeedPlans.coxsBazar().period().orElseThrow());
        String written = host.writeValueAsString(card);
        assertThat(written).isEqualTo(JSON.writeScorecard(card));
        assertThat(written).contains("\"totalScore\":18.39,\"percentOfTotal\":73.56");
        assertThat(host.readValue(written, Scorecard.class)).isEqualTo(card);
    }

    /**
     * charter binds its documents with a mapper of its own: the settings a host gives its mapper (Spring
     * Boot's leniency with unknown properties, a naming strategy, properties matched in any case) change
     * neither what is read nor what is refused.
     */
    @Test
    void theHostsMapperSettingsChangeNothingCharterReads() throws Exception {
        ObjectMapper host = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new CharterModule())
                .build();
        assertThat(host.readValue(JsonErrorTest.PLAN, ActionPlan.class)).isEqualTo(JSON.readPlan(JsonErrorTest.PLAN));
        for (String json : java.util.List.of(
                JsonErrorTest.PLAN.replace("\"weight\": 18,", "\"weight\": 18, \"colour\": \"red\","),
                JsonErrorTest.PLAN.replace("\"fiscalYear\"", "\"FiscalYear\""),
                JsonErrorTest.PLAN.replace("\"quarters\": [1, 1, 1, null]", "\"quarters\": 1"))) {
            JsonMappingException error = catchThrowableOfType(JsonMappingException.class,
                    () -> host.readValue(json, ActionPlan.class));
            assertThat(error).as(json).isNotNull();
            InvalidInputException expected = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(json));
            assertThat(error.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                    cause -> assertThat(cause.getMessage()).isEqualTo(expected.getMessage()));
        }
    }

    @Test
    void aPlainMapperWritesEveryDocumentAsTheFacadeDoes() throws Exception {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules();
        ActionPlan plan = SeedPlans.coxsBazar();
        OfficeHierarchy hierarchy = OfficeGenerator.district("Rangpur", 3)
                .withExtensions(Extensions.of("{\"source\":\"e-Nothi\"}"));
        ScoringPolicy policy = ScoringPolicy.defaults().toBuilder()
                .extensions(Extensions.of("{\"circular\":\"মপবি/২০২৫/১৭\"}")).build();
        assertThat(host.writeValueAsString(plan)).isEqualTo(JSON.writePlan(plan));
        assertThat(host.writeValueAsString(hierarchy)).isEqualTo(JSON.writeHierarchy(hierarchy));
        assertThat(host.writeValueAsString(policy)).isEqualTo(JSON.writePolicy(policy));
        assertThat(host.readValue(JSON.writeHierarchy(hierarchy), OfficeHierarchy.class)).isEqualTo(hierarchy);
        assertThat(host.readValue(JSON.writePolicy(policy), ScoringPolicy.class)).isEqualTo(policy);
    }

    @Test
    void aMapperThatIndentsStillWritesExactNumbersInCanonicalOrder() throws Exception {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
        ActionPlan plan = SeedPlans.coxsBazar();
        String indented = host.writeValueAsString(plan);
        assertThat(indented).contains("\n");
        assertThat(JsonText.compact(indented)).isEqualTo(JSON.writePlan(plan));
    }

    @Test
    void aDocumentTheHostCannotReadIsAMappingExceptionCausedByCharters() {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules();
        String json = JsonErrorTest.PLAN.replace("\"weight\": 18,", "\"weight\": -18,");
        JsonMappingException error = catchThrowableOfType(JsonMappingException.class,
                () -> host.readValue(json, ActionPlan.class));
        assertThat(error.getCause()).isInstanceOf(InvalidInputException.class);
        InvalidInputException cause = (InvalidInputException) error.getCause();
        assertThat(cause.pointer()).contains("/areas/0/weight");
        assertThat(cause.line()).isEqualTo(OptionalLong.of(JsonErrorTest.at(json, "-18")[0]));
        assertThat(cause.text()).contains("-18");
        assertThat(error.getLocation().getLineNr()).isEqualTo(JsonErrorTest.at(json, "-18")[0]);
        assertThat(error.getLocation().getColumnNr()).isEqualTo(JsonErrorTest.at(json, "-18")[1]);
    }

    @Test
    void aPlainMapperWithoutDuplicateDetectionStillRefusesARepeatedKey() {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules();
        String json = JsonErrorTest.PLAN.replace("\"asOf\": \"Q3\",", "\"asOf\": \"Q3\", \"asOf\": \"Q4\",");
        JsonMappingException error = catchThrowableOfType(JsonMappingException.class,
                () -> host.readValue(json, ActionPlan.class));
        InvalidInputException cause = (InvalidInputException) error.getCause();
        JsonErrorTest.check(cause, "/asOf", JsonErrorTest.at(json, "\"asOf\": \"Q4\""), "asOf");
    }

    @Test
    void aMapperWithJacksonsDuplicateDetectionReportsTheKeyAsCharterDoes() {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules()
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        String json = JsonErrorTest.PLAN.replace("\"asOf\": \"Q3\",", "\"asOf\": \"Q3\", \"asOf\": \"Q4\",");
        JsonMappingException error = catchThrowableOfType(JsonMappingException.class,
                () -> host.readValue(json, ActionPlan.class));
        InvalidInputException cause = (InvalidInputException) error.getCause();
        // charter's own check finds it first, at the second key.
        JsonErrorTest.check(cause, "/asOf", JsonErrorTest.at(json, "\"asOf\": \"Q4\""), "asOf");
        assertThat(cause.problem()).isEqualTo("The key appears twice in one object");
    }

    @Test
    void theModuleRegisteredLastDecidesTheRoundingScale() throws Exception {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules()
                .registerModule(new CharterModule().withRoundingScale(4));
        Scorecard card = ReferenceScorer.defaults().score(SeedPlans.coxsBazar(), SeedPlans.coxsBazar().period().orElseThrow());
        assertThat(host.writeValueAsString(card))
                .contains("\"roundingScale\":4")
                .contains("\"totalScore\":18.3889,\"percentOfTotal\":73.5556")
                .isEqualTo(JSON.withRoundingScale(4).writeScorecard(card));
    }

    /** A host's own request, holding charter's value types. */
    record Request(OfficeId office, FiscalYear year, Quarter asOf, AreaCode area, ActivityCode activity,
            IndicatorCode indicator, Weight weight) {
    }

    @Test
    void aHostsOwnObjectHoldsChartersValuesAsTheDocumentsWriteThem() throws Exception {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules();
        String json = "{\"office\":\"coop-district-coxsbazar\",\"year\":\"2022-23\",\"asOf\":\"Q3\",\"area\":\"1\","
                + "\"activity\":\"1.1\",\"indicator\":\"1.1.1\",\"weight\":2.50}";
        Request request = host.readValue(json, Request.class);
        assertThat(request).isEqualTo(new Request(OfficeId.of("coop-district-coxsbazar"), FiscalYear.parse("2022-23"),
                Quarter.Q3, AreaCode.parse("1"), ActivityCode.parse("1.1"), IndicatorCode.parse("1.1.1"),
                Weight.parse("2.50")));
        assertThat(host.writeValueAsString(request)).isEqualTo(json);
        // Bengali digits read as the documents read them.
        assertThat(host.readValue(json.replace("\"2022-23\"", "\"২০২২-২৩\"").replace("2.50", "\"২.৫০\""), Request.class))
                .isEqualTo(request);
    }

    @Test
    void aValueTheHostCannotReadIsDatabindsInvalidFormatCausedByCharters() {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules();
        String json = "{\"office\":\"coop-district-coxsbazar\",\n \"year\":\"2022-24\"}";
        InvalidFormatException error = catchThrowableOfType(InvalidFormatException.class,
                () -> host.readValue(json, Request.class));
        assertThat(error.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("year");
        assertThat(error.getLocation().getLineNr()).isEqualTo(2);
        assertThat(error.getLocation().getColumnNr()).isEqualTo(9);
        assertThat(error.getValue()).isEqualTo("2022-24");
        assertThat(error.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                cause -> assertThat(error.getOriginalMessage()).isEqualTo(cause.problem()));
        assertThat(catchThrowableOfType(JsonMappingException.class,
                () -> host.readValue("{\"weight\":true}", Request.class)).getPath())
                .extracting(JsonMappingException.Reference::getFieldName).containsExactly("weight");
    }
}
