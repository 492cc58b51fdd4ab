package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizencharter.rules.Plans.count;
import static org.citizencharter.rules.Plans.dec;
import static org.citizencharter.rules.Plans.has;
import static org.citizencharter.rules.Plans.percent;
import static org.citizencharter.rules.Plans.plan;
import static org.citizencharter.rules.Plans.quarters;
import static org.citizencharter.rules.Plans.score;

import java.time.LocalDate;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of consistency.drl, one test each, named after the rule: the smallest plan that fires it, and one that does not. */
class ConsistencyRulesTest {

    private static Finding only(Scorecard card, String id) {
        return card.findings().select(finding -> finding.id().equals(id)).getOnly();
    }

    private static Finding duplicate(Scorecard card, String what) {
        return card.findings().select(finding -> finding.id().equals("DUPLICATE_CODE")
                && finding.arguments().get("what").equals(what)).getOnly();
    }

    @Test
    @DisplayName("AREA_WEIGHT_MISMATCH")
    void areaWeightMismatch() {
        ActionPlan plan = plan(count().build());
        ActionPlan off = plan.withAreas(plan.areas().collect(area -> area.withWeight(Weight.of(5))))
                .withDeclaredTotal(Weight.of(5));
        Finding finding = only(score(off), "AREA_WEIGHT_MISMATCH");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.area().map(Object::toString)).contains("1");
        assertThat(finding.indicator()).isEmpty();
        assertThat(finding.expected()).contains("5");
        assertThat(finding.actual()).contains("4");
        assertThat(has(score(plan), "AREA_WEIGHT_MISMATCH")).isFalse();

        // An indicator without a weight adds nothing: the weights that are there must still make the area's.
        ActionPlan unweighted = plan(count().build(), count().noWeight().build().withCode(IndicatorCode.of(1, 1, 2)));
        Scorecard ofEight = score(unweighted.withAreas(unweighted.areas().collect(area -> area.withWeight(Weight.of(8))))
                .withDeclaredTotal(Weight.of(8)));
        assertThat(only(ofEight, "AREA_WEIGHT_MISMATCH").actual()).contains("4");
        assertThat(has(ofEight, "WEIGHT_MISSING")).isTrue();
        assertThat(has(score(unweighted), "AREA_WEIGHT_MISMATCH")).as("the others make the area's 4").isFalse();
    }

    @Test
    @DisplayName("PLAN_WEIGHT_MISMATCH")
    void planWeightMismatch() {
        ActionPlan charter = plan(PlanKind.CITIZEN_CHARTER, count().build());
        ActionPlan conventional = charter.withAreas(charter.areas()).withDeclaredTotal(Weight.of(4));
        assertThat(has(score(conventional), "PLAN_WEIGHT_MISMATCH")).as("declared 4, areas 4").isFalse();
        ActionPlan undeclared = new ActionPlan(charter.office(), charter.fiscalYear(), charter.kind(), Optional.empty(),
                charter.asOf(), charter.areas());
        Finding finding = only(score(undeclared), "PLAN_WEIGHT_MISMATCH");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.expected()).contains("25");
        assertThat(finding.message().en()).contains("conventional total");
        assertThat(has(score(charter.withDeclaredTotal(Weight.of(7))), "PLAN_WEIGHT_MISMATCH")).isTrue();
    }

    @Test
    @DisplayName("DUPLICATE_CODE of areas")
    void duplicateCodeOfAreas() {
        ActionPlan plan = plan(count().build());
        Area area = plan.areas().getOnly();
        ActionPlan twice = plan.withAreas(Lists.immutable.of(area, area.withWeight(Weight.of(4))))
                .withDeclaredTotal(Weight.of(8));
        Finding finding = duplicate(score(twice), "area");
        assertThat(score(twice).findings().count(f -> f.id().equals("DUPLICATE_CODE")))
                .as("its activity and indicator are repeated too").isEqualTo(3);
        assertThat(finding.arguments().get("count")).isEqualTo("2");
        assertThat(twice.areas()).as("both kept").hasSize(2);
        assertThat(has(score(plan), "DUPLICATE_CODE")).isFalse();
    }

    @Test
    @DisplayName("DUPLICATE_CODE of activities")
    void duplicateCodeOfActivities() {
        Indicator first = count().build();
        Indicator second = count().build().withCode(IndicatorCode.of(1, 1, 2));
        Area area = new Area(AreaCode.of(1), BilingualText.EMPTY, Weight.of(8), Lists.immutable.of(
                Activity.of(ActivityCode.of(1, 1), BilingualText.EMPTY, first),
                Activity.of(ActivityCode.of(1, 1), BilingualText.EMPTY, second)));
        ActionPlan plan = plan(first).withAreas(Lists.immutable.of(area)).withDeclaredTotal(Weight.of(8));
        Scorecard card = score(plan);
        assertThat(only(card, "DUPLICATE_CODE").arguments().get("what")).isEqualTo("activity");
        assertThat(card.indicators()).hasSize(2);
    }

    @Test
    @DisplayName("DUPLICATE_CODE of indicators")
    void duplicateCodeOfIndicators() {
        Scorecard card = score(plan(count().build(), count().build()));
        Finding finding = duplicate(card, "indicator");
        assertThat(finding.indicator().map(Object::toString)).contains("1.1.1");
        assertThat(finding.message().bn()).isEqualTo("২টি সূচকের কোড একই ([১.১.১]); সবগুলো রাখা হয়েছে।");
        assertThat(card.indicators()).as("both are scored").hasSize(2);
        assertThat(score(plan(count().build(), count().build().withCode(IndicatorCode.of(1, 1, 2)))).findings()
                .anySatisfy(f -> f.id().equals("DUPLICATE_CODE") && f.arguments().get("what").equals("indicator")))
                .isFalse();
    }

    @Test
    @DisplayName("CODE_HIERARCHY_MISMATCH of an activity")
    void codeHierarchyMismatchOfAnActivity() {
        ActionPlan plan = plan(count().build().withCode(IndicatorCode.of(2, 1, 1)));
        Finding finding = only(score(plan), "CODE_HIERARCHY_MISMATCH");
        assertThat(finding.arguments().get("what")).isEqualTo("activity");
        assertThat(finding.arguments().get("code")).isEqualTo("2.1");
        assertThat(finding.indicator()).isEmpty();
    }

    @Test
    @DisplayName("CODE_HIERARCHY_MISMATCH of an indicator")
    void codeHierarchyMismatchOfAnIndicator() {
        Indicator indicator = count().build();
        Area area = new Area(AreaCode.of(1), BilingualText.EMPTY, Weight.of(4), Lists.immutable.of(
                Activity.of(ActivityCode.parse("[১.২]"), BilingualText.EMPTY, indicator)));
        Finding finding = only(score(plan(indicator).withAreas(Lists.immutable.of(area))), "CODE_HIERARCHY_MISMATCH");
        assertThat(finding.arguments().get("what")).isEqualTo("indicator");
        assertThat(finding.message().bn()).contains("[১.১.১]").contains("[১.২]");
        assertThat(has(score(plan(indicator)), "CODE_HIERARCHY_MISMATCH")).isFalse();
    }

    @Test
    @DisplayName("TARGET_MISSING")
    void targetMissing() {
        assertThat(only(score(plan(count().target(Target.NONE).build())), "TARGET_MISSING").actual()).contains("NONE");
        assertThat(only(score(plan(count().target(Target.of(0)).build())), "TARGET_MISSING").actual()).contains("0");
        assertThat(has(score(plan(Plans.date(LocalDate.of(2024, 1, 1)).target(Target.NONE).build())), "TARGET_MISSING"))
                .as("a date without a deadline").isTrue();
        assertThat(has(score(plan(count().build())), "TARGET_MISSING")).isFalse();
    }

    @Test
    @DisplayName("TARGETS_NOT_MONOTONIC")
    void targetsNotMonotonic() {
        Indicator disordered = count().method(CalculationMethod.CUMULATIVE)
                .target(Target.graded(dec("10"), dec("8"), dec("9"), dec("7"), dec("6"))).build();
        Finding finding = only(score(plan(PlanKind.APA, disordered)), "TARGETS_NOT_MONOTONIC");
        assertThat(finding.actual()).contains("10 / 8 / 9 / 7 / 6");
        Indicator equal = disordered.withTarget(Target.graded(dec("10"), dec("9"), dec("9"), dec("7"), dec("6")));
        assertThat(has(score(plan(PlanKind.APA, equal)), "TARGETS_NOT_MONOTONIC")).as("equal columns").isTrue();
        Indicator lowerIsBetter = disordered.withTarget(Target.graded(dec("6"), dec("7"), dec("8"), dec("9"), dec("10")));
        assertThat(has(score(plan(PlanKind.APA, lowerIsBetter)), "TARGETS_NOT_MONOTONIC")).isFalse();
    }

    @Test
    @DisplayName("QUARTER_TARGETS_MISMATCH")
    void quarterTargetsMismatch() {
        Indicator off = count().target(Target.of(dec("4"), dec("1"), dec("1"), dec("1"), dec("2"))).build();
        Finding finding = only(score(plan(off)), "QUARTER_TARGETS_MISMATCH");
        assertThat(finding.expected()).contains("4");
        assertThat(finding.actual()).contains("5");
        assertThat(has(score(plan(count().target(Target.of(dec("4"), dec("1"), dec("1"), dec("1"), dec("1"))).build())),
                "QUARTER_TARGETS_MISMATCH")).isFalse();
    }

    @Test
    @DisplayName("QUARTER_MISSING")
    void quarterMissing() {
        Scorecard card = score(plan(count().quarters(quarters(null, 1, null, null)).build()));
        assertThat(card.findings().select(f -> f.id().equals("QUARTER_MISSING")).collect(f -> f.quarter().orElseThrow()))
                .containsExactly(Quarter.Q1, Quarter.Q3);
        assertThat(has(score(plan(count().build())), "QUARTER_MISSING")).as("Q4 is not closed").isFalse();
        assertThat(has(score(plan(count().quarters(QuarterValues.NONE).build())), "QUARTER_MISSING"))
                .as("an annual report").isFalse();
    }

    @Test
    @DisplayName("FUTURE_QUARTER_REPORTED")
    void futureQuarterReported() {
        Finding finding = only(score(plan(count().quarters(quarters(1, 1, 1, 1)).build())), "FUTURE_QUARTER_REPORTED");
        assertThat(finding.quarter()).contains(Quarter.Q4);
        assertThat(finding.actual()).contains("1");
        assertThat(has(score(plan(count().quarters(quarters(1, 1, 1, 1)).build()), Quarter.Q4),
                "FUTURE_QUARTER_REPORTED")).isFalse();
    }

    @Test
    @DisplayName("NEGATIVE_VALUE in a target")
    void negativeValueInATarget() {
        Finding finding = only(score(plan(count().target(Target.of(-4)).build())), "NEGATIVE_VALUE");
        assertThat(finding.arguments().get("field")).isEqualTo("target");
        assertThat(has(score(plan(count().build())), "NEGATIVE_VALUE")).isFalse();
    }

    @Test
    @DisplayName("NEGATIVE_VALUE in an achievement")
    void negativeValueInAnAchievement() {
        Finding finding = only(score(plan(count().quarters(quarters(1, -2, 1, null)).build())), "NEGATIVE_VALUE");
        assertThat(finding.quarter()).contains(Quarter.Q2);
        assertThat(finding.arguments().get("field")).isEqualTo("achievement");
        Finding reported = only(score(plan(count().reported(Reported.NONE.withActual(Value.of(-3))).build())),
                "NEGATIVE_VALUE");
        assertThat(reported.quarter()).as("the reported actual").isEmpty();
    }

    @Test
    @DisplayName("PERCENT_OUT_OF_RANGE in a target")
    void percentOutOfRangeInATarget() {
        assertThat(only(score(plan(percent().target(Target.of(120)).build())), "PERCENT_OUT_OF_RANGE").actual())
                .contains("120");
        assertThat(has(score(plan(count().target(Target.of(120)).quarters(quarters(40, 40, 40, null)).build())),
                "PERCENT_OUT_OF_RANGE")).as("a count may be 120").isFalse();
    }

    @Test
    @DisplayName("PERCENT_OUT_OF_RANGE in an achievement")
    void percentOutOfRangeInAnAchievement() {
        Finding finding = only(score(plan(percent().quarters(quarters(25, 125, 10, null)).build())),
                "PERCENT_OUT_OF_RANGE");
        assertThat(finding.quarter()).contains(Quarter.Q2);
        assertThat(has(score(plan(percent().build())), "PERCENT_OUT_OF_RANGE")).isFalse();
        Scorecard summed = score(plan(percent().method(CalculationMethod.SUM).quarters(quarters(60, 90, 10, null)).build()));
        assertThat(has(summed, "PERCENT_OUT_OF_RANGE")).as("values in range added up to 160: the method is at fault")
                .isFalse();
        assertThat(has(summed, "AGGREGATION_UNIT_MISMATCH")).isTrue();
    }

    @Test
    @DisplayName("OVER_ACHIEVEMENT")
    void overAchievement() {
        Finding finding = only(score(plan(count().quarters(quarters(2, 2, 2, null)).build())), "OVER_ACHIEVEMENT");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.expected()).contains("4");
        assertThat(finding.actual()).contains("6");
        assertThat(has(score(plan(count().quarters(quarters(2, 1, 1, null)).build())), "OVER_ACHIEVEMENT"))
                .as("exactly 100 %").isFalse();
        // an average that does not terminate is shown as every figure is, rounded to the policy's scale
        Finding average = only(score(plan(percent().quarters(quarters(95, 95, 96, null)).build())), "OVER_ACHIEVEMENT");
        assertThat(average.actual()).contains("95.33");
        assertThat(average.message().en()).isEqualTo("The achievement of indicator [1.1.1] (95.33) is beyond its annual"
                + " target (90).");
        assertThat(has(score(plan(count().polarity(Polarity.LOWER).quarters(quarters(2, 2, 2, null)).build())),
                "OVER_ACHIEVEMENT")).as("lower is better has no such limit").isFalse();
    }

    @Test
    @DisplayName("CUMULATIVE_DECREASE")
    void cumulativeDecrease() {
        Finding finding = only(score(plan(count().method(CalculationMethod.CUMULATIVE)
                .quarters(quarters(2, null, 1, null)).build())), "CUMULATIVE_DECREASE");
        assertThat(finding.quarter()).contains(Quarter.Q3);
        assertThat(finding.expected()).contains("2");
        assertThat(finding.actual()).contains("1");
        assertThat(has(score(plan(count().method(CalculationMethod.CUMULATIVE).quarters(quarters(1, 2, 2, null))
                .build())), "CUMULATIVE_DECREASE")).isFalse();
    }

    @Test
    @DisplayName("AGGREGATION_UNIT_MISMATCH")
    void aggregationUnitMismatch() {
        Finding finding = only(score(plan(percent().method(CalculationMethod.SUM).build())), "AGGREGATION_UNIT_MISMATCH");
        assertThat(finding.expected()).contains("AVERAGE");
        assertThat(finding.actual()).contains("SUM");
        assertThat(finding.message().bn()).contains("সমষ্টি");
        assertThat(has(score(plan(Plans.date(LocalDate.of(2024, 5, 1)).method(CalculationMethod.SUM).build())),
                "AGGREGATION_UNIT_MISMATCH")).as("a date summed").isTrue();
        assertThat(has(score(plan(percent().build())), "AGGREGATION_UNIT_MISMATCH")).isFalse();
    }

    @Test
    @DisplayName("REPORTED_TOTAL_MISMATCH")
    void reportedTotalMismatch() {
        Finding finding = only(score(plan(percent().reported(Reported.NONE.withActual(Value.of(60))).build())),
                "REPORTED_TOTAL_MISMATCH");
        assertThat(finding.expected()).contains("20");
        assertThat(finding.actual()).contains("60");
        Indicator averaged = percent().quarters(quarters(10, 20, 20, null))
                .reported(Reported.NONE.withActual(Value.of(dec("16.67")))).build();
        assertThat(has(score(plan(averaged)), "REPORTED_TOTAL_MISMATCH")).as("16.67 at the precision written").isFalse();
        Indicator roughly = averaged.withReported(Reported.NONE.withActual(Value.of(17)));
        assertThat(has(score(plan(roughly)), "REPORTED_TOTAL_MISMATCH")).as("17 at the precision written").isFalse();
    }

    @Test
    @DisplayName("REPORTED_PERCENT_MISMATCH")
    void reportedPercentMismatch() {
        Finding finding = only(score(plan(percent().reported(Reported.NONE.withPercent(dec("100"))).build())),
                "REPORTED_PERCENT_MISMATCH");
        assertThat(finding.expected()).contains("22.22");
        assertThat(finding.actual()).contains("100");
        assertThat(has(score(plan(count().reported(Reported.NONE.withPercent(dec("100"))).build())),
                "REPORTED_PERCENT_MISMATCH")).as("100 % of the target to date").isFalse();
        assertThat(has(score(plan(count().reported(Reported.NONE.withPercent(dec("75"))).build())),
                "REPORTED_PERCENT_MISMATCH")).as("75 % of the annual target").isFalse();
        assertThat(has(score(plan(count().quarters(quarters(1, 1, 2, null))
                .reported(Reported.NONE.withPercent(dec("100"))).build())), "REPORTED_PERCENT_MISMATCH"))
                .as("100 matches a computed 99.6 at the precision written... here 133.33 and 100").isFalse();
    }

    @Test
    @DisplayName("REPORTED_SCORE_MISMATCH")
    void reportedScoreMismatch() {
        Finding finding = only(score(plan(count().reported(Reported.NONE.withScore(dec("4"))).build())),
                "REPORTED_SCORE_MISMATCH");
        assertThat(finding.expected()).contains("3");
        assertThat(has(score(plan(count().reported(Reported.NONE.withScore(dec("3.00"))).build())),
                "REPORTED_SCORE_MISMATCH")).isFalse();
        Indicator rate = percent().reported(Reported.NONE.withScore(dec("0.89"))).build();
        assertThat(has(score(plan(rate)), "REPORTED_SCORE_MISMATCH")).as("0.888… at two decimals").isFalse();
    }

    @Test
    @DisplayName("DATE_OUTSIDE_FISCAL_YEAR in a target")
    void dateOutsideFiscalYearInATarget() {
        Finding finding = only(score(plan(Plans.date(LocalDate.of(2024, 7, 15)).build())), "DATE_OUTSIDE_FISCAL_YEAR");
        assertThat(finding.expected()).contains("2023-24");
        assertThat(finding.actual()).contains("2024-07-15");
        assertThat(has(score(plan(Plans.date(LocalDate.of(2024, 6, 30)).build())), "DATE_OUTSIDE_FISCAL_YEAR")).isFalse();
    }

    @Test
    @DisplayName("DATE_OUTSIDE_FISCAL_YEAR in an achievement")
    void dateOutsideFiscalYearInAnAchievement() {
        Finding finding = only(score(plan(Plans.date(LocalDate.of(2024, 6, 1))
                .quarter(Quarter.Q1, Value.of(LocalDate.of(2023, 6, 20))).build())), "DATE_OUTSIDE_FISCAL_YEAR");
        assertThat(finding.quarter()).contains(Quarter.Q1);
        assertThat(has(score(plan(Plans.date(LocalDate.of(2024, 6, 1))
                .quarter(Quarter.Q1, Value.of(LocalDate.of(2023, 7, 20))).build())), "DATE_OUTSIDE_FISCAL_YEAR")).isFalse();
    }

    @Test
    @DisplayName("DEADLINE_MISSED")
    void deadlineMissed() {
        Finding finding = only(score(plan(Plans.date(LocalDate.of(2024, 1, 31)).build())), "DEADLINE_MISSED");
        assertThat(finding.expected()).contains("2024-01-31");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(has(score(plan(Plans.date(LocalDate.of(2024, 1, 31))
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2024, 2, 10))).build())), "DEADLINE_MISSED"))
                .as("completed late is scored 0, not missed").isFalse();
        assertThat(has(score(plan(Plans.date(LocalDate.of(2024, 4, 30)).build())), "DEADLINE_MISSED"))
                .as("not yet due").isFalse();
    }

    @Test
    @DisplayName("WEIGHT_MISSING")
    void weightMissing() {
        Finding finding = only(score(plan(count().noWeight().build())), "WEIGHT_MISSING");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.activity().map(Object::toString)).contains("1.1");
        assertThat(has(score(plan(count().build())), "WEIGHT_MISSING")).isFalse();
    }

    @Test
    @DisplayName("FUTURE_QUARTER_REPORTED in a completion date")
    void futureCompletionDate() {
        Scorecard card = score(plan(Plans.date(java.time.LocalDate.of(2024, 6, 30))
                .quarters(org.citizencharter.core.QuarterValues.NONE.with(org.citizencharter.core.Quarter.Q3,
                        org.citizencharter.core.Value.of(java.time.LocalDate.of(2024, 4, 10)))).build()));
        Finding finding = card.findings().select(f -> f.id().equals("FUTURE_QUARTER_REPORTED")).getOnly();
        assertThat(finding.quarter()).contains(org.citizencharter.core.Quarter.Q3);
        assertThat(Plans.only(card).status()).as("the date does not count").isEqualTo(org.citizencharter.core.ScoreStatus.PENDING);
        assertThat(finding.message().en()).startsWith("A value is reported for indicator [1.1.1] in Q3, after the quarter");
    }

    @Test
    @DisplayName("FUTURE_QUARTER_REPORTED in a completion date")
    void futureCompletionDateReportedAsTheActual() {
        // An annual evaluation (no quarterly values) scored as of Q2: its actual, 15-01-2024, is after 31-12-2023.
        Scorecard card = score(plan(Plans.date(LocalDate.of(2024, 6, 30))
                .reported(Reported.NONE.withActual(Value.of(LocalDate.of(2024, 1, 15)))).build()), Quarter.Q2);
        Finding finding = only(card, "FUTURE_QUARTER_REPORTED");
        assertThat(finding.quarter()).isEmpty();
        assertThat(finding.message().en()).isEqualTo("The completion date reported as the actual of indicator [1.1.1]"
                + " (15-01-2024) falls after the end of the quarter of the report (Q2); it does not count.");
        assertThat(finding.message().bn()).isEqualTo("সূচক [১.১.১]-এর প্রকৃত অর্জনে লেখা সম্পাদনের তারিখ (১৫-০১-২০২৪)"
                + " প্রতিবেদনের ত্রৈমাসিকের (২য় ত্রৈমাসিক) শেষের পরে; এটি গণনা করা হয়নি।");
        assertThat(Plans.only(card).status()).as("the date does not count").isEqualTo(org.citizencharter.core.ScoreStatus.PENDING);
        assertThat(has(score(plan(Plans.date(LocalDate.of(2024, 6, 30))
                .reported(Reported.NONE.withActual(Value.of(LocalDate.of(2023, 12, 15)))).build()), Quarter.Q2),
                "FUTURE_QUARTER_REPORTED")).isFalse();
    }

    @Test
    @DisplayName("COMPLETION_DATE_MISPLACED")
    void completionDateMisplaced() {
        Scorecard card = score(plan(Plans.date(java.time.LocalDate.of(2024, 6, 30))
                .quarters(org.citizencharter.core.QuarterValues.NONE.with(org.citizencharter.core.Quarter.Q2,
                        org.citizencharter.core.Value.of(java.time.LocalDate.of(2023, 8, 10)))).build()));
        Finding finding = only(card, "COMPLETION_DATE_MISPLACED");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.quarter()).contains(org.citizencharter.core.Quarter.Q2);
        assertThat(Plans.only(card).score()).as("a misplaced date still counts").isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("REPORTED_TOTAL_MISMATCH in a half-year subtotal")
    void halfYearMismatch() {
        Scorecard wrong = score(plan(count().reported(org.citizencharter.core.Reported.NONE
                .withHalfYear(org.citizencharter.core.Value.of(3))).build()));
        Finding finding = only(wrong, "REPORTED_TOTAL_MISMATCH");
        assertThat(finding.expected()).contains("2");
        assertThat(finding.actual()).contains("3");
        assertThat(has(score(plan(count().reported(org.citizencharter.core.Reported.NONE
                .withHalfYear(org.citizencharter.core.Value.of(2))).build())), "REPORTED_TOTAL_MISMATCH")).isFalse();
    }
}
