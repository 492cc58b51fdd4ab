package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizencharter.core.FindingType;
import org.citizencharter.rules.testing.ScoringEngineContract;
import org.junit.jupiter.api.Test;

/**
 * An engine with default consistency rules disabled keeps the contract with no more than the {@code
 * implements} line: the contract does not expect the findings it no longer reports. (A scoring rule cannot
 * be disabled without a replacement: the engine then refuses to leave an indicator unscored.)
 */
class DisabledRulesEngineContractTest implements ScoringEngineContract {

    private static final ScoringEngine DISABLED = ScoringEngine.builder()
            .disableRule("OVER_ACHIEVEMENT")
            .disableRule("TARGETS_NOT_MONOTONIC")
            .disableRule("QUARTER_MISSING")
            .disableRule("NEGATIVE_VALUE in a target")
            .disableRule("REPORTED_SCORE_MISMATCH")
            .build();

    @Override
    public ScoringEngine engine() {
        return DISABLED;
    }

    @Override
    public int cases() {
        return 200;
    }

    @Test
    void theContractKnowsWhichFindingsTheEngineNoLongerReports() {
        assertThat(reports(FindingType.OVER_ACHIEVEMENT)).isFalse();
        assertThat(reports(FindingType.NEGATIVE_VALUE)).as("one of its two rules is disabled").isFalse();
        assertThat(reports(FindingType.REPORTED_SCORE_MISMATCH)).isFalse();
        assertThat(reports(FindingType.TARGET_MISSING)).isTrue();
        assertThat(reports(FindingType.FUTURE_QUARTER_REPORTED)).isTrue();
        assertThat(engine().ruleNames()).doesNotContain("OVER_ACHIEVEMENT", "NEGATIVE_VALUE in a target")
                .contains("NEGATIVE_VALUE in an achievement");
    }
}
