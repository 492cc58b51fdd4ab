package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/**
 * Numbers at the edges of what charter reads: an exponent at the end of an int is an error that says where,
 * and whatever charter writes from a plan it read, charter reads back.
 */
class NumberLimitsTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final String SIXTY_NINES = "9".repeat(60);
    private static final String SIXTY_DECIMALS = "0." + "0".repeat(59) + "1";

    @Test
    void anExponentAtTheEndOfAnIntIsRefusedInAPlan() {
        String json = JsonErrorTest.PLAN.replace("\"weight\": 18,", "\"weight\": 1E+2147483647,");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(json));
        JsonErrorTest.check(error, "/areas/0/weight", JsonErrorTest.at(json, "1E+2147483647"), "1E+2147483647");
        assertThat(error.problem()).isEqualTo("The number has more than 60 digits when written out");
    }

    @Test
    void anExponentAtTheEndOfAnIntIsRefusedInAPolicy() {
        String json = JSON.writePolicy(ScoringPolicy.defaults()).replaceFirst("\"tolerance\":[0-9.]+",
                "\"tolerance\":1E+2147483647");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPolicy(json));
        assertThat(error.pointer()).contains("/tolerance");
        assertThat(error.text()).contains("1E+2147483647");
    }

    @Test
    void anExponentAtTheEndOfAnIntIsRefusedInAScorecard() {
        Scorecard card = ReferenceScorer.defaults().score(SeedPlans.coxsBazar(),
                SeedPlans.coxsBazar().period().orElseThrow());
        String json = JSON.writeScorecard(card).replaceFirst("\"totalScore\":[0-9.]+", "\"totalScore\":1E+2147483647")
                .replaceFirst("\"exact\":\\{\"totalScore\":\"[0-9.E+-]+\",", "\"exact\":{");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.readScorecard(json));
        assertThat(error.pointer()).contains("/totalScore");
        assertThat(error.text()).contains("1E+2147483647");
    }

    @Test
    void aScorecardOfAPlanOfSixtyDigitNumbersReadsBack() {
        // Weights and achievements of 60 digits against a target of 60 decimals: the percents have 123 digits.
        String json = JsonErrorTest.PLAN.replace("\"weight\": 18,", "\"weight\": " + SIXTY_NINES + ",")
                .replace("\"weight\": 3,", "\"weight\": " + SIXTY_NINES + ",")
                .replace("\"annual\": 4", "\"annual\": " + SIXTY_DECIMALS)
                .replace("[1, 1, 1, null]", "[" + SIXTY_NINES + ", " + SIXTY_NINES + ", " + SIXTY_NINES + ", null]")
                .replace("{\"actual\": 3, \"percent\": 100}", "{\"actual\": " + SIXTY_NINES + "}");
        ActionPlan plan = JSON.readPlan(json);
        Scorecard card = ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
        String written = JSON.writeScorecard(card);
        assertThat(written).containsPattern("\"percentOfAnnualTarget\":[0-9]{123}[.,]");
        assertThat(JSON.readScorecard(written)).isEqualTo(card);
    }

    @Test
    void aScorecardOfTinyAchievementsAgainstHugeTargetsReadsBack() {
        String json = JsonErrorTest.PLAN.replace("\"annual\": 4", "\"annual\": " + SIXTY_NINES)
                .replace("[1, 1, 1, null]", "[" + SIXTY_DECIMALS + ", 0, 0, null]")
                .replace("{\"actual\": 3, \"percent\": 100}", "{}");
        ActionPlan plan = JSON.readPlan(json);
        Scorecard card = ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
        assertThat(JSON.readScorecard(JSON.writeScorecard(card))).isEqualTo(card);
    }
}
