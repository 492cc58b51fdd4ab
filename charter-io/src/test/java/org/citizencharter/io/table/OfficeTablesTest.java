package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizencharter.io.table.Tables.HEADER;
import static org.citizencharter.io.table.Tables.firstRow;
import static org.citizencharter.io.table.Tables.header;
import static org.citizencharter.io.table.Tables.row;
import static org.citizencharter.io.table.Tables.tsv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.citizencharter.rules.ScoringEngine;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tables of domain.md §5 as offices write them, one small table a header variant or shape, written
 * for these tests from the text of §5. Every table read here is also written back as TSV and read again,
 * and gives the same plan.
 */
class OfficeTablesTest {

    private static final TableReader READER = Tables.READER;

    /** Reads a table, checks that it reads back the same from its TSV, and gives the reading. */
    static ReadResult reads(TableReader reader, String table) {
        ReadResult result = reader.readWithNotes(table, "office.tsv");
        ActionPlan plan = result.plan();
        String written = TableWriter.of(TableFormat.TSV).write(plan);
        TableReader again = reader.withAsOf(plan.asOf().orElseThrow()).withFiscalYear(plan.fiscalYear());
        assertThat(again.read(written, "written.tsv")).as(written).isEqualTo(plan);
        return result;
    }

    static ReadResult reads(String table) {
        return reads(READER, table);
    }

    private static Indicator only(ActionPlan plan) {
        assertThat(plan.indicators()).hasSize(1);
        return plan.indicators().getFirst();
    }

    private static ImmutableList<String> notes(ReadResult result) {
        return result.notes().collect(TableNote::toString);
    }

    /**
     * A header of two rows with each quarter over its own target, achievement and percent ("১ম ত্রৈমাসিক" over
     * "লক্ষ্যমাত্রা", "অর্জন", "অর্জনের হার (%)"), the quarter written once over its columns or over each.
     */
    private static String[][] eachQuarterOverItsColumns(String target, boolean overEach) {
        MutableList<String> top = Lists.mutable.of("কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", target);
        MutableList<String> bottom = Lists.mutable.of("", "", "", "", "", "", "");
        for (String quarter : List.of("১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক")) {
            top.addAll(List.of(quarter, overEach ? quarter : "", overEach ? quarter : ""));
            bottom.addAll(List.of("লক্ষ্যমাত্রা", "অর্জন", "অর্জনের হার (%)"));
        }
        return new String[][] {top.toArray(new String[0]), bottom.toArray(new String[0])};
    }

    @Nested
    class Headers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "0|কর্মসম্পাদন ক্ষেত্র", "0|কৌশলগত উদ্দেশ্য", "0|Strategic objective", "0|AREA",
            "1|ক্ষেত্রের মান", "1|কৌশলগত উদ্দেশ্যের মান", "1|Area weight",
            "2|কার্যক্রমের নাম", "2|Activity",
            "3|সূচক", "3|কর্ম সম্পাদন সূচক", "3|Performance Indicator",
            "4|Unit", "5|সূচকের মান", "5|Indicator weight",
            "6|২০২৩-২০২৪ অর্থবছরের লক্ষ্যমাত্রা", "6|লক্ষ্যমাত্রা (২০২৩-২৪)", "6|লক্ষ্যমাত্রা (অসাধারণ)", "6|লক্ষ্য মাত্রা",
            "6|বার্ষিক লক্ষ্যমাত্রা ২০২৩-২০২৪", "6|Annual target 2023-24", "6|লক্ষমাত্রা",
            "6|লক্ষ্যমাত্রা ২৩-২৪", "6|Target (FY 23-24)", "6|লক্ষ্যমাত্রা ২০২৩-'২৪",
            "7|১ম কোয়ার্টার", "7|১ম প্রান্তিক অগ্রগতি", "7|প্রথম ত্রৈমাসিক অর্জন", "7|১ম কোয়ার্টার জুলাই-সেপ্টেম্বর",
            "7|১ম ত্রৈমাসিক (জুলাই - সেপ্টেম্বর) অর্জন", "7|Q1", "7|Quarter 1 achievement", "7|১ম ত্রৈমাসিক অজ©ন",
            "7|প্রথম কোয়ার্টারের অর্জন", "7|Q1 (Jul-Sep)", "7|1st Quarter", "7|জুলাই-সেপ্টেম্বর",
            "7|১ম ত্রৈমাসিক (জুলাই-সেপ্টেম্বর/২০২৩)", "8|২য় কোয়ার্টার অক্টোবর-ডিসেম্বর", "8|Q2 Oct-Dec 2023",
            "9|৩য় প্রান্তিক জানুয়ারী-মার্চ", "9|জানুয়ারি-মার্চ ২০২৪ অর্জন", "10|৪র্থ কোয়ার্টার", "10|এপ্রিল-জুন",
            // the quarter's number after the word, and the months' years in two digits
            "7|কোয়ার্টার ১", "7|ত্রৈমাসিক-১ অর্জন", "8|প্রান্তিক ২", "9|ত্রৈমাসিক ৩ (জানুয়ারি-মার্চ ২০২৪)",
            "7|জুলাই-সেপ্টেম্বর/২৩", "7|জুলাই-সেপ্টেম্বর'২৩", "8|অক্টোবর/২৩-ডিসেম্বর/২৩", "9|জানুয়ারি-২৪ থেকে মার্চ-২৪",
            "10|৪র্থ ত্রৈমাসিক অর্জন (এপ্রিল-জুন'২৪)",
            "11|মোট অর্জন", "11|সর্বমোট অর্জন", "11|বার্ষিক অর্জন", "11|Actual", "12|শতকরা হার", "12|Percent achieved",
            "12|Achievement (%)", "12|অর্জন (%)", "12|শতকরা হার (%)",
            // the total to date under a name of its own, or named by the months it runs to (the report is of Q3)
            "11|ক্রমপুঞ্জিভূত অর্জন", "11|Cumulative achievement", "11|Achievement to date", "11|এ পর্যন্ত অর্জন",
            "11|লক্ষ্যমাত্রার বিপরীতে অর্জন", "11|মোট অর্জন (জুলাই-মার্চ)", "11|জুলাই-মার্চ পর্যন্ত অর্জন",
            "11|মোট অর্জন (জুলাই/২৩-মার্চ/২৪)", "11|মার্চ পর্যন্ত অর্জন", "11|Total achievement (July-March 2024)",
            "11|Achievement up to March", "11|মোট (জুলাই ২০২৩ থেকে মার্চ ২০২৪)", "11|প্রকৃত অর্জন (জুলাই-মার্চ)",
            "12|লক্ষ্যমাত্রার বিপরীতে অর্জনের হার (%)", "12|অর্জনের হার (জুলাই-মার্চ)", "12|অর্জন (%) জুলাই-মার্চ",
            // or by the quarter it runs to
            "11|৩য় ত্রৈমাসিক পর্যন্ত অর্জন", "11|৩য় কোয়ার্টার পর্যন্ত মোট অর্জন", "11|Achievement up to Q3",
            "11|Total achievement till 3rd quarter", "12|অর্জনের হার (৩য় ত্রৈমাসিক পর্যন্ত)",
            // typed in SutonnyMJ, as the Bijoy fonts store it
            "0|Kvh©µ‡gi ‡¶Î", "1|gvb", "2|Kvh©µg", "3|Kg©m¤úv`b m~PK", "4|GKK", "5|Kg©m¤úv`b m~P‡Ki gvb", "6|jÿ¨gvÎv",
            "7|1g ‰ÎgvwmK AR©b", "10|4_© ‡KvqvU©vi", "11|cÖK…Z AR©b", "12|AR©‡bi kZKiv nvi",
            // English typed in a Bijoy font, then converted to Bengali letters
            "0|অৎবধ", "3|ওহফরপধঃড়ৎ", "4|টহরঃ", "6|ঞধৎমবঃ", "7|ছ১", "11|অপঃঁধষ",
            // plurals, the genitive, the locative and other words of some templates
            "0|কৌশলগত উদ্দেশ্যসমূহ", "0|কার্যক্রমের ক্ষেত্রসমূহ", "2|কার্যক্রমের বিবরণ", "3|কর্মসম্পাদনের সূচক",
            "3|সূচকসমূহ", "4|পরিমাপের একক", "7|১ম কোয়ার্টারে অর্জন", "7|প্রথম ত্রৈমাসিকে অর্জন",
            "11|ক্রমপুঞ্জিত অর্জন",
            // both languages in one header, as the templates of 2015-16 to 2018-19 write them
            "0|কৌশলগত উদ্দেশ্য (Strategic Objectives)", "1|কৌশলগত উদ্দেশ্যের মান (Weight of Strategic Objective)",
            "2|কার্যক্রম (Activities)", "3|কর্মসম্পাদন সূচক (Performance Indicators)", "4|একক (Unit)",
            "5|কর্মসম্পাদন সূচকের মান (Weight of Performance Indicators)", "6|লক্ষ্যমাত্রা ২০২৩-২৪ (Target)",
            "6|লক্ষ্যমাত্রা (২০২৩-২৪) (Annual target)", "7|১ম ত্রৈমাসিক (Q1)", "11|প্রকৃত অর্জন/Actual",
            // the English first, and a year in parentheses after the Bengali: the slash divides it
            "6|Target/লক্ষ্যমাত্রা (২০২৩-২৪)", "11|Actual/প্রকৃত অর্জন",
            // the English on a line of its own under the Bengali, the line break a space once read
            "3|কর্মসম্পাদন সূচক Performance Indicators", "5|সূচকের মান Weight of Performance Indicators"})
        void eachHeaderVariantNamesItsColumn(int column, String text) {
            assertThat(reads(tsv(header(column, text), firstRow())).plan())
                    .isEqualTo(Tables.read(tsv(HEADER, firstRow())));
        }

        @ParameterizedTest
        @ValueSource(strings = {"লক্ষ্যমাত্রা ২৩-২৪", "Target (FY 23-24)", "লক্ষ্যমাত্রা ২০২৩-'২৪"})
        void aTargetsHeaderNamesItsYearInTwoDigitYearsToo(String target) {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .readWithNotes(tsv(header(6, target), firstRow()), "plan.tsv");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(notes(result)).contains("row 1, column 7: The fiscal year 2023-24 is the one the header names");
        }

        @Test
        void theActualNamedWithThePlansOwnYearIsTheActualAnEarlierYearsIsKept() {
            String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
            header[6] = "লক্ষ্যমাত্রা ২০২৩-২৪";
            header[11] = "প্রকৃত অর্জন ২০২৩-২৪";
            header[HEADER.length] = "প্রকৃত অর্জন ২০২২-২৩";
            String[] row = Arrays.copyOf(firstRow(), HEADER.length + 1);
            row[HEADER.length] = "৫";
            ReadResult result = reads(TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3),
                    tsv(header, row));
            assertThat(only(result.plan()).extensions().json()).contains("প্রকৃত অর্জন ২০২২-২৩");
            assertThat(only(result.plan()).reported().actual())
                    .isEqualTo(Tables.read(tsv(HEADER, firstRow())).indicators().getOnly().reported().actual());
            assertThat(notes(result)).contains("row 1, column 12: The header \"প্রকৃত অর্জন ২০২৩-২৪\" is read as the"
                    + " actual (প্রকৃত অর্জন): the year it names is the plan's", "row 1, column 14: The header \"প্রকৃত"
                    + " অর্জন ২০২২-২৩\" is not a column charter scores: its cells are kept as text on each indicator");
            assertThat(notes(result)).noneMatch(note -> note.startsWith("row 1, column 12: The header \"প্রকৃত অর্জন"
                    + " ২০২৩-২৪\" is not a column"));
        }

        @Test
        void anActualWhoseYearOnlyItsOwnHeaderNamesIsKeptAsAnEarlierYearsMayBe() {
            // A plan of 2023-24 showing 2022-23's actual, its target's header naming no year: the year read from that
            // header alone says nothing of whether the column is this year's.
            String[] header = HEADER.clone();
            header[11] = "প্রকৃত অর্জন ২০২২-২৩";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .readWithNotes(tsv(header, firstRow()), "plan.tsv");
            assertThat(only(result.plan()).reported().actual()).isEqualTo(Value.NOT_REPORTED);
        }

        @Test
        void twoActualsNamedWithThePlansYearAreBothKept() {
            String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
            header[11] = "প্রকৃত অর্জন ২০২৩-২৪";
            header[HEADER.length] = "মোট অর্জন ২০২৩-২৪";
            String[] row = Arrays.copyOf(firstRow(), HEADER.length + 1);
            row[HEADER.length] = "৩";
            ReadResult result = READER.readWithNotes(tsv(header, row), "report.tsv");
            assertThat(only(result.plan()).reported().actual()).isEqualTo(Value.NOT_REPORTED);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"প্রকৃত অর্জন (২০২১-২২)", "প্রকৃত অর্জন* (২০২২-২৩)", "প্রমাণক/মন্তব্য",
            "প্রক্ষেপণ (Projection) ২০২৪-২৫", "লক্ষ্যমাত্রা (Remarks)", "দায়িত্বপ্রাপ্ত কর্মকর্তা (Responsible officer)",
            "প্রকৃত অর্জন ২০২১-২২ Actual", "মন্তব্য Target", "Remarks মন্তব্য Target"})
        void aHeaderOfTwoHalvesNamingNotTheSameColumnIsKeptAsText(String text) {
            String[] header = Arrays.copyOf(HEADER, HEADER.length + 1);
            header[HEADER.length] = text;
            String[] row = Arrays.copyOf(firstRow(), HEADER.length + 1);
            row[HEADER.length] = "১২";
            ReadResult result = reads(tsv(header, row));
            assertThat(notes(result)).contains("row 1, column 14: The header \"" + text + "\" is not a column charter"
                    + " scores: its cells are kept as text on each indicator");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"জুলাই-ডিসেম্বর", "অর্ধবার্ষিক (জুলাই-ডিসেম্বর)", "July-December 2023",
            "অর্ধবার্ষিক অগ্রগতি"})
        void aHalfYearNamedByItsMonthsIsTheSubtotalNotTheSecondQuarter(String halfYear) {
            String[] header = {"ক্ষেত্র", "মান", "কার্যক্রম", "সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা", "অগ্রগতি", "", "",
                "", ""};
            String[] under = {"", "", "", "", "", "", "", "জুলাই-সেপ্টেম্বর", "অক্টোবর-ডিসেম্বর", halfYear, "জানুয়ারি-মার্চ",
                "এপ্রিল-জুন"};
            String[] row = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৪", "১", "২", "৩", "১", "-"};
            Indicator indicator = only(reads(tsv(header, under, row)).plan());
            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(2));
            assertThat(indicator.reported().halfYear()).isEqualTo(Value.of(3));
            assertThat(indicator.extensions().json()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"জুলাই-মার্চ", "অক্টোবর-মার্চ", "Jul-Mar", "জুলাই-মার্চ/২৪", "প্রান্তিক ২০২৪",
            "জানুয়ারি-মার্চ ১২৩"})
        void aSpanOfMonthsThatIsNoQuarterOrANumberThatIsNoYearIsKeptNotTakenForAQuarter(String span) {
            String[] header = {"ক্ষেত্র", "মান", "কার্যক্রম", "সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা", "৩য় ত্রৈমাসিক", span};
            String[] row = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৪", "১", "৩"};
            ReadResult result = reads(tsv(header, row));
            assertThat(only(result.plan()).quarters().q3()).isEqualTo(Value.of(1));
            assertThat(notes(result)).contains("row 1, column 9: The header \"" + span + "\" is not a column"
                    + " charter scores: its cells are kept as text on each indicator");
        }

        @ParameterizedTest
        @ValueSource(strings = {"মোট অর্জন (জুলাই-মার্চ)", "জুলাই'২৩ হতে মার্চ'২৪ পর্যন্ত মোট অর্জন", "Achievement (Jul-Mar)",
            "৩য় কোয়ার্টার পর্যন্ত অর্জন"})
        void aTotalToDateNamedByItsMonthsIsTheActualAndNamesTheQuarterOfTheReport(String total) {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER)
                    .withFiscalYear(FiscalYear.parse("2023-24"));
            ReadResult result = reads(reader, tsv(header(11, total), firstRow()));
            assertThat(result.plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow())));
            assertThat(notes(result)).contains("The report is made as of Q3, the quarter a header names: \""
                    + total + "\"", "row 1, column 12: The header \"" + total + "\" is read as the actual (প্রকৃত অর্জন)");
        }

        @Test
        void aTotalToTheEndOfTheSecondQuarterInALaterReportIsTheHalfYearSubtotal() {
            ReadResult result = reads(tsv(header(11, "মোট অর্জন (জুলাই-ডিসেম্বর)"), firstRow()));
            Indicator indicator = only(result.plan());
            assertThat(indicator.reported().halfYear()).isEqualTo(Value.of(3));
            assertThat(indicator.reported().actual()).isEqualTo(Value.NOT_REPORTED);
            assertThat(notes(result)).contains("row 1, column 12: The header \"মোট অর্জন (জুলাই-ডিসেম্বর)\" runs to"
                    + " the end of Q2, before the quarter of the report: it is read as the half-year subtotal"
                    + " (অর্ধবার্ষিক অর্জন)");
            Scorecard card = ScoringEngine.defaults().score(result.plan(), result.plan().period().orElseThrow());
            assertThat(card.findings().collect(f -> f.id() + " " + f.quarter().map(Quarter::name).orElse("-")))
                    .contains(FindingType.REPORTED_TOTAL_MISMATCH.name() + " Q2");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"11|মোট অর্জন (জুলাই-জুন)|Q4", "11|মোট অর্জন (জুলাই-সেপ্টেম্বর)|Q1",
            "12|অর্জনের হার (ডিসেম্বর পর্যন্ত)|Q2", "11|Total achievement (Jul-Jun)|Q4"})
        void aTotalToTheEndOfAnotherQuarterThanTheReportsIsKept(int column, String total, Quarter end) {
            ReadResult result = reads(tsv(header(column, total), firstRow()));
            Indicator indicator = only(result.plan());
            if (column == 11) {
                assertThat(indicator.reported().actual()).isEqualTo(Value.NOT_REPORTED);
            } else {
                assertThat(indicator.reported().percent()).isEmpty();
            }
            assertThat(indicator.extensions().json()).contains(column == 11 ? "\"৩\"" : "\"৭৫%\"");
            assertThat(notes(result)).contains("row 1, column " + (column + 1) + ": The header \"" + total
                    + "\" runs to the end of " + end + ", not of Q3, the quarter of the report: its cells are kept as"
                    + " text on each indicator");
        }

        @Test
        void aHalfYearThatDisagreesWithItsQuartersIsAReportedTotalMismatchWhenScored() {
            String[] header = {"ক্ষেত্র", "মান", "কার্যক্রম", "সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক",
                "২য় ত্রৈমাসিক", "অর্ধবার্ষিক অর্জন", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক"};
            String[] agrees = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৫", "৪", "১", "১", "২", "১", "-"};
            String[] disagrees = {"", "", "", "[১.১.২] ঘ", "সংখ্যা", "৫", "৪", "১", "১", "৩", "১", "-"};
            ActionPlan plan = reads(tsv(header, agrees, disagrees)).plan();
            Scorecard card = ScoringEngine.defaults().score(plan, plan.period().orElseThrow());
            assertThat(card.findings().select(f -> f.id().equals(FindingType.REPORTED_TOTAL_MISMATCH.name()))
                    .collect(f -> f.indicator().orElseThrow() + " " + f.quarter().orElseThrow()))
                    .containsExactly(IndicatorCode.of(1, 1, 2) + " Q2");
            assertThat(plan.indicators().collect(i -> i.quarters().q3())).containsOnly(Value.of(1));
        }

        @Test
        void aValueCellOfNoBreakSpacesIsNothingReported() {
            // Exported from Excel after a paste from a web page: the empty-looking cells hold U+00A0, U+202F.
            // They were refused as numbers that cannot be read. In a text, such a space is kept as written.
            String[] header = {"ক্ষেত্র", "মান", "কার্যক্রম", "সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক",
                "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক"};
            String[] row = {"ক", "১০", "[১.১] খ", "[১.১.১] গ\u00A0ঘ", "সংখ্যা", "১০", "৪", "১", "১", "\u00A0", "\u202F\u00A0"};
            Indicator indicator = only(reads(tsv(header, row)).plan());
            assertThat(indicator.quarters().toList().collect(Value::isReported)).containsExactly(true, true, false, false);
            assertThat(indicator.name().bn()).isEqualTo("গ\u00A0ঘ");
        }

        @Test
        void cellsReadAsTheyShowWhateverSpacesDashesAndInvisibleCharactersTheyHold() {
            // Typed in Word or pasted from a web page: a no-break space before "%" and inside a range, a zero-width
            // space after a figure, a soft hyphen and a non-joiner in a method's name, a mark of writing direction
            // after a header, and a dash or minus sign of any kind for nothing reported. They were refused ("The
            // number cannot be read (৮০ %)", "The calculation method is not one of …") or misread.
            String[] header = {"ক্ষেত্র", "মান", "কার্যক্রম", "সূচক", "একক", "গণনা পদ্ধতি", "সূচকের মান", "লক্ষ্যমাত্রা",
                "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক", "প্রকৃত অর্জন"};
            String[] numbers = {"১", "২", "৩", "৪", "৫", "৬", "৭", "৮", "৯", "১০", "১১", "১২", "১৩"};
            String[][] clean = {
                {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "%", "গড়", "৫", "৮০%", "৬০%", "৭০%", "-", "-", "৬৫%"},
                {"", "", "", "[১.১.২] ঘ", "সংখ্যা", "ক্রমপুঞ্জিভূত", "৩", "২০", "৫", "১০", "-", "-", "১০"},
                {"", "", "", "[১.১.৩] ঙ", "তারিখ", "", "২", "০১-১০-২০২৩ থেকে ৩১-১২-২০২৩", "-", "১৫-১২-২০২৩", "-", "-",
                    "১৫-১২-২০২৩"}};
            String[][] typed = {
                {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "%", "গ\u00ADড়", "৫", "৮০\u00A0%", "৬০%\u200B", "৭০\u202F%", "\u2212",
                    "\u2012", "৬৫%"},
                {"", "", "", "[১.১.২] ঘ", "সংখ্যা", "ক্\u200Cরমপুঞ্জিভূত", "৩", "২০\u200B", "\u00A0৫", "১০", "\u2015",
                    "\u2010\u2010", "\uFEFF১০"},
                {"", "", "", "[১.১.৩] ঙ", "তারিখ", "", "২", "০১-১০-২০২৩\u00A0থেকে\u00A0৩১-১২-২০২৩", "\u2014",
                    "১৫-১২-২০২৩\u200E", "\u2013", "\u2212", "১৫-১২-২০২৩"}};
            String[] typedHeader = header.clone();
            typedHeader[4] = "একক\u200E";
            String[] typedNumbers = numbers.clone();
            typedNumbers[0] = "১\u200B";
            ActionPlan expected = reads(tsv(header, numbers, clean[0], clean[1], clean[2])).plan();
            assertThat(reads(tsv(typedHeader, typedNumbers, typed[0], typed[1], typed[2])).plan()).isEqualTo(expected);
            assertThat(expected.indicators().collect(Indicator::method)).containsExactly(CalculationMethod.AVERAGE,
                    CalculationMethod.CUMULATIVE, CalculationMethod.DATE);
        }

        @Test
        void aTableTypedInABijoyFontReadsAsTheSameTableInUnicodeAndSaysSo() {
            String[] header = {"‡KŠkjMZ D‡Ïk¨", "gvb", "Kvh©µg", "Kg©m¤úv`b m~PK", "GKK", "Kg©m¤úv`b m~P‡Ki gvb",
                "jÿ¨gvÎv", "1g ‰ÎgvwmK", "2q ‰ÎgvwmK", "3q ‰ÎgvwmK", "4_© ‰ÎgvwmK", "cÖK…Z AR©b", "`vwqZ¡cÖvß Kg©KZ©v"};
            String[] row = {"[1] cÖvwZôvwbK e¨e¯’v", "10", "[1.1] mfv", "[1.1.1] mfv Av‡qvwRZ", "msL¨v", "10", "4", "1",
                "1", "1", "-", "3", "Dc‡Rjv wbe©vnx Awdmvi"};
            String[] unicodeHeader = {"কৌশলগত উদ্দেশ্য", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক", "প্রকৃত অর্জন",
                "দায়িত্বপ্রাপ্ত কর্মকর্তা"};
            String[] unicodeRow = {"[১] প্রাতিষ্ঠানিক ব্যবস্থা", "১০", "[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা", "১০", "৪",
                "১", "১", "১", "-", "৩", "উপজেলা নির্বাহী অফিসার"};

            ReadResult result = reads(tsv(header, row));

            assertThat(result.plan()).isEqualTo(Tables.read(tsv(unicodeHeader, unicodeRow)));
            assertThat(notes(result)).contains("row 1, column 4: The header \"Kg©m¤úv`b m~PK\" is text typed in an old"
                    + " Bijoy font (SutonnyMJ); it reads \"কর্মসম্পাদন সূচক\"");
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).startsWith("row 2, column 1: The table is"
                    + " typed in an old Bijoy font (SutonnyMJ): 5 cells of its body are read as the Bengali the font shows"));
        }

        private static final String[] ENGLISH_HEADER = {"Area", "Area weight", "Activity", "Indicator", "Unit",
            "Indicator weight", "Annual target", "Q1", "Q2", "Q3"};

        @Test
        void bengaliTextASaveTurnedToQuestionMarksIsKeptAndToldOnce() {
            // English headers, Bengali names: Excel's "CSV (Comma delimited)" writes each Bengali letter as "?".
            String[] row = {"[1] ???? ?????", "10", "[1.1] ??? ?????", "[1.1.1] ??? ???????", "??????", "10", "4", "1",
                "1", "1"};
            ReadResult result = reads(tsv(ENGLISH_HEADER, row));
            assertThat(only(result.plan()).name().en()).isEqualTo("??? ???????");
            assertThat(notes(result)).filteredOn(note -> note.contains("question marks")).containsExactly(
                    "row 2, column 1: The text \"[1] ???? ?????\" and 3 other cells of the body show question"
                    + " marks where their letters were; kept as they stand: the table was saved in a code page without"
                    + " Bengali (in Excel: \"CSV (Comma delimited)\" or \"Text (Tab delimited)\"), which loses them."
                    + " Save it again from the workbook as \"CSV UTF-8\" or \"Unicode text\", or give charter the"
                    + " workbook itself");
        }

        @Test
        void aFigureASaveTurnedToQuestionMarksIsRefusedSayingWhy() {
            String[] row = {"[1] Meetings", "10", "[1.1] Meeting", "[1.1.1] Meetings held", "Number", "10", "??", "?",
                "?", "?"};
            assertThatThrownBy(() -> READER.read(tsv(ENGLISH_HEADER, row), "office.tsv"))
                    .hasMessageContaining("office.tsv, line 2, column \"Annual target\"")
                    .hasMessageContaining("Maybe the cell holds question marks where its characters were");
        }

        @Test
        void englishTypedInABijoyFontAndConvertedIsReadAsTheEnglishAndSaysSo() {
            String[] header = {"অৎবধ", "মান", "কার্যক্রম", "ওহফরপধঃড়ৎ", "একক", "ডবরমযঃ", "ঞধৎমবঃ", "ছ৩", "জবংঢ়ড়হংরনষব"};
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৪", "২", "ইউএনও"};
            ReadResult result = reads(tsv(header, row));
            assertThat(only(result.plan()).quarters().q3()).isEqualTo(Value.of(2));
            assertThat(notes(result)).contains("row 1, column 8: The header \"ছ৩\" is English typed in an old Bijoy"
                    + " font and converted to Bengali letters; it reads \"Q3\"");
            // a header that names no column in English either stays as written
            assertThat(only(result.plan()).extensions().json())
                    .isEqualTo("{\"tableColumns\":[[\"জবংঢ়ড়হংরনষব\",\"ইউএনও\"]]}");
        }

        @Test
        void englishHeadersAreNeverTakenForBijoy() {
            String[] header = {"Area", "Weight", "Activity", "Indicator", "Unit", "Weight", "Target", "Responsible"};
            String[] row = {"[1] Institutional", "10", "[1.1] Meetings", "[1.1.1] Meetings held", "number", "10", "4",
                "UNO"};
            ReadResult result = reads(tsv(header, row));
            assertThat(only(result.plan()).name()).isEqualTo(BilingualText.english("Meetings held"));
            assertThat(only(result.plan()).extensions().json()).isEqualTo("{\"tableColumns\":[[\"Responsible\",\"UNO\"]]}");
            assertThat(notes(result)).noneSatisfy(note -> assertThat(note).contains("Bijoy"));
        }

        @Test
        void aGroupOverTheTargetNamingItsYearByMonthsAndOrdinalsUnderAGroupOfQuarters() {
            String[] top = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "জুলাই ২০২৩ - জুন ২০২৪ সময়ের জন্য পরিকল্পনা", "অগ্রগতি", "", "", ""};
            String[] bottom = {"", "", "", "", "", "", "লক্ষ্যমাত্রা", "১ম", "২য়", "৩য়", "৪র্থ"};
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৪", "১", "১", "১", "-"};
            TableReader noYear = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3);

            ReadResult result = reads(noYear, tsv(top, bottom, row));

            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(only(result.plan()).target()).isEqualTo(Target.of(4));
            assertThat(only(result.plan()).quarters().q3()).isEqualTo(Value.of(1));
            assertThat(notes(result)).contains("row 1, column 7: The fiscal year 2023-24 is the one the header names");
        }

        @ParameterizedTest(name = "{0} over the ordinals, then the achievements")
        @ValueSource(strings = {"ত্রৈমাসিক লক্ষ্যমাত্রা|ত্রৈমাসিক অর্জন|১ম|২য়|৩য়|৪র্থ",
            "Quarterly target|Quarterly achievement|Q1|Q2|Q3|Q4",
            // the target's group naming the year: its quarters were read as achievements, and the achievements
            // under their own group kept as text as the same columns again
            "লক্ষ্যমাত্রা ২০২৩-২৪|অর্জন|১ম কোয়ার্টার|২য় কোয়ার্টার|৩য় কোয়ার্টার|৪র্থ কোয়ার্টার",
            "Target 2023-24|Achievement|Q1|Q2|Q3|Q4"})
        void aGroupOfQuarterlyTargetsOverTheOrdinalsIsNoAchievement(String words) {
            // Read alone, "১ম" under a group names the quarter's achievement; under a group of targets it is the
            // quarter's target, and the achievements are the columns under their own group.
            String[] w = words.split("\\|");
            String[] top = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "লক্ষ্যমাত্রা", w[0], "", "", "", w[1], "", "", ""};
            String[] bottom = {"", "", "", "", "", "", "", w[2], w[3], w[4], w[5], w[2], w[3], w[4], w[5]};
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "১২", "২", "৫", "২", "৩", "২", "৩", "১",
                "-"};

            ReadResult result = reads(tsv(top, bottom, row));

            Target.Single target = (Target.Single) only(result.plan()).target();
            assertThat(target.quarterly().collect(java.math.BigDecimal::intValue)).containsExactly(2, 5, 2, 3);
            assertThat(only(result.plan()).quarters().q2()).isEqualTo(Value.of(3));
            assertThat(only(result.plan()).quarters().q4()).isEqualTo(Value.NOT_REPORTED);
            assertThat(only(result.plan()).extensions()).as("nothing kept unread").isEqualTo(Extensions.NONE);
        }

        @ParameterizedTest(name = "{0} over the quarters, their total and its percent")
        @ValueSource(strings = {"অর্জন|১ম|২য়|৩য়|৪র্থ|মোট|%", "প্রকৃত অর্জন|১ম|২য়|৩য়|৪র্থ|মোট|%",
            "২০২৩-২৪ অর্থবছরের অগ্রগতি|১ম|২য়|৩য়|৪র্থ|সর্বমোট|%", "Achievement 2023-24|Q1|Q2|Q3|Q4|Total|%",
            "Progress, FY 2023-24|1st|2nd|3rd|4th|Total|%"})
        void anAchievementsGroupOverTheOrdinalsTheirTotalAndItsPercent(String words) {
            // The ordinals under "অর্জন" or "প্রকৃত অর্জন", or under "অগ্রগতি" with the year, were kept as text (the
            // plan read as an annual report), as was a lone "%" beside the total.
            String[] w = words.split("\\|");
            String[] top = {"কর্মসম্পাদন সূচক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা", w[0], "", "", "", "", ""};
            String[] bottom = {"", "", "", w[1], w[2], w[3], w[4], w[5], w[6]};
            String[] row = {"[১.১.১] ক", "৪", "৮", "১", "৩", "", "", "৪", "৫০%"};

            Indicator indicator = only(reads(tsv(top, bottom, row)).plan());

            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(3));
            assertThat(indicator.reported().actual()).isEqualTo(Value.of(4));
            assertThat(indicator.reported().percent()).contains(new java.math.BigDecimal("50"));
            assertThat(indicator.extensions()).as("nothing kept unread").isEqualTo(Extensions.NONE);
        }

        @Test
        void aHeaderOfThreeRowsAnOuterGroupOverEachQuartersGroupOverItsTargetAndAchievement() {
            // The third row was taken for the first row of data ("The row has a value but no indicator").
            String[] top = {"কর্মসম্পাদন সূচক", "কর্মসম্পাদন সূচকের মান", "বার্ষিক লক্ষ্যমাত্রা", "অগ্রগতি পরিবীক্ষণ ২০২৩-২৪",
                "", "", "", "", "", "", "", "মোট অর্জন"};
            String[] middle = {"", "", "", "১ম কোয়ার্টার", "", "২য় কোয়ার্টার", "", "৩য় কোয়ার্টার", "", "৪র্থ কোয়ার্টার", "",
                ""};
            String[] bottom = {"", "", "", "লক্ষ্যমাত্রা", "অর্জন", "লক্ষ্যমাত্রা", "অর্জন", "লক্ষ্যমাত্রা", "অর্জন",
                "লক্ষ্যমাত্রা", "অর্জন", ""};
            String[] row = {"[১.১.১] ক", "৪", "৮", "২", "১", "২", "৩", "২", "", "২", "", "৪"};
            TableReader noYear = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q2);

            ReadResult result = reads(noYear, tsv(top, middle, bottom, row));

            Indicator indicator = only(result.plan());
            assertThat(((Target.Single) indicator.target()).quarterly().collect(java.math.BigDecimal::intValue))
                    .containsExactly(2, 2, 2, 2);
            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(3));
            assertThat(indicator.reported().actual()).isEqualTo(Value.of(4));
            assertThat(indicator.extensions()).as("nothing kept unread").isEqualTo(Extensions.NONE);
            // the outer group names the year
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(notes(result)).contains("row 3, column 5: The header \"১ম কোয়ার্টার অর্জন\" is read as the Q1"
                    + " (১ম ত্রৈমাসিক অর্জন)");
        }

        @Test
        void aGroupOfQuartersAloneInTheUpperRowIsNoTitle() {
            // A row of one text above the header is a title, unless read with the header it names more columns:
            // then it is a group over them, here the one that makes the ordinals quarters.
            String[] top = {"", "", "", "", "", "", "", "ত্রৈমাসিক অর্জন", "", "", ""};
            String[] bottom = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "লক্ষ্যমাত্রা", "১ম", "২য়", "৩য়", "৪র্থ"};
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৪", "১", "১", "১", "-"};

            ReadResult result = reads(tsv(top, bottom, row));

            assertThat(only(result.plan()).quarters().q3()).isEqualTo(Value.of(1));
            assertThat(notes(result)).noneMatch(note -> note.contains("The title"))
                    .contains("row 2, column 8: The header \"ত্রৈমাসিক অর্জন ১ম\" is read as the Q1 (১ম ত্রৈমাসিক অর্জন)");
        }

        @ParameterizedTest(name = "the quarter written over {0} of its columns")
        @ValueSource(ints = {1, 2})
        void eachQuartersTargetAndAchievementUnderTheQuarter(int written) {
            // "১ম ত্রৈমাসিক" over "লক্ষ্যমাত্রা", "অর্জন" and "অর্জনের হার": the quarter's target, achievement and a
            // percent of its own. The achievement used to be read as the actual, the target as the annual target
            // again (kept unread), and the first quarter's percent as the reported percent.
            String[][] header = eachQuarterOverItsColumns("বার্ষিক লক্ষ্যমাত্রা", written == 2);
            String[] row = {"ক", "২৫", "[১.১] খ", "[১.১.১] গ", "জন", "৫", "২০", "৫", "৬", "১২০%", "৫", "৪", "৮০%", "৫",
                "", "", "৫", "", ""};

            Indicator indicator = only(reads(tsv(header[0], header[1], row)).plan());

            assertThat(indicator.target()).isEqualTo(Target.of(new BigDecimal("20"), new BigDecimal("5"),
                    new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5")));
            assertThat(indicator.quarters()).isEqualTo(QuarterValues.of(Value.of(6), Value.of(4), Value.NOT_REPORTED,
                    Value.NOT_REPORTED));
            assertThat(indicator.reported().actual()).isEqualTo(Value.NOT_REPORTED);
            // A quarter's own percent is kept, never taken for the plan's reported percent.
            assertThat(indicator.reported().percent()).isEmpty();
            assertThat(indicator.extensions().json()).contains("১ম ত্রৈমাসিক অর্জনের হার (%)", "১২০%");
        }

        @Test
        void theOneQuarterAReportIsOfOverItsTargetAchievementAndTheReportedPercent() {
            // One quarter's group, not one for each: what stands under it beside its target and achievement is
            // the report's, as a header of one row would name it.
            String[] top = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "বার্ষিক লক্ষ্যমাত্রা", "২য় ত্রৈমাসিক", "", ""};
            String[] bottom = {"", "", "", "", "", "", "", "লক্ষ্যমাত্রা", "অর্জন", "অর্জনের শতকরা হার"};
            String[] row = {"ক", "৫", "[১.১] খ", "[১.১.১] গ", "জন", "৫", "২০", "৫", "৪", "৮০%"};

            Indicator indicator = only(reads(READER.withAsOf(Quarter.Q2), tsv(top, bottom, row)).plan());

            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(4));
            assertThat(indicator.target()).isEqualTo(Target.of(new BigDecimal("20"), BigDecimal.ZERO,
                    new BigDecimal("5"), BigDecimal.ZERO, BigDecimal.ZERO));
            assertThat(indicator.reported().percent()).contains(new BigDecimal("80"));
        }

        @Test
        void gradedColumnsUnderAPlanGroupAndOrdinalsUnderAGroupOfQuarterlyAchievements() {
            String[] top = {"কৌশলগত উদ্দেশ্য", "কৌশলগত উদ্দেশ্যের মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "২০২৩-২৪ অর্থবছরের সময়ের জন্য পরিকল্পনা", "", "", "", "",
                "প্রান্তিক ভিত্তিক অর্জন", "", "", "", "মোট অর্জন"};
            String[] bottom = {"", "", "", "", "", "", "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে",
                "প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", ""};
            String[] row = {"[১] ক", "২৫", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৪", "১০", "৯", "৮", "৭", "৬", "২", "২", "২",
                "", "৬"};
            TableReader noYear = TableReader.of(Tables.OFFICE, PlanKind.APA, Quarter.Q3);

            Indicator indicator = only(reads(noYear, tsv(top, bottom, row)).plan());

            assertThat(indicator.target().kind().name()).isEqualTo("GRADED");
            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(2));
            assertThat(indicator.reported().actual()).isEqualTo(Value.of(6));
            assertThat(indicator.extensions().json()).isEmpty();
        }

        @Test
        void theIndicatorWeightBeforeTheUnit() {
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "কর্মসম্পাদন সূচকের মান", "একক",
                "লক্ষ্যমাত্রা"};
            String[] row = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "১০", "সংখ্যা", "৪"};
            assertThat(only(reads(tsv(header, row)).plan()).weight()).contains(Weight.of(10));
        }

        @Test
        void theReportedAndKeptColumns() {
            String[] header = {"কৌশলগত উদ্দেশ্য", "মান", "কার্যক্রম", "সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা",
                "প্রকৃত অর্জন", "অর্জিত মান", "প্রদত্ত প্রমাণক", "মন্তব্য", "দায়িত্বপ্রাপ্ত কর্মকর্তা", "প্রকৃত অর্জন ২০২১-২২"};
            String[] row = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৪", "৩", "৭.৫", "কার্যবিবরণী", "ভালো",
                "উপপরিচালক", "২"};
            ReadResult result = reads(tsv(header, row));
            Indicator indicator = only(result.plan());
            assertThat(indicator.reported().evidence()).contains("কার্যবিবরণী");
            assertThat(indicator.reported().score()).contains(new BigDecimal("7.5"));
            assertThat(indicator.extensions().json()).isEqualTo("{\"tableColumns\":[[\"দায়িত্বপ্রাপ্ত কর্মকর্তা\","
                    + "\"উপপরিচালক\"],[\"প্রকৃত অর্জন ২০২১-২২\",\"২\"]]}");
            assertThat(notes(result)).contains("row 1, column 12: The header \"দায়িত্বপ্রাপ্ত কর্মকর্তা\" is not a column"
                    + " charter scores: its cells are kept as text on each indicator");
        }

        /** The essential columns and the weights, as the 2022 template names them. */
        private static final String[] SEVEN_COLUMNS = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
            "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};

        private static void assertEveryFormatWritesAndReadsBack(ActionPlan plan) {
            for (TableFormat format : TableFormat.values()) {
                String table = TableWriter.of(format).write(plan);
                assertThat(READER.read(table, format.name())).as(table).isEqualTo(plan);
            }
        }

        @Test
        void keptColumnsWrittenAndReadBackKeepEachIndicatorsOrder() {
            // Found by TableFuzzTest: the first indicator leaves the first kept column blank, so the writer put
            // that column last, and the second indicator's kept cells read back in another order.
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "লক্ষ্যমাত্রা", "দায়িত্বপ্রাপ্ত কর্মকর্তা", "বেসলাইন"};
            String[] first = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৫", "৪", "", "২"};
            String[] second = {"", "", "", "[১.১.২] ঘ", "সংখ্যা", "৫", "৪", "উপপরিচালক", "৩"};
            ActionPlan plan = reads(tsv(header, first, second)).plan();
            assertThat(plan.indicators().getLast().extensions().json())
                    .isEqualTo("{\"tableColumns\":[[\"দায়িত্বপ্রাপ্ত কর্মকর্তা\",\"উপপরিচালক\"],[\"বেসলাইন\",\"৩\"]]}");
            assertEveryFormatWritesAndReadsBack(plan);
        }

        @Test
        void aFirstRowOfDataWhoseUnreadCellsHoldHeaderWordsIsNoSecondHeaderRow() {
            // Found by TableFuzzTest: cells beyond the header (or under blank headers, as TableWriter writes them)
            // that name columns made the first row of data read as the header's second row, and the table had
            // "a header but no rows".
            String[] header = SEVEN_COLUMNS;
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৫", "৪", "Area", "Activity", "Indicator",
                "Unit", "Target", "Q1", "Q2", "Actual"};
            ActionPlan plan = reads(tsv(header, row)).plan();
            Indicator indicator = only(plan);
            assertThat(indicator.code()).isEqualTo(IndicatorCode.parse("1.1.1"));
            assertThat(indicator.target()).isEqualTo(Target.of(4));
            assertThat(indicator.extensions().json()).startsWith("{\"tableColumns\":[[\"\",\"Area\"],");
            assertEveryFormatWritesAndReadsBack(plan);
        }

        @Test
        void keptColumnsInADifferentOrderOnEachIndicatorAreWrittenTwiceAndReadBackInOrder() {
            String[] header = SEVEN_COLUMNS;
            String[] first = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৫", "৪"};
            String[] second = {"", "", "", "[১.১.২] ঘ", "সংখ্যা", "৫", "৪"};
            ActionPlan read = reads(tsv(header, first, second)).plan();
            ActionPlan plan = read.mapIndicators(indicator -> new Indicator(indicator.code(), indicator.name(),
                    indicator.unit(), indicator.weight(), indicator.polarity(), indicator.method(), indicator.target(),
                    indicator.quarters(), indicator.reported(), Extensions.of(indicator.code().toString().equals("1.1.1")
                            ? "{\"tableColumns\":[[\"A\",\"a1\"],[\"B\",\"b1\"]]}"
                            : "{\"tableColumns\":[[\"B\",\"b2\"],[\"A\",\"a2\"]]}")));
            for (TableFormat format : TableFormat.values()) {
                String written = TableWriter.of(format).write(plan).lines().findFirst().orElseThrow();
                assertThat(written).as(format.name()).containsSubsequence("A", "B", "A");
            }
            assertEveryFormatWritesAndReadsBack(plan);
        }

        @Test
        void aHalfYearColumnIsTheReportedSubtotalNeverAQuarter() {
            String[] header = {"ক্ষেত্র", "মান", "কার্যক্রম", "সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক",
                "২য় ত্রৈমাসিক", "অর্ধবার্ষিক অর্জন", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক"};
            String[] row = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৪", "১", "১", "২", "১", "-"};
            Indicator indicator = only(reads(tsv(header, row)).plan());
            assertThat(indicator.reported().halfYear()).isEqualTo(Value.of(2));
            assertThat(indicator.quarters().q3()).isEqualTo(Value.of(1));
        }

        @Test
        void gradedHeadersWithTheirTracesOfBijoyAndASixthLabelUnderAHundredPercentRow() {
            String[] header = {"কৌশলগত উদ্দেশ্য", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নি¤েœ", "সন্তোষজনক নয়"};
            String[] percents = {"", "", "", "", "", "", "১০০%", "৯০%", "৮০%", "৭০%", "৬০%", ""};
            String[] row = {"[১] ক", "২৫", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৪", "২৭৫০", "২৭৪০", "২৭৩০", "২৭২০", "২৭১০", ""};
            ReadResult result = reads(READER.withAsOf(Quarter.Q3), tsv(header, percents, row));
            assertThat(only(result.plan()).target().kind().name()).isEqualTo("GRADED");
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).contains("column 11")
                    .contains("traces of the old Bijoy fonts"));
            assertThat(notes(result)).contains("row 2: The row of grade percents under the header is skipped");
            // As a PDF prints an Excel row of percents formatted 0.00% or 0.0%.
            String[] printed = {"", "", "", "", "", "", "100.00%", "90.00%", "৮০.০%", "70%", "60.%", ""};
            assertThat(reads(READER.withAsOf(Quarter.Q3), tsv(header, printed, row)).plan()).isEqualTo(result.plan());
            String[] notPercents = {"", "", "", "", "", "", "100.5%", "90%", "80%", "70%", "60%", ""};
            assertThatThrownBy(() -> reads(READER.withAsOf(Quarter.Q3), tsv(header, notPercents, row)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Shapes {

        @Test
        void aNumberingRowWithGapsIsSkipped() {
            String[] numbers = {"১", "২", "", "৪", "৫", "৬", "৭", "", "", "", "", "১২", "১৩"};
            assertThat(reads(tsv(HEADER, numbers, firstRow())).plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow())));
        }

        @Test
        void aDateUnderAUnitOfANumberIsAnErrorThatSaysWhichUnitMakesADate() {
            // "সময়সীমা" (a time limit) is no date's unit: "সেবা প্রদানের সময়সীমা (দিন)" counts days.
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "সূচকের মান",
                "লক্ষ্যমাত্রা"};
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "সময়সীমা", "১০", "৩১-১২-২০২৩"};
            assertThatThrownBy(() -> READER.read(tsv(header, row), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("t.tsv, line 2, column \"লক্ষ্যমাত্রা\"")
                    .hasMessageContaining("Maybe the cell holds a date, but the indicator's unit makes it a number:"
                            + " write তারিখ (or date) as the unit of an indicator whose target is a date");
            row[4] = "তারিখ";
            assertThat(only(reads(tsv(header, row)).plan()).target()).isEqualTo(Target.by(LocalDate.of(2023, 12, 31)));
        }

        @Test
        void aDateWithTwoDigitsOfItsYearIsReadInTheCenturyOfThePlansYearAndNoted() {
            // A spreadsheet's short date format, saved as text: "৩১-১২-২৩", "20/12/23".
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "সূচকের মান",
                "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক"};
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "তারিখ", "১০", "৩১-১২-২৩", "-", "20/12/23", "-"};
            ReadResult result = reads(tsv(header, row));
            Indicator indicator = only(result.plan());
            assertThat(indicator.target()).isEqualTo(Target.by(LocalDate.of(2023, 12, 31)));
            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(LocalDate.of(2023, 12, 20)));
            assertThat(notes(result)).contains("row 2, column 7: The date \"৩১-১২-২৩\" has two digits of its year: it"
                    + " is read as 31-12-2023, near the fiscal year 2023-24, as is every such date in the column");
            // a year no century brings within a year of the plan's is no date of the plan: refused as before
            row[6] = "৩১-১২-৯৮";
            assertThatThrownBy(() -> READER.read(tsv(header, row), "t.tsv"))
                    .hasMessageContaining("t.tsv, line 2, column \"লক্ষ্যমাত্রা\"")
                    .hasMessageContaining("The date cannot be read");
            // a day that does not exist is told as written
            row[6] = "৩১-০২-২৪";
            assertThatThrownBy(() -> READER.read(tsv(header, row), "t.tsv"))
                    .hasMessageContaining("t.tsv, line 2, column \"লক্ষ্যমাত্রা\"")
                    .hasMessageContaining("The date does not exist (৩১-০২-২৪)");
        }

        @Test
        void aTableWithoutAreasOrActivitiesTakesThemFromTheCodes() {
            // Neither an area column nor area rows, nor an activity column: the codes say where each indicator
            // stands, an alternative ([২.১.১.১]) in its primary's activity.
            String[] header = {"কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক"};
            ReadResult result = reads(tsv(header, new String[] {"[১.১.১] সভা আয়োজিত", "সংখ্যা", "৪", "৪", "১"},
                    new String[] {"[১.২.১] প্রশিক্ষণ", "সংখ্যা", "৬", "২", "১"},
                    new String[] {"[২.১.১] কর্মশালা", "তারিখ", "৫", "৩১-১২-২০২৩", ""},
                    new String[] {"[২.১.১.১] বিকল্প: সভা", "তারিখ", "", "৩১-১২-২০২৩", ""}));
            ActionPlan plan = result.plan();
            assertThat(plan.areas().collect(a -> a.code() + " " + a.weight() + " " + a.activities()
                    .collect(activity -> activity.code() + ":" + activity.indicators().collect(Indicator::code)
                            .makeString(","))))
                    .containsExactly("1 10 [1.1:1.1.1, 1.2:1.2.1]", "2 5 [2.1:2.1.1,2.1.1.1]");
            assertThat(notes(result)).contains("row 2: The table has no areas (কার্যক্রমের ক্ষেত্র); each area is the"
                    + " one its activities' or indicators' codes name (or one for all), without a name",
                    "row 2: The area 1 has no weight in the table; its weight is taken as the sum of its indicators'"
                            + " weights (10)");
            Scorecard card = ScoringEngine.defaults().score(plan, plan.period().orElseThrow());
            assertThat(card.findings().collect(finding -> finding.id())).doesNotContain(
                    FindingType.CODE_HIERARCHY_MISMATCH.name(), FindingType.AREA_WEIGHT_MISMATCH.name());

            // Without codes: one area, one activity, the indicators numbered in order.
            ActionPlan uncoded = reads(tsv(header, new String[] {"সভা আয়োজিত", "সংখ্যা", "৪", "৪", "১"},
                    new String[] {"প্রশিক্ষণ", "সংখ্যা", "৬", "২", "১"})).plan();
            assertThat(uncoded.indicators().collect(Indicator::code).collect(Object::toString))
                    .containsExactly("1.1.1", "1.1.2");
            // An activity column without areas: the activities' codes name the areas.
            String[] withActivity = {"কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            ActionPlan byActivity = reads(tsv(withActivity, new String[] {"[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা",
                "৪", "৪"}, new String[] {"[২.১] কর্মশালা", "[২.১.১] কর্মশালা আয়োজিত", "সংখ্যা", "৬", "১"})).plan();
            assertThat(byActivity.areas().collect(a -> a.code() + " " + a.weight())).containsExactly("1 4", "2 6");
            // but an indicator under an activity stays in it, whatever its code, which scoring then checks
            ActionPlan misplaced = reads(tsv(withActivity, new String[] {"[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা",
                "৪", "৪"}, new String[] {"", "[২.১.১] কর্মশালা আয়োজিত", "সংখ্যা", "৬", "১"})).plan();
            assertThat(misplaced.areas().getOnly().activities().getOnly().indicators().collect(Indicator::code)
                    .collect(Object::toString)).containsExactly("1.1.1", "2.1.1");
            assertThat(ScoringEngine.defaults().score(misplaced, misplaced.period().orElseThrow()).findings()
                    .collect(finding -> finding.id())).contains(FindingType.CODE_HIERARCHY_MISMATCH.name());
        }

        @Test
        void anIndicatorWithoutAnActivityColumnIsInTheActivityItsCodeNames() {
            // With an area column: [১.২.১] was put in the activity of [১.১.১] and told CODE_HIERARCHY_MISMATCH.
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কর্মসম্পাদন সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা"};
            ActionPlan plan = reads(tsv(header, new String[] {"[১] ক", "১০", "[১.১.১] সভা", "সংখ্যা", "৫", "৪"},
                    new String[] {"", "", "[১.২.১] প্রশিক্ষণ", "সংখ্যা", "৫", "৪"},
                    new String[] {"", "", "[১.১.২] কর্মশালা", "সংখ্যা", "", "২"})).plan();
            assertThat(plan.areas().getOnly().activities().collect(activity -> activity.code() + ":"
                    + activity.indicators().collect(Indicator::code).makeString(",")))
                    .containsExactly("1.1:1.1.1,1.1.2", "1.2:1.2.1");
            assertThat(ScoringEngine.defaults().score(plan, plan.period().orElseThrow()).findings())
                    .noneMatch(finding -> finding.id().equals(FindingType.CODE_HIERARCHY_MISMATCH.name()));
        }

        @Test
        void sectionRowsAndAreaRowsWithTheirWeightAfterAColon() {
            String[] header = {"কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            String[] section = {"আবশ্যিক কৌশলগত উদ্দেশ্য", "", "", "", ""};
            String[] area = {"১. প্রাতিষ্ঠানিক ব্যবস্থা : ৮", "", "", "", ""};
            String[] first = {"[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা", "৪", "৪"};
            String[] second = {"", "[১.১.২] প্রশিক্ষণ", "সংখ্যা", "৪", "২"};
            String[] area2 = {"[২] সক্ষমতা: ৭", "", "", "", ""};
            String[] third = {"[২.১] কর্মশালা", "[২.১.১] কর্মশালা আয়োজিত", "সংখ্যা", "৭", "১"};

            ReadResult result = reads(tsv(header, section, area, first, second, area2, third));

            ActionPlan plan = result.plan();
            assertThat(plan.areas().collect(a -> a.code() + " " + a.name().bn() + " " + a.weight()))
                    .containsExactly("1 প্রাতিষ্ঠানিক ব্যবস্থা 8", "2 সক্ষমতা 7");
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).startsWith("row 2, column 1: The section row"));
        }

        @Test
        void areaRowsAndCodesWithNoBreakAndZeroWidthSpacesReadAsTheyShowAndKeepTheNamesAsWritten() {
            // The weight after the colon was missed (and the area's weight taken from its indicators), and a code
            // followed by a no-break space was no code (the indicator numbered in order, an alternative lost).
            String[] header = {"কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            String[] area = {"১.\u00A0প্রাতিষ্ঠানিক\u00A0ব্যবস্থা\u00A0:\u00A0৮\u200B", "", "", "", ""};
            String[] first = {"[১.১]\u00A0সভা", "[১.১.১]\u00A0সভা\u00A0আয়োজিত", "সংখ্যা", "৮", "৪"};
            String[] alternative = {"", "[১.১.১.১]\u202Fবিকল্প", "সংখ্যা", "", "২"};
            String[] area2 = {"[২]\u00A0সক্ষমতা:\u00A0৭\u200E", "", "", "", ""};
            String[] second = {"২.১\u00A0কর্মশালা", "২.১.১\u00A0কর্মশালা", "সংখ্যা", "৭", "১"};

            ActionPlan plan = reads(tsv(header, area, first, alternative, area2, second)).plan();

            assertThat(plan.areas().collect(a -> a.code() + " " + a.name().bn() + " " + a.weight()))
                    .containsExactly("1 প্রাতিষ্ঠানিক\u00A0ব্যবস্থা 8", "2 সক্ষমতা 7");
            assertThat(plan.indicators().collect(i -> i.code() + " " + i.name().bn())).containsExactly(
                    "1.1.1 সভা\u00A0আয়োজিত", "1.1.1.1 বিকল্প", "2.1.1 কর্মশালা");
        }

        @Test
        void aHeadingWithNoCodeOrWeightRightAboveAnAreaIsASectionRow() {
            // Wordings of section rows vary from template to template ("দপ্তর/সংস্থার কর্মসম্পাদন ক্ষেত্র"): one that
            // is not in the vocabulary used to become an empty area, and a second area [1] beside the first.
            String[] header = {"কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            String[] heading = {"অফিসের কর্মসম্পাদন পরিকল্পনা", "", "", "", ""};
            String[] area = {"১. প্রাতিষ্ঠানিক ব্যবস্থা : ৮", "", "", "", ""};
            String[] first = {"[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা", "৮", "৪"};

            ReadResult result = reads(tsv(header, heading, area, first));

            assertThat(result.plan().areas().collect(a -> a.code() + " " + a.name().bn()))
                    .containsExactly("1 প্রাতিষ্ঠানিক ব্যবস্থা");
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).startsWith("row 2, column 1: The row"
                    + " \"অফিসের কর্মসম্পাদন পরিকল্পনা\" stands over the area under it"));
        }

        @Test
        void aHeadingInTheAreaColumnOfATableWithAreaWeightsIsASectionRowNotAnAreaWithoutWeight() {
            String[] header = {"কর্মসম্পাদন ক্ষেত্র", "ক্ষেত্রের মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            String[] heading = {"দপ্তর/সংস্থার কর্মসম্পাদন ক্ষেত্র", "", "", "", "", "", ""};
            String[] first = {"[১] রাজস্ব প্রশাসন", "২৫", "[১.১] কর আদায়", "[১.১.১] আদায়কৃত কর", "কোটি টাকা", "২৫", "১৪"};
            String[] indicatorOnly = {"", "", "[১.১] কর আদায়", "[১.১.১] আদায়কৃত কর", "কোটি টাকা", "২৫", "১৪"};

            assertThat(reads(tsv(header, heading, first)).plan().areas().collect(a -> a.code() + " " + a.weight()))
                    .containsExactly("1 25");
            // Above an indicator rather than an area, the same row is an area that lacks its weight.
            assertThatThrownBy(() -> READER.readWithNotes(tsv(header, heading, indicatorOnly), "office.tsv"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.line()).hasValue(2);
                        assertThat(e.problem()).isEqualTo("The area has no weight");
                    });
        }

        @Test
        void areaRowsDrawnWithLeaderDotsAndTheirWeightAfterThem() {
            String[] header = {"কার্যক্রমের নাম", "কর্মসম্পাদন সূচক", "সূচকের মান", "একক", "লক্ষ্যমাত্রা"};
            String[] area = {"১. প্রাতিষ্ঠানিক ব্যবস্থা………………………………..৮", "", "", "", ""};
            String[] first = {"১.১ নৈতিকতা কমিটির সভা আয়োজন", "সভা আয়োজিত", "৪", "সংখ্যা", "৪"};
            String[] second = {"১.২ সভার সিদ্ধান্ত বাস্তবায়ন", "বাস্তবায়িত সিদ্ধান্ত", "৪", "%", "১০০"};
            String[] area2 = {"২. ক্রয়ক্ষেত্রে শুদ্ধাচার . . . .", "", "", "", ""};
            String[] third = {"২.১ ক্রয়-পরিকল্পনা প্রকাশ", "প্রকাশিত", "২", "তারিখ", "৩১-০৮-২০২৩"};
            String[] area3 = {"৩. সেবা প্রদানের ক্ষেত্রে শুদ্ধাচার......২.৫", "", "", "", ""};
            String[] fourth = {"৩.১ সেবা বক্স হালনাগাদ", "হালনাগাদকৃত", "২.৫", "সংখ্যা", "৪"};

            ReadResult result = reads(tsv(header, area, first, second, area2, third, area3, fourth));

            assertThat(result.plan().areas().collect(a -> a.code() + " " + a.name().bn() + " " + a.weight()))
                    .containsExactly("1 প্রাতিষ্ঠানিক ব্যবস্থা 8", "2 ক্রয়ক্ষেত্রে শুদ্ধাচার 2", "3 সেবা প্রদানের ক্ষেত্রে শুদ্ধাচার 2.5");
            assertThat(notes(result)).contains("row 2, column 1: The area's weight (৮) is read after the dots in its cell",
                    "row 7, column 1: The area's weight (২.৫) is read after the dots in its cell");
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).startsWith("row 5, column 1: The area"
                    + " \"ক্রয়ক্ষেত্রে শুদ্ধাচার\" has no weight in the table"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"১. প্রাতিষ্ঠানিক ব্যবস্থা ১০", "১. প্রাতিষ্ঠানিক ব্যবস্থা..১০", "১. মান ২০২৩.২৪",
            "১. ব্যবস্থা … অন্যান্য ২"})
        void anAreaCellEndingInAFigureWithoutLeaderDotsKeepsIt(String cell) {
            String[] header = {"কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা"};
            String[] area = {cell, "", "", "", ""};
            String[] first = {"[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা", "৪", "৪"};
            assertThat(reads(tsv(header, area, first)).plan().areas().getFirst().name().bn())
                    .isEqualTo(cell.substring("১. ".length()));
        }

        @Test
        void areaCellsWithTheirCodeAndContinuationRows() {
            String[] area = firstRow();
            area[0] = "৩] প্রাতিষ্ঠানিক";
            String[] more = row("", "", "", "[৩.১.২] আরেক", "সংখ্যা", "২", "২", "", "", "", "", "", "");
            ActionPlan plan = reads(tsv(HEADER, area, more)).plan();
            assertThat(plan.areas().getFirst().code()).isEqualTo(AreaCode.of(3));
            assertThat(plan.indicators().collect(Indicator::code)).containsExactly(IndicatorCode.of(1, 1, 1),
                    IndicatorCode.of(3, 1, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[১.১.১] সভা আয়োজিত", "(১.১.১) সভা আয়োজিত", "১.১.১ সভা আয়োজিত", "১.১.১. সভা আয়োজিত",
            "[১.1.০১] সভা আয়োজিত"})
        void codesBracketedInParenthesesOrBare(String indicator) {
            String[] row = firstRow();
            row[3] = indicator;
            Indicator read = only(reads(tsv(HEADER, row)).plan());
            assertThat(read.code()).isEqualTo(IndicatorCode.of(1, 1, 1));
            assertThat(read.name()).isEqualTo(BilingualText.bengali("সভা আয়োজিত"));
        }

        @Test
        void activitiesAndIndicatorsWithoutCodesAreNumberedInOrderAndNoted() {
            String[] first = row("প্রাতিষ্ঠানিক", "১০", "সভা আয়োজন", "সভা আয়োজিত", "সংখ্যা", "৫", "৪", "", "", "", "", "", "");
            String[] second = row("", "", "", "কার্যবিবরণী প্রেরিত", "সংখ্যা", "৫", "৪", "", "", "", "", "", "");
            String[] third = row("", "", "প্রশিক্ষণ", "প্রশিক্ষিত", "সংখ্যা", "৫", "২", "", "", "", "", "", "");
            ReadResult result = reads(tsv(HEADER, first, second, third));
            assertThat(result.plan().indicators().collect(Indicator::code)).containsExactly(IndicatorCode.of(1, 1, 1),
                    IndicatorCode.of(1, 1, 2), IndicatorCode.of(1, 2, 1));
            assertThat(result.plan().areas().getFirst().activities().get(1).code()).isEqualTo(ActivityCode.of(1, 2));
            assertThat(notes(result)).contains("row 3, column 4: The indicator \"কার্যবিবরণী প্রেরিত\" has no code of its"
                    + " own; it is numbered 1.1.2 in order under its activity");
        }

        @Test
        void anIndicatorOnTwoRowsNamedInALabelColumn() {
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "", "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক", "মোট"};
            String[] target = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "লক্ষ্যমাত্রা", "১", "১", "১", "১", "৪"};
            String[] achieved = {"", "", "", "", "", "", "অর্জন", "১", "২", "-", "", "৩"};
            ReadResult result = reads(READER, tsv(header, target, achieved));
            Indicator indicator = only(result.plan());
            assertThat(indicator.target()).isEqualTo(Target.of(new BigDecimal("4"), BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.ONE, BigDecimal.ONE));
            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(2));
            assertThat(indicator.reported().actual()).isEqualTo(Value.of(3));
        }

        @Test
        void aDateIndicatorOnTwoRowsHasItsDeadlineInTheTargetRowsTotal() {
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "", "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক", "মোট"};
            String[] target = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "তারিখ", "১০", "লক্ষ্যমাত্রা", "-", "", "", "",
                "৩১-১২-২০২৩"};
            String[] achieved = {"", "", "", "", "", "", "অর্জন", "", "২০-১২-২০২৩", "", "", "২০-১২-২০২৩"};
            ReadResult result = reads(READER, tsv(header, target, achieved));
            Indicator indicator = only(result.plan());
            assertThat(indicator.target()).isEqualTo(Target.by(LocalDate.of(2023, 12, 31)));
            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(LocalDate.of(2023, 12, 20)));
            assertThat(notes(result)).contains("row 2, column 12: The total of the target row is read as the deadline");

            target[11] = "০১-১২-২০২৩ থেকে ৩১-১২-২০২৩";
            assertThat(only(reads(READER, tsv(header, target, achieved)).plan()).target())
                    .isEqualTo(Target.between(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)));

            // The deadline again under the quarter it falls in, as integrity plans write it; or there alone.
            target[11] = "৩১-১২-২০২৩";
            target[8] = "৩১-১২-২০২৩";
            assertThat(only(reads(READER, tsv(header, target, achieved)).plan()).target())
                    .isEqualTo(Target.by(LocalDate.of(2023, 12, 31)));
            target[11] = "";
            ReadResult alone = reads(READER, tsv(header, target, achieved));
            assertThat(only(alone.plan()).target()).isEqualTo(Target.by(LocalDate.of(2023, 12, 31)));
            assertThat(notes(alone)).contains("row 2, column 9: The date under Q2 of the target row is read as the"
                    + " deadline");

            // Any other date under a quarter of the target row is no deadline charter can take: it says where it is.
            target[8] = "";
            target[9] = "৩১-১২-২০২৩"; // under Q3, which it does not fall in
            assertThatThrownBy(() -> READER.read(tsv(header, target, achieved), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("t.tsv, line 2, column \"৩য় ত্রৈমাসিক\"")
                    .hasMessageContaining("(৩১-১২-২০২৩)")
                    .hasMessageContaining("a date indicator's target is one deadline");
            target[11] = "৩১-১২-২০২৩";
            assertThatThrownBy(() -> READER.read(tsv(header, target, achieved), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("column \"৩য় ত্রৈমাসিক\"");
            target[9] = "";
            target[8] = "১৫-১২-২০২৩"; // in its quarter, but not the deadline of the total
            assertThatThrownBy(() -> READER.read(tsv(header, target, achieved), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("column \"২য় ত্রৈমাসিক\"")
                    .hasMessageContaining("(১৫-১২-২০২৩)");
            target[8] = "৩০-১১-২০২৩";
            target[10] = "১০-০৫-২০২৪"; // two dates, each in its quarter, and no deadline elsewhere
            target[11] = "";
            assertThatThrownBy(() -> READER.read(tsv(header, target, achieved), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("column \"৪র্থ ত্রৈমাসিক\"");
        }

        @Test
        void aSignatureAndATotalsRowUnderTheTableAreNotPartOfThePlan() {
            // Under an office's table: the totals the office added up, then who signs it (a name, a designation).
            String[] totals = row("মোট", "১০", "", "", "", "১০", "", "", "", "", "", "৩", "");
            String[] name = row("", "", "", "", "", "", "", "", "", "", "(মোঃ আব্দুল করিম)", "", "");
            String[] designation = row("", "", "", "", "", "", "", "", "", "", "উপজেলা সমবায় অফিসার", "", "");
            ReadResult result = reads(READER, tsv(HEADER, firstRow(), totals, name, designation));
            assertThat(result.plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow())));
            assertThat(notes(result)).contains(
                    "row 3: The row under the table's last indicator is not part of the plan: \"মোট | ১০ | ১০ | ৩\"",
                    "row 5: The row under the table's last indicator is not part of the plan: \"উপজেলা সমবায় অফিসার\"");
        }

        @Test
        void anAreaAndAnActivityWrittenAgainOnEachOfTheirRowsAreOneAreaAndOneActivity() {
            // Merged cells filled down: each repeat opened an area (and an activity) of the same code, so the plan
            // was told DUPLICATE_CODE and AREA_WEIGHT_MISMATCH twice over.
            String[] blank = row("", "", "", "[১.১.২] সিদ্ধান্ত বাস্তবায়িত", "সংখ্যা", "০", "২", "১", "", "", "-", "১", "");
            String[] blank3 = blank.clone();
            blank3[3] = "[১.১.৩] প্রতিবেদন প্রেরিত";
            String[] first = firstRow();
            String[] filled = withAreaAndActivityOf(first, blank);
            String[] filled3 = withAreaAndActivityOf(first, blank3);
            String written = tsv(HEADER, firstRow(), blank, blank3);
            ReadResult result = reads(READER, tsv(HEADER, firstRow(), filled, filled3));
            assertThat(result.plan()).isEqualTo(Tables.read(written));
            assertThat(notes(result)).contains("row 3, column 1: The area's cell is written again, the same, on the row"
                    + " under it (a merged cell filled down): the row stays in that area, as does every such row");
            // the activity filled down under an area written once
            String[] activity = blank.clone();
            String[] activity3 = blank3.clone();
            activity[2] = first[2];
            activity3[2] = first[2];
            assertThat(READER.read(tsv(HEADER, firstRow(), activity, activity3), "t.tsv")).isEqualTo(Tables.read(written));
            // written again once, in a table of two rows: the same area (it was two areas of one code, each
            // with its weight, and the plan's percent of the total halved)
            assertThat(READER.read(tsv(HEADER, firstRow(), filled), "t.tsv"))
                    .isEqualTo(Tables.read(tsv(HEADER, firstRow(), blank)));
            // and where every other area has one indicator, written on its row
            String[] second = row("সক্ষমতা", "১৫", "[২.১] প্রশিক্ষণ", "[২.১.১] প্রশিক্ষণ আয়োজিত", "সংখ্যা", "১৫", "২", "১",
                    "", "১", "-", "২", "১০০%");
            assertThat(READER.read(tsv(HEADER, firstRow(), filled, second), "t.tsv").areas()).hasSize(2);
            // the same name with another weight is another area
            String[] otherWeight = filled3.clone();
            otherWeight[1] = "৫";
            assertThat(READER.read(tsv(HEADER, firstRow(), filled, otherWeight), "t.tsv").areas()).hasSize(2);
        }

        private static String[] withAreaAndActivityOf(String[] first, String[] row) {
            String[] filled = row.clone();
            System.arraycopy(first, 0, filled, 0, 3);
            return filled;
        }

        @Test
        void anAreasSubtotalAmongTheRowsAndATotalInTheIndicatorColumnAreNotPartOfThePlan() {
            // Each refused the whole table: "The row has a value but no indicator", or the total read as an
            // indicator named "মোট" ("The unit is blank").
            String[] second = row("সক্ষমতা", "১৫", "[২.১] প্রশিক্ষণ", "[২.১.১] প্রশিক্ষণ আয়োজিত", "সংখ্যা", "১৫", "২", "১",
                    "", "১", "-", "২", "১০০%");
            String[] subtotal = row("উপমোট", "১০", "", "", "", "১০", "", "", "", "", "", "৩", "");
            String[] total = row("", "", "", "মোট নম্বর: ২৫", "", "২৫", "", "", "", "", "", "", "");
            ReadResult result = reads(READER, tsv(HEADER, firstRow(), subtotal, second, total));
            assertThat(result.plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow(), second)));
            assertThat(notes(result)).contains("row 3: The totals row \"উপমোট | ১০ | ১০ | ৩\" is not part of the plan:"
                    + " charter adds up the areas and the plan itself", "row 5: The row under the table's last indicator"
                    + " is not part of the plan: \"মোট নম্বর: ২৫ | ২৫\"");
        }

        @Test
        void aRowOfFiguresUnderTheLastIndicatorIsStillAnError() {
            String[] figures = row("", "", "", "", "", "", "", "১", "১", "", "", "", "");
            assertThatThrownBy(() -> READER.read(tsv(HEADER, firstRow(), figures), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("a value but no indicator");
            // An indicator's name on two lines (a quoted cell) is no blank line before the figures.
            String[] twoLines = firstRow();
            twoLines[3] = "\"[১.১.১] সভা\nআয়োজিত\"";
            assertThatThrownBy(() -> READER.read(tsv(HEADER, twoLines, figures), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("a value but no indicator");
        }

        @Test
        void afterABlankLineUnderTheTableTheDocumentGoesOn() {
            // A memo number and a date, with digits, under a blank line: not rows of the plan.
            String below = "\n" + String.join("\t", row("স্মারক নং ৪৭.৬১.০০৭১৫", "", "", "", "", "", "", "", "", "",
                    "তারিখ: ২৫/০৩/২০২৪", "", "")) + "\n";
            ReadResult result = reads(READER, tsv(HEADER, firstRow()) + below);
            assertThat(result.plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow())));
            assertThat(notes(result)).contains("row 4: The row under the table's last indicator is not part of the"
                    + " plan: \"স্মারক নং ৪৭.৬১.০০৭১৫ | তারিখ: ২৫/০৩/২০২৪\"");
        }

        @Test
        void aLabelColumnWithAHeaderIsReadNotKept() {
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা/অর্জন", "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক",
                "৪র্থ ত্রৈমাসিক", "মোট"};
            String[] target = {"ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "লক্ষ্যমাত্রা", "১", "১", "১", "১", "৪"};
            String[] achieved = {"", "", "", "", "", "", "অর্জন", "১", "২", "-", "", "৩"};
            ReadResult result = reads(READER, tsv(header, target, achieved));
            assertThat(only(result.plan()).extensions().isEmpty()).isTrue();
            assertThat(notes(result)).contains("row 1, column 7: The column names each indicator's target row"
                    + " (লক্ষ্যমাত্রা) and achievement row (অর্জন): an indicator takes two rows")
                    .noneSatisfy(note -> assertThat(note).startsWith("row 1, column 7: The header"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"লক্ষ্য|অর্জিত", "লক্ষ্যমাত্রা|বাস্তবায়ন", "Target|Progress", "Target|Achieved"})
        void moreWordsForAnIndicatorsTargetRowAndAchievementRow(String targetLabel, String achievedLabel) {
            // Each pair refused the table: "The row has a value but no indicator".
            String[] header = {"কার্যক্রমের নাম", "কর্মসম্পাদন সূচক", "সূচকের মান", "একক", "লক্ষ্যমাত্রা",
                "লক্ষ্যমাত্রা/ অর্জন", "১ম কোয়ার্টার", "২য় কোয়ার্টার", "৩য় কোয়ার্টার", "৪র্থ কোয়ার্টার", "মোট অর্জন"};
            String[] target = {"১.১ সভা আয়োজন", "সভা আয়োজিত", "২", "সংখ্যা", "৪", targetLabel, "১", "১", "১", "১", ""};
            String[] achieved = {"", "", "", "", "", achievedLabel, "১", "২", "", "", "৩"};
            Indicator indicator = only(reads(READER, tsv(header, target, achieved)).plan());
            assertThat(indicator.quarters().q2()).isEqualTo(Value.of(2));
            assertThat(((Target.Single) indicator.target()).quarterly().collect(java.math.BigDecimal::intValue))
                    .containsExactly(1, 1, 1, 1);
        }

        @Test
        void anAlternativeIndicatorWithItsFourPartCodeAndNoWeightOfItsOwn() {
            String[] alternative = row("", "", "", "[১.১.১.১] বিকল্প: অংশীজন সভা", "সংখ্যা", "", "১", "", "", "", "", "",
                    "");
            ReadResult result = reads(tsv(HEADER, firstRow(), alternative));
            Indicator second = result.plan().indicators().get(1);
            assertThat(second.code()).isEqualTo(IndicatorCode.of(1, 1, 1, 1));
            assertThat(second.weight()).isEmpty();
            assertThat(result.plan().alternatives().get(second.code())).isEqualTo(IndicatorCode.of(1, 1, 1));
        }

        @Test
        void theMethodInItsOwnColumnOrInTheUnitCell() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "পদ্ধতি", "Unit", "Weight", "Target"};
            String[] byColumn = {"a", "10", "[1.1] b", "[1.1.1] c", "ক্রমপুঞ্জিভূত", "সংখ্যা", "5", "4"};
            String[] byUnit = {"", "", "", "[1.1.2] d", "", "সংখ্যা [গড়]", "5", "4"};
            ActionPlan plan = reads(tsv(header, byColumn, byUnit)).plan();
            assertThat(plan.indicators().collect(Indicator::method)).containsExactly(CalculationMethod.CUMULATIVE,
                    CalculationMethod.AVERAGE);
        }

        @Test
        void theCumulativeMethodsWordInTheUnitItselfIsThatMethodAndNoted() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "Unit", "Weight", "Target", "Q1", "Q2",
                "Q3"};
            String[] first = {"a", "10", "[1.1] b", "[1.1.1] c", "ক্রমপুঞ্জিভূত সংখ্যা", "5", "4", "1", "2", "3"};
            String[] second = {"", "", "", "[1.1.2] d", "সংখ্যা-ক্রমপুঞ্জীভূত", "5", "4", "1", "2", "3"};
            // "গড়" in a unit may be what is counted, an average's days, not how the quarters add up
            String[] third = {"", "", "", "[1.1.3] e", "গড় দিন", "", "4", "1", "2", "3"};
            ReadResult result = reads(tsv(header, first, second, third));
            assertThat(result.plan().indicators().collect(Indicator::method)).containsExactly(
                    CalculationMethod.CUMULATIVE, CalculationMethod.CUMULATIVE, CalculationMethod.SUM);
            assertThat(result.plan().indicators().getFirst().unit().label()).isEqualTo("ক্রমপুঞ্জিভূত সংখ্যা");
            assertThat(notes(result)).contains("row 2, column 5: The unit \"ক্রমপুঞ্জিভূত সংখ্যা\" names the method"
                    + " ক্রমপুঞ্জিভূত: the indicator 1.1.1 is CUMULATIVE, each quarter's figure a running total");
        }

        @Test
        void cellsWithMixedDigitsSignsZerosDashesAndDates() {
            String[] row = row("ক", "১0", "[১.১] খ", "[১.১.১] গ", "%", "০৪", "৯০%", "২৫ %", "--", "", "—", "২৫%", "");
            Indicator indicator = only(reads(tsv(HEADER, row)).plan());
            assertThat(indicator.weight()).contains(Weight.of(4));
            assertThat(indicator.quarters().q2()).isEqualTo(Value.NOT_REPORTED);

            String[] date = row("ক", "১০", "[১.১] খ", "[১.১.১] গ", "তারিখ", "১০", "০১-১২-২০২৩ থেকে ৩১/১২/২০২৩", "-",
                    "15/12/2023", "-", "-", "", "");
            ReadResult dated = reads(tsv(HEADER, date));
            assertThat(only(dated.plan()).target()).isEqualTo(Target.between(LocalDate.of(2023, 12, 1),
                    LocalDate.of(2023, 12, 31)));
            assertThat(notes(dated)).anySatisfy(note -> assertThat(note).contains("is a range; its last day"));
        }

        @Test
        void countsWrittenWithTheWordTheyAreCountedWith() {
            // "৪টি" (four pieces), "২০ জন" (twenty persons): the word counts, it is no part of the number.
            String[] first = row("ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৫", "৪টি", "১টি", "১ টি", "০১টি", "-",
                    "৩টি", "");
            String[] second = row("", "", "", "[১.১.২] ঘ", "জন", "৫", "৬০ জন", "২০জন", "২০ জন", "", "", "", "");
            String[] named = row("", "", "", "[১.১.৩] সভা বছরে ৪ বার", "সংখ্যা", "৫", "৪", "১", "", "", "", "", "");
            ReadResult result = reads(tsv(HEADER, first, second, named));
            Indicator pieces = result.plan().indicators().getFirst();
            assertThat(pieces.target()).isEqualTo(Target.of(new BigDecimal("4")));
            assertThat(pieces.quarters().toList()).containsExactly(Value.of(1), Value.of(1), Value.of(1),
                    Value.NOT_REPORTED);
            assertThat(pieces.reported().actual()).isEqualTo(Value.of(3));
            assertThat(result.plan().indicators().get(1).quarters().q2()).isEqualTo(Value.of(20));
            assertThat(notes(result)).contains("row 2, column 7: The count \"৪টি\" is read without the word it is"
                    + " counted with (টি), as is every such count in the column");
            assertThat(notes(result)).filteredOn(note -> note.contains("column 8: The count")).hasSize(1);
            // A name that ends in a count is no count's value.
            assertThat(notes(result)).noneSatisfy(note -> assertThat(note).contains("The count \"[১.১.৩]"));

            // Only a count's value: not a percent, a weight or a score, and not two counts in one cell.
            for (String[] refused : List.of(
                    row("ক", "১০", "[১.১] খ", "[১.১.১] গ", "%", "৫", "৯০ জন", "", "", "", "", "", ""),
                    row("ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৫টি", "৪", "", "", "", "", "", ""),
                    row("ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "৫", "২টি সভা ও ২টি", "", "", "", "", "", ""))) {
                assertThatThrownBy(() -> READER.readWithNotes(tsv(HEADER, refused), "office.tsv"))
                        .isInstanceOf(InvalidInputException.class);
            }
        }

        @Test
        void aCellThatCannotBeReadIsAnErrorNamingItsRowColumnAndText() {
            String[] row = firstRow();
            row[8] = "2_2200";
            assertThatThrownBy(() -> READER.readWithNotes(tsv(HEADER, row), "office.tsv"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.line()).hasValue(2);
                        assertThat(e.columnName()).contains("২য় ত্রৈমাসিক অর্জন");
                        assertThat(e.text()).contains("2_2200");
                    });
        }
    }

    @Nested
    class Context {

        private final String letter = "জেলা সমবায় অফিসারের কার্যালয়\nপটুয়াখালী।\n\n"
                + "বিষয়: ২০২৩-২৪ অর্থ বছরের সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা\n"
                + "ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪\n\n";

        /** The office, year and quarter the letters of these tests name. */
        private static void assertThePatuakhaliOfficeIn2023Q3(ReadResult result) {
            assertThat(result.plan().office().name().bn()).isEqualTo("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(result.plan().asOf()).contains(Quarter.Q3);
        }

        @Test
        void yearQuarterAndOfficeFromTheTextAroundTheTable() {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText();
            ReadResult result = reader.readWithNotes(letter + tsv(HEADER, firstRow()) + "\nস্মারক নং ৩০৭\n",
                    "letter.tsv");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(result.plan().asOf()).contains(Quarter.Q3);
            assertThat(result.plan().office().name().bn()).isEqualTo("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী");
            assertThat(result.plan().office().id()).isEqualTo(Tables.OFFICE.id());
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).startsWith("The report is made as of Q3"));
            // rows are the lines of the file, the letter's included
            assertThat(notes(result)).contains("row 7, column 4: The header \"কর্মসম্পাদন সূচক\" is read as the"
                    + " indicator (কর্মসম্পাদন সূচক)");
        }

        @Test
        void yearQuarterAndOfficeFromTheBijoyTextAroundATableTypedInBijoy() {
            String bijoyLetter = "‡Rjv mgevq Awdmv‡ii Kvh©vjq\ncUzqvLvjx\n\n"
                    + "2023-24 A_© eQ‡ii ‡mev cÖ`vb cÖwZkÖæwZ Kg©cwiKíbv\n‰Îgvwm‡Ki bvg: Rvbyqvwi-gvP©/2024\n\n";
            String[] header = {"Kvh©µ‡gi ‡¶Î", "gvb", "Kvh©µg", "Kg©m¤úv`b m~PK", "GKK", "Kg©m¤úv`b m~P‡Ki gvb",
                "jÿ¨gvÎv", "1g ‰ÎgvwmK", "2q ‰ÎgvwmK", "3q ‰ÎgvwmK"};
            String[] row = {"[1] mfv", "10", "[1.1] mfv", "[1.1.1] mfv Av‡qvwRZ", "msL¨v", "10", "4", "1", "1", "1"};
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText();

            ReadResult result = reader.readWithNotes(bijoyLetter + tsv(header, row), "letter.tsv");

            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(result.plan().asOf()).contains(Quarter.Q3);
            assertThat(result.plan().office().name().bn()).isEqualTo("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী");
            assertThat(notes(result)).contains("The text around the table is typed in an old Bijoy font too: 4 of its"
                    + " lines are read as the Bengali the font shows");
        }

        @ParameterizedTest
        @ValueSource(strings = {"# জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী",
            "## জেলা সমবায় অফিসারের কার্যালয়\nপটুয়াখালী।", "**জেলা সমবায় অফিসারের কার্যালয়**\n**পটুয়াখালী।**",
            "> জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী"})
        void theOfficeOfAMarkdownLetterWithoutItsMarks(String letterhead) {
            String markdown = letterhead + "\n\nত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪\n\n| "
                    + String.join(" | ", HEADER) + " |\n|" + "---|".repeat(HEADER.length) + "\n| "
                    + String.join(" | ", firstRow()) + " |\n";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(markdown, "letter.md");
            assertThePatuakhaliOfficeIn2023Q3(result);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"উপজেলা নির্বাহী অফিসারের কার্যালয়, কলাপাড়া, পটুয়াখালী|UPAZILA",
            "জেলা প্রশাসকের কার্যালয়, মানিকগঞ্জ|DISTRICT", "বিভাগীয় সমবায় কার্যালয়, বরিশাল|DIVISIONAL",
            "সমবায় অধিদপ্তর|DEPARTMENT", "জনপ্রশাসন মন্ত্রণালয়|MINISTRY",
            "District Cooperative Office, Patuakhali|DISTRICT", "Upazila Land Office|UPAZILA",
            // English names that begin with the office's holder, or with "Office of the"
            "Deputy Commissioner's Office, Manikganj|DISTRICT", "Office of the Deputy Commissioner, Manikganj|DISTRICT",
            "Office of the Upazila Nirbahi Officer, Kalapara|UPAZILA", "Office of the Divisional Commissioner|DIVISIONAL",
            // a name that does not tell it, and a district's name after a comma, which tells nothing of the office
            "সহকারী কমিশনার (ভূমি) এর কার্যালয়|OTHER", "আঞ্চলিক পাসপোর্ট অফিস, জেলা সদর|OTHER"})
        void theOfficesLevelAsItsNameTellsIt(String name, String level) {
            Office unknown = Office.of(Tables.OFFICE.id(), Tables.OFFICE.name(), OfficeLevel.OTHER);
            ReadResult result = TableReader.of(unknown, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .withFiscalYear(FiscalYear.of(2023)).withOfficeNameFromText()
                    .readWithNotes(name + "\n\n" + tsv(HEADER, firstRow()), "letter.tsv");
            assertThat(result.plan().office().name().in(name.chars().anyMatch(c -> c >= 'a' && c <= 'z')
                    ? Language.EN : Language.BN)).isEqualTo(name);
            assertThat(result.plan().office().level()).isEqualTo(OfficeLevel.valueOf(level));
            if (!level.equals("OTHER")) {
                assertThat(notes(result)).contains("The office's level is " + level + ", as its name tells");
            }
            // the caller's level, where it gives one, stands
            Office upazila = Office.of(Tables.OFFICE.id(), Tables.OFFICE.name(), OfficeLevel.UPAZILA);
            assertThat(TableReader.of(upazila, PlanKind.CITIZEN_CHARTER, Quarter.Q3).withFiscalYear(FiscalYear.of(2023))
                    .withOfficeNameFromText().read(name + "\n\n" + tsv(HEADER, firstRow()), "letter.tsv").office()
                    .level()).isEqualTo(OfficeLevel.UPAZILA);
        }

        @Test
        void theCallersYearAndQuarterWin() {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q2)
                    .withFiscalYear(FiscalYear.of(2023));
            assertThat(reader.read(letter + tsv(HEADER, firstRow()), "letter.tsv").asOf()).contains(Quarter.Q2);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"GRS Action Plan 2023-24, Progress Report Q2|Q2",
            "Progress report for Quarter 3, 2023-24|Q3", "২০২৩-২৪ অর্থবছরের ত্রৈমাসিক-৪ প্রতিবেদন|Q4",
            "২০২৩-২৪ অর্থবছর, প্রান্তিক ১|Q1",
            // a period from a month of one year to a month of another names the year and the quarter
            "প্রতিবেদনের সময়কাল: জুলাই ২০২৩ - মার্চ ২০২৪|Q3", "জুলাই/২০২৩ হতে মার্চ/২০২৪ পর্যন্ত অগ্রগতি|Q3",
            "Reporting period: July 2023 to March 2024|Q3", "অক্টোবর ২০২৩ থেকে ডিসেম্বর ২০২৩|Q2",
            // a report named for the part of the year it closes: half-yearly Q2, annual Q4
            "বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪ এর অর্ধবার্ষিক অগ্রগতি প্রতিবেদন|Q2",
            "২০২৩-২৪ অর্থবছরের অর্ধ-বার্ষিক মূল্যায়ন প্রতিবেদন|Q2", "Half-yearly progress report, 2023-24|Q2",
            "বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪ এর বার্ষিক মূল্যায়ন প্রতিবেদন|Q4",
            "শুদ্ধাচার কর্মপরিকল্পনা ২০২৩-২৪ এর বার্ষিক অগ্রগতি প্রতিবেদন|Q4", "Annual evaluation report 2023-24|Q4",
            // an annual plan's quarterly report names its quarter alone
            "বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪ এর ৩য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন|Q3"})
        void aQuarterNamedByItsNumberOrItsPeriodInTheText(String title, String quarter) {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.GRS).readWithNotes(title + "\n\n"
                    + tsv(HEADER, firstRow()), "report.tsv");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(result.plan().asOf()).contains(Quarter.parse(quarter));
            assertThat(notes(result)).contains("The report is made as of " + quarter + ", the quarter the text around"
                    + " the table names: \"" + title + "\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Achievement|Total (Jul-Mar)", "অগ্রগতি|মোট (জুলাই-মার্চ)", "প্রকৃত অর্জন|মার্চ পর্যন্ত"})
        void aTotalToDateUnderAGroupOfAchievementsNamesTheQuarter(String words) {
            // Under its group the total's header begins with the group's word, and its months named no quarter.
            String[] w = words.split("\\|");
            String[] top = {"Indicator", "Weight", "Target 2023-24", w[0], "", "", "", ""};
            String[] bottom = {"", "", "", "Jul-Sep 2023", "Oct-Dec 2023", "Jan-Mar 2024", "Apr-Jun 2024", w[1]};
            String[] row = {"[1.1.1] a", "4", "8", "1", "3", "2", "", "6"};
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.GRS).readWithNotes(tsv(top, bottom, row),
                    "report.tsv");
            assertThat(result.plan().asOf()).contains(Quarter.Q3);
            assertThat(result.plan().indicators().getFirst().reported().actual()).isEqualTo(Value.of(6));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Quarterly report 2023-24", "Quarter 2024, 2023-24", "FAQ3 2023-24", "Q12 2023-24",
            "Q3Q4 2023-24",
            // up to a day that ends no quarter, or a month that does not
            "২০২৩-২৪: ১৫ ডিসেম্বর ২০২৩ পর্যন্ত", "২০২৩-২৪: নভেম্বর/২০২৩ পর্যন্ত", "2023-24, as of 15-12-2023",
            "2023-24, up to 30 December 2023"})
        void aNumberThatIsNoQuartersNamesNone(String title) {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.GRS);
            assertThatThrownBy(() -> reader.read(title + "\n\n" + tsv(HEADER, firstRow()), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("The quarter the report is made as of is not given")
                    .hasMessageContaining("neither the table nor the text around it names it");
        }

        @Test
        void noQuarterAnywhereIsAnErrorNamingTheOptionToPass() {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER)
                    .withFiscalYear(FiscalYear.of(2023));
            assertThatThrownBy(() -> reader.read(tsv(HEADER, firstRow()), "t.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("The quarter the report is made as of is not given")
                    .hasMessageContaining("--as-of Q3");
        }

        @Test
        void anOfficeWithItsPlaceOnOneLineAndAYearNamedOnlyByTheQuartersMonths() {
            // domain.md §5's own examples: the office and its district after a comma; the quarter's months
            // with the calendar year (January to March 2024 is the third quarter of 2023-24).
            String oneLine = "জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\n\nত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪\n\n";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(oneLine + tsv(HEADER, firstRow()), "letter.tsv");
            assertThePatuakhaliOfficeIn2023Q3(result);
            assertThat(notes(result)).contains("The fiscal year 2023-24 is the one the text around the table names:"
                    + " \"ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪\"");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                অক্টোবর-ডিসেম্বর, ২০২৩      | 2023 | Q2
                এপ্রিল - জুন ২০২৪          | 2023 | Q4
                জুলাই-সেপ্টেম্বর'২০২৪       | 2024 | Q1
                জুলাই-ডিসেম্বর/২০২৩        | 2023 | Q2
                July-September 2023       | 2023 | Q1
                ৩য় ত্রৈমাসিক (জানুয়ারী- মার্চ)/২০২৩ | 2022 | Q3
                ডিসেম্বর/২০২৩ পর্যন্ত অগ্রগতি    | 2023 | Q2
                ৩১ মার্চ ২০২৪ পর্যন্ত           | 2023 | Q3
                ৩০/০৬/২০২৪ পর্যন্ত             | 2023 | Q4
                Progress as of 31 December 2023 | 2023 | Q2
                up to March 2024               | 2023 | Q3
                till September 30, 2023        | 2023 | Q1
                as on 31-03-2025               | 2024 | Q3
                """)
        void theMonthsOfAQuarterWithTheirCalendarYearNameTheFiscalYear(String months, int startYear, String quarter) {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER)
                    .readWithNotes("প্রতিবেদনের সময়: " + months + "\n\n" + tsv(HEADER, firstRow()), "letter.tsv");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(startYear));
            assertThat(result.plan().asOf()).contains(Quarter.valueOf(quarter));
        }

        @ParameterizedTest
        @ValueSource(strings = {"FY 23-24", "২৩-২৪ অর্থবছরের প্রতিবেদন", "অর্থবছর: ২৩-২৪", "অর্থ বছরঃ ২৩/২৪",
            "অর্থবছর ২০২৩-'২৪", "Fiscal year 23-'24"})
        void aFiscalYearInTwoDigitYearsBesideItsWordNamesTheYear(String text) {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .readWithNotes("সেবা প্রদান প্রতিশ্রুতি\n" + text + "\n\n" + tsv(HEADER, firstRow()), "letter.tsv");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(notes(result)).contains("The fiscal year 2023-24 is the one the text around the table names: \""
                    + text + "\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"২৩-২৪ জন উপস্থিত", "FY 23-25", "পৃষ্ঠা ২৩-২৪", "ওয়ার্ড নং ২৩-২৪ অর্থ সংগ্রহ"})
        void twoNumbersWithADashAreNoYearWithoutItsWordOrNotConsecutive(String text) {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3);
            assertThatThrownBy(() -> reader.read(text + "\n\n" + tsv(HEADER, firstRow()), "letter.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("The fiscal year is not given to the reader");
        }

        @Test
        void aFiscalYearAfterTheMonthsIsNotTakenForTheirCalendarYear() {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .readWithNotes("অগ্রগতি: জুলাই-জুন ২০২৩-২৪\n\n" + tsv(HEADER, firstRow()), "letter.tsv");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
        }

        @Test
        void monthsOfAnotherYearThanTheOneNamedAreNotAGuess() {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3);
            assertThatThrownBy(() -> reader.read("২০২৩-২৪ অর্থ বছরের প্রতিবেদন\nসময়: জানুয়ারি-মার্চ/২০২৫\n\n"
                    + tsv(HEADER, firstRow()), "letter.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("the text around the table names several: 2023-24, 2024-25");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                উপজেলা নির্বাহী অফিসারের কার্যালয়, কলাপাড়া, পটুয়াখালী। | উপজেলা নির্বাহী অফিসারের কার্যালয়, কলাপাড়া, পটুয়াখালী
                জেলা প্রশাসকের কার্যালয়, কক্স বাজার                   | জেলা প্রশাসকের কার্যালয়, কক্স বাজার
                """)
        void anOfficeAndItsPlacesAfterCommas(String line, String name) {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(line + "\n\n" + letter + tsv(HEADER, firstRow()), "letter.tsv");
            assertThat(result.plan().office().name().bn()).isEqualTo(name);
        }

        /** A form's year and quarter, and no office on a line of its own. */
        private static final String PERIOD = "২০২৩-২৪ অর্থ বছরের ৩য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন\n\n";

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                মন্ত্রণালয়/বিভাগ/দপ্তর: উপজেলা সমবায় কার্যালয়, কলাপাড়া     | উপজেলা সমবায় কার্যালয়, কলাপাড়া
                মন্ত্রণালয়: সমবায় মন্ত্রণালয়\\nদপ্তর/সংস্থার নামঃ জেলা সমবায় কার্যালয় | জেলা সমবায় কার্যালয়
                Name of the office: District Cooperative Office, Barguna | District Cooperative Office, Barguna
                """)
        void theOfficeAFormsLabelledLineNames(String lines, String name) {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(lines.replace("\\n", "\n") + "\n" + PERIOD + tsv(HEADER, firstRow()), "form.tsv");
            // an English name is the office's English name
            assertThat(List.of(result.plan().office().name().bn(), result.plan().office().name().en())).contains(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"মন্তব্য: জেলা সমবায় কার্যালয় হতে প্রাপ্ত", "আন্তঃবাহিনী সমন্বয়: নাই"})
        void aLabelThatAsksForNoOfficeNamesNone(String line) {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(line + "\n" + PERIOD + tsv(HEADER, firstRow()), "form.tsv");
            assertThat(result.plan().office()).isEqualTo(Tables.OFFICE);
        }

        @Test
        void anOfficeInAListOfThoseTheLetterGoesToIsNotItsSender() {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .withFiscalYear(FiscalYear.of(2023)).withOfficeNameFromText()
                    .readWithNotes(tsv(HEADER, firstRow()) + "\nসদয় অবগতির জন্য প্রেরণ করা হলো\n"
                            + "১। বিভাগীয় সমবায় কার্যালয়, বরিশাল।\n(২) উপজেলা সমবায় কার্যালয়\nকলাপাড়া\n", "letter.tsv");
            assertThat(result.plan().office()).isEqualTo(Tables.OFFICE);
        }

        @Test
        void aSentenceAfterTheOfficesCommaIsNoPlace() {
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .withFiscalYear(FiscalYear.of(2023)).withOfficeNameFromText()
                    .readWithNotes("জেলা প্রশাসকের কার্যালয়, কক্সবাজার এর সেবা প্রদান প্রতিশ্রুতি হালনাগাদ করা হলো\n\n"
                            + tsv(HEADER, firstRow()), "letter.tsv");
            assertThat(result.plan().office()).isEqualTo(Tables.OFFICE);
        }

        @Test
        void aCsvTableUnderLinesOfTheLetterThatHoldCommas() {
            // The office with its place after a comma and the months with their year after one: in a CSV file
            // such lines hold the delimiter, and are the letter's text, not the table's first rows.
            String csvLetter = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\n\n"
                    + "প্রতিবেদনের সময়: জানুয়ারী-মার্চ, ২০২৪\n\n";
            String table = String.join(",", HEADER) + "\n" + String.join(",", firstRow()) + "\n";
            String below = "\nস্মারক নং ৩০৭\n১। বিভাগীয় সমবায় কার্যালয়, বরিশাল।\n";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(csvLetter + table + below, "letter.csv");
            assertThePatuakhaliOfficeIn2023Q3(result);
            assertThat(result.plan().areas()).isEqualTo(Tables.read(tsv(HEADER, firstRow())).areas());
            // the header keeps its line in the file
            assertThat(notes(result)).contains("row 6, column 4: The header \"কর্মসম্পাদন সূচক\" is read as the"
                    + " indicator (কর্মসম্পাদন সূচক)");
        }

        @Test
        void aCsvTableRightUnderLinesOfTheLetterThatHoldCommas() {
            // No blank line between the letter and the header: the line right above it, split by its comma, was
            // read as the header's upper row, and the period it names was lost ("The quarter … is not given").
            String csvLetter = "জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\n"
                    + "সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা, প্রতিবেদনের সময়: জানুয়ারী-মার্চ, ২০২৪\n";
            String table = String.join(",", HEADER) + "\n" + String.join(",", firstRow()) + "\n";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(csvLetter + table, "letter.csv");
            assertThePatuakhaliOfficeIn2023Q3(result);
            assertThat(result.plan().areas()).isEqualTo(Tables.read(tsv(HEADER, firstRow())).areas());
            assertThat(notes(result)).contains("row 2: The title \"সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা, প্রতিবেদনের সময়:"
                    + " জানুয়ারী-মার্চ, ২০২৪\" above the header is read as the document's text");
        }

        @Test
        void anUpperRowThatGivesTheTargetItsYearStaysTheHeaders() {
            // Text over the first column too, but the upper row names the target's year: a header of two rows.
            String[] upper = new String[HEADER.length];
            java.util.Arrays.fill(upper, "");
            upper[0] = "পরিকল্পনা";
            upper[6] = "২০২৩-২৪";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .readWithNotes(tsv(upper, HEADER, firstRow()), "office.tsv");
            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(notes(result)).anySatisfy(note -> assertThat(note).startsWith("row 1, column 7: The fiscal"
                    + " year 2023-24 is the one the header names"));
        }

        @Test
        void unreadColumnsOfEveryQuarterNameNoQuarterOfTheReport() {
            // Each quarter's own percent is kept unread under its group ("১ম ত্রৈমাসিক অর্জনের হার (%)", …): such
            // headers name all four quarters, which used to make the quarter the letter names "several".
            String[][] header = eachQuarterOverItsColumns("লক্ষ্যমাত্রা ২০২৩-২৪", false);
            String[] row = {"ক", "৫", "[১.১] খ", "[১.১.১] গ", "জন", "৫", "২০", "৫", "৬", "১২০%", "৫", "৪", "৮০%", "৫",
                "", "", "৫", "", ""};
            String letter = "২০২৩-২৪ অর্থবছরের ২য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন\n\n";

            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).readWithNotes(letter
                    + tsv(header[0], header[1], row), "report.tsv");

            assertThat(result.plan().asOf()).contains(Quarter.Q2);
        }

        @Test
        void unreadColumnsOfEarlierAndLaterYearsNameNoYearOfThePlan() {
            // An APA table keeps the actuals of two earlier years and the projections of two later ones beside a
            // target that names no year: the plan's year is the one the letter names, not "several".
            String[] header = {"কর্মসম্পাদন ক্ষেত্র", "ক্ষেত্রের মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "প্রকৃত অর্জন ২০২১-২২", "প্রকৃত অর্জন ২০২২-২৩", "লক্ষ্যমাত্রা",
                "প্রক্ষেপণ ২০২৪-২৫", "প্রক্ষেপণ ২০২৫-২৬", "৩য় ত্রৈমাসিক অর্জন"};
            String[] row = {"[১] ক", "১০", "[১.১] খ", "[১.১.১] গ", "সংখ্যা", "১০", "৮", "৯", "১০", "১১", "১২", "৩"};
            String letter = "বার্ষিক কর্মসম্পাদন চুক্তি ২০২৩-২৪: ৩য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন\n\n";

            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.APA).readWithNotes(letter + tsv(header, row),
                    "apa.tsv");

            assertThat(result.plan().fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThat(result.plan().asOf()).contains(Quarter.Q3);

            // One column of an earlier year: still the letter's year, not that column's.
            String[] oneEarlier = header.clone();
            oneEarlier[6] = "মন্তব্য ও তথ্যসূত্র";
            oneEarlier[9] = "দায়িত্বপ্রাপ্ত কর্মকর্তা";
            oneEarlier[10] = "প্রমাণক";
            ActionPlan plan = TableReader.of(Tables.OFFICE, PlanKind.APA).read(letter + tsv(oneEarlier, row), "apa.tsv");
            assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
            // With no year in the text, a column's one year is the plan's, as before.
            assertThat(TableReader.of(Tables.OFFICE, PlanKind.APA, Quarter.Q3).read(tsv(oneEarlier, row), "apa.tsv")
                    .fiscalYear()).isEqualTo(FiscalYear.of(2022));
        }

        @Test
        void theLetterheadInTitleRowsOfACsvSavedByExcel() {
            // Excel saves each line of the letterhead as a row of one cell and as many empty ones as the table
            // has columns: the titles above the header name the office, the year and the quarter.
            String empty = ",".repeat(HEADER.length - 1);
            String csv = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার" + empty + "\r\n\"জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\""
                    + empty + "\r\n" + empty + "\r\nত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪" + empty + "\r\n"
                    + String.join(",", HEADER) + "\r\n" + String.join(",", firstRow()) + "\r\n";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(csv, "letter.csv");
            assertThePatuakhaliOfficeIn2023Q3(result);
            assertThat(notes(result)).contains("row 2: The title \"জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\" above the"
                    + " header is read as the document's text");
        }

        @Test
        void aLetterheadOfFiveRowsTheLastNamingTheQuarterRightAboveTheHeader() {
            // A row of one text naming a quarter could be the upper row of a header, but not over a header
            // that has the essential columns without it: here it is the letter's, and names the period.
            String empty = "\t".repeat(HEADER.length - 1);
            String tsv = String.join(empty + "\n", "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "জেলা সমবায় অফিসারের কার্যালয়",
                    "পটুয়াখালী।", "বিষয়: সেবা প্রদান প্রতিশ্রুতির অগ্রগতি প্রতিবেদন", "ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪")
                    + empty + "\n" + tsv(HEADER, firstRow());
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER).withOfficeNameFromText()
                    .readWithNotes(tsv, "letter.tsv");
            assertThePatuakhaliOfficeIn2023Q3(result);
            assertThat(result.plan().areas()).isEqualTo(Tables.read(tsv(HEADER, firstRow())).areas());
            assertThat(notes(result)).contains("The report is made as of Q3, the quarter the text around the table"
                    + " names: \"ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪\"");
        }

        @Test
        void aTableAmongOtherTablesOfTheLetterIsFoundByItsHeader() {
            String members = "ক্রমিক নং\tনাম ও পদবী\tস্বাক্ষর\n১\tজনাব ক\t\n\nআলোচনা হয়।\n\n";
            ReadResult result = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER)
                    .readWithNotes(letter + members + tsv(HEADER, firstRow()), "letter.txt");
            assertThat(result.plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow())));
        }
    }

    /** The kind of plan, from the text around the table (withKindFromText) or as the caller gives it. */
    @Nested
    class Kinds {

        private final TableReader fromText = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                .withFiscalYear(FiscalYear.of(2023)).withKindFromText();

        private ReadResult read(TableReader reader, String text) {
            return reader.readWithNotes(text + tsv(HEADER, firstRow()), "plan.tsv");
        }

        @ParameterizedTest
        @EnumSource(PlanKind.class)
        void eachKindsTitleInEitherLanguageNamesIt(PlanKind kind) {
            // charter's own reports head the table with the kind's title: read back, they say what they hold
            for (String title : List.of(kind.title().bn(), kind.title().en())) {
                ReadResult result = read(fromText, "জেলা সমবায় অফিসারের কার্যালয়\n" + title + ", ২০২৩-২৪\n\n");
                assertThat(result.plan().kind()).as(title).isEqualTo(kind);
                assertThat(notes(result)).contains("The plan is read as " + kind + ", the kind the text around the"
                        + " table names: \"" + title + ", ২০২৩-২৪\"");
            }
        }

        @Test
        void theWordingsOfficesUse() {
            Map<String, PlanKind> titles = Map.of(
                    "### সেবা প্রদান প্রতিশুতি কর্মপরিকল্পনা, ২০২৩-২৪", PlanKind.CITIZEN_CHARTER, // the seed's spelling
                    "জাতীয় শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা ২০২৩-২০২৪ এর ৩য় ত্রৈমাসিক অগ্রগতি", PlanKind.NIS,
                    "অভিযোগ প্রতিকার ব্যবস্থা (জিআরএস) সংক্রান্ত কর্মপরিকল্পনা", PlanKind.GRS,
                    "তথ্য অধিকার বিষয়ে ২০২৩-২৪ অর্থবছরের বার্ষিক কর্মপরিকল্পনা", PlanKind.RTI,
                    "ই-গভর্নেন্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২০২৪", PlanKind.EGOV,
                    "NIS Action Plan 2023-24, third quarter", PlanKind.NIS,
                    "Annual Performance Agreement (APA) 2023-24", PlanKind.APA,
                    // a sub-plan is made under the APA: its name wins over the APA's
                    "বার্ষিক কর্মসম্পাদন চুক্তির আওতায় সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা",
                    PlanKind.CITIZEN_CHARTER,
                    "APA 2023-24: RTI action plan", PlanKind.RTI);
            titles.forEach((title, kind) -> assertThat(read(fromText, title + "\n\n").plan().kind()).as(title)
                    .isEqualTo(kind));
        }

        @Test
        void theCitizensCharterTransliteratedNamesIt() {
            // "Citizen's Charter" written in Bengali letters, with or without the possessive; the reader's own kind
            // is OTHER, so that a title it did not recognise would not pass
            TableReader other = TableReader.of(Tables.OFFICE, PlanKind.OTHER, Quarter.Q3)
                    .withFiscalYear(FiscalYear.of(2023)).withKindFromText();
            for (String title : List.of("২০২৩-২৪ অর্থবছরের সিটিজেন্স চার্টার বাস্তবায়ন কর্মপরিকল্পনা",
                    "সিটিজেনস চার্টার কর্মপরিকল্পনা", "সিটিজেন চার্টার", "Citizen Charter action plan",
                    "Citizens Charter 2023-24")) {
                assertThat(read(other, title + "\n\n").plan().kind()).as(title).isEqualTo(PlanKind.CITIZEN_CHARTER);
            }
        }

        @Test
        void theFirstLineThatNamesAKindSaysIt() {
            // the title, not the focal point of grievances the letter names further down
            String letter = "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা, ২০২৩-২৪\n"
                    + "অভিযোগ প্রতিকার ব্যবস্থাপনা কর্মকর্তা: জনাব ক\n\n";
            assertThat(read(fromText, letter).plan().kind()).isEqualTo(PlanKind.NIS);
            // a title row above the header comes before the text around the table, wherever that stands
            String empty = "\t".repeat(HEADER.length - 1);
            ReadResult titled = fromText.readWithNotes("তথ্য অধিকার কর্মপরিকল্পনা" + empty + "\n"
                    + tsv(HEADER, firstRow()) + "\nসেবা প্রদান প্রতিশ্রুতি বিষয়ক সভা\n", "plan.tsv");
            assertThat(titled.plan().kind()).isEqualTo(PlanKind.RTI);
        }

        @Test
        void noKindOrSeveralInOneLineIsTheKindGivenNoted() {
            ReadResult none = read(fromText, "জেলা সমবায় অফিসারের কার্যালয়\n\n");
            assertThat(none.plan().kind()).isEqualTo(PlanKind.CITIZEN_CHARTER);
            assertThat(notes(none)).contains("The text around the table names no kind of plan; the plan is read as"
                    + " CITIZEN_CHARTER");

            String both = "শুদ্ধাচার ও অভিযোগ প্রতিকার কর্মপরিকল্পনার অগ্রগতি";
            ReadResult several = read(TableReader.of(Tables.OFFICE, PlanKind.OTHER, Quarter.Q3)
                    .withFiscalYear(FiscalYear.of(2023)).withKindFromText(), both + "\n\n");
            assertThat(several.plan().kind()).isEqualTo(PlanKind.OTHER);
            assertThat(notes(several)).contains("The text around the table names several kinds of plan (GRS, NIS); the"
                    + " plan is read as OTHER: \"" + both + "\"");
        }

        @Test
        void acronymsAreWordsInCapitals() {
            // "capacity", "Genisys" and "nis" hold the letters of APA and NIS, but name no plan
            for (String text : List.of("Capacity building, Genisys training", "nis grs rti apa")) {
                assertThat(read(fromText, text + "\n\n").plan().kind()).as(text).isEqualTo(PlanKind.CITIZEN_CHARTER);
            }
        }

        @Test
        void theCallersKindStaysWithoutWithKindFromTextAndANoteWhereTheTextNamesAnother() {
            TableReader given = TableReader.of(Tables.OFFICE, PlanKind.GRS, Quarter.Q3)
                    .withFiscalYear(FiscalYear.of(2023));
            ReadResult result = read(given, "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা\n\n");
            assertThat(result.plan().kind()).isEqualTo(PlanKind.GRS);
            assertThat(notes(result)).contains("The plan is read as GRS, the kind given, though the text around the"
                    + " table names NIS: \"জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা\"");
            // the text naming the kind given, or none, notes nothing about the kind
            assertThat(notes(read(given, "অভিযোগ প্রতিকার কর্মপরিকল্পনা\n\n")))
                    .noneMatch(note -> note.contains("kind"));
            assertThat(notes(read(given, ""))).noneMatch(note -> note.contains("kind"));
        }
    }
}
