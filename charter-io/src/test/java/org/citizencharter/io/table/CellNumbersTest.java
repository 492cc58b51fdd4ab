package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizencharter.io.table.Tables.HEADER;
import static org.citizencharter.io.table.Tables.firstRow;
import static org.citizencharter.io.table.Tables.read;
import static org.citizencharter.io.table.Tables.tsv;

import java.math.BigDecimal;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.junit.jupiter.api.Test;

/**
 * Numbers in a table's cells, each form offices write and each slip, read in the one place that reads
 * them: Indian grouping is a number, mixed grouping, a percent sign on a count and a point at either end
 * are errors that name the cell.
 */
class CellNumbersTest {

    private static final int TARGET = 6;
    private static final int Q1 = 7;

    private static String[] withTarget(String target) {
        String[] row = firstRow();
        row[TARGET] = target;
        return row;
    }

    private static BigDecimal target(String cell) {
        ActionPlan plan = read(tsv(HEADER, withTarget(cell)));
        Indicator indicator = plan.indicators().getOnly();
        return ((Target.Single) indicator.target()).annual();
    }

    private static void refusedAsTarget(String cell, String problem) {
        assertThatThrownBy(() -> read(tsv(HEADER, withTarget(cell))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.line()).hasValue(2);
                    assertThat(e.columnName()).contains("লক্ষ্যমাত্রা");
                    assertThat(e.text()).contains(cell);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void indianGroupingInBengaliDigitsReadsAsTheNumber() {
        assertThat(target("১২,৩৪,৫৬,৭৮৯")).isEqualTo(new BigDecimal("123456789"));
    }

    @Test
    void indianGroupingInAsciiDigitsReadsAsTheNumber() {
        assertThat(target("12,34,56,789")).isEqualTo(new BigDecimal("123456789"));
        assertThat(target("1,23,456.50")).isEqualTo(new BigDecimal("123456.50"));
    }

    @Test
    void westernGroupingReadsAsTheNumber() {
        assertThat(target("123,456,789")).isEqualTo(new BigDecimal("123456789"));
        assertThat(target("12,345")).isEqualTo(new BigDecimal("12345"));
    }

    @Test
    void mixedGroupingIsAnErrorThatNamesTheCell() {
        refusedAsTarget("1,234,56,789", "grouping commas");
        refusedAsTarget("12,34,567,890", "grouping commas");
        refusedAsTarget("123,45,678", "grouping commas");
    }

    @Test
    void aPercentSignOnANumberTargetIsAnErrorThatNamesTheCell() {
        refusedAsTarget("400%", "percent sign");
        refusedAsTarget("৪০০ %", "percent sign");
    }

    @Test
    void aPercentSignOnANumbersQuarterIsAnErrorThatNamesTheCell() {
        String[] row = firstRow();
        row[Q1] = "1%";
        assertThatThrownBy(() -> read(tsv(HEADER, row)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.columnName()).contains("১ম ত্রৈমাসিক অর্জন");
                    assertThat(e.problem()).contains("percent sign");
                });
    }

    @Test
    void aPercentSignOnAPercentIndicatorsValuesIsRead() {
        String[] row = firstRow();
        row[4] = "%";
        row[TARGET] = "৯০%";
        row[Q1] = "২৫%";
        Indicator indicator = read(tsv(HEADER, row)).indicators().getOnly();
        assertThat(((Target.Single) indicator.target()).annual()).isEqualTo(new BigDecimal("90"));
        assertThat(indicator.quarters().q1()).isEqualTo(Value.of(new BigDecimal("25")));
    }

    @Test
    void aPercentWrittenWithItsWordIsReadOnAPercentIndicatorAndInTheReportedPercent() {
        String[] row = firstRow();
        row[4] = "%";
        row[TARGET] = "৯০ শতাংশ";
        row[Q1] = "২৫.৫শতাংশ";
        row[12] = "৭৫ শতাংশ";
        ActionPlan plan = read(tsv(HEADER, row));
        Indicator indicator = plan.indicators().getOnly();
        assertThat(((Target.Single) indicator.target()).annual()).isEqualTo(new BigDecimal("90"));
        assertThat(indicator.quarters().q1()).isEqualTo(Value.of(new BigDecimal("25.5")));
        assertThat(indicator.reported().percent()).contains(new BigDecimal("75"));
    }

    @Test
    void aPercentWordOnANumberOrAloneIsNoFigure() {
        refusedAsTarget("৯০ শতাংশ", "The number cannot be read");
        String[] row = firstRow();
        row[4] = "%";
        row[TARGET] = "শতাংশ";
        assertThatThrownBy(() -> read(tsv(HEADER, row))).hasMessageContaining("(শতাংশ)");
    }

    @Test
    void aPointWithNoDigitAfterItIsAnErrorThatNamesTheCell() {
        refusedAsTarget("4.", "no digit after its decimal point");
        refusedAsTarget("৪.", "no digit after its decimal point");
    }

    @Test
    void aPointWithNoDigitBeforeItIsAnErrorThatNamesTheCell() {
        refusedAsTarget(".5", "no digit before its decimal point");
        refusedAsTarget("-.5", "no digit before its decimal point");
    }
}
