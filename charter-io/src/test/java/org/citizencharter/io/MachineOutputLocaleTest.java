package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.DateText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.report.ProgressReport;
import org.citizencharter.io.table.TableFormat;
import org.citizencharter.io.table.TableWriter;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/**
 * What machines read (JSON, tables, the TSV and Markdown report, codes and years) is the same whatever the
 * JVM's default locale: under Arabic (Egypt) and Bengali (Bangladesh), whose default digits are not ASCII,
 * charter writes what it writes under the root locale, and reads its own output back.
 */
class MachineOutputLocaleTest {

    private static final List<Locale> LOCALES = List.of(new Locale("ar", "EG"), new Locale("bn", "BD"),
            new Locale("hi", "IN"), new Locale("th", "TH", "TH"));

    @Test
    void jsonTablesAndReportsDoNotDependOnTheDefaultLocale() {
        CharterJson json = CharterJson.standard();
        ActionPlan plan = SeedPlans.coxsBazar();
        Scorecard card = ScoringEngine.defaults().score(plan);
        Supplier<List<String>> outputs = () -> List.of(
                json.writePlan(plan),
                json.writeScorecard(card),
                TableWriter.of(TableFormat.TSV).withLanguage(Language.EN).write(plan),
                TableWriter.of(TableFormat.MARKDOWN).write(plan),
                ProgressReport.of(plan, card).toTsv(),
                FiscalYear.parse("2022-23").toString(),
                DateText.format(java.time.LocalDate.of(2023, 1, 12), Language.EN),
                InvalidInputException.of("Shown", "\u0007").getMessage());
        List<String> root = inLocale(Locale.ROOT, outputs);
        assertThat(root.get(5)).isEqualTo("2022-23");
        for (Locale locale : LOCALES) {
            List<String> there = inLocale(locale, outputs);
            for (int i = 0; i < root.size(); i++) {
                assertThat(there.get(i)).as("output %d under %s", i, locale).isEqualTo(root.get(i));
            }
            assertThat(inLocale(locale, () -> json.readPlan(json.writePlan(plan)))).as(locale.toString()).isEqualTo(plan);
        }
    }

    private static <T> T inLocale(Locale locale, Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(locale);
            return work.get();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
