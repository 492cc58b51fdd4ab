package org.citizencharter.jackson3.internal;

import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one kind of document for a Jackson 3 mapper: charter-io writes it in canonical form, and the
 * mapper's generator takes it as it is. Immutable and thread-safe.
 *
 * @param <T> the model's type
 */
public final class DocumentSerializer<T> extends StdSerializer<T> {

    private final Function<T, String> writes;

    /**
     * A serializer of one kind of document.
     *
     * @param type the model's type
     * @param writes what writes the document, as charter-io does
     */
    public DocumentSerializer(Class<T> type, Function<T, String> writes) {
        super(type);
        this.writes = writes;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
        out.writeRawValue(writes.apply(value));
    }
}
