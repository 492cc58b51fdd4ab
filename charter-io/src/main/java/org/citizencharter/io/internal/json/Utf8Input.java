package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import org.citizencharter.core.InvalidInputException;

/**
 * The bytes of a JSON input, checked to be UTF-8 as they pass to Jackson's byte parser, and kept from the
 * start of the current document so that a byte offset can be turned into the line and column, in
 * characters, of an error.
 *
 * <p>Jackson parses bytes about twice as fast as characters, but counts columns in bytes, three to a
 * Bengali letter. So charter parses bytes and counts characters only when it must say where something is:
 * {@link #line(long)} and {@link #column(long)} count from the start of the document to the offset. Bytes
 * that are not UTF-8 (a stray byte, a character cut short, an overlong form, half of a surrogate pair) are an
 * {@link InvalidInputException} at their line and column, showing them in hex, before Jackson sees them.
 * A leading byte order mark is skipped and counts for nothing. Lines end at "\r\n", "\r" or "\n", as
 * Jackson counts them; a character beyond U+FFFF counts two columns, as in a Java string.
 *
 * <p>The reader calls {@link #startDocument} at each document's first token, and the bytes before it are
 * let go: memory is one document, however long the stream. Closing this does not close the stream,
 * which belongs to the caller. Not thread-safe.
 */
public final class Utf8Input extends InputStream {

    private static final int INITIAL_KEPT = 4 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final int READ_AHEAD = 64 * 1024;

    private final InputStream in;
    private final long documentLimit;
    private final int maxKept;

    /** The first bytes, looked at for a byte order mark and then passed on. */
    private final byte[] head = new byte[3];
    private int headLength = -1;
    private int headPosition;

    /** The bytes at offsets [keptStart, keptStart + keptLength): the current document's, and what follows. */
    private byte[] kept = new byte[INITIAL_KEPT];
    private int keptLength;
    private long keptStart;
    private long keptLine = 1;
    private long keptColumn = 1;

    /** The offset of the next byte passed on; offsets count from after a byte order mark. */
    private long delivered;

    /** The character being checked: how many more bytes it needs, the range of the next, where it began. */
    private int needed;
    private int lowest = 0x80;
    private int highest = 0xBF;
    private long characterStart;
    private int sequenceLength;

    /**
     * charter's byte input under a parser, while the parser holds it: Jackson lets go of its input when it
     * reaches the end, so a reader that may meet the end takes the input first.
     *
     * @param parser the parser, or null
     * @return the input, or null if the parser reads something else (or has let go)
     */
    public static Utf8Input under(JsonParser parser) {
        return parser != null && parser.getInputSource() instanceof Utf8Input input ? input : null;
    }

    /**
     * The checked bytes of a stream.
     *
     * @param in UTF-8 bytes; not closed by this
     */
    public Utf8Input(InputStream in) {
        this(in, 0);
    }

    /**
     * The checked bytes of a stream, of which no document may take more than a number of characters: as the
     * bytes of a document are kept until it has been read, a document (or the white space before it) that
     * takes more bytes than so many characters can is refused as it comes, before the parser's next token.
     *
     * @param in UTF-8 bytes; not closed by this
     * @param documentLimit the most characters of a document, or 0 or less for no limit
     */
    public Utf8Input(InputStream in, long documentLimit) {
        this.in = Objects.requireNonNull(in, "in");
        this.documentLimit = documentLimit;
        // No character takes more than three bytes for each of its UTF-16 units; the parser reads ahead of
        // the document by a buffer, which is kept too.
        this.maxKept = documentLimit <= 0 ? Integer.MAX_VALUE - 16
                : (int) Math.min(Integer.MAX_VALUE - 16, 3 * documentLimit + READ_AHEAD);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int count;
        do {
            count = read(one, 0, 1);
        } while (count == 0);
        return count < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (headLength < 0) {
            readHead();
        }
        int count = 0;
        if (headPosition < headLength) {
            count = Math.min(length, headLength - headPosition);
            System.arraycopy(head, headPosition, buffer, offset, count);
            headPosition += count;
        }
        if (count < length && (count == 0 || in.available() > 0)) {
            // The first bytes go with what else is there, so that all of it is checked at once.
            int more = in.read(buffer, offset + count, length - count);
            if (more < 0 && count == 0) {
                if (needed > 0) {
                    throw notUtf8((int) (delivered - characterStart));
                }
                return -1;
            }
            count += Math.max(more, 0);
        }
        keep(buffer, offset, count);
        check(buffer, offset, count);
        delivered += count;
        return count;
    }

    /** Reads the first bytes while they may be a byte order mark, and drops them if they are one. */
    private void readHead() throws IOException {
        int length = 0;
        while (length < BYTE_ORDER_MARK.length && isByteOrderMarkSoFar(length)) {
            int count = in.read(head, length, BYTE_ORDER_MARK.length - length);
            if (count < 0) {
                break;
            }
            length += count;
        }
        headLength = length == BYTE_ORDER_MARK.length && isByteOrderMarkSoFar(length) ? 0 : length;
    }

    private boolean isByteOrderMarkSoFar(int length) {
        for (int i = 0; i < length; i++) {
            if (head[i] != BYTE_ORDER_MARK[i]) {
                return false;
            }
        }
        return true;
    }

    private void keep(byte[] buffer, int offset, int count) {
        if ((long) keptLength + count > maxKept) {
            throw InvalidInputException.of(JsonErrors.documentTooLong(documentLimit))
                    .withLine(line(keptStart + keptLength)).withColumn(column(keptStart + keptLength))
                    .withHint("Raise JsonLimits.maxDocumentLength");
        }
        if (keptLength + count > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + count));
        }
        System.arraycopy(buffer, offset, kept, keptLength, count);
        keptLength += count;
    }

    /** Checks the bytes just kept, which stand at offset {@code delivered}, carrying a character across reads. */
    private void check(byte[] buffer, int offset, int count) throws IOException {
        int end = offset + count;
        int i = offset;
        while (i < end) {
            if (needed == 0) {
                // ASCII, eight bytes at a time while they last.
                while (i + Long.BYTES <= end && ((long) LONGS.get(buffer, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                while (i < end && buffer[i] >= 0) {
                    i++;
                }
                if (i == end) {
                    return;
                }
                // Three bytes wholly in the buffer, the common forms (Bengali is E0 A6..A7 xx): checked in one step.
                int first = buffer[i] & 0xFF;
                if (first >= 0xE1 && first <= 0xEC && i + 2 < end
                        && (buffer[i + 1] & 0xC0) == 0x80 && (buffer[i + 2] & 0xC0) == 0x80) {
                    i += 3;
                    continue;
                }
                if (first == 0xE0 && i + 2 < end && (buffer[i + 1] & 0xFF) >= 0xA0 && (buffer[i + 1] & 0xC0) == 0x80
                        && (buffer[i + 2] & 0xC0) == 0x80) {
                    i += 3;
                    continue;
                }
                characterStart = delivered + (i - offset);
                start(first);
                // A character wholly in the buffer is checked at once, without going round the loop.
                if (i + needed < end) {
                    for (int k = 1; k <= needed; k++) {
                        int next = buffer[i + k] & 0xFF;
                        if (next < lowest || next > highest) {
                            throw notUtf8(next, k);
                        }
                        lowest = 0x80;
                        highest = 0xBF;
                    }
                    i += needed;
                    needed = 0;
                }
            } else {
                int next = buffer[i] & 0xFF;
                if (next < lowest || next > highest) {
                    throw notUtf8(next, (int) (delivered + (i - offset) - characterStart));
                }
                lowest = 0x80;
                highest = 0xBF;
                needed--;
            }
            i++;
        }
    }

    /** The first byte of a character of more than one byte: how many follow, and the range of the next (RFC 3629). */
    private void start(int first) {
        if (first >= 0xC2 && first <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (first == 0xE0) {
            expect(2, 0xA0, 0xBF);
        } else if (first == 0xED) {
            expect(2, 0x80, 0x9F);
        } else if (first >= 0xE1 && first <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (first == 0xF0) {
            expect(3, 0x90, 0xBF);
        } else if (first >= 0xF1 && first <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (first == 0xF4) {
            expect(3, 0x80, 0x8F);
        } else {
            throw notUtf8(1);
        }
    }

    private void expect(int bytes, int low, int high) {
        needed = bytes;
        sequenceLength = bytes + 1;
        lowest = low;
        highest = high;
    }

    /**
     * The error for a byte out of range at an index of the character begun: a byte that continues no
     * character ends what is shown; one that would continue it shows the whole form, which is no character
     * (an overlong form, a surrogate, beyond U+10FFFF), reading on for it if it is not all here yet.
     */
    private InvalidInputException notUtf8(int next, int index) throws IOException {
        if (next < 0x80 || next > 0xBF) {
            return notUtf8(index);
        }
        int length = index + 1;
        while (length < sequenceLength) {
            if (characterStart - keptStart + length >= keptLength) {
                int more = in.read();
                if (more < 0) {
                    break;
                }
                keep(new byte[] {(byte) more}, 0, 1);
            }
            int following = kept[(int) (characterStart - keptStart) + length] & 0xFF;
            if (following < 0x80 || following > 0xBF) {
                break;
            }
            length++;
        }
        return notUtf8(length);
    }

    /** The error for the bytes from {@code characterStart}: those of a character begun, or one stray byte. */
    private InvalidInputException notUtf8(int length) {
        StringBuilder shown = new StringBuilder();
        int from = (int) Math.max(0, characterStart - keptStart);
        for (int i = from; i < Math.min(keptLength, from + Math.max(1, length)); i++) {
            shown.append(String.format("\\x%02X", kept[i] & 0xFF));
        }
        return InvalidInputException.of("The input is not UTF-8 text: these bytes are no character", shown.toString())
                .withLine(line(characterStart)).withColumn(column(characterStart))
                .withHint("Save the document as UTF-8");
    }

    /**
     * Marks the first token of a document: the bytes before it are let go, and its place is remembered.
     *
     * @param offset the token's byte offset
     * @param line its line, as the byte parser counted it
     * @param byteColumn its column in bytes, as the byte parser counted it
     */
    public void startDocument(long offset, long line, long byteColumn) {
        if (offset < keptStart || offset > keptStart + keptLength) {
            return;
        }
        long lineStart = offset - (byteColumn - 1);
        long column = lineStart >= keptStart ? 1 + characters(lineStart, offset)
                : keptColumn + characters(keptStart, offset);
        int drop = (int) (offset - keptStart);
        System.arraycopy(kept, drop, kept, 0, keptLength - drop);
        keptLength -= drop;
        keptStart = offset;
        keptLine = line;
        keptColumn = column;
        if (kept.length > 4 * INITIAL_KEPT && keptLength < kept.length / 4) {
            kept = Arrays.copyOf(kept, Math.max(INITIAL_KEPT, keptLength * 2));
        }
    }

    /**
     * The line of the byte at an offset of the current document.
     *
     * @param offset the byte offset
     * @return the line, from 1; 0 if the offset is not kept
     */
    public long line(long offset) {
        return walk(offset, true);
    }

    /**
     * The column, in characters, of the byte at an offset of the current document.
     *
     * @param offset the byte offset
     * @return the column, from 1; 0 if the offset is not kept
     */
    public long column(long offset) {
        return walk(offset, false);
    }

    /** Counts lines and columns from the start of what is kept to the offset. */
    private long walk(long offset, boolean wantLine) {
        if (offset < keptStart || offset > keptStart + keptLength) {
            return 0;
        }
        long line = keptLine;
        long column = keptColumn;
        boolean afterCarriageReturn = false;
        int end = (int) (offset - keptStart);
        for (int i = 0; i < end; i++) {
            byte b = kept[i];
            if (b == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
                afterCarriageReturn = false;
            } else if (b == '\r') {
                line++;
                column = 1;
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
                column += width(b);
            }
        }
        return wantLine ? line : column;
    }

    /**
     * Where the member name before a value begins: read back from the value over white space, the colon and
     * white space to the name's closing quote, then to its opening quote (one not escaped by a backslash).
     * No byte of a character beyond ASCII is a quote or a backslash, so reading back over bytes is safe.
     *
     * @param valueOffset the byte offset of the value
     * @return the byte offset of the name's opening quote; the value's if there is no name before it
     */
    public long nameStart(long valueOffset) {
        int i = (int) (valueOffset - keptStart) - 1;
        if (i >= keptLength) {
            return valueOffset;
        }
        i = skipSpaceBack(i);
        if (i < 0 || kept[i] != ':') {
            return valueOffset;
        }
        i = skipSpaceBack(i - 1);
        if (i < 0 || kept[i] != '"') {
            return valueOffset;
        }
        for (i--; i >= 0; i--) {
            if (kept[i] == '"') {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && kept[j] == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return keptStart + i;
                }
            }
        }
        return valueOffset;
    }

    private int skipSpaceBack(int from) {
        int i = from;
        while (i >= 0 && (kept[i] == ' ' || kept[i] == '\t' || kept[i] == '\n' || kept[i] == '\r')) {
            i--;
        }
        return i;
    }

    /**
     * How many characters (UTF-16 code units, as Java counts a string's length) the kept bytes between two
     * offsets hold.
     *
     * @param from the first byte offset
     * @param to the offset after the last
     * @return the count; the bytes between, if they are not all kept
     */
    public long characters(long from, long to) {
        if (from < keptStart || to > keptStart + keptLength || from > to) {
            return to - from;
        }
        long count = 0;
        for (int i = (int) (from - keptStart), end = (int) (to - keptStart); i < end; i++) {
            count += width(kept[i]);
        }
        return count;
    }

    /** A byte's share of the characters: one for a character's first byte, two for one beyond U+FFFF. */
    private static int width(byte b) {
        if (b >= 0) {
            return 1;
        }
        if ((b & 0xC0) == 0x80) {
            return 0;
        }
        return (b & 0xF8) == 0xF0 ? 2 : 1;
    }

    /** Does not close the stream, which belongs to the caller. */
    @Override
    public void close() {
        // The caller opened the stream and closes it.
    }
}
