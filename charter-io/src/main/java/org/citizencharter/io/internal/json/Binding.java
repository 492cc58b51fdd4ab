package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.type.ArrayType;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.eclipse.collections.api.factory.Lists;

/**
 * How Jackson 2's databind reads charter's documents: into the plain records of {@link Shapes}, bound
 * by their constructors, with charter's deserializers for its values (strict: a value of the wrong JSON
 * type is an error, never coerced; numbers kept as written), then turned into the model by the shared
 * conversions ({@link HierarchyJson#read(Shapes.Hierarchy, Places)}), which place their errors with the
 * {@link Places} noted while reading.
 *
 * <p>While a document is read its parser is wrapped so that each object of a shape refuses a field the
 * shape does not have (at the field's name, whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}),
 * a key repeated in an object, a string beyond the limit or with half a surrogate pair, and a document
 * longer than {@link TreeReader#DOCUMENT_LIMIT}. Stateless and thread-safe.
 */
public final class Binding {

    private Binding() {
    }

    /**
     * Registers the value deserializers and the modifier that marks where shapes stand.
     *
     * @param context the module's set-up context
     */
    public static void setUp(Module.SetupContext context) {
        SimpleDeserializers values = new SimpleDeserializers();
        values.addDeserializer(JsonNumber.class, new Value<>(JsonNumber.class, "a number", Binding::number));
        values.addDeserializer(OfficeId.class, new Value<>(OfficeId.class, "a string", parser -> OfficeId.of(string(parser))));
        values.addDeserializer(OfficeLevel.class, constant(OfficeLevel.class));
        values.addDeserializer(BilingualText.class, new Value<>(BilingualText.class, "an object", Binding::text));
        values.addDeserializer(Extensions.class, new Value<>(Extensions.class, "an object",
                parser -> Extensions.of(ExtensionsJson.capture(parser, ignored -> { }))));
        context.addDeserializers(values);
        context.addBeanDeserializerModifier(new Marking());
    }

    // ---------------------------------------------------------------------------------------------
    // Documents

    /**
     * The deserializer of a document: its shape read by databind, then turned into the model.
     *
     * @param <S> the shape
     * @param <T> the model's type
     */
    public static final class Document<S, T> extends StdDeserializer<T> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Class<S> shape;
        private final transient BiFunction<S, Places, T> convert;

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
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object limit = context.getAttribute(TreeReader.DOCUMENT_LIMIT);
            String base = parser.getParsingContext().pathAsPointer().toString();
            Places places = new Places(base);
            // charter finds a repeated key itself, at the key, with its own error; Jackson's check would come first.
            boolean duplicates = parser.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (duplicates) {
                parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
            try {
                Checking checked = new Checking(parser, limit instanceof Long characters ? characters : 0, places);
                S document = context.readValue(checked, shape);
                checked.checkEnd();
                try {
                    return convert.apply(document, places);
                } catch (InvalidInputException problem) {
                    throw new CharterMappingException(parser, problem, (JsonLocation) places.location(problem));
                }
            } catch (InvalidInputException problem) {
                throw new CharterMappingException(parser, problem, null);
            } catch (JsonMappingException problem) {
                throw new CharterMappingException(parser, error(problem, parser, base), null);
            } catch (StreamReadException problem) {
                throw new CharterMappingException(parser, JsonErrors.from(problem, parser), null);
            } finally {
                if (duplicates) {
                    parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                }
            }
        }
    }

    /** The error of a databind exception: charter's own if it holds one, else from its type, path and place. */
    private static InvalidInputException error(JsonMappingException problem, JsonParser parser, String base) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours;
            }
            if (cause instanceof StreamReadException unreadable && !(cause instanceof JsonMappingException)) {
                return JsonErrors.from(unreadable, parser);
            }
        }
        StringBuilder pointer = new StringBuilder(base);
        String label = "The document";
        for (JsonMappingException.Reference step : problem.getPath()) {
            pointer.append('/');
            if (step.getFieldName() != null) {
                pointer.append(step.getFieldName().replace("~", "~0").replace("/", "~1"));
                label = "The field \"" + step.getFieldName() + "\"";
            } else {
                pointer.append(step.getIndex());
                label = "Item " + step.getIndex();
            }
        }
        String expected = problem instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? mismatch.getTargetType().getSimpleName() : "a value charter reads";
        InvalidInputException error = InvalidInputException.of(label + " cannot be read as " + expected + ": "
                + problem.getOriginalMessage()).withPointer(pointer.toString());
        JsonLocation where = problem.getLocation();
        return Locations.locate(error, where);
    }

    // ---------------------------------------------------------------------------------------------
    // The parser while a document is read

    /**
     * The document's parser, checking each token as databind reads it. One per document.
     */
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
        private final long start;
        private final long limit;
        private final int maxString;
        private final SourceReader source;

        Checking(JsonParser parser, long limit, Places places) {
            super(parser);
            this.places = places;
            this.source = parser.getInputSource() instanceof SourceReader reader ? reader : null;
            this.start = parser.currentTokenLocation().getCharOffset();
            this.limit = limit;
            this.maxString = parser.streamReadConstraints().getMaxStringLength();
            open.push(new Open(parser.currentToken() == JsonToken.START_OBJECT ? new HashSet<>() : null, Places.root()));
        }

        /** The object now open is of a shape: it may hold only the fields the shape has. */
        void expect(Class<?> shape) {
            Open current = open.peek();
            if (current != null && current.names != null) {
                current.shape = shape;
                current.known = Shapes.fields(shape);
            }
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = delegate.nextToken();
            if (token == null) {
                return null;
            }
            switch (token) {
                case START_OBJECT -> {
                    checkLimit();
                    open.push(new Open(new HashSet<>(), frame()));
                }
                case START_ARRAY -> {
                    checkLimit();
                    open.push(new Open(null, frame()));
                }
                case END_OBJECT, END_ARRAY -> open.pop();
                case FIELD_NAME -> name(delegate.currentName());
                case VALUE_STRING -> {
                    checkLimit();
                    checkedText();
                }
                case VALUE_NULL -> {
                    checkLimit();
                    // No deserializer sees a null: noted here, so that "must not be null" stands at it.
                    note();
                }
                default -> checkLimit();
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
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
            JsonStreamContext around = delegate.getParsingContext().getParent();
            return places.open(open.element().frame, around.inObject() ? around.getCurrentName() : null,
                    around.inArray() ? around.getCurrentIndex() : -1);
        }

        /** Notes where the value at the current token stands: an object or array itself, or a scalar in one. */
        void note() {
            JsonLocation at = delegate.currentTokenLocation();
            JsonToken token = delegate.currentToken();
            if (token != null && token.isStructStart()) {
                places.note(open.element().frame, null, -1, at.getLineNr(), at.getColumnNr(), at);
            } else {
                JsonStreamContext in = delegate.getParsingContext();
                places.note(open.element().frame, in.inObject() ? in.getCurrentName() : null,
                        in.inArray() ? in.getCurrentIndex() : -1, at.getLineNr(), at.getColumnNr(), at);
            }
        }

        private void name(String name) {
            JsonErrors.checkSurrogates(delegate, name);
            Open current = open.element();
            if (current.known != null && !current.known.contains(name)) {
                throw JsonErrors.atToken(delegate, "The field is not part of " + Shapes.describe(current.shape), name)
                        .withHint(Fields.hint(name, current.known));
            }
            if (!current.names.add(name)) {
                throw JsonErrors.duplicate(delegate, name);
            }
        }

        private void checkLimit() {
            // A value that begins at the limit's index makes the document one character too long at least.
            if (limit > 0 && delegate.currentTokenLocation().getCharOffset() - start >= limit) {
                throw JsonErrors.atToken(delegate, JsonErrors.documentTooLong(limit), null)
                        .withHint("Raise JsonLimits.maxDocumentLength");
            }
        }

        /** The document may end no further than the limit. */
        void checkEnd() {
            if (limit > 0 && delegate.currentLocation().getCharOffset() - start > limit) {
                throw JsonErrors.atEnd(delegate, JsonErrors.documentTooLong(limit))
                        .withHint("Raise JsonLimits.maxDocumentLength");
            }
        }

        private void checkedText() throws IOException {
            // The length first: Jackson refuses a string beyond its own limit when making it, at the string's end.
            int length;
            try {
                length = delegate.getTextLength();
            } catch (StreamReadException unfinished) {
                throw JsonErrors.fromString(unfinished, delegate, source);
            }
            if (length > maxString) {
                throw JsonErrors.atToken(delegate, JsonErrors.stringTooLong(length, maxString), null)
                        .withHint("Raise JsonLimits.maxStringLength");
            }
            JsonErrors.checkSurrogates(delegate, delegate.getText());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Shapes: where each stands, and that it is an object (or an array of objects)

    /** Wraps the deserializers of the shapes and of arrays of them. */
    private static final class Marking extends BeanDeserializerModifier {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return Shapes.isShape(description.getBeanClass()) ? new Marked(deserializer, description.getBeanClass())
                    : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return Shapes.isShape(type.getContentType().getRawClass()) ? new Marked(deserializer, null) : deserializer;
        }
    }

    /** A shape's deserializer (or an array's, with no shape) that notes where the value stands. */
    private static final class Marked extends DelegatingDeserializer {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Class<?> shape;

        Marked(JsonDeserializer<?> delegate, Class<?> shape) {
            super(delegate);
            this.shape = shape;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Marked(delegate, shape);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
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

    // ---------------------------------------------------------------------------------------------
    // Values

    /** What reads a value at the parser's current token, which is not null. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** The deserializer of one of charter's values, placing its errors at the value. */
    private static final class Value<T> extends StdDeserializer<T> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String expected;
        private final transient Reading<T> reading;

        Value(Class<T> type, String expected, Reading<T> reading) {
            super(type);
            this.expected = expected;
            this.reading = reading;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
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
                InvalidInputException placed = JsonErrors.atToken(parser, problem.problem(),
                        problem.text().orElse(null));
                throw problem.hint().isPresent() ? placed.withHint(problem.hint().get()) : placed;
            } catch (IllegalArgumentException problem) {
                throw JsonErrors.atToken(parser, problem.getMessage(), parser.getText());
            }
        }
    }

    private static <E extends Enum<E>> Value<E> constant(Class<E> type) {
        return new Value<>(type, "a string", parser -> {
            String text = parser.getText();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException noSuchConstant) {
                throw JsonErrors.atToken(parser, label(parser) + " is not one of "
                        + Lists.immutable.of(type.getEnumConstants()).makeString(", "), text);
            }
        });
    }

    private static JsonNumber number(JsonParser parser) throws IOException {
        return new JsonNumber(parser.getText());
    }

    private static String string(JsonParser parser) throws IOException {
        return parser.getText();
    }

    /** A text in Bengali and English: an object of two strings, either left out (or null) for empty. */
    private static BilingualText text(JsonParser parser) throws IOException {
        String bn = "";
        String en = "";
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            if (!name.equals("bn") && !name.equals("en")) {
                throw JsonErrors.atToken(parser, "The field is not part of a text in Bengali and English", name)
                        .withHint(Fields.hint(name, List.of("bn", "en")));
            }
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            if (value != JsonToken.VALUE_STRING) {
                throw wrongType(parser, "a string");
            }
            if (name.equals("bn")) {
                bn = parser.getText();
            } else {
                en = parser.getText();
            }
        }
        return BilingualText.of(bn, en);
    }

    /** Notes where the value at the parser's current token stands, if a document is being read. */
    private static void note(JsonParser parser) {
        if (parser instanceof Checking checking) {
            checking.note();
        }
    }

    private static InvalidInputException wrongType(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        String text = token != null && token.isScalarValue() ? textOf(parser) : null;
        return JsonErrors.atToken(parser, label(parser) + " must be " + expected + ", not " + JsonErrors.describe(token),
                text);
    }

    private static String textOf(JsonParser parser) {
        try {
            return parser.getText();
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** How a message names the value at the parser: {@code The field "weight"}, {@code Item 2 of "areas"}. */
    static String label(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
            context = context.getParent();
        }
        if (context == null || context.inRoot()) {
            return "The document";
        }
        if (context.inObject()) {
            return "The field \"" + context.getCurrentName() + "\"";
        }
        JsonStreamContext parent = context.getParent();
        String array = parent != null && parent.inObject() && parent.getCurrentName() != null
                ? "\"" + parent.getCurrentName() + "\"" : "the array";
        return "Item " + context.getCurrentIndex() + " of " + array;
    }
}
