package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.FiscalYearRange;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Weight;
import org.junit.jupiter.api.Test;

/** The scoring policy document: what a field left out means, and the errors of each field. */
class PolicyJsonTest {

    private static final CharterJson JSON = CharterJson.standard();

    private static final String GPMS = """
            {
              "schemaVersion": 1,
              "id": "gpms",
              "version": "2025.1",
              "fiscalYears": {"from": "২০২৫-২৬"},
              "severities": {"OVER_ACHIEVEMENT": "INFO", "HOST_RULE_7": "ERROR"},
              "tolerance": 0.5,
              "conventionalTotals": {"APA": 70, "NIS": "৩০"}
            }
            """;

    @Test
    void fieldsLeftOutTakeTheDefaultPolicysValues() {
        ScoringPolicy policy = JSON.readPolicy(GPMS);
        assertThat(policy).isEqualTo(ScoringPolicy.defaults().toBuilder().id("gpms").version("2025.1")
                .fiscalYears(FiscalYearRange.from(FiscalYear.of(2025)))
                .severity("OVER_ACHIEVEMENT", Severity.INFO).severity("HOST_RULE_7", Severity.ERROR)
                .tolerance(new BigDecimal("0.5"))
                .conventionalTotals(java.util.Map.of(PlanKind.APA, Weight.of(70), PlanKind.NIS, Weight.of(30)))
                .build());
        Schemas.assertFollows(Schemas.POLICY, GPMS);
        assertThat(JSON.writePolicy(policy)).isEqualTo("{\"schemaVersion\":1,\"id\":\"gpms\",\"version\":\"2025.1\","
                + "\"fiscalYears\":{\"from\":\"2025-26\"},\"severities\":{\"HOST_RULE_7\":\"ERROR\",\"OVER_ACHIEVEMENT\":\"INFO\"},"
                + "\"tolerance\":0.5,\"conventionalTotals\":{\"NIS\":30,\"APA\":70},\"missingQuarterCountsZero\":true,"
                + "\"roundingScale\":2,\"divisionPrecision\":16}");
    }

    @Test
    void anIdThePolicyRulesRefuse() {
        String json = GPMS.replace("\"gpms\"", "\"gpms 2025\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readPolicy, json,
                "/id", JsonErrorTest.at(json, "\"gpms 2025\""), "gpms 2025");
    }

    @Test
    void aSeverityForSomethingThatIsNotAFindingId() {
        String json = GPMS.replace("\"HOST_RULE_7\"", "\"host rule 7\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readPolicy, json,
                "/severities/host rule 7", JsonErrorTest.at(json, "\"host rule 7\""), "host rule 7");
    }

    @Test
    void aTotalForSomethingThatIsNotAKindOfPlan() {
        String json = GPMS.replace("\"APA\": 70", "\"GPMS\": 70");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readPolicy, json,
                "/conventionalTotals/GPMS", JsonErrorTest.at(json, "\"GPMS\""), "GPMS");
        assertThat(error.problem()).isEqualTo("The key is not a kind of plan");
    }

    @Test
    void aNegativeTolerance() {
        String json = GPMS.replace("0.5", "-0.5");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readPolicy, json,
                "/tolerance", JsonErrorTest.at(json, "-0.5"), "-0.5");
    }

    @Test
    void fiscalYearsThatEndBeforeTheyBegin() {
        String json = GPMS.replace("{\"from\": \"২০২৫-২৬\"}", "{\"from\": \"2025-26\", \"until\": \"2024-25\"}");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readPolicy, json,
                "/fiscalYears", JsonErrorTest.at(json, "{\"from\": \"2025-26\""), "2025-26..2024-25");
    }

    @Test
    void aPrecisionThatIsNotAWholeNumber() {
        String json = GPMS.replace("\"tolerance\": 0.5,", "\"tolerance\": 0.5, \"divisionPrecision\": 16.0,");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readPolicy, json,
                "/divisionPrecision", JsonErrorTest.at(json, "16.0"), "16.0");
        assertThat(error.problem()).isEqualTo("The field \"divisionPrecision\" must be a whole number, not a number");
    }

    @Test
    void theHostsDataIsKeptAndWrittenBackLast() {
        String json = GPMS.replace("\"tolerance\": 0.5,", "\"extensions\": {\"circular\": \"মপবি/২০২৫/১৭\", \"n\": 1e400},"
                + " \"tolerance\": 0.5,");
        Schemas.assertFollows(Schemas.POLICY, json);
        ScoringPolicy policy = JSON.readPolicy(json);
        assertThat(policy.extensions()).isEqualTo(Extensions.of("{\"circular\":\"মপবি/২০২৫/১৭\",\"n\":1e400}"));
        assertThat(policy.toBuilder().extensions(Extensions.NONE).build()).isEqualTo(JSON.readPolicy(GPMS));
        assertThat(JSON.writePolicy(policy)).endsWith("\"divisionPrecision\":16,"
                + "\"extensions\":{\"circular\":\"মপবি/২০২৫/১৭\",\"n\":1e400}}");
        assertThat(JSON.readPolicy(JSON.writePolicy(policy))).isEqualTo(policy);
    }

    @Test
    void extensionsThatAreEmptyOrNullAreNone() {
        for (String none : new String[] {"{}", "null"}) {
            String json = GPMS.replace("\"tolerance\": 0.5,", "\"extensions\": " + none + ", \"tolerance\": 0.5,");
            assertThat(JSON.readPolicy(json)).isEqualTo(JSON.readPolicy(GPMS));
        }
    }

    @Test
    void extensionsThatAreNotAnObject() {
        String json = GPMS.replace("\"tolerance\": 0.5,", "\"extensions\": [\"circular\"], \"tolerance\": 0.5,");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readPolicy, json,
                "/extensions", JsonErrorTest.at(json, "[\"circular\"]"), null);
        assertThat(error.problem()).isEqualTo("The field \"extensions\" must be an object, not an array");
    }
}
