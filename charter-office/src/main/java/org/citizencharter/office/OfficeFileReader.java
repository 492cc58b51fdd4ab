package org.citizencharter.office;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;
import org.citizencharter.office.internal.DocReader;
import org.citizencharter.office.internal.DocxReader;
import org.citizencharter.office.internal.ExcelReader;
import org.citizencharter.office.internal.Formats;
import org.citizencharter.office.internal.HtmlReader;
import org.citizencharter.office.internal.PdfReader;
import org.citizencharter.office.internal.Reading;
import org.eclipse.collections.api.factory.Lists;

/**
 * Reads the table of a plan out of an office file: an Excel workbook (.xlsx, or the 97-2003 .xls), a Word
 * document (.docx, or the 97-2003 .doc), a web page (.html) or a PDF with a Unicode text layer, told apart by the
 * file's content. The result is the
 * {@link Grid} that {@link org.citizencharter.io.table.TableReader} reads, the same whatever the source:
 *
 * <pre>{@code
 * OfficeTable table = OfficeFileReader.standard().read(Path.of("patuakhali-cc-2023-24-q3.xlsx"));
 * Grid grid = table.grid();          // merged cells spread, the title above the table as document text
 * table.notes().forEach(System.out::println);
 * }</pre>
 *
 * <ul>
 *   <li>Excel: the first visible sheet, or the one {@linkplain #withSheet(String) asked for}; merged regions
 *       spread to every cell they cover; a number is the value the cell holds (a percent-formatted 0.25 is
 *       "25%", a date cell "DD-MM-YYYY"), never the string Excel displays; the rows above the header that
 *       hold one text (a title) are document text.</li>
 *   <li>Word: every table of the document, one after the other when they are of one width, or the one
 *       {@linkplain #withTable(int) asked for}; of tables of different widths, the one whose header names a plan's
 *       columns ({@link org.citizencharter.io.table.TableReader#hasPlanHeader(Grid)}) with the tables of its width
 *       after it, where no other holds a plan's header or a cell with a code and a name (a letterhead or a block of
 *       signatures is left out and noted; the rest of a plan is not, and the file is refused); horizontal
 *       (gridSpan) and vertical (vMerge) merges, and in a .doc a cell as wide as several columns; the paragraphs
 *       before the table are document text, and so is a letterhead set out in a table among them (a table left
 *       out before the plan's, of six rows at most; not a longer one, such as a list of abbreviations).</li>
 *   <li>HTML: the tables that hold no other table, chosen as in Word; rowspan and colspan spread; the
 *       page's text around the table (not a table left out, but for a letterhead as in Word) is document
 *       text.</li>
 *   <li>PDF: only where the text layer is Unicode Bengali (or English), and the table is drawn with ruling
 *       lines or, where no page draws any, set out in columns that every line of the table agrees on, its
 *       first line naming each; Bengali in the order glyphs are drawn (as Word writes it) is put back in
 *       Unicode's order where the text shows that order and no guess is needed, and the notes say so. A PDF
 *       whose text is glyph codes of a legacy font, that has no text (a scan), whose Bengali mixes both
 *       orders, or whose columns cannot be told, is refused with a message that says so and suggests
 *       exporting the source file.</li>
 * </ul>
 *
 * <p>Text in a Bijoy font (SutonnyMJ and its family), where the file names the font of the text (a Word run,
 * an Excel cell or run, an HTML style), is converted to Unicode and the notes say where. A password-protected,
 * corrupt or truncated file, a workbook or document older than Excel or Word 97, one beyond the {@link OfficeLimits}, or one that is no office file is an
 * {@link InvalidInputException} that says so in one line. Immutable and thread-safe.
 */
public final class OfficeFileReader {

    private final Optional<String> sheet;
    private final OptionalInt table;
    private final OfficeLimits limits;

    private OfficeFileReader(Optional<String> sheet, OptionalInt table, OfficeLimits limits) {
        this.sheet = requireNonNull(sheet, "sheet");
        this.table = requireNonNull(table, "table");
        this.limits = requireNonNull(limits, "limits");
    }

    /**
     * A reader with the default limits, reading the first sheet or every table.
     *
     * @return the reader
     */
    public static OfficeFileReader standard() {
        return new OfficeFileReader(Optional.empty(), OptionalInt.empty(), OfficeLimits.defaults());
    }

    /**
     * This reader, reading one sheet of a workbook.
     *
     * @param nameOrNumber the sheet's name, or its number from 1
     * @return a new reader
     */
    public OfficeFileReader withSheet(String nameOrNumber) {
        return new OfficeFileReader(Optional.of(requireNonNull(nameOrNumber, "nameOrNumber")), table, limits);
    }

    /**
     * This reader, reading one table of a document, a page or a PDF.
     *
     * @param number the table's number, from 1, in the document's order
     * @return a new reader
     */
    public OfficeFileReader withTable(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Tables are numbered from 1: " + number);
        }
        return new OfficeFileReader(sheet, OptionalInt.of(number), limits);
    }

    /**
     * This reader under other limits.
     *
     * @param newLimits the limits
     * @return a new reader
     */
    public OfficeFileReader withLimits(OfficeLimits newLimits) {
        return new OfficeFileReader(sheet, table, requireNonNull(newLimits, "newLimits"));
    }

    /**
     * The limits.
     *
     * @return the limits
     */
    public OfficeLimits limits() {
        return limits;
    }

    /**
     * Reads a file, named in messages by its path.
     *
     * @param file the file
     * @return the table and how it was read
     * @throws InvalidInputException if the file cannot be read as an office file's table
     * @throws UncheckedIOException if reading fails
     */
    public OfficeTable read(Path file) {
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw tooLarge(file.toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file from its bytes.
     *
     * @param in the bytes; read to the end (at most one byte beyond the limit), not closed
     * @param source the name of the input, for messages
     * @return the table and how it was read
     * @throws InvalidInputException if the bytes cannot be read as an office file's table
     * @throws UncheckedIOException if reading fails
     */
    public OfficeTable read(InputStream in, String source) {
        requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = requireNonNull(in, "in").readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(source);
        }
        return read(bytes, source);
    }

    /**
     * Reads a file from its bytes.
     *
     * @param bytes the file
     * @param source the name of the input, for messages
     * @return the table and how it was read
     * @throws InvalidInputException if the bytes cannot be read as an office file's table
     */
    public OfficeTable read(byte[] bytes, String source) {
        requireNonNull(bytes, "bytes");
        requireNonNull(source, "source");
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(source);
        }
        Reading reading = Reading.of(source, sheet, table, limits);
        OfficeFormat format = OfficeFormat.detect(bytes).orElseThrow(() -> reading.error(
                "The file is not an office file charter reads (Excel .xlsx or .xls, Word .docx or .doc, a web page or"
                + " a PDF)")
                .withHint("Save it as .xlsx or .docx, or copy the table out as tab-separated text"));
        if (Formats.isOle2(bytes)) {
            format = Formats.ole2(bytes, reading);
        }
        Grid grid = readAs(format, bytes, reading);
        return new OfficeTable(grid, format, Lists.immutable.ofAll(reading.notes()),
                Lists.immutable.ofAll(reading.pages()));
    }

    private static Grid readAs(OfficeFormat format, byte[] bytes, Reading reading) {
        try {
            return switch (format) {
                case XLSX, XLS -> ExcelReader.read(bytes, format, reading);
                case DOCX -> DocxReader.read(bytes, reading);
                case DOC -> DocReader.read(bytes, reading);
                case HTML -> HtmlReader.read(bytes, reading);
                case PDF -> PdfReader.read(bytes, reading);
            };
        } catch (InvalidInputException unreadable) {
            throw unreadable;
        } catch (RuntimeException | StackOverflowError broken) {
            // POI, jsoup and PDFBox throw their own exceptions for a corrupt, truncated or hostile file.
            String cause = broken.getMessage() == null ? broken.getClass().getSimpleName()
                    : Reading.shortText(broken.getMessage());
            throw reading.error("The file cannot be read as " + describe(format) + ": it is corrupt or truncated ("
                    + cause + ")").withHint("Open it in the program that made it and save it again")
                    .withCause(broken);
        }
    }

    private static String describe(OfficeFormat format) {
        return switch (format) {
            case XLSX -> "an Excel workbook";
            case XLS -> "an Excel 97-2003 workbook";
            case DOCX -> "a Word document";
            case DOC -> "a Word 97-2003 document";
            case HTML -> "a web page";
            case PDF -> "a PDF";
        };
    }

    private InvalidInputException tooLarge(String source) {
        return InvalidInputException.of("The file is larger than charter reads (" + limits.maxBytes() + " bytes)")
                .withSource(source).withHint("Split the file, or raise OfficeLimits.maxBytes");
    }
}
