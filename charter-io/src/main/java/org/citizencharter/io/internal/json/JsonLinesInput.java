package org.citizencharter.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.citizencharter.core.InvalidInputException;

/**
 * A JSON Lines input, a line at a time: white space and empty lines are skipped as they come (never kept,
 * however many), and each line's document is read from {@link #restOfLine()}, a stream that ends where the
 * line does, so that nothing a line holds (bytes that are not UTF-8, malformed JSON, a document too long)
 * reaches the reading of another. Lines end at "\n", "\r\n" or "\r". A leading byte order mark is skipped.
 * Memory is one buffer. Closing it does not close the stream, which belongs to the caller. Not thread-safe.
 */
public final class JsonLinesInput {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean ended;
    private boolean started;
    private boolean afterCarriageReturn;
    private long line = 1;
    private long column = 1;
    private final InputStream restOfLine = new RestOfLine();

    /**
     * The lines of a stream.
     *
     * @param in UTF-8 bytes; not closed by this
     */
    public JsonLinesInput(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /**
     * Skips white space and line ends up to the next thing that is neither.
     *
     * @return that byte, not taken, or -1 at the end of the input
     * @throws IOException if reading fails
     */
    public int skipBlank() throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return -1;
            }
            byte b = buffer[position];
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
            } else if (b == ' ' || b == '\t') {
                column++;
                afterCarriageReturn = false;
            } else {
                afterCarriageReturn = false;
                return b & 0xFF;
            }
            position++;
        }
    }

    /**
     * The line of the next byte.
     *
     * @return the line, from 1
     */
    public long line() {
        return line;
    }

    /**
     * The column, in characters, of the next byte, as {@link #skipBlank()} left it.
     *
     * @return the column, from 1
     */
    public long column() {
        return column;
    }

    /**
     * Whether the input goes on as a document written over many lines, as a pretty printer writes one: a
     * line holding only <code>{</code> (and spaces or tabs), then, after white space and line ends, a member's
     * name or the <code>}</code> that ends the object. Looked at without taking anything. A line of
     * <code>{</code> alone followed by another document (a bad line of JSON Lines) is not such a start.
     *
     * @return whether the input starts a document over many lines
     * @throws IOException if reading fails
     */
    public boolean startsDocumentOverLines() throws IOException {
        boolean lineEnded = false;
        for (int k = 0; ; k++) {
            if (position + k == limit && !more()) {
                // The end of the input, or a buffer full of white space: read as JSON Lines.
                return false;
            }
            byte b = buffer[position + k];
            boolean blank = b == ' ' || b == '\t';
            boolean lineEnd = b == '\n' || b == '\r';
            if (k == 0) {
                if (b != '{') {
                    return false;
                }
            } else if (!lineEnded) {
                if (lineEnd) {
                    lineEnded = true;
                } else if (!blank) {
                    return false;
                }
            } else if (!blank && !lineEnd) {
                return b == '"' || b == '}';
            }
        }
    }

    /** More bytes after those not yet taken, which move to the buffer's start; false at the end or when full. */
    private boolean more() throws IOException {
        if (ended) {
            return false;
        }
        int kept = limit - position;
        System.arraycopy(buffer, position, buffer, 0, kept);
        position = 0;
        limit = kept;
        if (limit == buffer.length) {
            return false;
        }
        int count;
        do {
            count = in.read(buffer, limit, buffer.length - limit);
        } while (count == 0);
        if (count < 0) {
            ended = true;
            return false;
        }
        limit += count;
        return true;
    }

    /**
     * The rest of the current line, as a stream that ends before the line's end; the same stream each time.
     *
     * @return the stream
     */
    public InputStream restOfLine() {
        return restOfLine;
    }

    /**
     * Skips what is left of the current line, without keeping it, up to its line end.
     *
     * @return whether it was all spaces and tabs
     * @throws IOException if reading fails
     */
    public boolean skipRestOfLine() throws IOException {
        boolean blank = true;
        while (true) {
            if (position == limit && !fill()) {
                return blank;
            }
            byte b = buffer[position];
            if (b == '\n' || b == '\r') {
                return blank;
            }
            blank &= b == ' ' || b == '\t';
            position++;
        }
    }

    /**
     * Everything from the next byte to the end of the input, as it comes: for input that is not JSON Lines.
     *
     * @return the stream
     */
    public InputStream rest() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (position == limit && !fill()) {
                    return -1;
                }
                return buffer[position++] & 0xFF;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                Objects.checkFromIndexSize(offset, length, into.length);
                if (length == 0) {
                    return 0;
                }
                if (position == limit) {
                    if (ended) {
                        return -1;
                    }
                    return in.read(into, offset, length);
                }
                int count = Math.min(length, limit - position);
                System.arraycopy(buffer, position, into, offset, count);
                position += count;
                return count;
            }
        };
    }

    /**
     * An error read from one line's stream, placed in the whole input: at the line's number, its column
     * counted from the line's start.
     *
     * @param problem the error, located in the line's stream
     * @param atLine the line
     * @param atColumn the column where the line's stream began
     * @return the error, located in the input
     */
    public static InvalidInputException locate(InvalidInputException problem, long atLine, long atColumn) {
        InvalidInputException located = problem.withLine(atLine + Math.max(0, problem.line().orElse(1) - 1));
        if (problem.column().isPresent() && problem.line().orElse(1) == 1) {
            located = located.withColumn(problem.column().getAsLong() + atColumn - 1);
        }
        return located;
    }

    /** Bytes after the last taken (called when all are taken); false at the end. */
    private boolean fill() throws IOException {
        if (!more()) {
            return false;
        }
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && !ended) {
            int more = in.read(buffer, limit, buffer.length - limit);
            if (more < 0) {
                break;
            }
            limit += more;
        }
        if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
    }

    /** The current line's bytes, up to (not including) its line end. */
    private final class RestOfLine extends InputStream {
        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            byte b = buffer[position];
            if (b == '\n' || b == '\r') {
                return -1;
            }
            position++;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int end = Math.min(limit, position + length);
            int i = position;
            while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            int count = i - position;
            if (count == 0) {
                return -1;
            }
            System.arraycopy(buffer, position, into, offset, count);
            position = i;
            return count;
        }
    }
}
