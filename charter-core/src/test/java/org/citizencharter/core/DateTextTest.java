package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest(name = "\"{0}\" is 12 January 2011")
    @ValueSource(strings = {"12-01-2011", "12/01/2011", "১২-০১-২০১১", "১২/০১/২০১১", "12-1-2011", "১২ / ০১ / ২০১১",
        "2011-01-12", "১২-01-২০১১", "12.01.2011", "১২.০১.২০১১", "১২-০১-২০১১ খ্রি.", "১২/০১/২০১১খ্রিঃ", "12/01/2011 ইং",
        "১২-০১-২০১১ খ্রিস্টাব্দ", "১২ জানুয়ারি ২০১১", "১২ জানুয়ারী, ২০১১", "১২ জানু\u09DFারি ২০১১", "12 January 2011",
        "12 jan 2011", "১২ জানুয়ারি ২০১১ খ্রি.", "১২ জানুয়া রি ২০১১", "12 Janu ary, 2011"})
    void readsTheFormsOfficesWrite(String text) {
        assertThat(DateText.parse(text)).isEqualTo(LocalDate.of(2011, 1, 12));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"31-02-2024", "12-01/2011", "12.01-2011", "2011/01/12", "2011.01.12", "12-01-11",
        "১২ জানু ২০১১", "১২ জানুয়ারি ১১", "January 12 2011", "১২ জানুয়ারি ২০১১ ২০১১", "খ্রি.", "", "12-01-2011-1",
        "123-01-2011", "123 January 2011"})
    void refusesOtherForms(String text) {
        assertThatThrownBy(() -> DateText.parse(text)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDateThatDoesNotExistSaysSo() {
        assertThatThrownBy(() -> DateText.parse("31-02-2024")).hasMessageContaining("does not exist (31-02-2024)");
        assertThatThrownBy(() -> DateText.parse("৩১ ফেব্রুয়ারি ২০২৪")).hasMessageContaining("does not exist");
    }

    @Test
    void writesDatesInEitherScript() {
        LocalDate date = LocalDate.of(2024, 1, 15);
        assertThat(DateText.format(date, Language.BN)).isEqualTo("১৫-০১-২০২৪");
        assertThat(DateText.format(date, Language.EN)).isEqualTo("15-01-2024");
        assertThat(DateText.formatLong(date, Language.EN)).isEqualTo("15 January 2024");
        assertThat(DateText.formatLong(date, Language.BN)).startsWith("১৫ জানুয়ারি").endsWith("২০২৪");
    }

    @Test
    void readsBackTheLongFormItWrites() {
        for (int month = 1; month <= 12; month++) {
            LocalDate date = LocalDate.of(2024, month, 28);
            for (Language language : Language.values()) {
                assertThat(DateText.parse(DateText.formatLong(date, language))).isEqualTo(date);
            }
        }
    }

    @Test
    void namesMonthsInBengali() {
        assertThat(DateText.monthName(Month.MARCH, Language.BN)).isEqualTo("মার্চ");
        assertThat(DateText.monthName(Month.JULY, Language.BN)).isEqualTo("জুলাই");
    }
}
