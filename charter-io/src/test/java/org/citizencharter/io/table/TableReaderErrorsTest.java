package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizencharter.io.table.Tables.HEADER;
import static org.citizencharter.io.table.Tables.firstRow;
import static org.citizencharter.io.table.Tables.header;
import static org.citizencharter.io.table.Tables.read;
import static org.citizencharter.io.table.Tables.row;
import static org.citizencharter.io.table.Tables.tsv;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader refuses, and that each refusal says where (line, column header) and what it saw. */
class TableReaderErrorsTest {

    /** Reads a table that must be refused, and checks the line and header the error names. */
    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String table, int line, String column) {
        return assertThatThrownBy(() -> read(table))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).contains("test.tsv");
                    assertThat(e.line()).hasValue(line);
                    if (column != null) {
                        assertThat(e.columnName()).contains(column);
                    }
                });
    }

    private static String[] firstRowWith(int column, String text) {
        String[] row = firstRow();
        row[column] = text;
        return row;
    }

    @Nested
    class UnreadableCells {

        @Test
        void anExcelFormatStringInTheTarget() {
            refused(tsv(HEADER, firstRowWith(6, "$-5000445]0.2f%")), 2, "লক্ষ্যমাত্রা")
                    .hasMessageContaining("test.tsv, line 2, column \"লক্ষ্যমাত্রা\"")
                    .hasMessageContaining("The number cannot be read")
                    .hasMessageContaining("($-5000445]0.2f%)")
                    .hasMessageContaining("Maybe the cell holds an Excel number format rather than its value");
        }

        @Test
        void anExcelDigitGroupInAQuarter() {
            refused(tsv(HEADER, firstRow(), firstRowWith(8, "2_2200")), 3, "২য় ত্রৈমাসিক অর্জন")
                    .hasMessageContaining("(2_2200)");
        }

        @Test
        void theRowIsTheLineInTheFileCountingLinesInsideQuotedCells() {
            String[] spanning = firstRow();
            spanning[2] = "\"[১.১] সভা\nআয়োজন\nত্রৈমাসিক\"";
            String[] numbers = {"১", "২", "৩", "৪", "৫", "৬", "৭", "৮", "৯", "১০", "১১", "১২", "১৩"};
            String table = tsv(HEADER, numbers) + "\n" + tsv(spanning, firstRowWith(12, "x%"));

            refused(table, 7, "অর্জনের শতকরা হার").hasMessageContaining("(x%)");
        }

        @Test
        void aDateThatDoesNotExist() {
            String[] row = row("A", "১০", "[১.১] a", "[১.১.১] b", "তারিখ", "১০", "৩১-০২-২০২৪", "", "", "", "", "", "");
            refused(tsv(HEADER, row), 2, "লক্ষ্যমাত্রা").hasMessageContaining("does not exist")
                    .hasMessageContaining("(৩১-০২-২০২৪)");
        }

        @Test
        void aNumberWhereADateBelongs() {
            String[] row = row("A", "১০", "[১.১] a", "[১.১.১] b", "তারিখ", "১০", "৩০-০৬-২০২৪", "৩", "", "", "", "", "");
            refused(tsv(HEADER, row), 2, "১ম ত্রৈমাসিক অর্জন").hasMessageContaining("The date cannot be read");
        }

        @Test
        void aNegativeWeight() {
            refused(tsv(HEADER, firstRowWith(5, "-৩")), 2, "কর্মসম্পাদন সূচকের মান")
                    .hasMessageContaining("must not be negative");
        }

        @Test
        void anUnknownMethod() {
            refused(tsv(HEADER, firstRowWith(4, "সংখ্যা [যোগফল]")), 2, "একক").hasMessageContaining("(যোগফল)");
        }

        @Test
        void theDateMethodForACount() {
            refused(tsv(HEADER, firstRowWith(4, "সংখ্যা [তারিখ]")), 2, "একক")
                    .hasMessageContaining("The DATE method needs a date indicator");
        }

        @Test
        void twoMethodsThatDisagree() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "Method", "Unit", "Indicator weight",
                "Target"};
            String[] row = {"A", "10", "[1.1] a", "[1.1.1] b", "গড়", "সংখ্যা [ক্রমপুঞ্জিভূত]", "10", "4"};
            refused(tsv(header, row), 2, "Unit").hasMessageContaining("CUMULATIVE").hasMessageContaining("AVERAGE");
        }

        @Test
        void anUnreadableCode() {
            refused(tsv(HEADER, firstRowWith(3, "[১.ক.১] সূচক")), 2, "কর্মসম্পাদন সূচক")
                    .hasMessageContaining("indicator code cannot be read").hasMessageContaining("([১.ক.১])");
        }

        @ParameterizedTest
        @ValueSource(strings = {"সভা আয়োজন", "১.১ সভা আয়োজন", "[১.১ সভা আয়োজন"})
        void anActivityWithoutItsCodeInBrackets(String activity) {
            refused(tsv(HEADER, firstRowWith(2, activity)), 2, "কার্যক্রম")
                    .hasMessageContaining("does not begin with its code in brackets");
        }

        @Test
        void aPartialGradedTarget() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "Unit", "Indicator weight", "অসাধারণ",
                "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে"};
            String[] row = {"A", "10", "[1.1] a", "[1.1.1] b", "সংখ্যা", "10", "10", "9", "", "7", "6"};
            refused(tsv(header, row), 2, "উত্তম").hasMessageContaining("4 of its five columns");
        }
    }

    @Nested
    class RowsThatMakeNoPlan {

        @Test
        void anAreaWithoutItsWeight() {
            refused(tsv(HEADER, firstRowWith(1, "")), 2, "মান").hasMessageContaining("The area has no weight");
        }

        @Test
        void aWeightWithoutItsArea() {
            String[] row = row("", "৫", "", "[১.১.২] b", "সংখ্যা", "৫", "৪");
            refused(tsv(HEADER, firstRow(), row), 3, "মান").hasMessageContaining("an area weight but no area");
        }

        @Test
        void aFirstRowWithoutAnArea() {
            refused(tsv(HEADER, firstRowWith(0, "")), 2, "মান").hasMessageContaining("an area weight but no area");
            String[] noArea = row("", "", "[১.১] a", "[১.১.১] b", "সংখ্যা", "১০", "৪");
            refused(tsv(HEADER, noArea), 2, "কার্যক্রম").hasMessageContaining("before any area");
        }

        @Test
        void aNewAreaWithoutAnActivity() {
            String[] row = row("সক্ষমতা", "৭", "", "[২.১.১] b", "সংখ্যা", "৭", "২");
            refused(tsv(HEADER, firstRow(), row), 3, "কর্মসম্পাদন সূচক").hasMessageContaining("names no activity");
        }

        @Test
        void valuesWithoutAnIndicator() {
            String[] row = row("", "", "", "", "সংখ্যা", "৭", "২");
            refused(tsv(HEADER, firstRow(), row), 3, "একক").hasMessageContaining("a value but no indicator");
        }

        @Test
        void aBlankUnitOrWeight() {
            refused(tsv(HEADER, firstRowWith(4, "")), 2, "একক").hasMessageContaining("The unit is blank");
            refused(tsv(HEADER, firstRowWith(4, "[গড়]")), 2, "একক").hasMessageContaining("The unit is blank");
            refused(tsv(HEADER, firstRowWith(5, "")), 2, "কর্মসম্পাদন সূচকের মান")
                    .hasMessageContaining("weight is blank");
        }

        @Test
        void aValueUnderABlankHeaderOrBeyondTheHeader() {
            String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
            header[HEADER.length] = "";
            String[] row = Arrays.copyOf(firstRow(), HEADER.length + 1);
            row[HEADER.length] = "হারানো";

            assertThatThrownBy(() -> read(tsv(header, row)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.column()).hasValue(HEADER.length + 1))
                    .hasMessageContaining("under a blank header").hasMessageContaining("(হারানো)");
            assertThatThrownBy(() -> read(tsv(HEADER, row)))
                    .hasMessageContaining("beyond the header's last column (13)").hasMessageContaining("line 2");
        }

        @Test
        void aHeaderWithoutRows() {
            refused(tsv(HEADER), 1, null).hasMessageContaining("a header but no rows");
            String[] numbers = {"১", "২", "৩", "৪", "৫", "৬", "৭", "৮", "৯", "১০", "১১", "১২", "১৩"};
            refused(tsv(HEADER, numbers), 1, null).hasMessageContaining("a header but no rows");
        }
    }

    @Nested
    class Headers {

        @Test
        void anUnknownColumnIsNamedWithTheOnesMissing() {
            String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
            header[0] = "ক্রমিক নং";
            header[HEADER.length] = "দায়িত্বপ্রাপ্ত ব্যক্তি";

            refused(tsv(header, firstRow()), 1, null)
                    .hasMessageContaining("not recognised: \"ক্রমিক নং\" (column 1); \"মান\" (column 2), which is the area"
                            + " weight only right after the area; \"দায়িত্বপ্রাপ্ত ব্যক্তি\" (column 14)")
                    .hasMessageContaining("missing: area (কার্যক্রমের ক্ষেত্র); area weight (মান)")
                    .hasMessageContaining("recognised: activity (কার্যক্রম) as \"কার্যক্রম\" (column 3)");
        }

        @Test
        void thePlainWeightIsTheAreaWeightOnlyRightAfterTheArea() {
            String[] header = {"কার্যক্রমের ক্ষেত্র", "কার্যক্রম", "মান", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            refused(tsv(header, firstRow()), 1, null)
                    .hasMessageContaining("\"মান\" (column 3), which is the area weight only right after the area");
        }

        @Test
        void aColumnNamedTwice() {
            refused(tsv(header(12, "প্রকৃত অর্জন"), firstRow()), 1, null)
                    .hasMessageContaining("Two columns are the actual (প্রকৃত অর্জন): \"প্রকৃত অর্জন\" (column 12) and"
                            + " \"প্রকৃত অর্জন\" (column 13)");
        }

        @Test
        void aTargetAndGradedColumnsTogether() {
            refused(tsv(header(12, "অসাধারণ"), firstRow()), 1, null).hasMessageContaining("one or the other");
        }

        @Test
        void someGradedColumnsWithoutTheOthers() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "Unit", "Indicator weight", "অসাধারণ",
                "অতি উত্তম", "চলতি মান"};
            refused(tsv(header, firstRow()), 1, null)
                    .hasMessageContaining("missing: graded target 80 % (উত্তম); graded target 60 % (চলতি মানের নিম্নে)");
        }

        @Test
        void aTargetHeaderWithSomethingElseThanAYear() {
            refused(tsv(header(6, "লক্ষ্যমাত্রা/নির্ণায়ক"), firstRow()), 1, null)
                    .hasMessageContaining("\"লক্ষ্যমাত্রা/নির্ণায়ক\" (column 7)");
            refused(tsv(header(6, "লক্ষ্যমাত্রা ২০২৩-২৫"), firstRow()), 1, null)
                    .hasMessageContaining("\"লক্ষ্যমাত্রা ২০২৩-২৫\" (column 7)");
        }

        @Test
        void aYearInTheHeaderThatIsNotTheCallers() {
            refused(tsv(header(6, "লক্ষ্যমাত্রা ২০২২-২৩"), firstRow()), 1, "লক্ষ্যমাত্রা ২০২২-২৩")
                    .hasMessageContaining("The fiscal year in the header (2022-23) is not the one given to the reader"
                            + " (2023-24)");
        }

        @Test
        void noYearAnywhere() {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3);
            assertThatThrownBy(() -> reader.read(tsv(HEADER, firstRow()), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("The fiscal year is not given to the reader and no header names it");
        }
    }

    @Nested
    class Text {

        @Test
        void nothingAtAll() {
            assertThatThrownBy(() -> read("\n  \n")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("test.tsv: The input holds no table");
        }

        @Test
        void noDelimiterInTheFirstLine() {
            assertThatThrownBy(() -> read("সেবা প্রদান প্রতিশ্রুতি\n" + tsv(HEADER, firstRow())))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("test.tsv, line 1: The table's format cannot be told");
        }

        @Test
        void aQuoteThatIsNeverClosed() {
            refused(tsv(HEADER, firstRowWith(2, "\"[১.১] \"সভা\" আয়োজন")), 2, null)
                    .hasMessageContaining("quoting is broken");
        }

        @Test
        void aMarkdownTableWithoutItsDelimiterRow() {
            String markdown = "| " + String.join(" | ", HEADER) + " |\n| " + String.join(" | ", firstRow()) + " |\n";
            refused(markdown, 2, null).hasMessageContaining("needs a delimiter row");
        }

        @Test
        void textAfterAMarkdownTable() {
            String markdown = "|" + String.join("|", HEADER) + "|\n|" + "---|".repeat(HEADER.length) + "\n|"
                    + String.join("|", firstRow()) + "|\n\nস্মারক নং ৩০৭\n";
            refused(markdown, 5, null).hasMessageContaining("Text follows the table").hasMessageContaining("(স্মারক নং ৩০৭)");
        }

        @Test
        void bytesThatAreNotUtf8() {
            byte[] latin1 = "Area\tমান".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            latin1[1] = (byte) 0xE9;
            assertThatThrownBy(() -> Tables.READER.read(new ByteArrayInputStream(latin1), "x.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("x.tsv: The table is not UTF-8 text");
        }

        @Test
        void theFormatGivenWinsOverTheContent() {
            TableReader csv = Tables.READER.withFormat(TableFormat.CSV);
            assertThatThrownBy(() -> csv.read(tsv(HEADER, firstRow()), "t"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("cannot be recognised");
            assertThat(Tables.READER.withFiscalYear(FiscalYear.of(2023)).format()).isEmpty();
        }
    }
}
