package org.citizencharter.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizencharter.io.fuzz.Outcome.AT_A_LINE;
import static org.citizencharter.io.fuzz.Outcome.readOrRefuse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import org.citizencharter.rules.limit.LimitScorer;

/**
 * Whatever plan can be read can be scored: data problems are findings, never exceptions, however odd
 * the plan (huge or tiny numbers, zero weights, dates at the ends of the calendar). The scorecard, too,
 * is written and read back equal, and the limit scorer (the same policy as plain Java, charter-rules' test-jar)
 * gives the same scorecard: the engine's rules and the yardstick agree beyond the generated plans.
 */
class ScoringFuzzTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final LimitScorer LIMIT = LimitScorer.defaults();

    @FuzzTest
    void anyPlanReadIsScored(byte[] input) {
        readOrRefuse(() -> JSON.readPlan(new ByteArrayInputStream(input), "fuzz.json"), AT_A_LINE, plan -> {
            ReportingPeriod period = ReportingPeriod.of(plan.fiscalYear(), plan.asOf().orElse(Quarter.Q4));
            Scorecard card = ENGINE.score(plan, period);
            assertThat(JSON.readScorecard(JSON.writeScorecard(card))).isEqualTo(card);
            assertThat(LIMIT.score(plan, period)).isEqualTo(card);
        });
    }
}
