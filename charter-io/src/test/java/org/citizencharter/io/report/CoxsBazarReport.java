package org.citizencharter.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Language;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.rules.ScoringEngine;

/**
 * The Cox's Bazar seed report, read from its table, scored and written: what the tests check and what
 * {@code scripts/render-report.sh} renders in a browser. Run with a folder to write
 * {@code coxsbazar-cc-2022-23-q3.html} (Bengali), {@code -en.html}, {@code .tsv} and {@code .md} into it.
 */
public final class CoxsBazarReport {

    static final String SEED = "/org/citizencharter/io/table/coxsbazar-cc-2022-23-q3.tsv";

    private CoxsBazarReport() {
    }

    /**
     * The seed plan, read from its table.
     *
     * @return the plan, as of Q3 2022-23
     */
    static ActionPlan plan() {
        try (InputStream in = CoxsBazarReport.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + SEED);
            }
            return TableReader.of(SeedPlans.COXS_BAZAR_OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                    .withFiscalYear(FiscalYear.parse("2022-23")).read(in, "coxsbazar-cc-2022-23-q3.tsv");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * The seed's progress report, scored by the default engine.
     *
     * @return the report
     */
    static ProgressReport report() {
        ActionPlan plan = plan();
        return ProgressReport.of(plan, ScoringEngine.defaults().score(plan, plan.period().orElseThrow()));
    }

    /**
     * Writes the report into a folder.
     *
     * @param args the folder
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "out");
        Files.createDirectories(folder);
        ProgressReport report = report();
        Files.writeString(folder.resolve("coxsbazar-cc-2022-23-q3.html"), report.toHtml(Language.BN));
        Files.writeString(folder.resolve("coxsbazar-cc-2022-23-q3-en.html"), report.toHtml(Language.EN));
        Files.writeString(folder.resolve("coxsbazar-cc-2022-23-q3.tsv"), report.toTsv());
        Files.writeString(folder.resolve("coxsbazar-cc-2022-23-q3.md"), report.toMarkdown());
        System.out.println("Wrote the Cox's Bazar report into " + folder.toAbsolutePath());
    }
}
