package org.citizencharter.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.citizencharter.core.InvalidInputException;

/**
 * The characters of UTF-8 bytes, for Jackson's character parser, whose locations (public
 * {@code JsonLocation}s) then count columns in characters, as charter's errors do.
 *
 * <p>Bytes that are not UTF-8 (a stray byte, a character cut short, an overlong form, a surrogate) are an
 * {@link InvalidInputException} at their line and column, showing them in hex, as soon as they are decoded
 * (a buffer ahead of the parser), so that malformed text is reported as such rather than as whatever JSON
 * it happens to make; or, for a stream of many documents ({@link #ofMany}), once the characters before
 * them are read, so that the documents before them are read. A leading byte order mark is skipped.
 * Nothing is kept beyond one buffer of bytes and one of characters, however long the input. Lines are
 * counted as Jackson counts them ("\r\n", "\r", "\n"); a character beyond U+FFFF takes two columns, as
 * in a Java string. Closing this does not close the stream, which belongs to the caller. Not thread-safe.
 */
public final class Utf8Reader extends SourceReader {

    /** The most bytes of a document that {@link #text(byte[])} decodes whole. */
    public static final int WHOLE = 1024 * 1024;

    private static final int BUFFER = 16 * 1024;
    private static final int SMALLEST = 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Made on the first read, no larger than the input when it says its size (a document in memory). */
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    private CharBuffer chars = CharBuffer.allocate(0);
    private boolean started;
    private boolean ended;
    private boolean flushed;
    /** The offset, in characters, of the first character in {@link #chars}. */
    private long charsStart;
    /** Whether the characters decoded before bytes that are not UTF-8 are read before those are told. */
    private final boolean charactersFirst;
    /** Bytes that are no character, met after the characters now in {@link #chars}: told when those are read. */
    private InvalidInputException notUtf8;

    /** Where the next decoded character stands. */
    private long line = 1;
    private long column = 1;
    private boolean afterCarriageReturn;

    /**
     * The characters of a stream holding one document: bytes that are not UTF-8 are told as soon as they are
     * decoded, before whatever JSON the characters ahead of them make.
     *
     * @param in UTF-8 bytes; not closed by this
     */
    public Utf8Reader(InputStream in) {
        this(in, false);
    }

    private Utf8Reader(InputStream in, boolean charactersFirst) {
        this.in = Objects.requireNonNull(in, "in");
        this.charactersFirst = charactersFirst;
    }

    /**
     * The characters of a stream holding many documents (a JSON array of them): the characters before bytes
     * that are not UTF-8 are read before those are told, so that the documents that end before them are read.
     *
     * @param in UTF-8 bytes; not closed by this
     * @return the reader
     */
    public static Utf8Reader ofMany(InputStream in) {
        return new Utf8Reader(in, true);
    }

    /**
     * The text of a short document's bytes, decoded whole by the JDK (faster than a reader, which decodes a
     * buffer at a time and counts lines as it goes), a leading byte order mark skipped, as this reader
     * skips it.
     *
     * @param bytes the bytes
     * @return the text; null if there are more than {@link #WHOLE} bytes, or if they are not UTF-8 or hold
     *     U+FFFD (the JDK's replacement for bytes that are not UTF-8): then a reader is to read them, as it
     *     tells those apart and says where bytes are not UTF-8
     */
    public static String text(byte[] bytes) {
        if (bytes.length > WHOLE) {
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    @Override
    int readChars(char[] into, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(into, offset, count);
        return count;
    }

    /** Decodes the next buffer of characters; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (notUtf8 != null) {
            throw notUtf8;
        }
        if (flushed) {
            return false;
        }
        charsStart += chars.limit();
        chars.clear();
        int from = 0;
        while (chars.position() == 0) {
            if (!bytes.hasRemaining() || !ended && bytes.remaining() < 4) {
                fill();
            }
            CoderResult result = decoder.decode(bytes, chars, ended);
            if (result.isError()) {
                count(from, chars.position());
                from = chars.position();
                notUtf8 = notUtf8();
                if (from == 0 || !charactersFirst) {
                    throw notUtf8;
                }
                break;
            }
            if (ended && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
            if (result.isOverflow()) {
                break;
            }
        }
        count(from, chars.position());
        chars.flip();
        return chars.hasRemaining();
    }

    private void fill() throws IOException {
        if (bytes.capacity() == 0) {
            int available = in.available();
            int size = available <= 0 || available >= BUFFER ? BUFFER : Math.max(SMALLEST, available);
            bytes = ByteBuffer.allocate(size).flip();
            chars = CharBuffer.allocate(size); // being filled: decodeMore has cleared the empty one
        }
        bytes.compact();
        int count = 0;
        while (!ended && count == 0 && bytes.hasRemaining()) {
            count = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (count < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + count);
            }
        }
        bytes.flip();
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
    }

    private void skipByteOrderMark() throws IOException {
        while (!ended && bytes.remaining() < 3) {
            bytes.compact();
            int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (count < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + count);
            }
            bytes.flip();
        }
        if (bytes.remaining() >= 3 && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB
                && bytes.get(2) == (byte) 0xBF) {
            bytes.position(3);
        }
    }

    /** Counts lines and columns over decoded characters. */
    private void count(int from, int to) {
        char[] decoded = chars.array();
        for (int i = from; i < to; i++) {
            char c = decoded[i];
            if (c > '\r') {
                column++;
                afterCarriageReturn = false;
            } else if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
                afterCarriageReturn = false;
            } else if (c == '\r') {
                line++;
                column = 1;
                afterCarriageReturn = true;
            } else {
                column++;
                afterCarriageReturn = false;
            }
        }
    }

    /** The error for the bytes at the buffer's position: those of a character begun, or one stray byte. */
    private InvalidInputException notUtf8() {
        int at = bytes.position();
        int lead = bytes.get(at) & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        StringBuilder shown = new StringBuilder(String.format(Locale.ROOT, "\\x%02X", lead));
        for (int i = at + 1; i < Math.min(bytes.limit(), at + length); i++) {
            int following = bytes.get(i) & 0xFF;
            if (following < 0x80 || following > 0xBF) {
                break;
            }
            shown.append(String.format(Locale.ROOT, "\\x%02X", following));
        }
        return InvalidInputException.of("The input is not UTF-8 text: these bytes are no character", shown.toString())
                .withLine(line).withColumn(column).withHint("Save the document as UTF-8");
    }

    @Override
    String textAt(long offset) {
        if (offset < charsStart || offset >= charsStart + chars.limit()) {
            return null;
        }
        return textAt(CharBuffer.wrap(chars.array(), 0, chars.limit()), (int) (offset - charsStart));
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }
}
