package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/** The oracle is checked against the worked figures of domain.md before anything is checked against it. */
class ReferenceScorerTest {

    private static final ReportingPeriod Q3 = ReportingPeriod.parse("2022-23 Q3");

    @Test
    void coxsBazarScores18_39() {
        Scorecard card = ReferenceScorer.defaults().score(SeedPlans.coxsBazar(), Q3);
        assertThat(card.indicators().collect(r -> r.score().setScale(2, RoundingMode.HALF_UP).toPlainString()))
                .containsExactly("2.25", "0.89", "1.50", "6.75", "3.00", "4.00");
        assertThat(card.totalScore().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("18.39");
        assertThat(card.percentOfTotal().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("73.56");
        assertThat(card.areas().get(0).score().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("11.39");
        assertThat(card.findings(Severity.ERROR).collect(f -> f.id() + " " + f.indicator().orElseThrow()))
                .containsExactly("REPORTED_PERCENT_MISMATCH 1.2.1", "REPORTED_TOTAL_MISMATCH 1.2.1");
        assertThat(card.findings(Severity.WARNING).collect(f -> f.id() + " " + f.indicator().orElseThrow() + " "
                + f.quarter().orElseThrow())).containsExactly("QUARTER_MISSING 2.1.1 Q1", "QUARTER_MISSING 2.2.1 Q1");
        IndicatorResult first = card.indicators().get(0);
        assertThat(first.achieved()).isEqualTo(Value.of(3));
        assertThat(first.targetToDate()).isEqualTo(Value.of(3));
        assertThat(first.percentOfAnnualTarget()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("75"));
        assertThat(first.percentOfTargetToDate()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100"));
        IndicatorResult rate = card.indicators().get(1);
        assertThat(rate.achieved()).isEqualTo(Value.of(20));
        Finding total = card.findings().detect(f -> f.id().equals("REPORTED_TOTAL_MISMATCH"));
        assertThat(total.expected()).contains("20");
        assertThat(total.actual()).contains("60");
    }

    @Test
    void gradedTargetsInterpolate() {
        assertThat(graded(2735, "2750", "2740", "2730", "2720", "2710")).isEqualByComparingTo("0.85");
        assertThat(graded(2700, "2750", "2740", "2730", "2720", "2710")).isEqualByComparingTo("0");
        assertThat(graded(2760, "2750", "2740", "2730", "2720", "2710")).isEqualByComparingTo("1");
        BigDecimal exact = gradedScore(new BigDecimal("11.115"), 4, "11.13", "11.12", "11.11", "11.10", "11.09");
        assertThat(exact).isEqualByComparingTo("3.40");
    }

    @Test
    void gradedDatesEarlierIsBetter() {
        Indicator indicator = Indicator.builder(IndicatorCode.of(1, 1, 1), BilingualText.EMPTY)
                .unit(Unit.date()).weight(Weight.of(1))
                .target(Target.gradedDates(LocalDate.of(2010, 12, 30), LocalDate.of(2011, 1, 10),
                        LocalDate.of(2011, 1, 15), LocalDate.of(2011, 1, 20), LocalDate.of(2011, 1, 25)))
                .quarter(Quarter.Q3, Value.of(LocalDate.of(2011, 1, 12)))
                .build();
        IndicatorResult result = scoreOne(indicator, ReportingPeriod.parse("2010-11 Q3"));
        assertThat(result.score()).isEqualByComparingTo("0.86");
        assertThat(result.explanation().band()).contains(GradeBand.reached(Grade.GOOD));
    }

    private static BigDecimal graded(long achieved, String... columns) {
        return gradedScore(BigDecimal.valueOf(achieved), 1, columns);
    }

    private static BigDecimal gradedScore(BigDecimal achieved, long weight, String... columns) {
        Indicator indicator = Indicator.builder(IndicatorCode.of(1, 1, 1), BilingualText.EMPTY)
                .weight(Weight.of(weight)).method(CalculationMethod.CUMULATIVE)
                .target(Target.graded(java.util.Arrays.stream(columns).map(BigDecimal::new).toArray(BigDecimal[]::new)))
                .quarter(Quarter.Q1, Value.of(achieved))
                .build();
        return scoreOne(indicator, ReportingPeriod.parse("2023-24 Q1")).score();
    }

    private static IndicatorResult scoreOne(Indicator indicator, ReportingPeriod period) {
        ActionPlan plan = ActionPlan.of(Office.named("o"), period.fiscalYear(), PlanKind.APA,
                Area.of(AreaCode.of(1), BilingualText.EMPTY, indicator.weight().orElseThrow(),
                        Activity.of(ActivityCode.of(1, 1), BilingualText.EMPTY, indicator)));
        return ReferenceScorer.defaults().score(plan, period).indicators().getOnly();
    }
}
