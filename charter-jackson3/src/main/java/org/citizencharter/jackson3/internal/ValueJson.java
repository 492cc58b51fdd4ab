package org.citizencharter.jackson3.internal;

import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.json.Values;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Jackson 3's serializers and deserializers of charter's value types, from the description the Jackson 2
 * module uses ({@link Values}), for a host's own objects. A value that cannot be read is databind's
 * {@link InvalidFormatException} (with databind's path to it and the location of the value), whose cause
 * is charter's {@link InvalidInputException}. Immutable and thread-safe.
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

        private final Values.Value<T> value;

        Serializer(Values.Value<T> value) {
            super(value.type());
            this.value = value;
        }

        @Override
        public void serialize(T object, JsonGenerator out, SerializationContext context) {
            String text = value.format().apply(object);
            if (value.number()) {
                out.writeNumber(text);
            } else {
                out.writeString(text);
            }
        }
    }

    private static final class Deserializer<T> extends StdScalarDeserializer<T> {

        private final Values.Value<T> value;

        Deserializer(Values.Value<T> value) {
            super(value.type());
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING && !(value.number() && token.isNumeric())) {
                return (T) context.handleUnexpectedToken(value.type(), parser);
            }
            String text = parser.getString();
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
