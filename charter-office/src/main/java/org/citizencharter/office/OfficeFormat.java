package org.citizencharter.office;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.citizencharter.office.internal.Formats;

/**
 * The office files charter reads, told apart by their content (a zip signature and the package's content
 * types, {@code %PDF}, {@code <html} or {@code <table}), never by the file's name alone.
 */
public enum OfficeFormat {
    /** An Excel workbook, Office Open XML (.xlsx, .xlsm). */
    XLSX,
    /** A Word document, Office Open XML (.docx, .docm). */
    DOCX,
    /** A web page, such as a portal page saved from the browser or a Word document saved as a web page. */
    HTML,
    /** A PDF document. */
    PDF,
    /** An Excel 97-2003 workbook, the binary format (.xls). */
    XLS,
    /** A Word 97-2003 document, the binary format (.doc). */
    DOC;

    /** How many bytes {@link #detect(byte[])} looks at, at most. */
    public static final int HEAD_LENGTH = 8192;

    /**
     * Tells the format from a file's first bytes. A zip file is an office file only if it is an Office
     * Open XML package; an OLE2 compound file is {@link #DOC} where the head names a Word document's stream,
     * else {@link #XLS} (the stream's name may lie beyond the head; the reader looks at the whole file, and
     * refuses an Office file encrypted with a password).
     *
     * @param head the first bytes of the file (up to {@link #HEAD_LENGTH} are looked at)
     * @return the format, or empty when the bytes are none of these (a TSV, CSV or Markdown table, JSON)
     */
    public static Optional<OfficeFormat> detect(byte[] head) {
        return Formats.detect(requireNonNull(head, "head"));
    }

    /**
     * Tells the format of a file from its content.
     *
     * @param file the file
     * @return the format, or empty when it is none of these
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Optional<OfficeFormat> of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(HEAD_LENGTH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
