package org.citizencharter.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.citizencharter.core.ActionPlan;
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
import org.citizencharter.io.CharterJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** A plain Jackson 3 mapper finds the module through the service loader and reads and writes as charter-io does. */
class CharterModuleTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    @Test
    void everyDocumentReadsAndWritesAsCharterIoDoes() {
        ActionPlan plan = SeedPlans.coxsBazar().withExtensions(Extensions.of("{\"hostRef\":\"e-nothi/2023/cc/0417\"}"));
        Scorecard card = ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
        OfficeHierarchy hierarchy = OfficeGenerator.district("Rangpur", 3)
                .withExtensions(Extensions.of("{\"source\":\"e-Nothi\"}"));
        ScoringPolicy policy = ScoringPolicy.defaults().toBuilder()
                .extensions(Extensions.of("{\"circular\":\"মপবি/২০২৫/১৭\"}")).build();
        assertThat(MAPPER.writeValueAsString(plan)).isEqualTo(JSON.writePlan(plan));
        assertThat(MAPPER.writeValueAsString(card)).isEqualTo(JSON.writeScorecard(card));
        assertThat(MAPPER.writeValueAsString(hierarchy)).isEqualTo(JSON.writeHierarchy(hierarchy));
        assertThat(MAPPER.writeValueAsString(policy)).isEqualTo(JSON.writePolicy(policy));
        assertThat(MAPPER.readValue(JSON.writePlan(plan), ActionPlan.class)).isEqualTo(plan);
        assertThat(MAPPER.readValue(JSON.writeScorecard(card), Scorecard.class)).isEqualTo(card);
        assertThat(MAPPER.readValue(JSON.writeHierarchy(hierarchy), OfficeHierarchy.class)).isEqualTo(hierarchy);
        assertThat(MAPPER.readValue(JSON.writePolicy(policy), ScoringPolicy.class)).isEqualTo(policy);
    }

    /**
     * charter binds its documents with a mapper of its own: the settings a host gives its mapper (unknown
     * properties ignored, as Jackson 3 does by default, a naming strategy, properties matched in any case)
     * change neither what is read nor what is refused.
     */
    @Test
    void theHostsMapperSettingsChangeNothingCharterReads() {
        JsonMapper host = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .findAndAddModules()
                .build();
        String plan = JSON.writePlan(SeedPlans.coxsBazar());
        assertThat(host.readValue(plan, ActionPlan.class)).isEqualTo(JSON.readPlan(plan));
        for (String json : List.of(plan.replace("\"weight\":18,", "\"weight\":18,\"colour\":\"red\","),
                plan.replace("\"fiscalYear\"", "\"FiscalYear\""), plan.replace("[1,1,1,null]", "1"))) {
            DatabindException error = catchThrowableOfType(DatabindException.class,
                    () -> host.readValue(json, ActionPlan.class));
            assertThat(error).as(json).isNotNull();
            InvalidInputException expected = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(json));
            assertThat(error.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                    cause -> assertThat(cause.getMessage()).isEqualTo(expected.getMessage()));
        }
    }

    @Test
    void numbersKeepTheirTextAndStringsTheirEscapes() {
        String json = JSON.writePlan(SeedPlans.coxsBazar()).replace("\"annual\":90", "\"annual\":90.000000000000000000001")
                .replace("\"en\":\"\"", "\"en\":\"a \\\"quoted\\\" \\\\ \\n line\"");
        assertThat(MAPPER.readValue(json, ActionPlan.class)).isEqualTo(JSON.readPlan(json));
    }

    @Test
    void aDocumentInsideTheHostsOwnValueIsPointedAtFromTheRoot() {
        String plan = JSON.writePlan(SeedPlans.coxsBazar()).replace("\"weight\":18", "\"weight\":-18");
        DatabindException problem = catchThrowableOfType(DatabindException.class,
                () -> MAPPER.readValue("{\"plans\": [" + plan + "]}", new TypeReference<Map<String, List<ActionPlan>>>() {
                }));
        assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
            assertThat(invalid.pointer()).contains("/plans/0/areas/0/weight");
            assertThat(invalid.text()).contains("-18");
            assertThat(invalid.problem()).isEqualTo("A weight must not be negative");
        });
    }

    @Test
    void aKeyRepeatedIsRefusedAsCharterIoRefusesIt() {
        String plan = JSON.writePlan(SeedPlans.coxsBazar()).replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q3\",\"asOf\":\"Q4\"");
        DatabindException problem = catchThrowableOfType(DatabindException.class,
                () -> MAPPER.readValue(plan, ActionPlan.class));
        assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problem()).isEqualTo("The key appears twice in one object"));
    }

    /** A host's own request, holding charter's value types. */
    record Request(OfficeId office, FiscalYear year, Quarter asOf, IndicatorCode indicator, Weight weight) {
    }

    @Test
    void aHostsOwnObjectHoldsChartersValuesAsOnJackson2() throws Exception {
        String json = "{\"office\":\"coop-district-coxsbazar\",\"year\":\"2022-23\",\"asOf\":\"Q3\","
                + "\"indicator\":\"1.1.1\",\"weight\":2.50}";
        Request request = MAPPER.readValue(json, Request.class);
        assertThat(request).isEqualTo(new Request(OfficeId.of("coop-district-coxsbazar"), FiscalYear.parse("2022-23"),
                Quarter.Q3, IndicatorCode.parse("1.1.1"), Weight.parse("2.50")));
        assertThat(MAPPER.writeValueAsString(request)).isEqualTo(json)
                .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writeValueAsString(request));

        InvalidFormatException error = catchThrowableOfType(InvalidFormatException.class,
                () -> MAPPER.readValue(json.replace("2022-23", "2022-24"), Request.class));
        assertThat(error.getPath()).extracting(DatabindException.Reference::getPropertyName).containsExactly("year");
        assertThat(error.getValue()).isEqualTo("2022-24");
        assertThat(error.getCause()).isInstanceOf(InvalidInputException.class);
    }
}
