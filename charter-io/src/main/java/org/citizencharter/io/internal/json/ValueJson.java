package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.io.Serial;
import org.citizencharter.core.InvalidInputException;

/**
 * Jackson 2's serializers and deserializers of charter's {@link Values value types}, for a host's own
 * objects. A value that cannot be read is databind's {@link InvalidFormatException} (with databind's path
 * to it and the location of the value), whose cause is charter's {@link InvalidInputException}.
 * Immutable and thread-safe.
 */
public final class ValueJson {

    private ValueJson() {
    }

    /**
     * Adds a serializer and a deserializer of each value type.
     *
     * @param serializers where serializers go
     * @param deserializers where deserializers go
     */
    public static void addTo(SimpleSerializers serializers, SimpleDeserializers deserializers) {
        for (Values.Value<?> value : Values.ALL) {
            add(value, serializers, deserializers);
        }
    }

    private static <T> void add(Values.Value<T> value, SimpleSerializers serializers,
            SimpleDeserializers deserializers) {
        serializers.addSerializer(value.type(), new Serializer<>(value));
        deserializers.addDeserializer(value.type(), new Deserializer<>(value));
    }

    private static final class Serializer<T> extends StdScalarSerializer<T> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient Values.Value<T> value;

        Serializer(Values.Value<T> value) {
            super(value.type());
            this.value = value;
        }

        @Override
        public void serialize(T object, JsonGenerator out, SerializerProvider provider) throws IOException {
            String text = value.format().apply(object);
            if (value.number()) {
                out.writeNumber(text);
            } else {
                out.writeString(text);
            }
        }
    }

    private static final class Deserializer<T> extends StdScalarDeserializer<T> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient Values.Value<T> value;

        Deserializer(Values.Value<T> value) {
            super(value.type());
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING && !(value.number() && token.isNumeric())) {
                return (T) context.handleUnexpectedToken(value.type(), parser);
            }
            String text = parser.getText();
            try {
                return value.parse().apply(text);
            } catch (InvalidInputException invalid) {
                InvalidFormatException error = InvalidFormatException.from(parser, invalid.problem(), text,
                        value.type());
                error.initCause(invalid);
                throw error;
            }
        }
    }
}
