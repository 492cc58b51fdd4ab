package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumeralsTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "১৭.৫      | 17.5",
        "১৭.5      | 17.5",
        "০৩        | 3",
        "৪         | 4",
        "25%       | 25",
        "২৫ %      | 25",
        "১০০%      | 100",
        "1,234     | 1234",
        "১২,৩৪,৫৬৭ | 1234567",
        "1,234,567.25 | 1234567.25",
        "-3        | -3",
        "+3        | 3",
        "12,34,56,789 | 123456789",
        "১২,৩৪,৫৬,৭৮৯ | 123456789",
        "0.5       | 0.5",
        "১৭.৫০     | 17.50",
        "  7  | 7",
    })
    void readsBengaliAsciiAndMixedDigits(String text, String expected) {
        assertThat(Numerals.parseDecimal(text)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void keepsTheScaleAsWritten() {
        assertThat(Numerals.parseDecimal("১৭.৫০").scale()).isEqualTo(2);
        assertThat(Numerals.parseDecimal("১০০%").scale()).isZero();
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"$-5000445]0.2f%", "2_2200", "1.2.3", "1e5", "১২ক", "", "   ", "-", "%", "1,23",
        "1234,567", ",123", "1,,234", "NaN", "Infinity", "१२",
        ".5", "5.", "-.5", "১.", "1,234,56,789", "12,34,567,890", "1,234."})
    void refusesToGuess(String text) {
        assertThatThrownBy(() -> Numerals.parseDecimal(text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).text()).contains(text));
    }

    @Test
    void theMessageShowsTheText() {
        assertThatThrownBy(() -> Numerals.parseDecimal("2_2200"))
                .hasMessageContaining("(2_2200)");
    }

    @Test
    void refusesVeryLongNumbers() {
        assertThatThrownBy(() -> Numerals.parseDecimal("1".repeat(61)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 60 digits");
    }

    @Test
    void writesBengaliDigitsWithTheBengNumberingSystem() {
        assertThat(Numerals.format(new BigDecimal("18.39"), Language.BN)).isEqualTo("১৮.৩৯");
        assertThat(Numerals.format(new BigDecimal("18.39"), Language.EN)).isEqualTo("18.39");
        assertThat(Numerals.format(new BigDecimal("-0.50"), Language.BN)).isEqualTo("-০.৫০");
        assertThat(Numerals.format(2023, Language.BN)).isEqualTo("২০২৩");
    }

    @Test
    void convertsDigitsBothWays() {
        assertThat(Numerals.toBengaliDigits("[1.2.1] 2023-24")).isEqualTo("[১.২.১] ২০২৩-২৪");
        assertThat(Numerals.toAsciiDigits("[১.২.১] ২০২৩-২৪")).isEqualTo("[1.2.1] 2023-24");
    }

    @Test
    void readsWholeNumbers() {
        assertThat(Numerals.parseInt("২০২৩")).isEqualTo(2023);
        assertThatThrownBy(() -> Numerals.parseInt("2.5")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Numerals.parseInt("99999999999")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void normalisesTheTwoSpellingsOfYaForMatching() {
        String precomposed = "\u09DF";
        String decomposed = "\u09AF\u09BC";
        assertThat(Numerals.normalizeForMatching("২" + precomposed)).isEqualTo(Numerals.normalizeForMatching("২" + decomposed));
        assertThat(Numerals.normalizeForMatching("  a\u00A0\t b ")).isEqualTo("a b");
    }

    @Test
    void leavesOutWhatShowsNothingForMatching() {
        // A non-joiner after a virama, a soft hyphen, a zero-width space: typed, pasted or hyphenated, never seen.
        assertThat(Numerals.normalizeForMatching("ক্\u200Cরমপুঞ্জি\u00ADভূত\u200B")).isEqualTo("ক্রমপুঞ্জিভূত");
        assertThat(Numerals.normalizeForMatching("\uFEFFগ\u200Dড়\u2060 ")).isEqualTo(Numerals.normalizeForMatching("গড়"));
        assertThat(CalculationMethod.parse("সমষ্\u200Dটি")).isEqualTo(CalculationMethod.SUM);
    }

    @Test
    void theBengaliDigitsAreThoseOfIcusBengNumberingSystem() {
        assertThat(Numerals.BENGALI_DIGITS)
                .isEqualTo(com.ibm.icu.text.NumberingSystem.getInstanceByName("beng").getDescription());
    }
}
