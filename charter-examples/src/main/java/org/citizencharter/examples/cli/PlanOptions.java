package org.citizencharter.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.citizencharter.io.table.ReadResult;
import org.citizencharter.io.table.TableNote;
import org.citizencharter.io.table.TableReader;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.citizencharter.office.OfficeFileReader;
import org.citizencharter.office.OfficeFormat;
import org.citizencharter.office.OfficeTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How a command reads one plan: a JSON plan document, or an office's table with the context it lacks. */
final class PlanOptions {

    @Option(names = "--fiscal-year", paramLabel = "YEAR",
            description = "The fiscal year, such as 2022-23. Tables may say it in a header or the text around them;"
                    + " JSON plans say it.")
    String fiscalYear;

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "The quarter the report is made as of: Q1..Q4. Needed unless a JSON plan says it, or a"
                    + " table's headers or the text around it name it (\"৩য় ত্রৈমাসিক\", \"জানুয়ারী-মার্চ\").")
    String asOf;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "The kind of plan a table holds: CITIZEN_CHARTER, GRS, NIS, RTI, EGOV, APA, OTHER"
                    + " (default: the kind the text around the table names, as"
                    + " \"জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা\", else CITIZEN_CHARTER)."
                    + " A JSON plan says its kind: given, it must agree.")
    String kind;

    @Option(names = "--office", paramLabel = "ID",
            description = "The id of the office whose table it is (default: the file's name, and the office's name"
                    + " as the text around the table gives it). A JSON plan says its office: given, it must agree.")
    String office;

    @Option(names = "--office-name", paramLabel = "NAME",
            description = "The name of the office whose table it is, in Bengali, in English, or both (repeat the"
                    + " option; each is told by its script). Default: the name the text around the table gives,"
                    + " else the office's id.")
    List<String> officeNames = new ArrayList<>();

    @Option(names = "--office-level", paramLabel = "LEVEL",
            description = "The level of the office whose table it is: MINISTRY, DIVISION, DEPARTMENT, DIVISIONAL,"
                    + " DISTRICT, UPAZILA, OTHER (default: what the office's name in the text around the table tells,"
                    + " as \"জেলা …\" DISTRICT, \"উপজেলা …\" UPAZILA, without --office-name; else OTHER).")
    String officeLevel;


    @Option(names = "--quiet", description = "Do not print the notes that say how a table was read.")
    boolean quiet;

    /** The notes of the last table read; empty for a JSON plan. */
    private ImmutableList<TableNote> notes = Lists.immutable.empty();

    @Option(names = "--sheet", paramLabel = "NAME|N",
            description = "The sheet of an Excel workbook to read, by name or number (default: the first).")
    String sheet;

    @Option(names = "--table", paramLabel = "N",
            description = "The table of a Word document, web page or PDF to read (default: every table, when they"
                    + " are of one width; else the one whose header names a plan's columns, and the tables of its"
                    + " width after it).")
    Integer table;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Reads a plan and the period to score it as of.
     *
     * @param input the plan: JSON, or a table (TSV, CSV, Markdown, Excel, Word, a web page, PDF); a file or
     *     standard input, read once
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
        checkChoices(Optional.empty());
        ActionPlan plan;
        try {
            plan = CharterJson.standard().readPlan(input.stream(), input.name());
        } catch (InvalidInputException error) {
            // Another plan after the first (JSON Lines), or an array of plans: the library's hint names its API,
            // the command's own.
            if (error.problem().equals("Something follows the plan document")) {
                throw error.withHint("Score many plans with charter batch, or remove what follows");
            }
            throw error.problem().equals("A plan document is a JSON object, not an array")
                    ? error.withHint("Score an array of plans with charter batch") : error;
        }
        if (fiscalYear != null && !year().equals(plan.fiscalYear())) {
            throw InvalidInputException.of("The plan is for the fiscal year " + plan.fiscalYear()
                    + ", not the one given with --fiscal-year", fiscalYear).withSource(input.name());
        }
        // An option the plan already answers otherwise would do nothing: say so rather than ignore it.
        if (kind != null && planKind() != plan.kind()) {
            throw disagrees(input, "/kind", "--kind", kind, plan.kind().name());
        }
        if (office != null && !office.equals(plan.office().id().toString())) {
            throw disagrees(input, "/office/id", "--office", office, plan.office().id().toString());
        }
        if (officeLevel != null && level() != plan.office().level()) {
            throw disagrees(input, "/office/level", "--office-level", officeLevel, plan.office().level().name());
        }
        if (!officeNames.isEmpty() && !name(plan.office().id().toString()).equals(plan.office().name())) {
            throw disagrees(input, "/office/name", "--office-name", String.join(" / ", officeNames),
                    plan.office().name().bn() + " / " + plan.office().name().en());
        }
        return plan;
    }

    private ActionPlan readTable(Input input) {
        TableReader reader = TableReader.of(office(input), planKind());
        if (asOf != null) {
            reader = reader.withAsOf(quarter());
        }
        if (officeNames.isEmpty()) {
            // The id given or the file's, the name as the text around the table gives it (domain.md §5: what the
            // user does not give is taken from there).
            reader = reader.withOfficeNameFromText();
        }
        if (kind == null) {
            reader = reader.withKindFromText();
        }
        if (fiscalYear != null) {
            reader = reader.withFiscalYear(year());
        }
        Optional<OfficeFormat> format = OfficeFormat.detect(input.head(OfficeFormat.HEAD_LENGTH));
        checkChoices(format);
        ReadResult result;
        if (format.isPresent()) {
            OfficeTable read = officeReader().read(input.stream(), input.name());
            ReadResult table;
            try {
                table = reader.read(read.grid());
            } catch (InvalidInputException unreadable) {
                throw onPage(unreadable, read);
            }
            MutableList<TableNote> all = Lists.mutable.empty();
            read.notes().forEach(note -> all.add(TableNote.of(TableNote.Kind.TEXT, 0, 0, note)));
            all.addAll(table.notes().castToList());
            result = new ReadResult(table.plan(), all.toImmutable());
        } else {
            result = reader.readWithNotes(input.stream(), input.name());
        }
        notes = result.notes();
        return result.plan();
    }

    /**
     * An error about a line of a table read from a PDF over several pages, with the page the line is on: the
     * line numbers count the rows of all the pages together, which no one can find in the PDF. About something
     * missing on the first line of a page (a blank unit: no text quoted), or about any cell of the last line of a
     * page (a date or number whose rest went to the next page), the hint (unless the error has one) says what a
     * page break that cut a row in two does.
     */
    private static InvalidInputException onPage(InvalidInputException error, OfficeTable read) {
        long line = error.line().orElse(0);
        OptionalInt page = read.pageOf(line);
        if (page.isEmpty() || read.linePages().distinct().size() < 2) {
            return error;
        }
        InvalidInputException located = error.withContext("On page " + page.getAsInt() + " of the PDF");
        boolean firstOnPage = read.pageOf(line - 1).orElse(page.getAsInt()) != page.getAsInt();
        boolean lastOnPage = read.pageOf(line + 1).orElse(page.getAsInt()) != page.getAsInt();
        if (error.hint().isPresent() || !lastOnPage && (!firstOnPage || error.text().isPresent())) {
            return located;
        }
        if (lastOnPage) {
            return located.withHint("The page break after this row cut it in two, the rest of its cells at"
                    + " the top of page " + (page.getAsInt() + 1) + ": read the Word or Excel file the PDF was made"
                    + " from, or a tagged PDF of it (charter joins the two parts where the PDF's tags say they are one"
                    + " row)");
        }
        return located.withHint("The page break cut the row above it in two: read the Word or Excel file the PDF"
                + " was made from, or a tagged PDF of it (charter joins the two parts where the PDF's tags say they"
                + " are one row)");
    }

    /**
     * The notes that say how the last table was read.
     *
     * @return the notes; empty after a JSON plan
     */
    ImmutableList<TableNote> notes() {
        return notes;
    }

    /**
     * Prints the notes of the last table read on standard error, one a line after the file's name, unless
     * {@code --quiet} is given.
     *
     * @param file the name of the input read, {@code -} for standard input
     * @param err standard error
     * @param language the language the notes are written in
     */
    void printNotes(String file, java.io.PrintWriter err, org.citizencharter.core.Language language) {
        if (quiet) {
            return;
        }
        for (TableNote note : notes) {
            err.println(Terminal.printable(Messages.source(language, file) + ": " + Messages.note(language, note)));
        }
        err.flush();
    }

    /**
     * Refuses {@code --sheet} for anything but an Excel workbook, and {@code --table} for anything but a Word
     * document, a web page or a PDF: elsewhere they would choose nothing, and be ignored without a word.
     */
    private void checkChoices(Optional<OfficeFormat> format) {
        boolean workbook = format.filter(f -> f == OfficeFormat.XLSX || f == OfficeFormat.XLS).isPresent();
        if (sheet != null && !workbook) {
            throw new UsageException(InvalidInputException.of("A sheet is chosen only in an Excel workbook, and the"
                    + " input is not one", sheet).withContext("In --sheet").withHint("Leave out --sheet"));
        }
        if (table != null && (workbook || format.isEmpty())) {
            throw new UsageException(InvalidInputException.of("A table is chosen only in a Word document, a web page"
                    + " or a PDF, and the input is none of them", String.valueOf(table)).withContext("In --table")
                    .withHint(workbook ? "Choose the workbook's sheet with --sheet" : "Leave out --table"));
        }
    }

    private OfficeFileReader officeReader() {
        OfficeFileReader reader = OfficeFileReader.standard();
        if (sheet != null) {
            reader = reader.withSheet(sheet);
        }
        if (table != null) {
            if (table < 1) {
                throw InvalidInputException.of("Tables are numbered from 1", String.valueOf(table))
                        .withContext("In --table");
            }
            reader = reader.withTable(table);
        }
        return reader;
    }

    private static InvalidInputException disagrees(Input input, String pointer, String option, String given,
            String says) {
        return InvalidInputException.of("The plan says " + says + "; " + option + " says otherwise", given)
                .withSource(input.name()).withPointer(pointer)
                .withHint("Leave out " + option + ": it is for tables, which do not say it");
    }

    private Office office(Input input) {
        String id = office != null ? office : input.path().map(PlanOptions::stem).orElse(null);
        if (id == null) {
            throw new UsageException("A table read from standard input has no file name to take its office from."
                    + " Maybe give --office ID.");
        }
        OfficeId officeId;
        try {
            officeId = OfficeId.of(id);
        } catch (InvalidInputException bad) {
            throw usage(bad, "--office");
        }
        return Office.of(officeId, name(id), officeLevel == null ? OfficeLevel.OTHER : level());
    }

    /** The office's name from --office-name: Bengali and English told by their script; the id if none is given. */
    private BilingualText name(String id) {
        if (officeNames.isEmpty()) {
            return BilingualText.of(id, id);
        }
        String bn = "";
        String en = "";
        for (String name : officeNames) {
            if (name.isBlank()) {
                throw InvalidInputException.of("The office's name is blank").withContext("In --office-name");
            }
            if (name.codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.BENGALI)) {
                bn = name.strip();
            } else {
                en = name.strip();
            }
        }
        return BilingualText.of(bn, en);
    }

    private OfficeLevel level() {
        for (OfficeLevel level : OfficeLevel.values()) {
            if (level.name().equalsIgnoreCase(officeLevel.strip())) {
                return level;
            }
        }
        throw InvalidInputException.of("The office level is not one of MINISTRY, DIVISION, DEPARTMENT, DIVISIONAL,"
                + " DISTRICT, UPAZILA, OTHER", officeLevel).withContext("In --office-level");
    }

    /** A wrong option value is a usage error, with the reader's words for what is wrong with it. */
    private static UsageException usage(InvalidInputException bad, String option) {
        return new UsageException(bad.withContext("In " + option));
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
        if (kind == null) {
            return PlanKind.CITIZEN_CHARTER;
        }
        try {
            return PlanKind.parse(kind);
        } catch (InvalidInputException bad) {
            throw usage(bad, "--kind");
        }
    }
}
