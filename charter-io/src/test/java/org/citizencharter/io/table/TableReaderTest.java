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
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader reads: each header variant, digit mix, date form and layout. */
class TableReaderTest {

    /** The row of grade percents under a graded header of 17 columns. */
    private static final String[] GRADED_PERCENTS = {"", "", "", "", "", "", "", "১০০%", "৯০%", "৮০%", "৭০%", "৬০%",
        "", "", "", "", ""};
    /** An indicator row of a graded table of 17 columns. */
    private static final String[] GRADED_ROW = {"[১] দক্ষতা", "২৫", "[১.১] নিরীক্ষা", "[১.১.১] সমিতি নিরীক্ষিত",
        "সমষ্টি", "সংখ্যা", "৪", "২৭৫০", "২৭৪০", "২৭৩০", "২৭২০", "২৭১০", "৭০০", "৭০০", "৭০০", "-", "২.০৪"};

    private static Indicator only(ActionPlan plan) {
        assertThat(plan.indicators()).hasSize(1);
        return plan.indicators().getFirst();
    }

    @Nested
    class Headers {

        @ParameterizedTest
        @ValueSource(strings = {"কর্ম সম্পাদন সূচক", "কর্মসম্পাদন সূচক", "কর্মসম্পাদন  সূচক", "কর্ম\u00A0সম্পাদন সূচক",
            "Indicator", "PERFORMANCE INDICATOR", "performance  indicator"})
        void indicatorHeaderIgnoresSpacingAndCase(String indicator) {
            assertThat(only(read(tsv(header(3, indicator), firstRow()))).code()).isEqualTo(IndicatorCode.of(1, 1, 1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"লক্ষ্যমাত্রা", "লক্ষ্য মাত্রা", "বার্ষিক লক্ষ্যমাত্রা", "লক্ষ্যমাত্রা (অসাধারণ)",
            "Annual target", "Target", "target"})
        void targetHeaders(String target) {
            assertThat(only(read(tsv(header(6, target), firstRow()))).target()).isEqualTo(Target.of(4));
        }

        @ParameterizedTest
        @ValueSource(strings = {"লক্ষ্যমাত্রা ২০২৩-২৪", "বার্ষিক লক্ষ্যমাত্রা ২০২৩-২০২৪", "লক্ষ্যমাত্রা 2023-24",
            "লক্ষ্যমাত্রা (২০২৩-২৪)", "লক্ষ্যমাত্রা ২০২৩-২৪ (অসাধারণ)", "লক্ষ্যমাত্রা অর্থবছর ২০২৩-২৪",
            "Annual target 2023-2024", "বার্ষিক\nলক্ষ্যমাত্রা\n২০২৩-\n২০২৪"})
        void aFiscalYearInTheTargetHeaderIsTheYearWhenTheCallerGivesNone(String target) {
            TableReader reader = TableReader.of(Tables.OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3);
            String[] header = header(6, "\"" + target + "\"");

            assertThat(Tables.readBack(reader, tsv(header, firstRow())).fiscalYear()).isEqualTo(FiscalYear.of(2023));
        }

        @Test
        void theCallersYearAgreeingWithTheHeaderIsFine() {
            assertThat(read(tsv(header(6, "লক্ষ্যমাত্রা ২০২৩-২৪"), firstRow())).fiscalYear())
                    .isEqualTo(FiscalYear.of(2023));
        }

        @ParameterizedTest
        @ValueSource(strings = {"১ম ত্রৈমাসিক অর্জন", "১ম ত্রৈমাসিক", "১ম কোয়ার্টার", "১ম প্রান্তিক অর্জন",
            "প্রথম ত্রৈমাসিক", "1ম ত্রৈমাসিক অর্জন", "১ম  ত্রৈমাসিক\nঅর্জন", "Q1", "q1", "Quarter 1",
            "Q1 achievement"})
        void firstQuarterHeaders(String q1) {
            String[] row = firstRow();
            row[7] = "৫";
            assertThat(only(read(tsv(header(7, "\"" + q1 + "\""), row))).quarters().q1()).isEqualTo(Value.of(5));
        }

        @ParameterizedTest
        @ValueSource(strings = {"১ম ত্রৈমাসিক লক্ষ্যমাত্রা", "১ম কোয়ার্টারের লক্ষ্যমাত্রা", "Q1 target",
            "লক্ষ্যমাত্রা ১ম কোয়ার্টার", "লক্ষ্যমাত্রা (১ম ত্রৈমাসিক)", "Target Q1", "Target (Q1 2023-24)"})
        void firstQuarterTargetHeadersWithTheTargetWordBeforeOrAfter(String q1) {
            String[] header = {"কর্মসম্পাদন সূচক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা", q1, "২য় ত্রৈমাসিক লক্ষ্যমাত্রা",
                "৩য় ত্রৈমাসিক লক্ষ্যমাত্রা", "৪র্থ ত্রৈমাসিক লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক অর্জন"};
            String[] row = {"[১.১.১] ক", "৪", "৮", "১", "২", "২", "৩", "১"};

            Indicator indicator = only(read(tsv(header, row)));

            assertThat(((Target.Single) indicator.target()).quarterly().collect(BigDecimal::intValue))
                    .containsExactly(1, 2, 2, 3);
            assertThat(indicator.quarters().q1()).isEqualTo(Value.of(1));
        }

        @Test
        void bothSpellingsOfYaAreOneHeader() {
            String precomposed = "২\u09DF ত্রৈমাসিক অর্জন";
            String decomposed = "২\u09AF\u09BC কো\u09AF\u09BCার্টার";
            String[] row = firstRow();
            row[8] = "৭";

            assertThat(only(read(tsv(header(8, precomposed), row))).quarters().q2()).isEqualTo(Value.of(7));
            assertThat(only(read(tsv(header(8, decomposed), row))).quarters().q2()).isEqualTo(Value.of(7));
        }

        @Test
        void synonymsOfTheAreaAndTheReportedColumns() {
            String[] header = {"কৌশলগত উদ্দেশ্য", "কৌশলগত উদ্দেশ্যের মান", "কার্যক্রম", "কর্ম সম্পাদন সূচক", "একক",
                "কর্ম সম্পাদন সূচকের মান", "লক্ষ্যমাত্রা", "মোট অর্জন", "শতকরা হার", "প্রাপ্ত মান", "প্রমাণক", "মন্তব্য"};
            String[] row = {"প্রাতিষ্ঠানিক", "১০", "[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা", "১০", "৪", "৩", "৭৫%",
                "৭.৫", "সভার কার্যবিবরণী", "তিনটি সভা"};

            Indicator indicator = only(read(tsv(header, row)));

            assertThat(indicator.reported().actual()).isEqualTo(Value.of(3));
            assertThat(indicator.reported().percent()).contains(new BigDecimal("75"));
            assertThat(indicator.reported().score()).contains(new BigDecimal("7.5"));
            assertThat(indicator.reported().evidence()).contains("সভার কার্যবিবরণী");
            assertThat(indicator.reported().remarks()).contains("তিনটি সভা");
            assertThat(indicator.quarters()).isEqualTo(QuarterValues.NONE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Annual achievement     | Percent achieved   | Score
                Annual actual          | Achievement rate   | Marks obtained
                বার্ষিক অর্জন          | শতকরা অর্জন        | প্রাপ্ত স্কোর
                মোট অর্জন              | Achievement percentage | অর্জিত নম্বর
                প্রকৃত অর্জন           | অর্জন (%)          | Score obtained
                """)
        void moreNamesOfTheReportedColumns(String actual, String percent, String score) {
            String[] header = {"Indicator", "Weight", "Target", actual, percent, score};
            String[] row = {"[1.1.1] Meetings held", "6", "4", "3", "75%", "4.5"};

            Indicator indicator = only(read(tsv(header, row)));

            assertThat(indicator.reported().actual()).isEqualTo(Value.of(3));
            assertThat(indicator.reported().percent()).contains(new BigDecimal("75"));
            assertThat(indicator.reported().score()).contains(new BigDecimal("4.5"));
        }

        @Test
        void englishHeadersWithWeightRightAfterTheAreaAsTheAreaWeight() {
            String[] header = {"Strategic objective", "Weight", "Activity", "Indicator", "Unit", "Weight", "Target",
                "Q1", "Q2", "Q3", "Q4", "Actual", "Percent achieved", "Score", "Evidence", "Remarks"};
            String[] row = {"[1] Institutional", "10", "[1.1] Meetings", "[1.1.1] Meetings held", "number", "6", "4",
                "1", "1", "1", "-", "3", "75%", "4.5", "minutes", "none"};

            ActionPlan plan = read(tsv(header, row));

            Area area = plan.areas().getFirst();
            assertThat(area.weight()).isEqualTo(Weight.of(10));
            assertThat(area.name()).isEqualTo(BilingualText.english("Institutional"));
            Indicator indicator = only(plan);
            assertThat(indicator.weight()).contains(Weight.of(6));
            assertThat(indicator.name()).isEqualTo(BilingualText.english("Meetings held"));
            assertThat(indicator.reported().score()).contains(new BigDecimal("4.5"));
        }

        @Test
        void theEnglishApasHeadersAndMethodNames() {
            // A ministry's APA in English: its weights' headers were kept as text (every indicator WEIGHT_MISSING)
            // and its method "Total" refused the table.
            String[] top = {"Strategic Objectives", "Weight of Strategic Objectives", "Activities",
                "Performance Indicators", "Calculation method", "Unit", "Weight of Performance Indicators",
                "Target/Criteria Value for FY 2023-24", "", "", "", ""};
            String[] bottom = {"", "", "", "", "", "", "", "Excellent", "Very Good", "Good", "Fair", "Poor"};
            String[] sum = {"[1] Cooperatives", "25", "[1.1] Registration", "[1.1.1] Societies registered", "Total",
                "Number", "10", "140", "130", "120", "110", "100"};
            String[] cumulative = {"", "", "", "[1.1.2] Members enrolled", "ক্রমপুঞ্জীভূত", "Number", "15", "50", "45", "40",
                "35", "30"};

            ActionPlan plan = read(tsv(top, bottom, sum, cumulative));

            assertThat(plan.areas().getFirst().weight()).isEqualTo(Weight.of(25));
            assertThat(plan.indicators()).extracting(Indicator::weight)
                    .containsExactly(Optional.of(Weight.of(10)), Optional.of(Weight.of(15)));
            assertThat(plan.indicators()).extracting(Indicator::method)
                    .containsExactly(CalculationMethod.SUM, CalculationMethod.CUMULATIVE);
        }

        @Test
        void aMethodColumn() {
            String[] header = {"Area", "Area weight", "Activity", "Indicator", "গণনা পদ্ধতি", "Unit", "Indicator weight",
                "Target"};
            String[] row = {"A", "10", "[1.1] a", "[1.1.1] b", "গড়", "সংখ্যা", "10", "4"};

            assertThat(only(read(tsv(header, row))).method()).isEqualTo(CalculationMethod.AVERAGE);
        }

        @Test
        void theReportsComputedColumnsAreSkipped() {
            String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা", "এ পর্যন্ত লক্ষ্যমাত্রা (গণনাকৃত)", "প্রকৃত অর্জন",
                "প্রকৃত অর্জন (গণনাকৃত)", "অর্জিত মান", "অর্জিত মান (গণনাকৃত)"};
            String[] row = {"A", "১০", "[১.১] a", "[১.১.১] b", "সংখ্যা", "১০", "৪", "৩", "৩", "২", "৭.৫", "৫.০০"};

            Indicator indicator = only(read(tsv(header, row)));

            assertThat(indicator.reported().actual()).isEqualTo(Value.of(3));
            assertThat(indicator.reported().score()).contains(new BigDecimal("7.5"));
        }
    }

    @Nested
    class Cells {

        @Test
        void bengaliAsciiAndMixedDigits() {
            String[] row = row("[১] প্রাতিষ্ঠানিক", "১8", "[১.2] সভা", "[১.2.১] সভা আয়োজিত", "সংখ্যা", "০৩", "১,২৩৪", "১৭.5",
                    "12.50", "২৫", "-", "৩০.০০", "৭৫%");

            ActionPlan plan = read(tsv(HEADER, row));

            Indicator indicator = only(plan);
            assertThat(plan.areas().getFirst().weight()).isEqualTo(Weight.of(18));
            assertThat(indicator.code()).isEqualTo(IndicatorCode.of(1, 2, 1));
            assertThat(indicator.weight()).contains(Weight.of(3));
            assertThat(indicator.target()).isEqualTo(Target.of(1234));
            assertThat(indicator.quarters()).isEqualTo(QuarterValues.of(Value.of(new BigDecimal("17.5")),
                    Value.of(new BigDecimal("12.50")), Value.of(25), Value.NOT_REPORTED));
            assertThat(indicator.reported().actual()).isEqualTo(Value.of(new BigDecimal("30.00")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-", "", "–", "—"})
        void aDashOrBlankIsNothingReported(String nothing) {
            String[] row = firstRow();
            row[7] = nothing;
            row[11] = nothing;
            row[12] = nothing;

            Indicator indicator = only(read(tsv(HEADER, row)));

            assertThat(indicator.quarters().q1()).isEqualTo(Value.NOT_REPORTED);
            assertThat(indicator.reported().actual()).isEqualTo(Value.NOT_REPORTED);
            assertThat(indicator.reported().percent()).isEmpty();
        }

        @Test
        void aBlankOrDashTargetIsNoTarget() {
            String[] row = firstRow();
            row[6] = "-";
            assertThat(only(read(tsv(HEADER, row))).target()).isEqualTo(Target.NONE);
        }

        @Test
        void percentUnitsKeepTheirValuesWithoutTheSign() {
            String[] row = row("A", "১০", "[১.২] a", "[১.২.১] b", "%", "৪", "৯০%", "২৫%", "২৫%", "১০%", "-", "৬০%",
                    "১০০%");

            Indicator indicator = only(read(tsv(HEADER, row)));

            assertThat(indicator.unit()).isEqualTo(Unit.percent());
            assertThat(indicator.method()).isEqualTo(CalculationMethod.AVERAGE);
            assertThat(indicator.target()).isEqualTo(Target.of(90));
            assertThat(indicator.quarters().q3()).isEqualTo(Value.of(10));
            assertThat(indicator.reported().percent()).contains(new BigDecimal("100"));
        }

        @Test
        void theMethodInBracketsAfterTheUnit() {
            String[] average = firstRow();
            average[4] = "সংখ্যা [গড়]";
            String[] cumulative = firstRow();
            cumulative[4] = "সংখ্যা (লক্ষ) [ক্রমপুঞ্জিভূত]";

            Indicator first = only(read(tsv(HEADER, average)));
            Indicator second = only(read(tsv(HEADER, cumulative)));

            assertThat(first.unit()).isEqualTo(Unit.number());
            assertThat(first.method()).isEqualTo(CalculationMethod.AVERAGE);
            assertThat(second.unit()).isEqualTo(Unit.of(UnitKind.NUMBER, "সংখ্যা (লক্ষ)"));
            assertThat(second.method()).isEqualTo(CalculationMethod.CUMULATIVE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"৩০-০৬-২০২৪", "30/06/2024", "৩০/০৬/২০২৪", "30-6-2024", "৩০ / ০৬ / ২০২৪"})
        void dateForms(String date) {
            String[] row = row("A", "১০", "[১.১] a", "[১.১.১] b", "তারিখ", "১০", date, "-", "-", date, "-", date, "");

            Indicator indicator = only(read(tsv(HEADER, row)));

            LocalDate june30 = LocalDate.of(2024, 6, 30);
            assertThat(indicator.unit()).isEqualTo(Unit.date());
            assertThat(indicator.method()).isEqualTo(CalculationMethod.DATE);
            assertThat(indicator.target()).isEqualTo(Target.by(june30));
            assertThat(indicator.quarters().q3()).isEqualTo(Value.of(june30));
            assertThat(indicator.reported().actual()).isEqualTo(Value.of(june30));
        }

        @Test
        void namesAreKeptAsWrittenAfterTheirCodes() {
            String[] row = firstRow();
            row[2] = "[১.১]   সভা আয়োজন (আওতাধীন দপ্তর/ সংস্থা)।";
            row[3] = "[১.১.১]সভা আয়োজিত";

            ActionPlan plan = read(tsv(HEADER, row));

            assertThat(plan.areas().getFirst().activities().getFirst().name())
                    .isEqualTo(BilingualText.bengali("সভা আয়োজন (আওতাধীন দপ্তর/ সংস্থা)।"));
            assertThat(only(plan).name()).isEqualTo(BilingualText.bengali("সভা আয়োজিত"));
        }
    }

    @Nested
    class Rows {

        @Test
        void theNumberingRowUnderTheHeaderIsSkipped() {
            String[] numbers = {"১", "২", "৩", "৪", "৫", "৬", "৭", "৮", "৯", "১০", "১১", "১২", "১৩"};
            assertThat(read(tsv(HEADER, numbers, firstRow()))).isEqualTo(read(tsv(HEADER, firstRow())));
        }

        @Test
        void continuationRowsStayInTheirAreaAndActivity() {
            String[] sameActivity = row("", "", "", "[১.১.২] দ্বিতীয় সূচক", "সংখ্যা", "২", "২", "১", "-", "-", "-", "",
                    "");
            String[] nextActivity = row("", "", "[১.২] আরেক কার্যক্রম", "[১.২.১] তৃতীয় সূচক", "সংখ্যা", "৩", "২", "", "",
                    "", "", "", "");
            String[] nextArea = row("সক্ষমতা অর্জন", "৭", "[২.১] প্রশিক্ষণ", "[২.১.১] প্রশিক্ষণ আয়োজিত", "সংখ্যা", "৭",
                    "২", "", "", "", "", "", "");

            ActionPlan plan = read(tsv(HEADER, firstRow(), sameActivity, nextActivity, nextArea));

            assertThat(plan.areas().collect(Area::code)).containsExactly(AreaCode.of(1), AreaCode.of(2));
            assertThat(plan.areas().getFirst().activities().collect(a -> a.indicators().size())).containsExactly(2, 1);
            assertThat(plan.areas().get(1).activities().getFirst().code()).isEqualTo(ActivityCode.of(2, 1));
            assertThat(plan.indicators().collect(Indicator::code)).containsExactly(IndicatorCode.of(1, 1, 1),
                    IndicatorCode.of(1, 1, 2), IndicatorCode.of(1, 2, 1), IndicatorCode.of(2, 1, 1));
        }

        @Test
        void areaCodesWhenWrittenElseAreasNumberedInOrder() {
            String[] coded = firstRow();
            coded[0] = "[৩] প্রাতিষ্ঠানিক";
            String[] uncoded = row("সক্ষমতা", "৭", "[২.১] a", "[২.১.১] b", "সংখ্যা", "৭", "২", "", "", "", "", "", "");

            ActionPlan plan = read(tsv(HEADER, coded, uncoded));

            assertThat(plan.areas().collect(Area::code)).containsExactly(AreaCode.of(3), AreaCode.of(2));
            assertThat(plan.areas().getFirst().name()).isEqualTo(BilingualText.bengali("প্রাতিষ্ঠানিক"));
        }

        @Test
        void anAreaOrActivityOnARowOfItsOwn() {
            String[] area = row("[১] প্রাতিষ্ঠানিক", "১০", "", "", "", "", "", "", "", "", "", "", "");
            String[] activity = row("", "", "[১.১] সভা আয়োজন", "", "", "", "", "", "", "", "", "", "");
            String[] indicator = row("", "", "", "[১.১.১] সভা আয়োজিত", "সংখ্যা", "১০", "৪", "", "", "", "", "", "");

            ActionPlan plan = read(tsv(HEADER, area, activity, indicator));

            assertThat(only(plan).code()).isEqualTo(IndicatorCode.of(1, 1, 1));
            assertThat(plan.areas().getFirst().activities().getFirst().code()).isEqualTo(ActivityCode.of(1, 1));
        }

        @Test
        void shortRowsAreBlankToTheRight() {
            String[] row = row("A", "১০", "[১.১] a", "[১.১.১] b", "সংখ্যা", "১০", "৪");
            assertThat(only(read(tsv(HEADER, row))).quarters()).isEqualTo(QuarterValues.NONE);
        }

        @Test
        void blankLinesAndTrailingSpacesAreIgnored() {
            String table = tsv(HEADER) + "\n  \n" + String.join("\t", firstRow()) + "   \n\n";
            assertThat(read(table)).isEqualTo(read(tsv(HEADER, firstRow())));
        }
    }

    @Nested
    class GradedLayout {

        private final String[] header = {"কৌশলগত উদ্দেশ্য", "কৌশলগত উদ্দেশ্যের মান", "কার্যক্রম", "কর্মসম্পাদন সূচক",
            "গণনা পদ্ধতি", "একক", "কর্মসম্পাদন সূচকের মান", "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান",
            "চলতি মানের নিম্নে", "১ম ত্রৈমাসিক অর্জন", "২য় ত্রৈমাসিক অর্জন", "৩য় ত্রৈমাসিক অর্জন", "৪র্থ ত্রৈমাসিক অর্জন",
            "অর্জিত মান"};
        private final String[] percents = GRADED_PERCENTS;
        private final String[] numbers = {"১", "২", "৩", "৪", "৫", "৬", "৭", "৮", "৯", "১০", "১১", "১২", "১৩", "১৪", "১৫",
            "১৬", "১৭"};
        private final String[] row = GRADED_ROW;

        private final TableReader apa = TableReader.of(Tables.OFFICE, PlanKind.APA, Quarter.Q3)
                .withFiscalYear(FiscalYear.of(2023));

        @Test
        void fiveGradedColumnsUnderTheirPercentAndNumberRows() {
            ActionPlan plan = Tables.readBack(apa, tsv(header, percents, numbers, row));

            Indicator indicator = only(plan);
            assertThat(plan.kind()).isEqualTo(PlanKind.APA);
            assertThat(indicator.target()).isEqualTo(Target.graded(new BigDecimal("2750"), new BigDecimal("2740"),
                    new BigDecimal("2730"), new BigDecimal("2720"), new BigDecimal("2710")));
            assertThat(indicator.method()).isEqualTo(CalculationMethod.SUM);
            assertThat(indicator.reported().score()).contains(new BigDecimal("2.04"));
        }

        @Test
        void theRowsUnderTheHeaderInEitherOrderOrNone() {
            ActionPlan plain = Tables.readBack(apa, tsv(header, row));

            assertThat(Tables.readBack(apa, tsv(header, numbers, percents, row))).isEqualTo(plain);
            assertThat(Tables.readBack(apa, tsv(header, percents, row))).isEqualTo(plain);
        }

        @Test
        void gradeHeadersMayCarryTheirPercentAndBeEnglish() {
            String[] withPercents = header.clone();
            withPercents[7] = "অসাধারণ (১০০%)";
            withPercents[8] = "অতি উত্তম ৯০%";
            withPercents[9] = "Good";
            withPercents[10] = "FAIR (70%)";
            withPercents[11] = "Poor";

            assertThat(Tables.readBack(apa, tsv(withPercents, row))).isEqualTo(Tables.readBack(apa, tsv(header, row)));
        }

        /** The row of a date indicator, completed in Q3, with these five graded columns. */
        private String[] dateRow(String... columns) {
            String[] dates = row.clone();
            dates[5] = "তারিখ";
            dates[4] = "তারিখ";
            System.arraycopy(columns, 0, dates, 7, 5);
            dates[12] = "-";
            dates[13] = "-";
            dates[14] = "১২-০১-২০২৪";
            dates[16] = "";
            return dates;
        }

        @Test
        void gradedDates() {
            String[] dates = dateRow("৩০-১২-২০২৩", "১০/০১/২০২৪", "15-01-2024", "২০-০১-২০২৪", "২৫-০১-২০২৪");

            Indicator indicator = only(Tables.readBack(apa, tsv(header, dates)));

            assertThat(indicator.target()).isEqualTo(Target.gradedDates(LocalDate.of(2023, 12, 30),
                    LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 20),
                    LocalDate.of(2024, 1, 25)));
            assertThat(indicator.quarters().q3()).isEqualTo(Value.of(LocalDate.of(2024, 1, 12)));
        }

        @Test
        void theLastGradedColumnsLeftBlankAreAShortTargetThatScoringReportsAsMissing() {
            String[] shorter = row.clone();
            shorter[10] = "-";
            shorter[11] = "";

            Indicator indicator = only(Tables.readBack(apa, tsv(header, shorter)));

            assertThat(indicator.target()).isEqualTo(Target.graded(new BigDecimal("2750"), new BigDecimal("2740"),
                    new BigDecimal("2730")));
            assertThat(indicator.target().isMissing()).as("TARGET_MISSING: fewer than five columns").isTrue();
        }

        /**
         * One value under the 100 % column alone is one target value, a single target in an APA plan too
         * (domain.md §3), and a deadline for a date, a range included; it was a graded target of one column
         * (TARGET_MISSING, the indicator unscored), and a range there was refused as a date it could not read.
         */
        @Test
        void oneValueUnderTheHundredPercentColumnAloneIsOneTarget() {
            String[] one = row.clone();
            for (int i = 8; i <= 11; i++) {
                one[i] = i % 2 == 0 ? "-" : "";
            }
            ReadResult read = apa.readWithNotes(tsv(header, one), "one.tsv");
            assertThat(only(read.plan()).target()).isEqualTo(Target.of(new BigDecimal("2750")));
            assertThat(read.notes().collect(TableNote::toString)).anySatisfy(note -> assertThat(note)
                    .contains("column 8: The target has one value, under the 100 % column alone: it is read as a"
                            + " single target"));
            assertThat(only(Tables.readBack(apa, tsv(header, one))).target()).isEqualTo(read.plan().indicators()
                    .getFirst().target());

            String[] range = dateRow("০১-১২-২০২৩ থেকে ৩১-১২-২০২৩", "-", "", "-", "");
            assertThat(only(Tables.readBack(apa, tsv(header, range))).target())
                    .isEqualTo(Target.between(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)));
        }

        /** Its quarterly targets, in columns of their own, go with it as with a target in the target column. */
        @Test
        void oneValueUnderTheHundredPercentColumnAloneKeepsItsQuarterlyTargets() {
            String[] one = row.clone();
            for (int i = 8; i <= 11; i++) {
                one[i] = "";
            }
            String[] withTargets = java.util.Arrays.copyOf(header, header.length + 4);
            String[] targets = java.util.Arrays.copyOf(one, one.length + 4);
            String[] ordinals = {"১ম", "২য়", "৩য়", "৪র্থ"};
            String[] values = {"৭০০", "৭০০", "৭০০", "৬৫০"};
            for (int q = 0; q < 4; q++) {
                withTargets[header.length + q] = ordinals[q] + " ত্রৈমাসিক লক্ষ্যমাত্রা";
                targets[one.length + q] = values[q];
            }
            // They were dropped: the target to date was a quarter of the annual target, not the quarters' sum.
            assertThat(only(Tables.readBack(apa, tsv(withTargets, targets))).target()).isEqualTo(Target.of(
                    new BigDecimal("2750"), new BigDecimal("700"), new BigDecimal("700"), new BigDecimal("700"),
                    new BigDecimal("650")));
        }

        @Test
        void noGradedTargetAtAll() {
            String[] none = row.clone();
            for (int i = 7; i <= 11; i++) {
                none[i] = "-";
            }
            assertThat(only(Tables.readBack(apa, tsv(header, none))).target()).isEqualTo(Target.NONE);
        }
    }

    @Nested
    class TwoRowHeaders {

        private final String[] top = {"কৌশলগত উদ্দেশ্য", "কৌশলগত উদ্দেশ্যের মান", "কার্যক্রম", "কর্মসম্পাদন সূচক",
            "গণনা পদ্ধতি", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা/নির্ণায়ক ২০২৩-২৪", "", "", "", "",
            "ত্রৈমাসিক অর্জন", "", "", "", "অর্জিত মান"};
        private final String[] bottom = {"", "", "", "", "", "", "", "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান",
            "চলতি মানের নিম্নে", "১ম", "২য়", "৩য়", "৪র্থ", ""};
        private final String[] oneRow = {"কৌশলগত উদ্দেশ্য", "কৌশলগত উদ্দেশ্যের মান", "কার্যক্রম", "কর্মসম্পাদন সূচক",
            "গণনা পদ্ধতি", "একক", "কর্মসম্পাদন সূচকের মান", "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান",
            "চলতি মানের নিম্নে", "১ম ত্রৈমাসিক অর্জন", "২য় ত্রৈমাসিক অর্জন", "৩য় ত্রৈমাসিক অর্জন", "৪র্থ ত্রৈমাসিক অর্জন",
            "অর্জিত মান"};
        private final String[] percents = GRADED_PERCENTS;
        private final String[] row = GRADED_ROW;

        private final TableReader apa = TableReader.of(Tables.OFFICE, PlanKind.APA, Quarter.Q3);

        @Test
        void groupHeadersOverGradesAndQuartersReadAsTheirOneRowForm() {
            ActionPlan expected = Tables.readBack(apa.withFiscalYear(FiscalYear.of(2023)), tsv(oneRow, row));

            assertThat(Tables.readBack(apa.withFiscalYear(FiscalYear.of(2023)), tsv(top, bottom, row))).isEqualTo(expected);
            assertThat(Tables.readBack(apa.withFiscalYear(FiscalYear.of(2023)), tsv(top, bottom, percents, row)))
                    .isEqualTo(expected);
        }

        /**
         * A grade named in both languages under the target's group ("লক্ষ্যমাত্রা/নির্ণায়ক ২০২৩-২৪" over "অসাধারণ
         * (Excellent)") is that grade: read whole with the group it was the annual target's header, and the table
         * was refused for a graded target without its 100 % column.
         */
        @Test
        void gradesInBothLanguagesUnderTheTargetsGroup() {
            String[] both = bottom.clone();
            String[] english = {"Excellent", "Very good", "Good", "Fair", "Poor"};
            for (int i = 0; i < english.length; i++) {
                both[7 + i] = bottom[7 + i] + " (" + english[i] + ")";
            }
            TableReader reader = apa.withFiscalYear(FiscalYear.of(2023));

            assertThat(Tables.readBack(reader, tsv(top, both, row)))
                    .isEqualTo(Tables.readBack(reader, tsv(oneRow, row)));
        }

        @Test
        void theGroupOverTheGradesGivesTheFiscalYear() {
            ActionPlan plan = Tables.readBack(apa, tsv(top, bottom, row));

            assertThat(plan.fiscalYear()).isEqualTo(FiscalYear.of(2023));
            assertThatThrownBy(() -> apa.withFiscalYear(FiscalYear.of(2022)).read(tsv(top, bottom, row), "apa.tsv"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("The fiscal year in the header (2023-24) is not the one given to the reader"
                            + " (2022-23)");
        }

        @Test
        void aGroupRepeatedOverEachColumnItSpans() {
            String[] repeated = top.clone();
            for (int column = 8; column <= 11; column++) {
                repeated[column] = top[7];
            }
            for (int column = 13; column <= 15; column++) {
                repeated[column] = top[12];
            }
            assertThat(Tables.readBack(apa, tsv(repeated, bottom, row))).isEqualTo(Tables.readBack(apa, tsv(top, bottom, row)));
        }

        @Test
        void headersWrappedOntoBothRowsAndAYearUnderTheTarget() {
            String[] wrappedTop = {"কার্যক্রমের", "মান", "কার্যক্রম", "কর্মসম্পাদন", "একক", "কর্মসম্পাদন", "লক্ষ্যমাত্রা",
                "প্রথম প্রান্তিক", "দ্বিতীয় প্রান্তিক", "তৃতীয় প্রান্তিক", "চতুর্থ প্রান্তিক", "প্রকৃত", "অর্জনের শতকরা"};
            String[] wrappedBottom = {"ক্ষেত্র", "", "", "সূচক", "", "সূচকের মান", "২০২৩-২৪", "অর্জন", "অর্জন", "অর্জন",
                "অর্জন", "অর্জন", "হার"};

            ActionPlan plan = Tables.readBack(Tables.READER, tsv(wrappedTop, wrappedBottom, Tables.firstRow()));

            assertThat(plan).isEqualTo(Tables.read(tsv(Tables.HEADER, Tables.firstRow())));
        }

        @Test
        void inMarkdownTheSecondHeaderRowIsTheFirstBodyRow() {
            String markdown = markdownRow(top) + "|" + "---|".repeat(top.length) + "\n" + markdownRow(bottom)
                    + markdownRow(row);

            assertThat(apa.withFormat(TableFormat.MARKDOWN).read(markdown, "apa.md"))
                    .isEqualTo(Tables.readBack(apa, tsv(top, bottom, row)));
        }

        private static String markdownRow(String[] cells) {
            return "| " + String.join(" | ", cells) + " |\n";
        }

        @Test
        void aGroupNotRecognisedOverTheQuartersKeepsTheirColumnsAndSaysSo() {
            String[] unknown = top.clone();
            unknown[12] = "মাসিক অর্জন";
            ReadResult result = apa.readWithNotes(tsv(unknown, bottom, row), "apa.tsv");
            assertThat(only(result.plan()).quarters()).isEqualTo(QuarterValues.NONE);
            assertThat(result.notes().collect(TableNote::toString)).contains("row 2, column 13: The header"
                    + " \"মাসিক অর্জন ১ম\" is not a column charter scores: its cells are kept as text on each indicator");
        }
    }

    @Nested
    class Formats {

        @Test
        void commaSeparatedWithQuotedCommasAndQuotes() {
            String csv = String.join(",", HEADER) + "\r\n"
                    + "\"প্রাতিষ্ঠানিক, সমন্বয়\",১০,\"[১.১] সভা, \"\"বিশেষ\"\" আয়োজন\",[১.১.১] সভা আয়োজিত,সংখ্যা,১০,৪,১,১,১,-,৩,৭৫%\r\n";

            ActionPlan plan = read(csv);

            assertThat(plan.areas().getFirst().name()).isEqualTo(BilingualText.bengali("প্রাতিষ্ঠানিক, সমন্বয়"));
            assertThat(plan.areas().getFirst().activities().getFirst().name())
                    .isEqualTo(BilingualText.bengali("সভা, \"বিশেষ\" আয়োজন"));
        }

        @Test
        void tabSeparatedWithACellSpanningLines() {
            String[] row = firstRow();
            row[2] = "\"[১.১] সভা\nআয়োজন\"";
            assertThat(read(tsv(HEADER, row)).areas().getFirst().activities().getFirst().name())
                    .isEqualTo(BilingualText.bengali("সভা\nআয়োজন"));
        }

        @Test
        void markdownWithLineBreaksAndEscapedPipes() {
            String markdown = "| " + String.join(" | ", header(0, "কার্যক্রমের<br>ক্ষেত্র")) + " |\n"
                    + "|---|:--|--:|:-:|---|---|---|---|---|---|---|---|---|\n"
                    + "| প্রাতিষ্ঠানিক<br/>কার্যক্রম | ১০ | [১.১] সভা \\| আয়োজন | [১.১.১] সভা আয়োজিত | সংখ্যা | ১০ | ৪ | ১ | ১"
                    + " | ১ | - | ৩ | ৭৫% |\n";

            ActionPlan plan = read(markdown);

            assertThat(plan.areas().getFirst().name()).isEqualTo(BilingualText.bengali("প্রাতিষ্ঠানিক\nকার্যক্রম"));
            assertThat(plan.areas().getFirst().activities().getFirst().name())
                    .isEqualTo(BilingualText.bengali("সভা | আয়োজন"));
            assertThat(only(plan).quarters().q3()).isEqualTo(Value.of(1));
        }

        @Test
        void theSameTableInEveryFormReadsTheSame() {
            ActionPlan tsv = read(tsv(HEADER, firstRow()));
            String csv = String.join(",", HEADER) + "\n" + String.join(",", firstRow()) + "\n";
            String markdown = "|" + String.join("|", HEADER) + "|\n|" + "---|".repeat(HEADER.length) + "\n|"
                    + String.join("|", firstRow()) + "|\n";

            assertThat(read(csv)).isEqualTo(tsv);
            assertThat(read(markdown)).isEqualTo(tsv);
            assertThat(Tables.READER.withFormat(TableFormat.TSV).read(tsv(HEADER, firstRow()), "t")).isEqualTo(tsv);
        }

        @Test
        void bytesInUtf8WithOrWithoutAByteOrderMarkAndUtf16WithOne() {
            String table = tsv(HEADER, firstRow());
            byte[] plain = table.getBytes(StandardCharsets.UTF_8);
            byte[] bom = ("\uFEFF" + table).getBytes(StandardCharsets.UTF_8);
            byte[] utf16 = ("\uFEFF" + table).getBytes(StandardCharsets.UTF_16LE);

            ActionPlan expected = read(table);
            assertThat(Tables.READER.read(new ByteArrayInputStream(plain), "t")).isEqualTo(expected);
            assertThat(Tables.READER.read(new ByteArrayInputStream(bom), "t")).isEqualTo(expected);
            assertThat(Tables.READER.read(new ByteArrayInputStream(utf16), "t")).isEqualTo(expected);
            assertThat(Tables.READER.read("\uFEFF" + table, "t")).isEqualTo(expected);
            assertThat(Tables.READER.read(new StringReader(table), "t")).isEqualTo(expected);
        }

        @Test
        void aFileIsNamedByItsPath(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("plan.tsv");
            Files.writeString(file, tsv(HEADER, firstRow()));
            assertThat(Tables.READER.read(file)).isEqualTo(read(tsv(HEADER, firstRow())));
        }
    }

    @Test
    void theCallersContextMakesThePlan() {
        ActionPlan plan = read(tsv(HEADER, firstRow()));

        assertThat(plan.office()).isEqualTo(Tables.OFFICE);
        assertThat(plan.kind()).isEqualTo(PlanKind.CITIZEN_CHARTER);
        assertThat(plan.asOf()).contains(Quarter.Q3);
        assertThat(plan.declaredTotal()).isEqualTo(Optional.empty());
        assertThat(Tables.READER.office()).isEqualTo(Tables.OFFICE);
        assertThat(Tables.READER.fiscalYear()).contains(FiscalYear.of(2023));
        assertThat(Tables.READER.format()).isEmpty();
    }
}
