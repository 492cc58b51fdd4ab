package org.citizencharter.io.table;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.internal.table.Bijoy;
import org.citizencharter.io.internal.table.DocumentContext;
import org.citizencharter.io.internal.table.HeaderMatcher;
import org.citizencharter.io.internal.table.Layout;
import org.citizencharter.io.internal.table.LostLetters;
import org.citizencharter.io.internal.table.Notes;
import org.citizencharter.io.internal.table.PlanAssembler;
import org.citizencharter.io.internal.table.RawTable;
import org.citizencharter.io.internal.table.TableText;
import org.citizencharter.io.internal.table.TextTables;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Reads a plan and its progress report from a table as an office writes it (domain.md §5;
 * {@code docs/table-format.md} lists what it reads).
 *
 * <p>The table may be tab-separated, comma-separated or a Markdown pipe table, told apart by
 * {@link TableFormat#detect(String) its content} unless {@linkplain #withFormat(TableFormat) given};
 * bytes are UTF-8, with or without a byte-order mark. Columns are found by their headers, in Bengali or
 * English. What the table does not say comes from the caller: the office, the kind of plan, the quarter
 * the report is made as of and the fiscal year, else from the table's headers ("লক্ষ্যমাত্রা ২০২৩-২৪") or
 * the text around it ("ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪"; the office's name and the kind of plan where the
 * caller asks, {@link #withOfficeNameFromText()}, {@link #withKindFromText()}), noted; a header that names
 * another year than the caller's is an error.
 *
 * <pre>{@code
 * ActionPlan plan = TableReader.of(office, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
 *         .withFiscalYear(FiscalYear.parse("2022-23"))
 *         .read(Path.of("coxsbazar-cc-2022-23-q3.tsv"));
 * }</pre>
 *
 * <p>Columns are recognised by meaning against a vocabulary kept as data (headers typed in an old Bijoy
 * font too); a column charter does not read is kept as text on each indicator and named in the notes
 * ({@link #readWithNotes(String, String)}), and only a table without its essential columns (the indicator,
 * and a target or achievements) is refused, naming the headers found and the columns missing. Nothing is
 * guessed or dropped: a cell that cannot be read is an {@link InvalidInputException} that names the
 * source, the line, the column's header and the text, and what is assumed is assumed only where domain.md
 * §5 allows it, and noted. Immutable and thread-safe.
 */
public final class TableReader {

    private final Office office;
    private final PlanKind kind;
    private final Optional<Quarter> asOf;
    private final Optional<FiscalYear> fiscalYear;
    private final Optional<TableFormat> format;
    private final boolean officeFromText;
    private final boolean kindFromText;

    private TableReader(Office office, PlanKind kind, Optional<Quarter> asOf, Optional<FiscalYear> fiscalYear,
            Optional<TableFormat> format, boolean officeFromText, boolean kindFromText) {
        this.office = requireNonNull(office, "office");
        this.kind = requireNonNull(kind, "kind");
        this.asOf = requireNonNull(asOf, "asOf");
        this.fiscalYear = requireNonNull(fiscalYear, "fiscalYear");
        this.format = requireNonNull(format, "format");
        this.officeFromText = officeFromText;
        this.kindFromText = kindFromText;
    }

    /**
     * A reader of an office's tables, for a kind of plan, reported as of a quarter; the fiscal year
     * comes from the table's headers or the text around it until {@linkplain #withFiscalYear(FiscalYear)
     * given}.
     *
     * @param office the office whose plan the tables hold
     * @param kind the kind of plan
     * @param asOf the quarter the progress report is made as of
     * @return the reader
     */
    public static TableReader of(Office office, PlanKind kind, Quarter asOf) {
        return new TableReader(office, kind, Optional.of(requireNonNull(asOf, "asOf")), Optional.empty(),
                Optional.empty(), false, false);
    }

    /**
     * A reader of an office's tables, for a kind of plan; the quarter the report is made as of and the
     * fiscal year come from the table's headers or the text around it ("৩য় ত্রৈমাসিক", "জানুয়ারী-মার্চ",
     * "২০২২-২৩ অর্থ বছর") until {@linkplain #withAsOf(Quarter) given}.
     *
     * @param office the office whose plan the tables hold
     * @param kind the kind of plan
     * @return the reader
     */
    public static TableReader of(Office office, PlanKind kind) {
        return new TableReader(office, kind, Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    /**
     * This reader with the fiscal year given; a header that names another year is then an error.
     *
     * @param year the fiscal year of the plan
     * @return a new reader
     */
    public TableReader withFiscalYear(FiscalYear year) {
        return new TableReader(office, kind, asOf, Optional.of(year), format, officeFromText, kindFromText);
    }

    /**
     * This reader with the quarter the report is made as of given.
     *
     * @param quarter the quarter
     * @return a new reader
     */
    public TableReader withAsOf(Quarter quarter) {
        return new TableReader(office, kind, Optional.of(quarter), fiscalYear, format, officeFromText, kindFromText);
    }

    /**
     * This reader taking the office's name from the text around the table where it names one
     * ("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী"), keeping the office's id, and its level unless that is
     * {@link OfficeLevel#OTHER} and the name tells it ("জেলা …" a district office, "উপজেলা …" an upazila office,
     * "… অধিদপ্তর" a department); the notes say so.
     * For a caller that knows the office only by an id, such as a file's name.
     *
     * @return a new reader
     */
    public TableReader withOfficeNameFromText() {
        return new TableReader(office, kind, asOf, fiscalYear, format, true, kindFromText);
    }

    /**
     * This reader taking the kind of plan from the text around the table where it names one (a title such as
     * "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা, ২০২৩-২৪": the first line that names a kind, a sub-plan's name over the
     * APA's, which a sub-plan's title often names too), the kind given to {@code of} where it names none or
     * several; the notes say which. For a caller that does not know what the table holds, such as the
     * command line without {@code --kind}.
     *
     * @return a new reader
     */
    public TableReader withKindFromText() {
        return new TableReader(office, kind, asOf, fiscalYear, format, officeFromText, true);
    }

    /**
     * This reader with the table's format given rather than detected.
     *
     * @param newFormat the format
     * @return a new reader
     */
    public TableReader withFormat(TableFormat newFormat) {
        return new TableReader(office, kind, asOf, fiscalYear, Optional.of(newFormat), officeFromText, kindFromText);
    }

    /**
     * The office whose plans this reader reads.
     *
     * @return the office
     */
    public Office office() {
        return office;
    }

    /**
     * The kind of plan.
     *
     * @return the kind
     */
    public PlanKind kind() {
        return kind;
    }

    /**
     * The quarter the reports are made as of, if given.
     *
     * @return the quarter, or empty when the table or its text says it
     */
    public Optional<Quarter> asOf() {
        return asOf;
    }

    /**
     * The fiscal year given, if any.
     *
     * @return the year
     */
    public Optional<FiscalYear> fiscalYear() {
        return fiscalYear;
    }

    /**
     * The format given, if any.
     *
     * @return the format, or empty when it is detected
     */
    public Optional<TableFormat> format() {
        return format;
    }

    /**
     * Reads a table.
     *
     * @param text the table
     * @param source the name of the input, such as a file name, for messages
     * @return the plan, as of the reader's quarter
     * @throws InvalidInputException if the table cannot be read (see the class description)
     */
    public ActionPlan read(String text, String source) {
        return readWithNotes(text, source).plan();
    }

    /**
     * Reads a table, with the notes that say how it was read.
     *
     * @param text the table, possibly with the text of its document around it
     * @param source the name of the input, for messages
     * @return the plan and the notes
     * @throws InvalidInputException if the table cannot be read
     */
    public ReadResult readWithNotes(String text, String source) {
        // The rows split from the text are read as they are, not copied into a grid and back: the grid of
        // text has no merged cell, and its rows are the same.
        return read(GridRows.withoutBlankRows(rows(text, source)));
    }

    /**
     * Reads a table from bytes (UTF-8 with or without a byte-order mark, or UTF-16 with one), with the notes
     * that say how it was read.
     *
     * @param in the bytes; read to the end, not closed
     * @param source the name of the input, for messages
     * @return the plan and the notes
     * @throws InvalidInputException if the bytes are not such text, or the table cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public ReadResult readWithNotes(InputStream in, String source) {
        return readWithNotes(text(in, source), source);
    }

    /**
     * Reads a table from a file, with the notes that say how it was read.
     *
     * @param file the file
     * @return the plan and the notes
     * @throws InvalidInputException if the file is not UTF-8 text, or the table cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public ReadResult readWithNotes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readWithNotes(text(in, file.toString()), file.toString());
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the table " + file, failed);
        }
    }

    /**
     * Reads a table given as a grid of cells, as every source of tables gives it (delimited text,
     * Markdown, and the office files of other modules).
     *
     * @param grid the table and the text around it
     * @return the plan with the notes that say how the table was read
     * @throws InvalidInputException if the table cannot be read (see the class description)
     */
    public ReadResult read(Grid grid) {
        return read(GridRows.rows(requireNonNull(grid, "grid")));
    }

    /**
     * Whether a grid's header names the columns a plan's table must have (the indicator, and a target or
     * achievements), found as {@link #read(Grid)} finds them, title rows above it and all. Nothing else is read;
     * the rest of the header may still be refused. For a reader of a file that holds several tables, to tell the
     * plan's from the others (an approval or signature block, a list of abbreviations).
     *
     * @param grid a table
     * @return true if its header names a plan's essential columns
     */
    public static boolean hasPlanHeader(Grid grid) {
        return HeaderMatcher.namesEssentials(GridRows.rows(requireNonNull(grid, "grid")));
    }

    /**
     * Whether some cell of a grid begins with the code of an indicator, an activity or an area followed by its
     * name ("[২.১] ওয়েবসাইট হালনাগাদ", "১.২.১ সভা", "[১] প্রাতিষ্ঠানিক ব্যবস্থা"), as a plan's rows do: a table
     * without a plan's header that holds such a cell may be the rest of a plan, which a reader that left it out would
     * lose.
     *
     * @param grid a table
     * @return true if a cell holds a code and a name
     */
    public static boolean hasCodedRows(Grid grid) {
        return GridRows.rows(requireNonNull(grid, "grid")).rows().anySatisfy(PlanAssembler::holdsCodedName);
    }

    private ReadResult read(RawTable written) {
        Notes notes = new Notes();
        Layout layout = HeaderMatcher.match(written, notes);
        RawTable rows = layout.isBijoy() ? Bijoy.shown(written, layout.firstDataRow(), notes) : written;
        ImmutableList<String> around = layout.isBijoy() ? Bijoy.shown(rows.documentText(), notes)
                : rows.documentText();
        LostLetters.note(rows, layout.firstDataRow(), notes);
        ImmutableList<String> titles = titles(rows, layout);
        FiscalYear year = fiscalYear(layout, titles, around, notes);
        if (layout.targetColumns().size() > 1) {
            layout = targetOfYear(layout, year);
        }
        // The plan's own year's actual ("প্রকৃত অর্জন ২০২৩-২৪") once the year is known from elsewhere than that header:
        // a year only an unread header names may be an earlier year's actual in a plan of the next.
        if (fiscalYear.isPresent() || layout.fiscalYear().isPresent()
                || DocumentContext.years(titles).containsKey(year) || DocumentContext.years(around).containsKey(year)) {
            layout = HeaderMatcher.actualOfYear(layout, year, notes);
        }
        Quarter quarter = quarter(layout, titles, around, notes);
        layout = HeaderMatcher.asOf(layout, quarter, notes);
        Office named = officeFromText ? officeNamed(titles, around, notes) : office;
        PlanKind planKind = kindNamed(titles, around, notes);
        ActionPlan plan = PlanAssembler.assemble(rows, layout, named, year, planKind, quarter, notes);
        return new ReadResult(plan, notes.all().collect(note -> TableNote.of(TableNote.Kind.valueOf(note.kind().name()),
                note.row(), note.column(), note.message())));
    }

    /**
     * Splits a table written as text into its grid of cells, without reading it: tab- or
     * comma-separated or Markdown, as {@linkplain #withFormat(TableFormat) given} or detected. Text
     * around the table (a title, a letter it came in) becomes the grid's document text.
     *
     * @param text the text
     * @param source the name of the input, for messages
     * @return the grid
     * @throws InvalidInputException if the text holds no table of a known format
     */
    public Grid grid(String text, String source) {
        return GridRows.grid(rows(text, source));
    }

    private RawTable rows(String text, String source) {
        requireNonNull(source, "source");
        String table = TableText.checked(requireNonNull(text, "text"), source);
        TableFormat chosen = format.orElseGet(() -> detect(table, source));
        return TextTables.find(table, chosen == TableFormat.MARKDOWN, chosen.delimiter(), source);
    }

    private FiscalYear fiscalYear(Layout layout, ImmutableList<String> titles, ImmutableList<String> around,
            Notes notes) {
        Optional<FiscalYear> written = layout.fiscalYear();
        if (fiscalYear.isPresent()) {
            boolean severalTargets = layout.targetColumns().size() > 1;
            if (written.isPresent() && !fiscalYear.equals(written) && !severalTargets) {
                throw InvalidInputException.of("The fiscal year in the header (" + written.get()
                        + ") is not the one given to the reader (" + fiscalYear.get() + ")")
                        .withSource(layout.source())
                        .withLine(layout.headerLine())
                        .withColumnName(layout.headerAt(layout.yearColumn()))
                        .withHint("Give the reader the year of the table, or correct the header");
            }
            return fiscalYear.get();
        }
        if (written.isPresent()) {
            notes.add(Notes.Kind.ASSUMED, layout.headerLine(), layout.yearColumn() + 1, "The fiscal year "
                    + written.get() + " is the one the header names");
            return written.get();
        }
        // The titles over the table first, then the text around it, and an unread column's year only where
        // neither names one: unread columns are mostly other years' (earlier years' actuals, projections:
        // "প্রকৃত অর্জন ২০২২-২৩", "প্রক্ষেপণ ২০২৪-২৫"), and several of them name none of the plan's.
        Map<FiscalYear, String> inColumns = DocumentContext.years(unreadHeaders(layout, titles));
        Map<FiscalYear, String> inTitles = DocumentContext.years(titles);
        Map<FiscalYear, String> inAround = DocumentContext.years(around);
        Map<FiscalYear, String> inText = !inTitles.isEmpty() ? inTitles
                : inAround.size() == 1 ? inAround
                : inColumns.size() == 1 ? inColumns
                : inAround;
        if (inText.size() == 1) {
            Map.Entry<FiscalYear, String> found = inText.entrySet().iterator().next();
            notes.add(Notes.Kind.ASSUMED, 0, 0, "The fiscal year " + found.getKey() + " is the one the text around"
                    + " the table names: " + Notes.quoted(found.getValue()));
            return found.getKey();
        }
        throw InvalidInputException.of(inText.isEmpty()
                ? "The fiscal year is not given to the reader, and neither the table nor the text around it names it"
                : "The fiscal year is not given to the reader, and the text around the table names several: "
                        + inText.keySet().stream().map(FiscalYear::toString).collect(Collectors.joining(", ")))
                .withSource(layout.source())
                .withLine(layout.headerLine())
                .withHint("Give the fiscal year: --fiscal-year 2023-24 on the command line, withFiscalYear(…) in"
                        + " Java; or write it in the target's header, like \"লক্ষ্যমাত্রা ২০২৩-২৪\"");
    }

    /** The headers of the columns charter does not read: the layout's header texts but for the titles. */
    private static ImmutableList<String> unreadHeaders(Layout layout, ImmutableList<String> titles) {
        return layout.headerTexts().reject(titles::contains);
    }

    private static Layout targetOfYear(Layout layout, FiscalYear year) {
        for (int column : layout.targetColumns()) {
            if (HeaderMatcher.targetYearIn(layout.headerAt(column)).equals(Optional.of(year))) {
                return layout.withTargetColumn(column);
            }
        }
        throw InvalidInputException.of("The table has target columns of several years ("
                + layout.targetColumns().collect(layout::headerAt).makeString("; ") + ") and none of " + year)
                .withSource(layout.source()).withLine(layout.headerLine())
                .withHint("Give the fiscal year of the table: --fiscal-year, withFiscalYear(…)");
    }

    private Quarter quarter(Layout layout, ImmutableList<String> titles, ImmutableList<String> around, Notes notes) {
        if (asOf.isPresent()) {
            return asOf.get();
        }
        // Unread columns that name several quarters (each quarter's own percent, "১ম ত্রৈমাসিক অর্জনের হার", …) are
        // columns of every quarter, and say nothing of the one the report is made as of.
        Map<Quarter, String> inColumns = DocumentContext.quarters(unreadHeaders(layout, titles));
        Map<Quarter, String> inHeaders = DocumentContext.quarters(inColumns.size() > 1 ? titles
                : layout.headerTexts());
        Map<Quarter, String> found = inHeaders.isEmpty() ? DocumentContext.quarters(around) : inHeaders;
        if (found.size() == 1) {
            Map.Entry<Quarter, String> only = found.entrySet().iterator().next();
            notes.add(Notes.Kind.ASSUMED, 0, 0, "The report is made as of " + only.getKey() + ", the quarter "
                    + (inHeaders.isEmpty() || titles.contains(only.getValue()) ? "the text around the table"
                            : "a header") + " names: "
                    + Notes.quoted(only.getValue()));
            return only.getKey();
        }
        throw InvalidInputException.of(found.isEmpty()
                ? "The quarter the report is made as of is not given to the reader, and neither the table nor the"
                        + " text around it names it"
                : "The quarter the report is made as of is not given to the reader, and the text around the table"
                        + " names several: " + found.entrySet().stream()
                                .map(entry -> entry.getKey() + " (" + Notes.quoted(entry.getValue()) + ")")
                                .collect(Collectors.joining(", ")))
                .withSource(layout.source())
                .withLine(layout.headerLine())
                .withHint("Give the quarter: --as-of Q3 on the command line, withAsOf(Quarter.Q3) in Java");
    }

    /**
     * The titles above a table's header (rows of one text each, as a CSV or TSV saved by Excel holds the
     * letterhead: "জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী",,,), which are the document's text.
     */
    private static ImmutableList<String> titles(RawTable rows, Layout layout) {
        return rows.rows().select(row -> row.line() < layout.headerLine())
                .collect(HeaderMatcher::titleText);
    }

    /** The office the titles over the table name, else the one the text around it names. */
    private Office officeNamed(ImmutableList<String> titles, ImmutableList<String> around, Notes notes) {
        Optional<String> name = DocumentContext.office(titles).or(() -> DocumentContext.office(around));
        if (name.isEmpty()) {
            notes.add(Notes.Kind.ASSUMED, 0, 0, "The text around the table names no office; the office is "
                    + office.name().bn());
            return office;
        }
        notes.add(Notes.Kind.ASSUMED, 0, 0, "The office is " + Notes.quoted(name.get())
                + ", as the text around the table names it");
        boolean bengali = name.get().codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.BENGALI);
        OfficeLevel level = office.level();
        Optional<OfficeLevel> told = DocumentContext.level(name.get());
        if (level == OfficeLevel.OTHER && told.isPresent()) {
            level = told.get();
            notes.add(Notes.Kind.ASSUMED, 0, 0, "The office's level is " + level + ", as its name tells");
        }
        return Office.of(office.id(), bengali ? BilingualText.of(name.get(), office.name().en())
                : BilingualText.of(office.name().bn(), name.get()), level);
    }

    /**
     * The kind of plan the titles over the table name, else the text around it; the kind given where they name
     * none or several, or where the kind is not to be taken from the text (a note where the text names another).
     */
    private PlanKind kindNamed(ImmutableList<String> titles, ImmutableList<String> around, Notes notes) {
        Optional<DocumentContext.KindsNamed> named = DocumentContext.planKinds(titles)
                .or(() -> DocumentContext.planKinds(around));
        if (!kindFromText) {
            named.filter(found -> !found.kinds().contains(kind)).ifPresent(found -> notes.add(Notes.Kind.ASSUMED, 0,
                    0, "The plan is read as " + kind + ", the kind given, though the text around the table names "
                            + names(found) + ": " + Notes.quoted(found.line())));
            return kind;
        }
        if (named.isEmpty()) {
            notes.add(Notes.Kind.ASSUMED, 0, 0, "The text around the table names no kind of plan; the plan is read"
                    + " as " + kind);
            return kind;
        }
        DocumentContext.KindsNamed found = named.get();
        if (found.kinds().size() > 1) {
            notes.add(Notes.Kind.ASSUMED, 0, 0, "The text around the table names several kinds of plan ("
                    + names(found) + "); the plan is read as " + kind + ": " + Notes.quoted(found.line()));
            return kind;
        }
        PlanKind only = found.kinds().get(0);
        notes.add(Notes.Kind.ASSUMED, 0, 0, "The plan is read as " + only + ", the kind the text around the table"
                + " names: " + Notes.quoted(found.line()));
        return only;
    }

    private static String names(DocumentContext.KindsNamed found) {
        return found.kinds().stream().map(PlanKind::name).collect(Collectors.joining(", "));
    }

    /**
     * Reads a table from characters.
     *
     * @param reader the characters; read to the end, not closed
     * @param source the name of the input, for messages
     * @return the plan
     * @throws InvalidInputException if the table cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public ActionPlan read(Reader reader, String source) {
        return read(TableText.read(requireNonNull(reader, "reader"), source), source);
    }

    /**
     * Reads a table from bytes: UTF-8 with or without a byte-order mark (or UTF-16 with one).
     *
     * @param in the bytes; read to the end, not closed
     * @param source the name of the input, for messages
     * @return the plan
     * @throws InvalidInputException if the bytes are not such text, or the table cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public ActionPlan read(InputStream in, String source) {
        return read(text(in, source), source);
    }

    private static String text(InputStream in, String source) {
        requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes(TableText.MAX_CHARS * 4 + 1);
            if (bytes.length > TableText.MAX_CHARS * 4) {
                throw InvalidInputException.of("The table is too large to read").withSource(source);
            }
            return TableText.decode(bytes, source);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the table " + source, failed);
        }
    }

    /**
     * Reads a table from a file, named in messages by its path.
     *
     * @param file the file
     * @return the plan
     * @throws InvalidInputException if the file is not UTF-8 text, or the table cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public ActionPlan read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the table " + file, failed);
        }
    }

    private static TableFormat detect(String text, String source) {
        try {
            return TableFormat.detect(text);
        } catch (InvalidInputException unknown) {
            throw unknown.withSource(source);
        }
    }
}
