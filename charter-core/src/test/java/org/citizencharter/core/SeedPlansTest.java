package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.citizencharter.core.testing.SeedPlans;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/** The Cox's Bazar report, built by hand: every cell of the seed table is in the model. */
class SeedPlansTest {

    private final ActionPlan plan = SeedPlans.coxsBazar();

    @Test
    void identity() {
        assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.parse("2022-23"));
        assertThat(plan.kind()).isEqualTo(PlanKind.CITIZEN_CHARTER);
        assertThat(plan.asOf()).contains(Quarter.Q3);
        assertThat(plan.period()).contains(ReportingPeriod.parse("2022-23 Q3"));
        assertThat(plan.office().name().bn()).isEqualTo("জেলা সমবায় কার্যালয়, কক্সবাজার");
    }

    @Test
    void areasAsWrittenWithTheirWeights() {
        assertThat(plan.areas().collect(area -> area.name().bn())).containsExactly("প্রাতিষ্ঠানিক", "সক্ষমতা অর্জন");
        assertThat(plan.areas().collect(area -> area.weight().toString())).containsExactly("18", "7");
        assertThat(plan.areaWeights()).isEqualTo(Weight.of(25));
    }

    @Test
    void everyIndicatorRow() {
        ImmutableList<Indicator> indicators = plan.indicators();
        assertThat(indicators.collect(i -> i.code().toString()))
                .containsExactly("1.1.1", "1.2.1", "1.3.1", "1.4.1", "2.1.1", "2.2.1");
        assertThat(indicators.collect(i -> i.weight().orElseThrow().toString())).containsExactly("3", "4", "2", "9", "3", "4");
        assertThat(indicators.collect(i -> i.unit().label())).containsExactly("সংখ্যা", "%", "সংখ্যা", "সংখ্যা",
                "সংখ্যা", "সংখ্যা");
        assertThat(indicators.collect(i -> ((Target.Single) i.target()).annual()))
                .containsExactly(dec(4), dec(90), dec(4), dec(4), dec(2), dec(2));
        assertThat(indicators.collect(Indicator::method)).containsExactly(CalculationMethod.SUM,
                CalculationMethod.AVERAGE, CalculationMethod.SUM, CalculationMethod.SUM, CalculationMethod.SUM,
                CalculationMethod.SUM);
        assertThat(indicators.get(1).name().bn()).isEqualTo("সিদ্ধান্ত বাস্তবায়িত ও প্রতিবেদন প্রেরিত।");
        assertThat(plan.areas().get(0).activities().get(3).name().bn())
                .isEqualTo("ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ(আওতাধীন দপ্তর/ সংস্থাসমূহ)");
    }

    @Test
    void quartersWithTheirDashes() {
        Indicator rate = plan.indicators().get(1);
        assertThat(rate.quarters()).isEqualTo(QuarterValues.of(Value.of(25), Value.of(25), Value.of(10),
                Value.NOT_REPORTED));
        Indicator workshops = plan.indicators().get(4);
        assertThat(workshops.quarters()).isEqualTo(QuarterValues.of(Value.NOT_REPORTED, Value.of(1), Value.of(1),
                Value.NOT_REPORTED));
    }

    @Test
    void theReportedSixtyAndHundredPercentAreKept() {
        Indicator rate = plan.indicators().get(1);
        assertThat(rate.reported().actual()).isEqualTo(Value.of(60));
        assertThat(rate.reported().percent()).contains(dec(100));
        assertThat(plan.indicators().collect(i -> i.reported().percent().orElseThrow()))
                .allMatch(p -> p.equals(dec(100)));
        assertThat(plan.indicators().collect(i -> i.reported().actual().toString()))
                .containsExactly("3", "60", "3", "3", "2", "2");
    }

    private static BigDecimal dec(long value) {
        return BigDecimal.valueOf(value);
    }
}
