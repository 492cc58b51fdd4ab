package org.citizencharter.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.citizencharter.core.InvalidInputException;

/**
 * Reads UTF-8 bytes as text, strictly: bytes that are not UTF-8 are an {@link InvalidInputException}
 * that names the line and column (in characters) where they stand and shows them in hex, never a
 * replacement character. A leading byte order mark is skipped.
 *
 * <p>The parser reads characters through it, so that the columns of every error count characters, as
 * an editor does, rather than the bytes of Bengali letters. Closing it does not close the stream, which
 * belongs to the caller. Not thread-safe.
 */
public final class Utf8Reader extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer pending = CharBuffer.allocate(2).flip();
    private boolean endOfInput;
    private boolean started;
    private long line = 1;
    private long column = 1;
    private boolean afterCarriageReturn;

    /**
     * A reader of a stream of UTF-8 bytes.
     *
     * @param in the stream; not closed by this reader
     */
    public Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int count;
        do {
            count = decode(buffer, offset, length);
            if (count > 0 && !started) {
                started = true;
                if (buffer[offset] == BYTE_ORDER_MARK) {
                    System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
                    count--;
                }
            }
        } while (count == 0);
        if (count > 0) {
            track(buffer, offset, count);
        }
        return count;
    }

    /** Decodes at least one character, or returns -1 at the end. */
    private int decode(char[] buffer, int offset, int length) throws IOException {
        if (pending.hasRemaining()) {
            buffer[offset] = pending.get();
            return 1;
        }
        // A buffer of one character cannot take a surrogate pair: decode into two and keep the second.
        CharBuffer out = length >= 2 ? CharBuffer.wrap(buffer, offset, length) : pending.clear();
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                track(out.array(), out.arrayOffset() + (out == pending ? 0 : offset),
                        out.position() - (out == pending ? 0 : offset));
                throw notUtf8(result.length());
            }
            int decoded = out.position() - (out == pending ? 0 : offset);
            if (decoded > 0) {
                if (out == pending) {
                    pending.flip();
                    buffer[offset] = pending.get();
                    return 1;
                }
                return decoded;
            }
            if (endOfInput) {
                return -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private InvalidInputException notUtf8(int length) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            shown.append(String.format("\\x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return InvalidInputException.of("The input is not UTF-8 text: these bytes are no character", shown.toString())
                .withLine(line).withColumn(column).withHint("Save the document as UTF-8");
    }

    /** Counts lines and columns as the parser does: "\r\n", "\r" and "\n" each end a line. */
    private void track(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            char c = chars[i];
            if (c == '\n') {
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

    /** Does not close the stream, which belongs to the caller. */
    @Override
    public void close() {
        // The caller opened the stream and closes it.
    }
}
