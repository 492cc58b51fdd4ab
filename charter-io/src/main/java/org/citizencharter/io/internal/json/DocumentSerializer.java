package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;

/**
 * Writes one kind of document for Jackson, in its canonical order, whatever the mapper's settings for
 * numbers and property order. Immutable and thread-safe.
 *
 * @param <T> the model's type
 */
public final class DocumentSerializer<T> extends StdSerializer<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * What writes a document.
     *
     * @param <T> the model's type
     */
    @FunctionalInterface
    public interface Writes<T> {
        /**
         * Writes the document.
         *
         * @param value the model
         * @param out the generator
         * @throws IOException if writing fails
         */
        void write(T value, JsonGenerator out) throws IOException;
    }

    private final transient Writes<T> writes;

    /**
     * A serializer of one kind of document.
     *
     * @param type the model's type
     * @param writes what writes the document
     */
    public DocumentSerializer(Class<T> type, Writes<T> writes) {
        super(type);
        this.writes = writes;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
        writes.write(value, out);
    }
}
