package org.citizencharter.examples.cli;

import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.table.TableReader;
import picocli.CommandLine.Option;

/** How a command reads one plan: a JSON plan document, or an office's table with the context it lacks. */
final class PlanOptions {

    @Option(names = "--fiscal-year", paramLabel = "YEAR",
            description = "The fiscal year, such as 2022-23. Tables may say it in a header; JSON plans say it.")
    String fiscalYear;

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "The quarter the report is made as of: Q1..Q4. Required unless a JSON plan says it.")
    String asOf;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "CITIZEN_CHARTER",
            description = "The kind of plan a table holds: CITIZEN_CHARTER, GRS, NIS, RTI, EGOV, APA, OTHER"
                    + " (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--office", paramLabel = "ID",
            description = "The id of the office whose table it is (default: the file's name).")
    String office;

    /**
     * Reads a plan and the period to score it as of.
     *
     * @param input the plan: JSON, or a table (TSV, CSV, Markdown); a file or standard input, read once
     * @return the plan, as of the period to score
     */
    ActionPlan read(Input input) {
        ActionPlan plan = input.isJson() ? readJson(input) : readTable(input);
        if (asOf != null) {
            plan = plan.withAsOf(quarter());
        }
        if (plan.asOf().isEmpty()) {
            throw InvalidInputException.of("The plan does not say which quarter it reports as of").withSource(input.name())
                    .withHint("Give --as-of Q1, Q2, Q3 or Q4");
        }
        return plan;
    }

    /**
     * The period to score a plan as of.
     *
     * @param plan the plan read by {@link #read(Input)}
     * @return the period
     */
    static ReportingPeriod period(ActionPlan plan) {
        return plan.period().orElseThrow();
    }

    private ActionPlan readJson(Input input) {
        ActionPlan plan = CharterJson.standard().readPlan(input.stream(), input.name());
        if (fiscalYear != null && !year().equals(plan.fiscalYear())) {
            throw InvalidInputException.of("The plan is for the fiscal year " + plan.fiscalYear()
                    + ", not the one given with --fiscal-year", fiscalYear).withSource(input.name());
        }
        return plan;
    }

    private ActionPlan readTable(Input input) {
        if (asOf == null) {
            throw new UsageException(input.name() + ": a table does not say which quarter it reports as of."
                    + " Maybe give --as-of Q1, Q2, Q3 or Q4.");
        }
        TableReader reader = TableReader.of(office(input), planKind(), quarter());
        if (fiscalYear != null) {
            reader = reader.withFiscalYear(year());
        }
        return reader.read(input.stream(), input.name());
    }

    private Office office(Input input) {
        String id = office != null ? office : input.path().map(PlanOptions::stem).orElse(null);
        if (id == null) {
            throw new UsageException("A table read from standard input has no file name to take its office from."
                    + " Maybe give --office ID.");
        }
        try {
            return Office.of(OfficeId.of(id), BilingualText.of(id, id), OfficeLevel.OTHER);
        } catch (InvalidInputException bad) {
            throw usage(bad, "--office");
        }
    }

    /** A wrong option value is a usage error, with the reader's words for what is wrong with it. */
    private static UsageException usage(InvalidInputException bad, String option) {
        return new UsageException(bad.withContext("In " + option).getMessage());
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private FiscalYear year() {
        try {
            return FiscalYear.parse(fiscalYear);
        } catch (InvalidInputException bad) {
            throw usage(bad, "--fiscal-year");
        }
    }

    private Quarter quarter() {
        try {
            return Quarter.parse(asOf);
        } catch (InvalidInputException bad) {
            throw usage(bad, "--as-of");
        }
    }

    private PlanKind planKind() {
        try {
            return PlanKind.parse(kind);
        } catch (InvalidInputException bad) {
            throw usage(bad, "--kind");
        }
    }
}
