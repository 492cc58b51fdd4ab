package org.citizencharter.jackson3.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.io.internal.json.ExtensionsJson;
import org.citizencharter.io.internal.json.Fields;
import org.citizencharter.io.internal.json.JsonErrors;
import org.citizencharter.io.internal.json.JsonNumber;
import org.citizencharter.io.internal.json.Places;
import org.citizencharter.io.internal.json.Shapes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.type.ArrayType;

/**
 * How Jackson 3's databind reads charter's documents: into the same plain records as Jackson 2
 * ({@link Shapes}), turned into the model by the same conversions, which place their errors with the
 * {@link Places} noted while reading. Only the value deserializers and the checks on the parser are
 * Jackson 3's own; they mirror charter-io's {@code internal.json.Binding}. Stateless and thread-safe.
 */
public final class Binding {

    private Binding() {
    }

    /**
     * Registers the value deserializers and the modifier that marks where shapes stand.
     *
     * @param context the module's set-up context
     */
    public static void setUp(JacksonModule.SetupContext context) {
        SimpleDeserializers values = new SimpleDeserializers();
        values.addDeserializer(JsonNumber.class, new Value<>(JsonNumber.class, "a number",
                parser -> new JsonNumber(parser.getString())));
        values.addDeserializer(OfficeId.class, new Value<>(OfficeId.class, "a string",
                parser -> OfficeId.of(parser.getString())));
        values.addDeserializer(OfficeLevel.class, constant(OfficeLevel.class));
        values.addDeserializer(BilingualText.class, new Value<>(BilingualText.class, "an object", Binding::text));
        values.addDeserializer(Extensions.class, new Value<>(Extensions.class, "an object", Binding::extensions));
        context.addDeserializers(values);
        context.addDeserializerModifier(new Marking());
    }

    /**
     * The deserializer of a document: its shape read by databind, then turned into the model.
     *
     * @param <S> the shape
     * @param <T> the model's type
     */
    public static final class Document<S, T> extends StdDeserializer<T> {

        private final Class<S> shape;
        private final BiFunction<S, Places, T> convert;

        /**
         * A deserializer of one kind of document.
         *
         * @param type the model's type
         * @param shape the document's shape
         * @param convert what makes the model of the shape
         */
        public Document(Class<T> type, Class<S> shape, BiFunction<S, Places, T> convert) {
            super(type);
            this.shape = shape;
            this.convert = convert;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            String base = parser.streamReadContext().pathAsPointer().toString();
            Places places = new Places(base);
            try {
                S document = context.readValue(new Checking(parser, places), shape);
                return convert.apply(document, places);
            } catch (InvalidInputException problem) {
                throw DatabindException.from(parser, problem.getMessage(), problem);
            } catch (StreamReadException unreadable) {
                throw unreadable;
            } catch (DatabindException problem) {
                InvalidInputException ours = ours(problem);
                if (ours == null) {
                    throw problem;
                }
                throw DatabindException.from(parser, ours.getMessage(), ours);
            }
        }
    }

    private static InvalidInputException ours(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours;
            }
        }
        return null;
    }

    /** The document's parser, checking each token as databind reads it. One per document. */
    static final class Checking extends JsonParserDelegate {

        /** An open object or array: the names seen in an object, and those its shape has. */
        private static final class Open {
            private final Set<String> names;
            private final int frame;
            private List<String> known;
            private Class<?> shape;

            Open(Set<String> names, int frame) {
                this.names = names;
                this.frame = frame;
            }
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private final Places places;
        private final int maxString;

        Checking(JsonParser parser, Places places) {
            super(parser);
            this.places = places;
            this.maxString = parser.streamReadConstraints().getMaxStringLength();
            open.push(new Open(parser.currentToken() == JsonToken.START_OBJECT ? new HashSet<>() : null, Places.root()));
        }

        void expect(Class<?> shape) {
            Open current = open.peek();
            if (current != null && current.names != null) {
                current.shape = shape;
                current.known = Shapes.fields(shape);
            }
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = delegate.nextToken();
            if (token == null) {
                return null;
            }
            switch (token) {
                case START_OBJECT -> open.push(new Open(new HashSet<>(), frame()));
                case START_ARRAY -> open.push(new Open(null, frame()));
                case END_OBJECT, END_ARRAY -> open.pop();
                case PROPERTY_NAME -> name(delegate.currentName());
                case VALUE_STRING -> checkedText();
                // No deserializer sees a null: noted here, so that "must not be null" stands at it.
                case VALUE_NULL -> note();
                default -> {
                }
            }
            return token;
        }

        @Override
        public JsonToken nextValue() {
            JsonToken token = nextToken();
            return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
        }

        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public boolean nextName(SerializableString name) {
            return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            nextToken();
            return delegate.currentNameMatch(matcher);
        }

        @Override
        public JsonParser skipChildren() {
            JsonToken token = currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                int depth = 1;
                while (depth > 0) {
                    token = nextToken();
                    if (token == null) {
                        break;
                    } else if (token.isStructStart()) {
                        depth++;
                    } else if (token.isStructEnd()) {
                        depth--;
                    }
                }
            }
            return this;
        }

        /** The frame of the object or array that has just begun. */
        private int frame() {
            TokenStreamContext around = delegate.streamReadContext().getParent();
            return places.open(open.element().frame, around.inObject() ? around.currentName() : null,
                    around.inArray() ? around.getCurrentIndex() : -1);
        }

        /** Notes where the value at the current token stands: an object or array itself, or a scalar in one. */
        void note() {
            TokenStreamLocation at = delegate.currentTokenLocation();
            JsonToken token = delegate.currentToken();
            if (token != null && token.isStructStart()) {
                places.note(open.element().frame, null, -1, at.getLineNr(), at.getColumnNr(), at);
            } else {
                TokenStreamContext in = delegate.streamReadContext();
                places.note(open.element().frame, in.inObject() ? in.currentName() : null,
                        in.inArray() ? in.getCurrentIndex() : -1, at.getLineNr(), at.getColumnNr(), at);
            }
        }

        private void name(String name) {
            InvalidInputException half = JsonErrors.halfSurrogate(name);
            if (half != null) {
                throw atToken(delegate, half);
            }
            Open current = open.element();
            if (current.known != null && !current.known.contains(name)) {
                throw atToken(delegate, InvalidInputException.of("The field is not part of "
                        + Shapes.describe(current.shape), name).withHint(Fields.hint(name, current.known)));
            }
            if (!current.names.add(name)) {
                throw atToken(delegate, JsonErrors.duplicateKey(name));
            }
        }

        private void checkedText() {
            int length = delegate.getStringLength();
            if (length > maxString) {
                throw atToken(delegate, InvalidInputException.of(JsonErrors.stringTooLong(length, maxString))
                        .withHint("Raise JsonLimits.maxStringLength"));
            }
            InvalidInputException half = JsonErrors.halfSurrogate(delegate.getString());
            if (half != null) {
                throw atToken(delegate, half);
            }
        }
    }

    /** Wraps the deserializers of the shapes and of arrays of them. */
    private static final class Marking extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return Shapes.isShape(type) ? new Marked(deserializer, type) : deserializer;
        }

        @Override
        public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return Shapes.isShape(type.getContentType().getRawClass()) ? new Marked(deserializer, null) : deserializer;
        }
    }

    /** A shape's deserializer (or an array's, with no shape) that notes where the value stands. */
    private static final class Marked extends DelegatingDeserializer {

        private final Class<?> shape;

        Marked(ValueDeserializer<?> delegate, Class<?> shape) {
            super(delegate);
            this.shape = shape;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Marked(delegate, shape);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken expected = shape == null ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
            if (parser.currentToken() != expected) {
                throw wrongType(parser, shape == null ? "an array" : "an object");
            }
            note(parser);
            if (shape != null && parser instanceof Checking checking) {
                checking.expect(shape);
            }
            return _delegatee.deserialize(parser, context);
        }
    }

    /** What reads a value at the parser's current token, which is not null. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(JsonParser parser);
    }

    /** The deserializer of one of charter's values, placing its errors at the value. */
    private static final class Value<T> extends StdDeserializer<T> {

        private final String expected;
        private final Reading<T> reading;

        Value(Class<T> type, String expected, Reading<T> reading) {
            super(type);
            this.expected = expected;
            this.reading = reading;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            note(parser);
            JsonToken token = parser.currentToken();
            boolean fits = switch (expected) {
                case "a number" -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
                case "a string" -> token == JsonToken.VALUE_STRING;
                default -> token == JsonToken.START_OBJECT;
            };
            if (!fits) {
                throw wrongType(parser, expected);
            }
            try {
                return reading.read(parser);
            } catch (InvalidInputException problem) {
                if (problem.pointer().isPresent()) {
                    throw problem;
                }
                throw atToken(parser, problem);
            } catch (IllegalArgumentException problem) {
                throw atToken(parser, InvalidInputException.of(problem.getMessage(), parser.getString()));
            }
        }
    }

    private static <E extends Enum<E>> Value<E> constant(Class<E> type) {
        return new Value<>(type, "a string", parser -> {
            String text = parser.getString();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw atToken(parser, InvalidInputException.of(label(parser) + " is not one of "
                    + String.join(", ", names), text));
        });
    }

    /** A text in Bengali and English: an object of two strings, either left out (or null) for empty. */
    private static BilingualText text(JsonParser parser) {
        String bn = "";
        String en = "";
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            if (!name.equals("bn") && !name.equals("en")) {
                throw atToken(parser, InvalidInputException.of("The field is not part of a text in Bengali and"
                        + " English", name).withHint(Fields.hint(name, List.of("bn", "en"))));
            }
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            if (value != JsonToken.VALUE_STRING) {
                throw wrongType(parser, "a string");
            }
            if (name.equals("bn")) {
                bn = parser.getString();
            } else {
                en = parser.getString();
            }
        }
        return BilingualText.of(bn, en);
    }

    /** The host's data, copied token by token (numbers as written) and kept in canonical form. */
    private static Extensions extensions(JsonParser parser) {
        return Extensions.of(ExtensionsJson.canonical(new DocumentDeserializer.Copy().value(parser)));
    }

    private static void note(JsonParser parser) {
        if (parser instanceof Checking checking) {
            checking.note();
        }
    }

    private static InvalidInputException atToken(JsonParser parser, InvalidInputException problem) {
        TokenStreamLocation at = parser.currentTokenLocation();
        InvalidInputException error = problem.withPointer(parser.streamReadContext().pathAsPointer().toString());
        return at.getLineNr() > 0 ? error.withLine(at.getLineNr()).withColumn(Math.max(1, at.getColumnNr())) : error;
    }

    private static InvalidInputException wrongType(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        String text = token != null && token.isScalarValue() ? parser.getString() : null;
        return atToken(parser, InvalidInputException.of(label(parser) + " must be " + expected + ", not "
                + describe(token), text));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** How a message names the value at the parser: {@code The field "weight"}, {@code Item 2 of "areas"}. */
    private static String label(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
            context = context.getParent();
        }
        if (context == null || context.inRoot()) {
            return "The document";
        }
        if (context.inObject()) {
            return "The field \"" + context.currentName() + "\"";
        }
        TokenStreamContext parent = context.getParent();
        String array = parent != null && parent.inObject() && parent.currentName() != null
                ? "\"" + parent.currentName() + "\"" : "the array";
        return "Item " + context.getCurrentIndex() + " of " + array;
    }
}
