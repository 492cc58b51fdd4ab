package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.rules.testing.ScoringEngineContract;
import org.junit.jupiter.api.Test;

/** An engine with an author's 60 % floor, built from a DRL file, keeps the contract too. */
class FloorEngineContractTest implements ScoringEngineContract {

    private static final ScoringEngine FLOOR = ScoringEngine.builder()
            .rules(Path.of("src/test/resources/rules/sixty-percent-floor.drl"))
            .build();

    @Override
    public ScoringEngine engine() {
        return FLOOR;
    }

    @Test
    void belowSixtyPercentEarnsNothing() {
        IndicatorResult half = FLOOR.score(Plans.plan(Plans.count().quarters(Plans.quarters(1, 1, 0, null)).build()),
                Plans.Q3).indicators().getOnly();
        assertThat(half.score()).as("2 of 4 is 50 %").isZero();
        assertThat(half.explanation().notes()).containsExactly("below 60 % of the target: no marks");
        IndicatorResult most = FLOOR.score(Plans.plan(Plans.count().build()), Plans.Q3).indicators().getOnly();
        assertThat(most.score()).as("3 of 4 is 75 %").isEqualByComparingTo("3");
        assertThat(FLOOR.ruleNames()).contains("Sixty percent floor");
    }
}
