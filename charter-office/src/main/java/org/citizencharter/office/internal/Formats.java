package org.citizencharter.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.office.OfficeFormat;

/** Tells an office file's format from its first bytes. */
public final class Formats {

    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /** "WordDocument", the name of a Word document's stream, as an OLE2 directory holds it (UTF-16LE). */
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

    private Formats() {
    }

    /**
     * The format of a file from its first bytes.
     *
     * @param head the first bytes
     * @return the format, or empty
     */
    public static Optional<OfficeFormat> detect(byte[] head) {
        int length = Math.min(head.length, OfficeFormat.HEAD_LENGTH);
        if (indexOf(head, PDF, Math.min(length, 1024)) >= 0) {
            return Optional.of(OfficeFormat.PDF);
        }
        if (startsWith(head, ZIP)) {
            return ooxml(head);
        }
        if (startsWith(head, OLE2)) {
            // The directory of a small file is in its head; the reader opens the whole file to be sure.
            return Optional.of(indexOf(head, WORD_STREAM, length) >= 0 ? OfficeFormat.DOC : OfficeFormat.XLS);
        }
        String text = text(head, length).toLowerCase(Locale.ROOT);
        if (text.contains("<html") || text.contains("<!doctype html") || text.contains("<table")) {
            return Optional.of(OfficeFormat.HTML);
        }
        return Optional.empty();
    }

    /**
     * Whether the bytes are an OLE2 compound file (an old .xls or .doc, or an encrypted Office file).
     *
     * @param bytes the bytes
     * @return whether they are
     */
    public static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, OLE2);
    }

    /**
     * Whether the bytes are a zip file.
     *
     * @param bytes the bytes
     * @return whether they are
     */
    public static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP);
    }

    /**
     * What an OLE2 compound file is: an Excel 97-2003 workbook or a Word 97-2003 document, by the streams it
     * holds; one encrypted with a password (an Office file of any age) or of another kind is refused.
     *
     * @param bytes the file
     * @param reading the reading
     * @return {@link OfficeFormat#XLS} or {@link OfficeFormat#DOC}
     * @throws InvalidInputException if the file is encrypted, corrupt, or neither
     */
    public static OfficeFormat ole2(byte[] bytes, Reading reading) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (file.getRoot().hasEntry("EncryptionInfo") || file.getRoot().hasEntry("EncryptedPackage")) {
                throw encrypted(reading);
            }
            if (file.getRoot().hasEntry("Workbook") || file.getRoot().hasEntry("Book")) {
                return OfficeFormat.XLS;
            }
            if (file.getRoot().hasEntry("WordDocument")) {
                return OfficeFormat.DOC;
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof InvalidInputException refused) {
                throw refused;
            }
            throw reading.error("The file is an OLE2 compound file that cannot be read: it is corrupt or truncated")
                    .withHint("Open it in the program that made it and save it as .xlsx or .docx").withCause(broken);
        }
        throw reading.error("The file is an OLE2 compound file, but neither an Excel workbook nor a Word document")
                .withHint("Save the table as .xlsx or .docx");
    }

    /**
     * The error for a file encrypted with a password.
     *
     * @param reading the reading
     * @return the error to throw
     */
    public static InvalidInputException encrypted(Reading reading) {
        return reading.error("The file is protected with a password, and charter does not read encrypted files")
                .withHint("Open it, remove the password (File, Info, Protect) and save it again");
    }

    private static Optional<OfficeFormat> ooxml(byte[] head) {
        // The first entries of a package (usually [Content_Types].xml first) are in the head.
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(head))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("xl/")) {
                    return Optional.of(OfficeFormat.XLSX);
                }
                if (name.startsWith("word/")) {
                    return Optional.of(OfficeFormat.DOCX);
                }
                if (name.equals("[Content_Types].xml")) {
                    String types = new String(zip.readNBytes(OfficeFormat.HEAD_LENGTH), StandardCharsets.UTF_8);
                    if (types.contains("spreadsheetml")) {
                        return Optional.of(OfficeFormat.XLSX);
                    }
                    if (types.contains("wordprocessingml")) {
                        return Optional.of(OfficeFormat.DOCX);
                    }
                }
            }
        } catch (IOException | RuntimeException truncated) {
            // The head ends inside an entry: what was seen so far decides.
        }
        // A zip whose first entries do not say: let the workbook reader look at the whole package.
        return Optional.of(OfficeFormat.XLSX);
    }

    private static String text(byte[] head, int length) {
        if (length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            return new String(head, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(head, 0, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] what, int limit) {
        outer:
        for (int i = 0; i + what.length <= Math.min(bytes.length, limit); i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
