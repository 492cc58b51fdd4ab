package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Scoring policies survive JSON, every field over its whole range. */
class PolicyJsonProperties {

    private static final CharterJson JSON = CharterJson.standard();

    @Test
    void policiesRoundTrip() {
        Property.forAll("policy → JSON → policy", random -> {
            RoundTrip.policies(JSON).check(PolicyGenerator.using(random).policy());
        });
    }

    @Test
    void theDefaultPolicyRoundTrips() {
        assertThat(RoundTrip.policies(JSON).check(ScoringPolicy.defaults())).isEqualTo("{\"schemaVersion\":1,"
                + "\"id\":\"charter-default\",\"version\":\"2026.1\",\"fiscalYears\":{},\"severities\":{},\"tolerance\":0,"
                + "\"conventionalTotals\":{\"CITIZEN_CHARTER\":25,\"GRS\":25,\"NIS\":50,\"RTI\":25,\"EGOV\":25,\"APA\":100},"
                + "\"missingQuarterCountsZero\":true,\"roundingScale\":2,\"divisionPrecision\":16}");
    }
}
