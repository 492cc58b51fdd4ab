package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.Language;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The writer writes the office's columns, and the reader reads them back: table → plan → table. */
class TableWriterTest {

    private final ActionPlan coxsBazar = SeedPlans.coxsBazar();

    private static String seedText() throws IOException {
        try (InputStream in = SeedTablesTest.seed(SeedTablesTest.COXS_BAZAR)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedTableRoundTripsCellByCell() throws IOException {
        String original = seedText();
        ActionPlan read = SeedTablesTest.COXS_BAZAR_READER.read(original, "seed");
        String written = TableWriter.of(TableFormat.TSV).write(read);

        assertThat(SeedTablesTest.COXS_BAZAR_READER.read(written, "written")).isEqualTo(read);
        String[] originalLines = original.split("\n");
        String[] writtenLines = written.split("\n");
        // The numbering row (line 2) is left out; each data row keeps every cell's value, with codes and
        // Bengali digits written canonically ("০৩" is written "৩", the area gets its code "[১]").
        assertThat(writtenLines).hasSize(originalLines.length - 1);
        assertThat(writtenLines[1]).startsWith("[১] প্রাতিষ্ঠানিক\t১৮\t[১.১] ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি"
                + " সংক্রান্ত পরিবীক্ষণ কমিটি পুনর্গঠন\t[১.১.১] কমিটি পুনর্গঠিত\tসংখ্যা\t৩\t৪\t১\t১\t১\t-\t৩\t১০০%");
        assertThat(writtenLines[2]).isEqualTo("\t\t" + originalLines[3].substring(2) + "\t\t\t");
    }

    @Test
    void writingIsAFixedPoint() {
        for (TableFormat format : TableFormat.values()) {
            for (Language language : Language.values()) {
                TableWriter writer = TableWriter.of(format).withLanguage(language);
                String once = writer.write(coxsBazar);
                ActionPlan back = SeedTablesTest.COXS_BAZAR_READER.read(once, format + " " + language);

                assertThat(back).as("%s %s", format, language).isEqualTo(coxsBazar);
                assertThat(writer.write(back)).isEqualTo(once);
            }
        }
    }

    @Test
    void headersCarryTheFiscalYearAndTheGovernmentsOrder() {
        String header = TableWriter.of(TableFormat.TSV).write(coxsBazar).lines().findFirst().orElseThrow();
        String english = TableWriter.of(TableFormat.CSV).withLanguage(Language.EN).write(coxsBazar).lines()
                .findFirst().orElseThrow();

        assertThat(header).isEqualTo(String.join("\t", "কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক",
                "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩", "১ম ত্রৈমাসিক অর্জন", "২য় ত্রৈমাসিক অর্জন",
                "৩য় ত্রৈমাসিক অর্জন", "৪র্থ ত্রৈমাসিক অর্জন", "প্রকৃত অর্জন", "অর্জনের শতকরা হার", "অর্জিত মান", "প্রমাণক",
                "মন্তব্য"));
        assertThat(english).isEqualTo("Area,Area weight,Activity,Indicator,Unit,Indicator weight,"
                + "Annual target 2022-23,Q1,Q2,Q3,Q4,Actual,Percent achieved,Score,Evidence,Remarks");
    }

    @Test
    void theMethodIsWrittenInBracketsOnlyWhenItIsNotTheUnitsDefault() {
        ActionPlan plan = coxsBazar.mapIndicators(indicator -> indicator.code().equals(IndicatorCode.of(1, 1, 1))
                ? indicator.withMethod(CalculationMethod.CUMULATIVE) : indicator);

        String table = TableWriter.of(TableFormat.TSV).write(plan);

        assertThat(table).contains("\tসংখ্যা [ক্রমপুঞ্জিভূত]\t").contains("\t%\t");
        assertThat(TableWriter.of(TableFormat.TSV).withLanguage(Language.EN).write(plan)).contains("\tসংখ্যা [Cumulative]\t");
        assertThat(SeedTablesTest.COXS_BAZAR_READER.read(table, "t")).isEqualTo(plan);
    }

    @Test
    void aLabelThatWouldNameAMethodIsWrittenWithTheMethodInBrackets() {
        // "ক্রমপুঞ্জিভূত সংখ্যা" and "সংখ্যা (গড়)" name a method when read; summed, they must say so to read back.
        for (String label : new String[] {"ক্রমপুঞ্জিভূত সংখ্যা", "সংখ্যা (গড়)", "Cumulative count"}) {
            ActionPlan plan = coxsBazar.mapIndicators(indicator -> indicator.code().equals(IndicatorCode.of(1, 1, 1))
                    ? indicator.toBuilder().unit(Unit.of(UnitKind.NUMBER, label)).method(CalculationMethod.SUM).build()
                    : indicator);
            String table = TableWriter.of(TableFormat.TSV).write(plan);
            assertThat(table).contains("\t" + label + " [সমষ্টি]\t");
            assertThat(SeedTablesTest.COXS_BAZAR_READER.read(table, "t")).isEqualTo(plan);
        }
    }

    @Test
    void cellsThatNeedQuotingAreQuotedAndReadBack() {
        ActionPlan plan = coxsBazar.mapIndicators(indicator -> indicator.withReported(indicator.reported()
                .withEvidence("কার্যবিবরণী, \"সভা\"\tনং ৩")
                .withRemarks("প্রথম লাইন\nদ্বিতীয় | লাইন")));

        for (TableFormat format : TableFormat.values()) {
            String table = TableWriter.of(format).write(plan);
            assertThat(SeedTablesTest.COXS_BAZAR_READER.read(table, format.name())).as(format.name()).isEqualTo(plan);
        }
        assertThat(TableWriter.of(TableFormat.MARKDOWN).write(plan)).contains("প্রথম লাইন<br>দ্বিতীয় \\| লাইন");
    }

    @Test
    void anUnlabelledUnitIsWrittenWithItsKindsLabel() {
        ActionPlan plan = coxsBazar.mapIndicators(indicator -> indicator.toBuilder()
                .unit(Unit.of(UnitKind.NUMBER, "")).build());

        ActionPlan back = SeedTablesTest.COXS_BAZAR_READER.read(TableWriter.of(TableFormat.TSV).write(plan), "t");

        assertThat(back.indicators().collect(indicator -> indicator.unit())).containsOnly(Unit.number());
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void quarterlyTargetsAndMixedTargetsAreWrittenAndLowerIsBetterRefused(TableFormat format) {
        ActionPlan quarterly = coxsBazar.mapIndicators(indicator -> indicator.withTarget(Target.of(BigDecimal.TEN,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(7))));
        ActionPlan lower = coxsBazar.mapIndicators(indicator -> indicator.toBuilder().polarity(Polarity.LOWER).build());
        ActionPlan mixed = coxsBazar.mapIndicators(indicator -> indicator.code().equals(IndicatorCode.of(1, 1, 1))
                ? indicator.withTarget(Target.graded(BigDecimal.TEN, BigDecimal.valueOf(9), BigDecimal.valueOf(8),
                        BigDecimal.valueOf(7), BigDecimal.valueOf(6)))
                : indicator);
        TableWriter writer = TableWriter.of(format);

        TableReader reader = SeedTablesTest.COXS_BAZAR_READER;
        assertThat(reader.read(writer.write(quarterly), "quarterly")).isEqualTo(quarterly);
        assertThat(reader.read(writer.write(mixed), "mixed")).isEqualTo(mixed);
        assertThatThrownBy(() -> writer.write(lower)).isInstanceOf(CharterException.class)
                .hasMessageContaining("Indicator 1.1.1 is lower-is-better");
        assertThat(writer.format()).isEqualTo(format);
        assertThat(writer.language()).isEqualTo(Language.BN);
    }
}
