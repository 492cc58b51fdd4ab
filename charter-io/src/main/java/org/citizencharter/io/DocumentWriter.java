package org.citizencharter.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.InvalidInputException;

/**
 * Writes many documents of one kind to one output, one at a time, in constant memory: as JSON Lines
 * (each document on its own line) or as one JSON array (see {@link JsonLayout}). Each document is in
 * canonical form, and reaches the output whole or not at all. Get one from
 * {@link CharterJson#scorecardWriter} or {@link CharterJson#planWriter}; {@link #close()} ends the array
 * and flushes, but leaves the output open, as it belongs to the caller.
 *
 * <pre>{@code
 * try (DocumentWriter<Scorecard> cards = json.scorecardWriter(out, JsonLayout.LINES)) {
 *     for (ActionPlan plan : plans) {
 *         cards.write(engine.score(plan, period));
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread writes with it.
 *
 * @param <T> the kind of document
 */
public final class DocumentWriter<T> implements Closeable, Flushable {

    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARRAY_START = "[\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARRAY_SEPARATOR = ",\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARRAY_END = "\n]\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_ARRAY = "[]\n".getBytes(StandardCharsets.US_ASCII);

    private final ObjectWriter writer;
    private final OutputStream out;
    private final JsonLayout layout;
    private long count;
    private boolean closed;

    DocumentWriter(ObjectWriter writer, OutputStream out, JsonLayout layout) {
        this.writer = writer;
        this.out = requireNonNull(out, "out");
        this.layout = requireNonNull(layout, "layout");
    }

    /**
     * Writes one document.
     *
     * @param document the document
     * @throws InvalidInputException if the document's extensions are not a JSON object (nothing of it is
     *     written)
     * @throws UncheckedIOException if writing fails
     * @throws CharterException if the writer is closed
     */
    public void write(T document) {
        if (closed) {
            throw new CharterException("The writer is closed");
        }
        byte[] bytes = CharterJson.bytes(writer, document);
        try {
            if (layout == JsonLayout.ARRAY) {
                out.write(count == 0 ? ARRAY_START : ARRAY_SEPARATOR);
                out.write(bytes);
            } else {
                out.write(bytes);
                out.write(NEWLINE);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        count++;
    }

    /**
     * How many documents have been written.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Flushes the output.
     *
     * @throws UncheckedIOException if flushing fails
     */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Ends the output (for an array, its closing bracket) and flushes it; the output stays open. Closing
     * again does nothing.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (layout == JsonLayout.ARRAY) {
                out.write(count == 0 ? EMPTY_ARRAY : ARRAY_END);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        flush();
    }
}
