package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTest {

    @Test
    void mixedDigitsReadAsTheSameCode() {
        assertThat(IndicatorCode.parse("[১.2.১]")).isEqualTo(IndicatorCode.parse("1.2.1"));
    }

    @Test
    void canonicalInAsciiShownInBengali() {
        IndicatorCode code = IndicatorCode.parse("[১.২.১]");
        assertThat(code.toString()).isEqualTo("1.2.1");
        assertThat(code.format(Language.BN)).isEqualTo("[১.২.১]");
        assertThat(code.format(Language.EN)).isEqualTo("[1.2.1]");
        assertThat(IndicatorCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void knowsWhatItExtends() {
        assertThat(IndicatorCode.parse("1.1.1").isWithin(ActivityCode.parse("1.1"))).isTrue();
        assertThat(IndicatorCode.parse("1.1.1").isWithin(ActivityCode.parse("2.1"))).isFalse();
        assertThat(ActivityCode.parse("2.1").isWithin(AreaCode.parse("2"))).isTrue();
        assertThat(ActivityCode.parse("2").isWithin(AreaCode.parse("2"))).isFalse();
        assertThat(IndicatorCode.parse("1.10.1").isWithin(ActivityCode.parse("1.1"))).isFalse();
    }

    @Test
    void ordersPartByPart() {
        assertThat(IndicatorCode.parse("1.2.1")).isLessThan(IndicatorCode.parse("1.10.1"));
        assertThat(AreaCode.parse("1")).isLessThan(AreaCode.parse("1.1"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "[]", "1..1", "1.1.", ".1", "1.a", "[1.1", "1 1", "12345.1", "1.2.3.4.5.6.7.8.9"})
    void refusesWhatIsNotACode(String text) {
        assertThatThrownBy(() -> IndicatorCode.parse(text)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void toleratesSpacesAroundTheParts() {
        assertThat(ActivityCode.parse(" [ ১. ১ ] ")).isEqualTo(ActivityCode.of(1, 1));
    }

    @Test
    void refusesImpossibleSegments() {
        assertThatThrownBy(() -> AreaCode.of()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AreaCode.of(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AreaCode(null)).isInstanceOf(NullPointerException.class);
    }
}
