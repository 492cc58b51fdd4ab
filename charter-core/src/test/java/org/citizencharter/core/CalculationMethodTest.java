package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalculationMethodTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"SUM, SUM", "average, AVERAGE", "Cumulative, CUMULATIVE", "সমষ্টি, SUM", "গড়, AVERAGE",
        "ক্রমপুঞ্জিভূত, CUMULATIVE", "তারিখ, DATE",
        // a name broken onto two lines of a narrow cell (a PDF) and joined with a space
        "ক্রমপুঞ্জি ভূত, CUMULATIVE", "'  সম ষ্টি ', SUM", "Cumu lative, CUMULATIVE"})
    void readsTheNamesInEitherLanguage(String text, CalculationMethod method) {
        assertThat(CalculationMethod.parse(text)).isEqualTo(method);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "সম", "ক্রমপুঞ্জিভূ", "SUMS", "গড় সমষ্টি", "Cumulative sum"})
    void refusesOtherTexts(String text) {
        assertThatThrownBy(() -> CalculationMethod.parse(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The calculation method is not one of");
    }
}
