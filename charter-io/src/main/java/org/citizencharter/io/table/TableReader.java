package org.citizencharter.io.table;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.internal.table.DelimitedTables;
import org.citizencharter.io.internal.table.HeaderMatcher;
import org.citizencharter.io.internal.table.Layout;
import org.citizencharter.io.internal.table.MarkdownTables;
import org.citizencharter.io.internal.table.PlanAssembler;
import org.citizencharter.io.internal.table.RawTable;
import org.citizencharter.io.internal.table.TableText;
import org.eclipse.collections.api.factory.Lists;

/**
 * Reads a plan and its progress report from a table as an office writes it (domain.md §5;
 * {@code docs/table-format.md} lists what it reads).
 *
 * <p>The table may be tab-separated, comma-separated or a Markdown pipe table, told apart by
 * {@link TableFormat#detect(String) its content} unless {@linkplain #withFormat(TableFormat) given};
 * bytes are UTF-8, with or without a byte-order mark. Columns are found by their headers, in Bengali or
 * English. What the table does not say comes from the caller: the office, the kind of plan and the
 * quarter the report is made as of, and the fiscal year unless a header names it ("লক্ষ্যমাত্রা
 * ২০২৩-২৪"); a header that names another year than the caller's is an error.
 *
 * <pre>{@code
 * ActionPlan plan = TableReader.of(office, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
 *         .withFiscalYear(FiscalYear.parse("2022-23"))
 *         .read(Path.of("coxsbazar-cc-2022-23-q3.tsv"));
 * }</pre>
 *
 * <p>Nothing is guessed or dropped: a cell that cannot be read, a value in a column the reader does not
 * know, or a header it does not recognise is an {@link InvalidInputException} that names the source,
 * the line, the column's header and the text. Immutable and thread-safe.
 */
public final class TableReader {

    private final Office office;
    private final PlanKind kind;
    private final Quarter asOf;
    private final Optional<FiscalYear> fiscalYear;
    private final Optional<TableFormat> format;

    private TableReader(Office office, PlanKind kind, Quarter asOf, Optional<FiscalYear> fiscalYear,
            Optional<TableFormat> format) {
        this.office = requireNonNull(office, "office");
        this.kind = requireNonNull(kind, "kind");
        this.asOf = requireNonNull(asOf, "asOf");
        this.fiscalYear = requireNonNull(fiscalYear, "fiscalYear");
        this.format = requireNonNull(format, "format");
    }

    /**
     * A reader of an office's tables, for a kind of plan, reported as of a quarter; the fiscal year
     * comes from the table's headers until {@linkplain #withFiscalYear(FiscalYear) given}.
     *
     * @param office the office whose plan the tables hold
     * @param kind the kind of plan
     * @param asOf the quarter the progress report is made as of
     * @return the reader
     */
    public static TableReader of(Office office, PlanKind kind, Quarter asOf) {
        return new TableReader(office, kind, asOf, Optional.empty(), Optional.empty());
    }

    /**
     * This reader with the fiscal year given; a header that names another year is then an error.
     *
     * @param year the fiscal year of the plan
     * @return a new reader
     */
    public TableReader withFiscalYear(FiscalYear year) {
        return new TableReader(office, kind, asOf, Optional.of(year), format);
    }

    /**
     * This reader with the table's format given rather than detected.
     *
     * @param newFormat the format
     * @return a new reader
     */
    public TableReader withFormat(TableFormat newFormat) {
        return new TableReader(office, kind, asOf, fiscalYear, Optional.of(newFormat));
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
     * The quarter the reports are made as of.
     *
     * @return the quarter
     */
    public Quarter asOf() {
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
        return read(grid(text, source)).plan();
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
        RawTable rows = GridRows.rows(requireNonNull(grid, "grid"));
        Layout layout = HeaderMatcher.match(rows);
        ActionPlan plan = PlanAssembler.assemble(rows, layout, office, fiscalYear, kind, asOf);
        return new ReadResult(plan, Lists.immutable.empty());
    }

    /**
     * Splits a table written as text into its grid of cells, without reading it: tab- or
     * comma-separated or Markdown, as {@linkplain #withFormat(TableFormat) given} or detected.
     *
     * @param text the text
     * @param source the name of the input, for messages
     * @return the grid
     * @throws InvalidInputException if the text holds no table of a known format
     */
    public Grid grid(String text, String source) {
        requireNonNull(source, "source");
        String table = TableText.checked(requireNonNull(text, "text"), source);
        TableFormat chosen = format.orElseGet(() -> detect(table, source));
        return GridRows.grid(chosen == TableFormat.MARKDOWN
                ? MarkdownTables.parse(table, source)
                : DelimitedTables.parse(table, chosen.delimiter(), source));
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
        requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes(TableText.MAX_CHARS * 4 + 1);
            if (bytes.length > TableText.MAX_CHARS * 4) {
                throw InvalidInputException.of("The table is too large to read").withSource(source);
            }
            return read(TableText.decode(bytes, source), source);
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
