package org.citizencharter.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, for {@code charter batch}'s JSON Lines: it reads the stream a block at a
 * time and finds each line end in the block, so a line costs no call per byte. A line that lies within one
 * block is handed out where it lies, without copying; one that crosses blocks is put together in a buffer
 * kept from line to line. Either stays valid only until the next {@link #next()}. A line longer than the
 * limit is read to its end and only said to be too long. Not thread-safe: the batch's reading thread alone
 * uses it.
 */
final class LineReader {

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final long max;
    private final byte[] block = new byte[BLOCK];
    private int position;
    private int limit;
    private boolean ended;
    private byte[] joined = new byte[1 << 12];

    private byte[] bytes;
    private int offset;
    private int length;
    private boolean tooLong;

    /**
     * Reads lines from a stream.
     *
     * @param in the stream, read in blocks
     * @param max the most bytes a line may have
     */
    LineReader(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    /**
     * Moves to the next line, without its line end ({@code \n}, or {@code \r\n}).
     *
     * @return false at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    boolean next() throws IOException {
        tooLong = false;
        int joinedLength = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return false;
                }
                view(joined, 0, joinedLength);
                return true;
            }
            any = true;
            int end = position;
            while (end < limit && block[end] != '\n') {
                end++;
            }
            int segment = end - position;
            if (end < limit && joinedLength == 0 && !tooLong) {
                // The whole line is in this block: hand it out where it is.
                tooLong = segment > max;
                view(block, position, segment);
                position = end + 1;
                return true;
            }
            if (!tooLong) {
                if (joinedLength + (long) segment > max) {
                    tooLong = true;
                } else {
                    if (joinedLength + segment > joined.length) {
                        joined = Arrays.copyOf(joined,
                                (int) Math.min(max, Math.max(joinedLength + (long) segment, 2L * joined.length)));
                    }
                    System.arraycopy(block, position, joined, joinedLength, segment);
                    joinedLength += segment;
                }
            }
            if (end < limit) {
                position = end + 1;
                view(joined, 0, joinedLength);
                return true;
            }
            position = limit;
        }
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(block, 0, BLOCK);
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private void view(byte[] array, int from, int count) {
        bytes = array;
        offset = from;
        length = tooLong ? 0 : count;
        if (length > 0 && bytes[offset + length - 1] == '\r') {
            length--;
        }
    }

    /** Whether the line was longer than the limit (its bytes are then not kept). */
    boolean tooLong() {
        return tooLong;
    }

    /** Whether the line holds only white space (or a byte order mark). */
    boolean isBlank() {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            boolean bom = i + 2 < end && (b & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBB
                    && (bytes[i + 2] & 0xFF) == 0xBF;
            if (bom) {
                i += 2;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The line's bytes as a stream, valid until the next line is read. */
    InputStream stream() {
        return new ByteArrayInputStream(bytes, offset, length);
    }
}
