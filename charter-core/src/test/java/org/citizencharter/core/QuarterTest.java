package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    @ParameterizedTest(name = "\"{0}\" is Q3")
    @ValueSource(strings = {"Q3", "q3", "3", "৩", "৩য়", "৩য় ত্রৈমাসিক", "৩য় কোয়ার্টার", "৩য় প্রান্তিক", "\u09e9\u09af\u09bc"})
    void readsTheWaysQuartersAreWritten(String text) {
        assertThat(Quarter.parse(text)).isEqualTo(Quarter.Q3);
    }

    @Test
    void refusesQ5() {
        assertThatThrownBy(() -> Quarter.parse("Q5"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("(Q5)");
    }

    @Test
    void knowsItsMonthsAndLabels() {
        assertThat(Quarter.Q1.months()).containsExactly(Month.JULY, Month.AUGUST, Month.SEPTEMBER);
        assertThat(Quarter.Q3.months()).containsExactly(Month.JANUARY, Month.FEBRUARY, Month.MARCH);
        assertThat(Quarter.Q4.label(Language.BN)).isEqualTo("৪র্থ ত্রৈমাসিক");
        assertThat(Quarter.Q2.label(Language.EN)).isEqualTo("Q2");
        assertThat(Quarter.Q3.monthSpan(Language.EN)).isEqualTo("January–March");
        assertThat(Quarter.ofMonth(Month.JUNE)).isEqualTo(Quarter.Q4);
        assertThat(Quarter.Q3.andEarlier()).containsExactly(Quarter.Q1, Quarter.Q2, Quarter.Q3);
    }

    @Test
    void aReportAsOfQ3ClosesThreeQuarters() {
        ReportingPeriod period = ReportingPeriod.parse("২০২৩-২৪ ৩য় ত্রৈমাসিক");
        assertThat(period).isEqualTo(ReportingPeriod.of(FiscalYear.of(2023), Quarter.Q3));
        assertThat(period.isClosed(Quarter.Q3)).isTrue();
        assertThat(period.isClosed(Quarter.Q4)).isFalse();
        assertThat(period.end()).isEqualTo(java.time.LocalDate.of(2024, 3, 31));
        assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
        assertThat(period.format(Language.BN)).isEqualTo("২০২৩-২৪, ৩য় ত্রৈমাসিক");
    }
}
