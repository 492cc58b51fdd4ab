package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizencharter.rules.Plans.count;
import static org.citizencharter.rules.Plans.dec;
import static org.citizencharter.rules.Plans.only;
import static org.citizencharter.rules.Plans.percent;
import static org.citizencharter.rules.Plans.plan;
import static org.citizencharter.rules.Plans.quarters;
import static org.citizencharter.rules.Plans.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of aggregation.drl, one test each, named after the rule. */
class AggregationRulesTest {

    @Test
    @DisplayName("Achievement by SUM")
    void achievementBySum() {
        IndicatorResult summed = only(score(plan(count().quarters(quarters(1, 2, null, 5)).build())));
        assertThat(summed.achieved()).as("Q1..Q3, the empty Q3 counting 0, Q4 not yet").isEqualTo(Value.of(3));
        IndicatorResult averaged = only(score(plan(count().method(CalculationMethod.AVERAGE)
                .quarters(quarters(1, 2, null, 5)).build())));
        assertThat(averaged.achieved()).as("not a SUM: not summed").isNotEqualTo(Value.of(3));
    }

    @Test
    @DisplayName("Achievement by AVERAGE")
    void achievementByAverage() {
        assertThat(only(score(plan(percent().build()))).achieved()).isEqualTo(Value.of(20));
        IndicatorResult none = only(score(plan(percent().quarters(QuarterValues.NONE).build())));
        assertThat(none.achieved()).isEqualTo(Value.NOT_REPORTED);
        assertThat(none.status()).isEqualTo(ScoreStatus.NO_ACHIEVEMENT);
        assertThat(only(score(plan(percent().method(CalculationMethod.SUM).build()))).achieved())
                .as("a percent summed is not averaged").isEqualTo(Value.of(60));
    }

    @Test
    @DisplayName("Achievement by CUMULATIVE")
    void achievementByCumulative() {
        assertThat(only(score(plan(count().method(CalculationMethod.CUMULATIVE).quarters(quarters(1, 3, null, 4))
                .build()))).achieved()).as("the latest closed quarter reported").isEqualTo(Value.of(3));
        assertThat(only(score(plan(count().quarters(quarters(1, 3, null, 4)).build()))).achieved())
                .as("a SUM is not cumulative").isEqualTo(Value.of(4));
    }

    @Test
    @DisplayName("Achievement by DATE")
    void achievementByDate() {
        LocalDate deadline = LocalDate.of(2024, 3, 31);
        IndicatorResult done = only(score(plan(Plans.date(deadline)
                .quarters(QuarterValues.of(Value.NOT_REPORTED, Value.of(LocalDate.of(2023, 12, 20)),
                        Value.of(LocalDate.of(2024, 1, 5)), Value.of(LocalDate.of(2024, 4, 2)))).build())));
        assertThat(done.achieved()).as("the earliest closed date").isEqualTo(Value.of(LocalDate.of(2023, 12, 20)));
        IndicatorResult future = only(score(plan(Plans.date(LocalDate.of(2024, 6, 30))
                .quarter(Quarter.Q4, Value.of(LocalDate.of(2024, 4, 2))).build())));
        assertThat(future.achieved()).as("a date in a quarter not yet closed does not count")
                .isEqualTo(Value.NOT_REPORTED);
    }

    @Test
    @DisplayName("Achievement of an annual report")
    void achievementOfAnAnnualReport() {
        IndicatorResult annual = only(score(plan(count().quarters(QuarterValues.NONE)
                .reported(Reported.NONE.withActual(Value.of(3))).build())));
        assertThat(annual.achieved()).isEqualTo(Value.of(3));
        assertThat(annual.score()).isEqualByComparingTo("3");
        IndicatorResult quarterly = only(score(plan(count().reported(Reported.NONE.withActual(Value.of(4))).build())));
        assertThat(quarterly.achieved()).as("a quarterly report sums its quarters").isEqualTo(Value.of(3));
    }

    /** Every achievement carries its annual target and target to date. */
    @Test
    void targetsToDate() {
        assertThat(only(score(plan(count().build()))).targetToDate()).as("4 × 3 / 4").isEqualTo(Value.of(3));
        IndicatorResult quarterly = only(score(plan(count().target(Target.of(dec("10"), dec("1"), dec("2"), dec("3"),
                dec("4"))).build()), Quarter.Q2));
        assertThat(quarterly.targetToDate()).as("Q1 + Q2 targets").isEqualTo(Value.of(3));
        assertThat(only(score(plan(percent().build()))).targetToDate()).as("AVERAGE: the annual target")
                .isEqualTo(Value.of(90));
        assertThat(only(score(plan(count().target(Target.NONE).build()))).targetToDate()).isEqualTo(Value.NOT_REPORTED);
    }

    /** Every achievement carries its percents of the two targets. */
    @Test
    void percentsOfTargets() {
        IndicatorResult result = only(score(plan(count().build())));
        assertThat(result.percentOfAnnualTarget()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("75"));
        assertThat(result.percentOfTargetToDate()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100"));
        IndicatorResult zero = only(score(plan(count().target(Target.of(BigDecimal.ZERO)).build())));
        assertThat(zero.percentOfAnnualTarget()).as("no percent of a zero target").isEmpty();
        IndicatorResult dates = only(score(plan(Plans.date(LocalDate.of(2024, 3, 1)).build())));
        assertThat(dates.percentOfAnnualTarget()).as("no percent of a date").isEmpty();
    }
}
