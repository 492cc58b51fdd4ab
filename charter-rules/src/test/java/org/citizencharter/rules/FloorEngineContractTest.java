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

    @Test
    void theFloorAsDocsRulesMdWritesItCompilesAndScoresTheSame() throws java.io.IOException {
        // The rule authors copy from the documentation: it must compile against today's facts and score as the file.
        String page = java.nio.file.Files.readString(Path.of("..", "docs", "rules.md"),
                java.nio.charset.StandardCharsets.UTF_8);
        int start = page.indexOf("```\npackage org.citizencharter.custom;");
        assertThat(start).as("docs/rules.md shows the floor").isNotNegative();
        String drl = page.substring(start + 4, page.indexOf("```", start + 4));
        ScoringEngine documented = ScoringEngine.builder().rules("docs/rules.md", drl).build();
        for (Integer q3 : new Integer[] {0, 1}) {
            org.citizencharter.core.ActionPlan plan = Plans.plan(Plans.count().quarters(Plans.quarters(1, 1, q3, null))
                    .build());
            assertThat(documented.score(plan, Plans.Q3)).isEqualTo(FLOOR.score(plan, Plans.Q3));
        }
    }
}
