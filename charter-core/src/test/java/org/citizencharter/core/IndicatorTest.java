package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static Indicator.Builder indicator() {
        return Indicator.builder(IndicatorCode.parse("1.1.1"), BilingualText.bengali("সভা আয়োজিত"));
    }

    @Test
    void theMethodDefaultsByUnit() {
        assertThat(indicator().build().method()).isEqualTo(CalculationMethod.SUM);
        assertThat(indicator().unit(Unit.percent()).build().method()).isEqualTo(CalculationMethod.AVERAGE);
        assertThat(indicator().unit(Unit.date()).build().method()).isEqualTo(CalculationMethod.DATE);
        assertThat(indicator().unit(Unit.parse("সংখ্যা [গড়]")).method(CalculationMethod.AVERAGE).build().method())
                .isEqualTo(CalculationMethod.AVERAGE);
    }

    @Test
    void holdsWhatRealPlansGetWrong() {
        Indicator broken = indicator().unit(Unit.percent()).method(CalculationMethod.SUM)
                .target(Target.of(BigDecimal.ZERO))
                .quarter(Quarter.Q1, Value.of(-5))
                .quarter(Quarter.Q2, Value.of(150))
                .reported(Reported.NONE.withPercent(new BigDecimal("100")).withScore(new BigDecimal("99")))
                .build();
        assertThat(broken.quarters().q2()).isEqualTo(Value.of(150));
        Indicator dateSummed = indicator().unit(Unit.date()).method(CalculationMethod.SUM).build();
        assertThat(dateSummed.method()).isEqualTo(CalculationMethod.SUM);
    }

    @Test
    void rejectsValuesOfTheWrongKind() {
        assertThatThrownBy(() -> indicator().quarter(Quarter.Q1, Value.of(LocalDate.of(2023, 8, 1))).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Q1 value of indicator 1.1.1 is a date");
        assertThatThrownBy(() -> indicator().unit(Unit.date()).quarter(Quarter.Q1, Value.of(3)).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> indicator().target(Target.by(LocalDate.of(2023, 8, 1))).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not suit its unit");
        assertThatThrownBy(() -> indicator().method(CalculationMethod.DATE).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("DATE method needs a date indicator");
    }

    @Test
    void rejectsImpossibleParts() {
        assertThatThrownBy(() -> Indicator.builder(null, BilingualText.EMPTY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Weight.parse("-3")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must not be negative (-3)");
        assertThatThrownBy(() -> Target.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Target.graded(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.ONE, BigDecimal.TEN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one to five columns");
        assertThat(Target.graded(BigDecimal.TEN, BigDecimal.ONE).isMissing()).isTrue();
        assertThat(Target.graded(BigDecimal.TEN, BigDecimal.ONE).isUsable()).isFalse();
    }

    @Test
    void unitsKeepTheirLabel() {
        assertThat(Unit.parse("সংখ্যা (হাজার)")).isEqualTo(Unit.of(UnitKind.NUMBER, "সংখ্যা (হাজার)"));
        assertThat(Unit.parse("%").kind()).isEqualTo(UnitKind.PERCENT);
        assertThat(Unit.parse("শতকরা হার").kind()).isEqualTo(UnitKind.PERCENT);
        assertThat(Unit.parse("তারিখ").kind()).isEqualTo(UnitKind.DATE);
        assertThat(Unit.parse("হাজার কোটি টাকা").kind()).isEqualTo(UnitKind.NUMBER);
        // A word a narrow PDF cell broke over two lines, read with a space: the kind still found, the label kept.
        assertThat(Unit.parse("তারি খ")).isEqualTo(Unit.of(UnitKind.DATE, "তারি খ"));
        assertThat(Unit.parse("শত করা").kind()).isEqualTo(UnitKind.PERCENT);
    }

    @Test
    void weightsCompareByValueButKeepTheirScale() {
        assertThat(Weight.parse("০৩").isEqual(Weight.parse("3.0"))).isTrue();
        assertThat(Weight.parse("০৩")).isNotEqualTo(Weight.parse("3.0"));
        assertThat(Weight.parse("3.0").toString()).isEqualTo("3.0");
        assertThat(Weight.parse("১৮").plus(Weight.of(7))).isEqualTo(Weight.of(25));
    }

    @Test
    void derivationsReturnNewValues() {
        Indicator original = indicator().target(Target.of(4)).build();
        Indicator changed = original.withQuarter(Quarter.Q2, Value.of(1));
        assertThat(original.quarters().q2()).isEqualTo(Value.NOT_REPORTED);
        assertThat(changed.quarters().q2()).isEqualTo(Value.of(1));
        assertThat(changed.toBuilder().build()).isEqualTo(changed);
    }
}
