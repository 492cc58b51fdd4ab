package org.citizencharter.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import picocli.CommandLine.Option;

/** How a command reads one plan: a JSON plan document, or an office's table with the context it lacks. */
final class PlanOptions {

    @Option(names = "--fiscal-year", paramLabel = "YEAR",
            description = "The fiscal year, such as 2022-23. Tables may say it in a header; JSON plans say it.")
    String fiscalYear;

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "The quarter the report is made as of: Q1..Q4. Required unless a JSON plan says it.")
    String asOf;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "The kind of plan a table holds: CITIZEN_CHARTER, GRS, NIS, RTI, EGOV, APA, OTHER"
                    + " (default: CITIZEN_CHARTER). A JSON plan says its kind: given, it must agree.")
    String kind;

    @Option(names = "--office", paramLabel = "ID",
            description = "The id of the office whose table it is (default: the file's name). A JSON plan says its"
                    + " office: given, it must agree.")
    String office;

    @Option(names = "--office-name", paramLabel = "NAME",
            description = "The name of the office whose table it is, in Bengali, in English, or both (repeat the"
                    + " option; each is told by its script). Default: the office's id.")
    List<String> officeNames = new ArrayList<>();

    @Option(names = "--office-level", paramLabel = "LEVEL",
            description = "The level of the office whose table it is: MINISTRY, DIVISION, DEPARTMENT, DIVISIONAL,"
                    + " DISTRICT, UPAZILA, OTHER (default: OTHER).")
    String officeLevel;

    private List<String> notes = List.of();

    /**
     * Reads a plan and the period to score it as of.
     *
     * @param file the plan: JSON, or a table (TSV, CSV, Markdown)
     * @return the plan, as of the period to score
     */
    ActionPlan read(Path file) {
        ActionPlan plan = isJson(file) ? readJson(file) : readTable(file);
        if (asOf != null) {
            plan = plan.withAsOf(quarter());
        }
        if (plan.asOf().isEmpty()) {
            throw InvalidInputException.of("The plan does not say which quarter it reports as of").withSource(file.toString())
                    .withHint("Give --as-of Q1, Q2, Q3 or Q4");
        }
        return plan;
    }

    /**
     * The period to score a plan as of.
     *
     * @param plan the plan read by {@link #read(Path)}
     * @return the period
     */
    static ReportingPeriod period(ActionPlan plan) {
        return plan.period().orElseThrow();
    }

    private ActionPlan readJson(Path file) {
        ActionPlan plan;
        try (InputStream in = Files.newInputStream(file)) {
            plan = CharterJson.standard().readPlan(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fiscalYear != null && !year().equals(plan.fiscalYear())) {
            throw InvalidInputException.of("The plan is for the fiscal year " + plan.fiscalYear()
                    + ", not the one given with --fiscal-year", fiscalYear).withSource(file.toString());
        }
        // An option the plan already answers otherwise would do nothing: say so rather than ignore it.
        if (kind != null && planKind() != plan.kind()) {
            throw disagrees(file, "/kind", "--kind", kind, plan.kind().name());
        }
        if (office != null && !office.equals(plan.office().id().toString())) {
            throw disagrees(file, "/office/id", "--office", office, plan.office().id().toString());
        }
        if (officeLevel != null && level() != plan.office().level()) {
            throw disagrees(file, "/office/level", "--office-level", officeLevel, plan.office().level().name());
        }
        if (!officeNames.isEmpty() && !name(plan.office().id().toString()).equals(plan.office().name())) {
            throw disagrees(file, "/office/name", "--office-name", String.join(" / ", officeNames),
                    plan.office().name().bn() + " / " + plan.office().name().en());
        }
        return plan;
    }

    private ActionPlan readTable(Path file) {
        if (asOf == null) {
            throw InvalidInputException.of("A table does not say which quarter it reports as of")
                    .withSource(file.toString()).withHint("Give --as-of Q1, Q2, Q3 or Q4");
        }
        TableReader reader = TableReader.of(office(file), planKind(), quarter());
        if (fiscalYear != null) {
            reader = reader.withFiscalYear(year());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return reader.read(file);   // the reader decodes UTF-16 with a byte order mark, or says what it saw
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadResult result = reader.read(reader.grid(text.startsWith("\uFEFF") ? text.substring(1) : text,
                file.toString()));
        notes = result.notes().collect(TableNote::toString).castToList();
        return result.plan();
    }

    /**
     * The notes of reading the table, in order: empty for a JSON plan.
     *
     * @return the notes, after {@link #read(Path)}
     */
    List<String> notes() {
        return notes;
    }

    private static InvalidInputException disagrees(Path file, String pointer, String option, String given,
            String says) {
        return InvalidInputException.of("The plan says " + says + "; " + option + " says otherwise", given)
                .withSource(file.toString()).withPointer(pointer)
                .withHint("Leave out " + option + ": it is for tables, which do not say it");
    }

    private Office office(Path file) {
        String id = office != null ? office : stem(file);
        OfficeId officeId;
        try {
            officeId = OfficeId.of(id);
        } catch (InvalidInputException bad) {
            throw bad.withContext("In --office");
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

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private FiscalYear year() {
        try {
            return FiscalYear.parse(fiscalYear);
        } catch (InvalidInputException bad) {
            throw bad.withContext("In --fiscal-year");
        }
    }

    private Quarter quarter() {
        try {
            return Quarter.parse(asOf);
        } catch (InvalidInputException bad) {
            throw bad.withContext("In --as-of");
        }
    }

    private PlanKind planKind() {
        if (kind == null) {
            return PlanKind.CITIZEN_CHARTER;
        }
        try {
            return PlanKind.parse(kind);
        } catch (InvalidInputException bad) {
            throw bad.withContext("In --kind");
        }
    }

    /** JSON by its name, or by its first character: a table never begins with { or [. */
    static boolean isJson(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            return text.startsWith("{") || text.startsWith("[");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
