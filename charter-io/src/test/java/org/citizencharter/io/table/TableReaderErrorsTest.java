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
import java.math.BigDecimal;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
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
        void wordsAfterAFigureAreNotReadButTheHintNamesTheFigure() {
            // What a count counts, written after it: one figure, but not a figure alone, so not read.
            refused(tsv(HEADER, firstRowWith(9, "৩টি সভা")), 2, "৩য় ত্রৈমাসিক অর্জন")
                    .hasMessageContaining("(৩টি সভা)")
                    .hasMessageContaining("Maybe the cell holds words after its figure: write the figure alone (৩)");
            refused(tsv(HEADER, firstRowWith(9, "১ (এক)")), 2, "৩য় ত্রৈমাসিক অর্জন")
                    .hasMessageContaining("write the figure alone (১)");
            refused(tsv(HEADER, firstRowWith(9, "২ টি সভা")), 2, "৩য় ত্রৈমাসিক অর্জন")
                    .hasMessageContaining("write the figure alone (২)");
            refused(tsv(HEADER, firstRowWith(9, "2 meetings")), 2, "৩য় ত্রৈমাসিক অর্জন")
                    .hasMessageContaining("write the figure alone (2)");
            // An ordinal, or two figures, is no such count: no hint names a figure.
            refused(tsv(HEADER, firstRowWith(9, "২য় সভা")), 2, "৩য় ত্রৈমাসিক অর্জন")
                    .hasMessageNotContaining("figure alone");
            refused(tsv(HEADER, firstRowWith(9, "৩টি সভা, ২টি কর্মশালা")), 2, "৩য় ত্রৈমাসিক অর্জন")
                    .hasMessageNotContaining("figure alone");
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
            refused(tsv(HEADER, firstRowWith(4, "সংখ্যা [গুণফল]")), 2, "একক").hasMessageContaining("(গুণফল)");
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
        @ValueSource(strings = {"[১.১ সভা আয়োজন", "[সভা] আয়োজন"})
        void anActivityBeginningWithABracketThatHoldsNoCode(String activity) {
            refused(tsv(HEADER, firstRowWith(2, activity)), 2, "কার্যক্রম")
                    .hasMessageContaining("The activity code cannot be read");
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
        }

        @Test
        void aBlankIndicatorWeightIsAnIndicatorWithoutWeightAndNoted() {
            ReadResult result = Tables.READER.readWithNotes(tsv(HEADER, firstRowWith(5, "")), "t.tsv");
            assertThat(result.plan().indicators().getFirst().weight()).isEmpty();
            assertThat(result.notes()).anySatisfy(note -> assertThat(note.toString())
                    .isEqualTo("row 2, column 6: The indicator 1.1.1 has no weight"));
        }

        @Test
        void aValueUnderABlankHeaderOrBeyondTheHeader() {
            String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
            header[HEADER.length] = "";
            String[] row = Arrays.copyOf(firstRow(), HEADER.length + 1);
            row[HEADER.length] = "হারানো";

            for (String table : new String[] {tsv(header, row), tsv(HEADER, row)}) {
                ReadResult result = Tables.READER.readWithNotes(table, "t.tsv");
                assertThat(result.plan().indicators().getFirst().extensions().json()).contains("হারানো");
                assertThat(result.notes()).anySatisfy(note -> assertThat(note.toString())
                        .isEqualTo("row 2, column 14: The cell \"হারানো\" has no header; it is kept as text on the"
                                + " indicator"));
            }
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
        void unknownColumnsAreKeptAndNamedInTheNotes() {
            String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
            header[HEADER.length] = "দায়িত্বপ্রাপ্ত ব্যক্তি";
            String[] row = Arrays.copyOf(firstRow(), HEADER.length + 1);
            row[HEADER.length] = "উপপরিচালক";

            ReadResult result = Tables.READER.readWithNotes(tsv(header, row), "t.tsv");

            assertThat(result.plan().indicators().getFirst().extensions().json())
                    .isEqualTo("{\"tableColumns\":[[\"দায়িত্বপ্রাপ্ত ব্যক্তি\",\"উপপরিচালক\"]]}");
            assertThat(result.notes().collect(TableNote::toString)).contains("row 1, column 14: The header"
                    + " \"দায়িত্বপ্রাপ্ত ব্যক্তি\" is not a column charter scores: its cells are kept as text on each"
                    + " indicator");
        }

        @Test
        void onlyATableWithoutItsEssentialColumnsIsRefusedSayingWhatWasFound() {
            String[] header = {"ক্রমিক নং", "কার্যক্রম", "বিবরণ", "একক", "মন্তব্য"};
            refused(tsv(header, row("১", "[১.১] সভা", "সভা", "সংখ্যা", "")), 1, null)
                    .hasMessageContaining("essential columns cannot be found")
                    .hasMessageContaining("not recognised: \"ক্রমিক নং\" (row 1, column 1); \"বিবরণ\" (row 1, column 3)")
                    .hasMessageContaining("missing: indicator (কর্মসম্পাদন সূচক)")
                    .hasMessageContaining("recognised: activity (কার্যক্রম) as \"কার্যক্রম\" (row 1, column 2)");
        }

        @Test
        void aTableWhoseBengaliASaveTurnedToQuestionMarksIsToldSo() {
            // Excel's "CSV (Comma delimited)" writes each character its code page lacks as one question mark.
            String saved = tsv(HEADER, firstRow()).replaceAll("[^\\x00-\\x7F]", "?");
            refused(saved, 1, null)
                    .hasMessageContaining("essential columns cannot be found")
                    .hasMessageContaining("Maybe the headers hold question marks where their letters were")
                    .hasMessageContaining("\"CSV UTF-8\"")
                    .hasMessageNotContaining("damaged by OCR");
        }

        @Test
        void headersDamagedOtherwiseKeepTheHintToCorrectThem() {
            String[] header = {"ক্রমিক নং", "কার্যক্রম", "???", "একক", "মন্তব্য"};
            refused(tsv(header, row("১", "[১.১] সভা", "সভা", "সংখ্যা", "")), 1, null)
                    .hasMessageContaining("Maybe correct the headers")
                    .hasMessageNotContaining("question marks");
        }

        @Test
        void thePlainWeightIsTheAreaWeightRightAfterTheAreaAndKeptElsewhere() {
            String[] header = {"কার্যক্রমের ক্ষেত্র", "কার্যক্রম", "মান", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            String[] row = {"[১] ক", "[১.১] খ", "১০", "[১.১.১] গ", "সংখ্যা", "১০", "৪"};
            ReadResult result = Tables.READER.readWithNotes(tsv(header, row), "t.tsv");
            assertThat(result.plan().areas().getFirst().weight()).isEqualTo(Weight.of(10));
            assertThat(result.notes()).anySatisfy(note -> assertThat(note.message()).contains("sum of its indicators"));
        }

        @Test
        void aColumnNamedTwiceIsReadFromTheFirst() {
            ReadResult result = Tables.READER.readWithNotes(tsv(header(12, "প্রকৃত অর্জন"), firstRow()), "t.tsv");
            assertThat(result.plan().indicators().getFirst().reported().actual()).isEqualTo(Value.of(3));
            assertThat(result.notes().collect(TableNote::toString)).anySatisfy(note -> assertThat(note)
                    .contains("row 1, column 13").contains("names the actual (প্রকৃত অর্জন) again (column 12"));
        }

        @Test
        void aTargetAndGradedColumnsTogetherAreReadRowByRow() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "Unit", "Indicator weight", "Target",
                "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে"};
            String[] single = {"[1] a", "10", "[1.1] b", "[1.1.1] c", "number", "5", "4", "", "", "", "", ""};
            String[] graded = {"", "", "", "[1.1.2] d", "number", "5", "", "50", "40", "30", "20", "10"};
            ActionPlan plan = read(tsv(header, single, graded));
            assertThat(plan.indicators().collect(Indicator::target)).containsExactly(Target.of(4),
                    Target.graded(new BigDecimal("50"), new BigDecimal("40"), new BigDecimal("30"),
                            new BigDecimal("20"), new BigDecimal("10")));
        }

        @Test
        void someGradedColumnsWithoutTheOthers() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "Unit", "Indicator weight", "অসাধারণ",
                "অতি উত্তম", "চলতি মান"};
            refused(tsv(header, firstRow()), 1, null)
                    .hasMessageContaining("missing: annual target (লক্ষ্যমাত্রা) or the five graded targets");
        }

        @Test
        void aTargetHeaderWithSomethingElseThanAYearIsKept() {
            ReadResult result = Tables.READER.readWithNotes(tsv(header(6, "লক্ষ্যমাত্রা ২০২৩-২৫"),
                    firstRow()), "t.tsv");
            assertThat(result.notes().collect(TableNote::toString)).contains("row 1, column 7: The header"
                    + " \"লক্ষ্যমাত্রা ২০২৩-২৫\" is not a column charter scores: its cells are kept as text on each"
                    + " indicator");
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
                    .hasMessageContaining("The fiscal year is not given to the reader, and neither the table nor the"
                            + " text around it names it")
                    .hasMessageContaining("--fiscal-year 2023-24");
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
        void aTitleWithoutADelimiterAboveTheTableIsTheDocumentsText() {
            // domain.md §5: the title and text above a table are the document's, not an error.
            assertThat(read("সেবা প্রদান প্রতিশ্রুতি\n" + tsv(HEADER, firstRow())).indicators()).hasSize(1);
        }

        @Test
        void textWithNoDelimiterOnAnyLine() {
            assertThatThrownBy(() -> read("সেবা প্রদান প্রতিশ্রুতি\nকোনো সারণি নেই\n"))
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
        void textAfterAMarkdownTableIsTheDocumentsText() {
            String markdown = "|" + String.join("|", HEADER) + "|\n|" + "---|".repeat(HEADER.length) + "\n|"
                    + String.join("|", firstRow()) + "|\n\nস্মারক নং ৩০৭\n";
            assertThat(Tables.READER.grid(markdown, "t.md").documentText()).containsExactly("স্মারক নং ৩০৭");
            assertThat(read(markdown)).isEqualTo(read(tsv(HEADER, firstRow())));
        }

        @Test
        void aLetterWhoseTableLacksItsEssentialColumnsIsRefusedNamingThatTablesHeadersNotTheLetters() {
            String[] damaged = HEADER.clone();
            damaged[6] = "লক্ষণ মাত্রা";
            damaged[7] = "প্রার্থিক";
            damaged[8] = "";
            damaged[9] = "";
            damaged[10] = "";
            damaged[11] = "";
            String letter = "জেলা সমবায় অফিসারের কার্যালয়\nপটুয়াখালী।\n\n";
            String members = "ক্রমিক নং\tনাম ও পদবী\tস্বাক্ষর\n১\tজনাব ক\t\n\nআলোচনা হয়।\n\n";
            String[] row = firstRow();
            refused(letter + members + tsv(damaged, row) + "\nস্মারক নং ৩০৭\n", 9, null)
                    .hasMessageContaining("essential columns cannot be found")
                    .hasMessageContaining("\"লক্ষণ মাত্রা\" (row 9, column 7)")
                    .hasMessageContaining("indicator (কর্মসম্পাদন সূচক) as \"কর্মসম্পাদন সূচক\" (row 9, column 4)");
        }

        @Test
        void aCsvTableLackingItsEssentialColumnsUnderLinesWithCommasIsRefusedNamingItsHeader() {
            String[] damaged = HEADER.clone();
            damaged[6] = "লক্ষণ মাত্রা";
            damaged[7] = "প্রার্থিক";
            for (int column = 8; column <= 11; column++) {
                damaged[column] = "";
            }
            String letter = "জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\n\nপ্রতিবেদনের সময়: জানুয়ারী-মার্চ, ২০২৪\n\n";
            refused(letter + String.join(",", damaged) + "\n" + String.join(",", firstRow()) + "\n", 5, null)
                    .hasMessageContaining("essential columns cannot be found")
                    .hasMessageContaining("\"লক্ষণ মাত্রা\" (row 5, column 7)")
                    .hasMessageNotContaining("পটুয়াখালী");
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
                    .hasMessageContaining("essential columns cannot be found");
            assertThat(Tables.READER.withFiscalYear(FiscalYear.of(2023)).format()).isEmpty();
        }
    }
}
