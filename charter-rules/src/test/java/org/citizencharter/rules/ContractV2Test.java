package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizencharter.rules.Plans.count;
import static org.citizencharter.rules.Plans.dec;
import static org.citizencharter.rules.Plans.has;
import static org.citizencharter.rules.Plans.only;
import static org.citizencharter.rules.Plans.percent;
import static org.citizencharter.rules.Plans.plan;
import static org.citizencharter.rules.Plans.quarters;
import static org.citizencharter.rules.Plans.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.core.testing.ReferenceScorer;
import org.junit.jupiter.api.Test;

/**
 * The clauses that version 2 of the contract (domain.md §3 and §4) adds or changes, each with the smallest
 * plan that shows it, through the public API. Each plan is also scored by the reference scorer, which must
 * agree on every figure and finding.
 */
class ContractV2Test {

    private static Scorecard both(ActionPlan plan) {
        Scorecard engine = score(plan);
        Scorecard reference = ReferenceScorer.defaults().score(plan, Plans.Q3);
        assertThat(engine.indicators().collect(IndicatorResult::score))
                .as("the reference agrees").isEqualTo(reference.indicators().collect(IndicatorResult::score));
        assertThat(engine.indicators().collect(IndicatorResult::onTrackScore))
                .isEqualTo(reference.indicators().collect(IndicatorResult::onTrackScore));
        assertThat(engine.indicators().collect(IndicatorResult::percentOfAnnualTarget))
                .isEqualTo(reference.indicators().collect(IndicatorResult::percentOfAnnualTarget));
        assertThat(engine.indicators().collect(IndicatorResult::percentOfTargetToDate))
                .isEqualTo(reference.indicators().collect(IndicatorResult::percentOfTargetToDate));
        assertThat(engine.indicators().collect(IndicatorResult::status))
                .isEqualTo(reference.indicators().collect(IndicatorResult::status));
        assertThat(Plans.ids(engine)).isEqualTo(Plans.ids(reference));
        return engine;
    }

    private static IndicatorResult one(ActionPlan plan) {
        return only(both(plan));
    }

    private static Target graded(String... columns) {
        return Target.graded(Arrays.stream(columns).map(Plans::dec).toArray(BigDecimal[]::new));
    }

    private static org.citizencharter.core.Indicator.Builder gradedCount(String achieved, String... columns) {
        return count().method(CalculationMethod.CUMULATIVE).target(graded(columns)).quarters(QuarterValues.NONE)
                .quarter(Quarter.Q1, Value.of(dec(achieved)));
    }

    // §3 worked figures not shown elsewhere ------------------------------------------------------------

    @Test
    void theCoxsBazarCountAsOfQ3() {
        IndicatorResult result = one(plan(count().weight("3").build()));
        assertThat(result.achieved().amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("3"));
        assertThat(result.targetToDate().amount()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("3"));
        assertThat(result.percentOfAnnualTarget().orElseThrow()).isEqualByComparingTo("75");
        assertThat(result.percentOfTargetToDate().orElseThrow()).isEqualByComparingTo("100");
        assertThat(result.score()).isEqualByComparingTo("2.25");
    }

    @Test
    void theCoxsBazarRateIsAveragedAndItsScoreWrittenOnce() {
        Scorecard card = both(plan(percent().reported(Reported.NONE.withActual(Value.of(60)).withPercent(dec("100")))
                .build()));
        IndicatorResult result = only(card);
        assertThat(result.achieved().amount().orElseThrow()).isEqualByComparingTo("20");
        assertThat(result.score()).isEqualTo(new BigDecimal("0.8888888888888888888888888888888889"));
        assertThat(card.round(result.score()).toPlainString()).isEqualTo("0.89");
        assertThat(Plans.ids(card)).contains("REPORTED_TOTAL_MISMATCH", "REPORTED_PERCENT_MISMATCH");
    }

    @Test
    void gradedRawIsExactlyEightyFiveAtElevenPointOneOneFive() {
        IndicatorResult result = one(plan(PlanKind.APA, gradedCount("11.115", "11.13", "11.12", "11.11", "11.10",
                "11.09").weight("4").build()));
        assertThat(result.score()).isEqualByComparingTo("3.4");
        assertThat(result.score().toPlainString()).as("no binary drift anywhere").doesNotContain("0000000000088");
    }

    // §3 percents ---------------------------------------------------------------------------------------

    @Test
    void percentsAreNullWhereTheDivisorIsZero() {
        IndicatorResult result = one(plan(count().target(Target.of(dec("4"), dec("0"), dec("0"), dec("0"), dec("4")))
                .build()));
        assertThat(result.percentOfTargetToDate()).as("T(q) = 0").isEmpty();
        assertThat(result.percentOfAnnualTarget().orElseThrow()).isEqualByComparingTo("75");
        assertThat(result.onTrackScore()).as("nothing was due yet: w").isEqualByComparingTo("4");
    }

    @Test
    void percentsAreNullWithNothingAchieved() {
        IndicatorResult result = one(plan(count().method(CalculationMethod.AVERAGE).quarters(QuarterValues.NONE)
                .build(), count().build().withCode(org.citizencharter.core.IndicatorCode.of(1, 2, 1))));
        assertThat(result.status()).isEqualTo(ScoreStatus.NO_ACHIEVEMENT);
        assertThat(result.percentOfAnnualTarget()).isEmpty();
        assertThat(result.percentOfTargetToDate()).isEmpty();
    }

    @Test
    void anUnusableTargetHasNoPercentsAndNoOnTrackScore() {
        IndicatorResult negativeQuarter = one(plan(count().target(Target.of(dec("4"), dec("-1"), dec("1"), dec("1"),
                dec("3"))).build()));
        assertThat(negativeQuarter.status()).isEqualTo(ScoreStatus.UNSCORED);
        assertThat(negativeQuarter.percentOfAnnualTarget()).isEmpty();
        assertThat(negativeQuarter.percentOfTargetToDate()).isEmpty();
        assertThat(negativeQuarter.onTrackScore()).as("v1 gave w here").isZero();
        IndicatorResult negativeAnnual = one(plan(count().target(Target.of(-4)).build()));
        assertThat(negativeAnnual.percentOfAnnualTarget()).as("v1 wrote -75 here").isEmpty();
        IndicatorResult shortGraded = one(plan(PlanKind.APA, gradedCount("5", "10", "8", "6").build()));
        assertThat(shortGraded.status()).isEqualTo(ScoreStatus.UNSCORED);
        assertThat(shortGraded.percentOfAnnualTarget()).isEmpty();
    }

    @Test
    void aSingleTargetInAnApaPlanIsScoredAsASingleTarget() {
        IndicatorResult result = one(plan(PlanKind.APA, count().build()));
        assertThat(result.score()).as("4 × 3 / 4").isEqualByComparingTo("3");
    }

    // §3 onTrackScore -----------------------------------------------------------------------------------

    @Test
    void onTrackScoreOfALowerIsBetterTargetIsAgainstTheTargetToDate() {
        IndicatorResult result = one(plan(count().polarity(Polarity.LOWER)
                .target(Target.of(dec("8"), dec("1"), dec("1"), dec("2"), dec("4"))).quarters(quarters(2, 2, 2, null))
                .build()));
        assertThat(result.score()).as("4 × min(1, 8 / 6)").isEqualByComparingTo("4");
        assertThat(result.onTrackScore()).as("4 × min(1, 4 / 6)").isEqualByComparingTo(
                new BigDecimal("2.666666666666666666666666666666667"));
    }

    @Test
    void onTrackScoreEqualsTheScoreForGradedAndDates() {
        IndicatorResult gradedResult = one(plan(PlanKind.APA, gradedCount("2735", "2750", "2740", "2730", "2720",
                "2710").weight("1").build()));
        assertThat(gradedResult.onTrackScore()).isEqualByComparingTo(gradedResult.score())
                .isEqualByComparingTo("0.85");
        IndicatorResult late = one(plan(Plans.date(LocalDate.of(2023, 12, 31))
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2024, 1, 10))).build()));
        assertThat(late.onTrackScore()).isZero();
        IndicatorResult inTime = one(plan(Plans.date(LocalDate.of(2023, 12, 31))
                .quarter(Quarter.Q2, Value.of(LocalDate.of(2023, 12, 10))).build()));
        assertThat(inTime.onTrackScore()).isEqualByComparingTo("4");
    }

    // §3 deadlines written as a range ---------------------------------------------------------------------

    @Test
    void aRangeDeadlineCountsItsLastDay() {
        Target december = Target.between(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31));
        IndicatorResult lastDay = one(plan(Plans.date(LocalDate.of(2024, 1, 1)).target(december)
                .quarter(Quarter.Q2, Value.of(LocalDate.of(2023, 12, 31))).build()));
        assertThat(lastDay.score()).isEqualByComparingTo("4");
        IndicatorResult after = one(plan(Plans.date(LocalDate.of(2024, 1, 1)).target(december)
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2024, 1, 1))).build()));
        assertThat(after.score()).isZero();
        Target spring = Target.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 15));
        IndicatorResult pending = one(plan(Plans.date(LocalDate.of(2024, 1, 1)).target(spring).build()));
        assertThat(pending.status()).as("the range's first day has passed, its last has not").isEqualTo(
                ScoreStatus.PENDING);
    }

    // §4 changed clauses ----------------------------------------------------------------------------------

    @Test
    void overAchievementFollowsTheDirection() {
        assertThat(has(both(plan(count().polarity(Polarity.LOWER).quarters(quarters(1, 0, 1, null)).build())),
                "OVER_ACHIEVEMENT")).as("lower is better, below the target").isTrue();
        assertThat(has(both(plan(PlanKind.APA, gradedCount("2760", "2750", "2740", "2730", "2720", "2710").build())),
                "OVER_ACHIEVEMENT")).as("beyond the 100 % column").isTrue();
        assertThat(has(both(plan(PlanKind.APA, gradedCount("5", "10", "20", "30", "40", "50").build())),
                "OVER_ACHIEVEMENT")).as("below the 100 % column, lower is better").isTrue();
        assertThat(has(both(plan(PlanKind.APA, gradedCount("15", "10", "20", "30", "40", "50").build())),
                "OVER_ACHIEVEMENT")).isFalse();
        assertThat(has(both(plan(Plans.date(LocalDate.of(2024, 3, 1))
                .quarter(Quarter.Q1, Value.of(LocalDate.of(2023, 8, 1))).build())), "OVER_ACHIEVEMENT"))
                .as("never for dates").isFalse();
    }

    @Test
    void quarterMissingOnlyForNumbersAndPercents() {
        assertThat(has(both(plan(Plans.date(LocalDate.of(2024, 6, 1))
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2024, 2, 1))).build(),
                count().code(org.citizencharter.core.IndicatorCode.of(1, 2, 1)).build())), "QUARTER_MISSING"))
                .as("dates are reported once").isFalse();
        assertThat(has(both(plan(Plans.date(LocalDate.of(2024, 6, 1)).method(CalculationMethod.SUM)
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2024, 2, 1))).build(),
                count().code(org.citizencharter.core.IndicatorCode.of(1, 2, 1)).build())), "QUARTER_MISSING"))
                .as("not even a date summed").isFalse();
        assertThat(has(both(plan(percent().quarters(quarters(null, 20, 20, null)).build())), "QUARTER_MISSING"))
                .isTrue();
    }

    @Test
    void targetMissingForShortGradedTargets() {
        assertThat(has(both(plan(PlanKind.APA, gradedCount("9", "10", "8", "6", "4").build())), "TARGET_MISSING"))
                .as("four columns").isTrue();
        assertThat(has(both(plan(PlanKind.APA, count().unit(org.citizencharter.core.Unit.date())
                .method(CalculationMethod.DATE).quarters(QuarterValues.NONE)
                .target(Target.gradedDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))).build())),
                "TARGET_MISSING")).as("two graded dates").isTrue();
        assertThat(has(both(plan(PlanKind.APA, gradedCount("9", "10", "8", "6", "4", "2").build())), "TARGET_MISSING"))
                .isFalse();
    }

    @Test
    void aCompletionDateAfterTheReportQuarterDoesNotCount() {
        IndicatorResult result = one(plan(Plans.date(LocalDate.of(2024, 3, 15))
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2024, 4, 2))).build()));
        assertThat(result.score()).as("v1 gave full marks").isZero();
    }

    @Test
    void percentOutOfRangeLeavesTheReportedPercentAlone() {
        Scorecard card = both(plan(percent().quarters(quarters(95, 95, 95, null))
                .reported(Reported.NONE.withPercent(dec("105.56"))).build()));
        assertThat(has(card, "PERCENT_OUT_OF_RANGE")).as("a reported percent achieved may exceed 100").isFalse();
        assertThat(has(card, "REPORTED_PERCENT_MISMATCH")).as("95 / 90 = 105.56 %").isFalse();
    }

    @Test
    void reportedPercentWithNothingAchievedMustBeZero() {
        org.citizencharter.core.Indicator.Builder nothing = count().method(CalculationMethod.AVERAGE)
                .quarters(QuarterValues.NONE);
        org.citizencharter.core.Indicator other = count().build().withCode(org.citizencharter.core.IndicatorCode.of(1, 2, 1));
        assertThat(has(both(plan(nothing.reported(Reported.NONE.withPercent(dec("50"))).build(), other)),
                "REPORTED_PERCENT_MISMATCH")).isTrue();
        assertThat(has(both(plan(nothing.reported(Reported.NONE.withPercent(dec("0"))).build(), other)),
                "REPORTED_PERCENT_MISMATCH")).isFalse();
    }

    @Test
    void reportedPercentIsNeverCheckedForAnUnusableTarget() {
        assertThat(has(both(plan(count().target(Target.of(-4)).reported(Reported.NONE.withPercent(dec("50"))).build())),
                "REPORTED_PERCENT_MISMATCH")).isFalse();
        assertThat(has(both(plan(count().target(Target.NONE).reported(Reported.NONE.withPercent(dec("50"))).build())),
                "REPORTED_PERCENT_MISMATCH")).isFalse();
        assertThat(has(both(plan(count().noWeight().reported(Reported.NONE.withPercent(dec("50"))).build())),
                "REPORTED_PERCENT_MISMATCH")).as("a missing weight keeps the percents, and the check").isTrue();
    }

    @Test
    void aReportedScoreOfTwoPointSevenEightMatchesAnExactTwoPointSevenSevenFive() {
        Scorecard card = both(plan(PlanKind.APA, Plans.date(LocalDate.of(2024, 1, 1)).weight("3.33")
                .target(Target.gradedDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 4),
                        LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 13)))
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2024, 1, 6)))
                .reported(Reported.NONE.withScore(dec("2.77"))).build()));
        assertThat(only(card).score()).isEqualTo(new BigDecimal("2.775"));
        assertThat(has(card, "REPORTED_SCORE_MISMATCH")).as("2.77 is what rounding too early gives").isTrue();
    }
}
