package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @Test
    void readsBengaliAndAsciiDigitsAlike() {
        assertThat(FiscalYear.parse("২০২৩-২৪")).isEqualTo(FiscalYear.parse("2023-24"));
    }

    @ParameterizedTest(name = "\"{0}\" is 2023-24")
    @ValueSource(strings = {"2023-24", "২০২৩-২৪", "2023-2024", "২০২৩-২০২৪", "2023–24", "2023/24", " 2023 - 24 "})
    void readsTheFormsInUse(String text) {
        assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(2023));
    }

    @Test
    void refusesYearsThatAreNotConsecutive() {
        assertThatThrownBy(() -> FiscalYear.parse("2023-25"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("consecutive years (2023-25)")
                .hasMessageContaining("Maybe write 2023-24");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"2023", "23-24", "2023-2", "abcd-ef", "2023-24-25", "", "1899-00"})
    void refusesOtherText(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void runsFromJulyToJune() {
        FiscalYear year = FiscalYear.parse("2023-24");
        assertThat(year.start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(year.contains(LocalDate.of(2023, 6, 30))).isFalse();
        assertThat(year.contains(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(FiscalYear.containing(LocalDate.of(2024, 6, 30))).isEqualTo(year);
        assertThat(FiscalYear.containing(LocalDate.of(2023, 7, 1))).isEqualTo(year);
        assertThat(year.lengthInDays()).isEqualTo(366);
    }

    @Test
    void fifteenthOfJanuary2024IsInQ3Of2023_24() {
        assertThat(FiscalYear.parse("2023-24").quarterOf(LocalDate.of(2024, 1, 15))).isEqualTo(Quarter.Q3);
    }

    @Test
    void quarterBoundaries() {
        FiscalYear year = FiscalYear.of(2022);
        assertThat(year.startOf(Quarter.Q2)).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(year.endOf(Quarter.Q3)).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(year.endOf(Quarter.Q4)).isEqualTo(year.end());
        assertThatThrownBy(() -> year.quarterOf(LocalDate.of(2024, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesBothScripts() {
        assertThat(FiscalYear.of(2023).toString()).isEqualTo("2023-24");
        assertThat(FiscalYear.of(2023).format(Language.BN)).isEqualTo("২০২৩-২৪");
        assertThat(FiscalYear.of(2099).toString()).isEqualTo("2099-00");
        assertThat(FiscalYear.parse("2099-00")).isEqualTo(FiscalYear.of(2099));
    }
}
