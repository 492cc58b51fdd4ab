package org.citizencharter.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.util.Locale;
import java.util.Objects;
import org.citizencharter.core.InvalidInputException;

/**
 * The characters of UTF-8 bytes, for Jackson's character parser, whose locations (public
 * {@code JsonLocation}s) then count columns in characters, as charter's errors do.
 *
 * <p>Bytes that are not UTF-8 (a stray byte, a character cut short, an overlong form, a surrogate, a code
 * point beyond U+10FFFF: what the JDK's strict decoder refuses) are an {@link InvalidInputException} at
 * their line and column, showing them in hex, as soon as they are decoded (a buffer ahead of the parser), so
 * that malformed text is reported as such rather than as whatever JSON it happens to make. A leading byte
 * order mark is skipped. Nothing is kept beyond one buffer of bytes and one of characters, however long
 * the input; a small input that says its size (a document in memory) gets buffers of its size. Lines are
 * counted as Jackson counts them ("\r\n", "\r", "\n") in the same pass as the decoding; a character beyond
 * U+FFFF takes two columns, as in a Java string. Closing this does not close the stream, which belongs to
 * the caller. Not thread-safe.
 */
public final class Utf8Reader extends SourceReader {

    private static final int BUFFER = 16 * 1024;
    private static final int SMALLEST = 1024;

    private final InputStream in;
    /** Made on the first read. Bytes from {@link #bytesAt} to {@link #bytesEnd} are read and not decoded. */
    private byte[] bytes = new byte[0];
    private int bytesAt;
    private int bytesEnd;
    /** Characters from {@link #charsAt} to {@link #charsEnd} are decoded and not delivered. */
    private char[] chars = new char[0];
    private int charsAt;
    private int charsEnd;
    /** The offset, in characters, of {@code chars[0]}. */
    private long charsStart;
    private boolean started;
    private boolean ended;

    /** Where the next decoded character stands. */
    private long line = 1;
    private long column = 1;
    private boolean afterCarriageReturn;

    /**
     * The characters of a stream.
     *
     * @param in UTF-8 bytes; not closed by this
     */
    public Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /**
     * Starts again on what the stream gives next, as a new reader would, keeping the buffers: for JSON Lines,
     * where the stream is the same stream of each line in turn. What was decoded and not read is dropped.
     */
    public void restart() {
        restartCounts();
        bytesAt = 0;
        bytesEnd = 0;
        charsAt = 0;
        charsEnd = 0;
        charsStart = 0;
        started = false;
        ended = false;
        line = 1;
        column = 1;
        afterCarriageReturn = false;
    }

    @Override
    int readChars(char[] into, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (charsAt == charsEnd && !decodeMore()) {
            return -1;
        }
        int count = Math.min(length, charsEnd - charsAt);
        System.arraycopy(chars, charsAt, into, offset, count);
        charsAt += count;
        return count;
    }

    /** Decodes the next buffer of characters; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        charsStart += charsEnd;
        charsAt = 0;
        charsEnd = 0;
        while (charsEnd == 0) {
            if (!ended && bytesEnd - bytesAt < 4) {
                fill();
            }
            if (bytesAt == bytesEnd && ended) {
                return false;
            }
            decode();
        }
        return true;
    }

    private void fill() throws IOException {
        if (bytes.length == 0) {
            int available = in.available();
            int size = available <= 0 || available >= BUFFER ? BUFFER : Math.max(SMALLEST, available);
            bytes = new byte[size];
            chars = new char[size];
        }
        System.arraycopy(bytes, bytesAt, bytes, 0, bytesEnd - bytesAt);
        bytesEnd -= bytesAt;
        bytesAt = 0;
        int count = 0;
        while (!ended && count == 0 && bytesEnd < bytes.length) {
            count = readSome();
        }
        if (!started) {
            started = true;
            while (!ended && bytesEnd < 3) {
                readSome();
            }
            if (bytesEnd >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
                bytesAt = 3;
            }
        }
    }

    private int readSome() throws IOException {
        int count = in.read(bytes, bytesEnd, bytes.length - bytesEnd);
        if (count < 0) {
            ended = true;
        } else {
            bytesEnd += count;
        }
        return count;
    }

    /**
     * Decodes the bytes at hand into the characters' buffer, as far as both allow, counting lines and columns;
     * a character whose bytes are not all read yet waits for the next call, unless the input has ended.
     */
    private void decode() {
        byte[] from = bytes;
        char[] to = chars;
        int at = bytesAt;
        int end = bytesEnd;
        int count = charsEnd;
        int room = to.length - 1;
        long columnNow = column;
        boolean afterReturn = afterCarriageReturn;
        int length = 0;
        while (at < end && count < room) {
            int b = from[at];
            if (b > '\r') {
                to[count++] = (char) b;
                at++;
                columnNow++;
                afterReturn = false;
            } else if (b >= 0) {
                to[count++] = (char) b;
                at++;
                if (b == '\n' || b == '\r') {
                    if (b == '\r' || !afterReturn) {
                        line++;
                    }
                    columnNow = 1;
                    afterReturn = b == '\r';
                } else {
                    columnNow++;
                    afterReturn = false;
                }
            } else {
                length = sequenceLength(from, at, end);
                if (length <= 0) {
                    break;
                }
                int codePoint = codePoint(from, at, length);
                if (codePoint < 0x10000) {
                    to[count++] = (char) codePoint;
                    columnNow++;
                } else {
                    to[count++] = Character.highSurrogate(codePoint);
                    to[count++] = Character.lowSurrogate(codePoint);
                    columnNow += 2;
                }
                at += length;
                afterReturn = false;
            }
        }
        bytesAt = at;
        charsEnd = count;
        column = columnNow;
        afterCarriageReturn = afterReturn;
        if (length < 0) {
            throw notUtf8(at);
        }
    }

    /**
     * The length of the sequence of a character beyond ASCII at an index: 0 if its bytes are not all read
     * yet, -1 if they are no character.
     */
    private int sequenceLength(byte[] from, int at, int end) {
        int lead = from[at] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4) {
            return -1;
        }
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        // The second byte's range also refuses overlong forms, surrogates and code points beyond U+10FFFF.
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        for (int i = 1; i < length; i++) {
            if (at + i == end) {
                return ended ? -1 : 0;
            }
            int following = from[at + i] & 0xFF;
            if (following < (i == 1 ? low : 0x80) || following > (i == 1 ? high : 0xBF)) {
                return -1;
            }
        }
        return length;
    }

    private static int codePoint(byte[] from, int at, int length) {
        int value = from[at] & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            value = value << 6 | from[at + i] & 0x3F;
        }
        return value;
    }

    /** The error for the bytes at an index: those of a character begun, or one stray byte. */
    private InvalidInputException notUtf8(int at) {
        int lead = bytes[at] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        StringBuilder shown = new StringBuilder(String.format(Locale.ROOT, "\\x%02X", lead));
        for (int i = at + 1; i < Math.min(bytesEnd, at + length); i++) {
            int following = bytes[i] & 0xFF;
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
        if (offset < charsStart || offset >= charsStart + charsEnd) {
            return null;
        }
        return textAt(CharBuffer.wrap(chars, 0, charsEnd), (int) (offset - charsStart));
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }
}
