package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.bind.Extension;
import org.citizencharter.io.internal.bind.Items;
import org.citizencharter.io.internal.bind.Members;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.Shape;

/**
 * Binds a document to its {@link Shape}s with Jackson 2's databind: a mapper of charter's own (fields only,
 * unknown members refused), whatever the host's mapper is set to, with deserializers for the scalars and
 * the extensions, and a deserializer around each shape's bean deserializer whose loop over the members
 * checks and places each ({@link Binding}). A problem becomes an
 * {@link InvalidInputException} with the JSON pointer of databind's path; malformed JSON passes as the
 * parser's exception. Thread-safe.
 */
public final class Binder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                    MapperFeature.AUTO_DETECT_SETTERS, MapperFeature.USE_GETTERS_AS_SETTERS)
            .addModule(new SimpleModule("charter-shapes")
                    .addDeserializer(Scalar.class, new TokensDeserializer<>(Scalar.class, Binding::scalar))
                    .addDeserializer(Extension.class, new TokensDeserializer<>(Extension.class, Binding::extension))
                    .addDeserializer(Members.class, new TokensDeserializer<>(Members.class, Binding::members))
                    .setDeserializerModifier(new Placing()))
            .build();

    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    private Binder() {
    }

    /**
     * Binds the value at the parser's current token to a shape.
     *
     * @param <S> the shape
     * @param parser the parser, at the value's first token
     * @param shape the shape's class
     * @param columns the columns in characters of a parser that counts bytes, or null
     * @return the shape, placed
     * @throws InvalidInputException if the document does not fit the shape
     * @throws IOException if reading fails, or the JSON is malformed (the parser's own exception)
     */
    public static <S extends Shape> S read(JsonParser parser, Class<S> shape, CharColumns columns)
            throws IOException {
        String base = parser.getParsingContext().pathAsPointer().toString();
        ObjectReader reader = READERS.get(shape);
        try {
            S bound = shape.cast((columns == null ? reader : CountedTokens.keeping(reader, parser, columns))
                    .readValue(parser));
            bound.placeBase(base);
            return bound;
        } catch (JsonMappingException problem) {
            throw translated(problem, parser, base, columns);
        }
    }

    /** charter's error for what databind threw, with a pointer from its path; malformed JSON as it is. */
    private static RuntimeException translated(JsonMappingException problem, JsonParser parser, String base,
            CharColumns columns) throws IOException {
        String pointer = base + pointer(problem.getPath());
        for (Throwable cause = problem.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours.pointer().isPresent() ? ours : ours.withPointer(pointer);
            }
            if (cause instanceof JsonProcessingException malformed && !(cause instanceof JsonMappingException)) {
                throw malformed;
            }
        }
        return ParserTokens.of(parser, true, columns).error("The document cannot be read: "
                + problem.getOriginalMessage(), null).withPointer(pointer);
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            pointer.append('/');
            if (step.getFieldName() != null) {
                pointer.append(step.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(step.getIndex());
            }
        }
        return pointer.toString();
    }

    /** Reads a value of a type databind leaves to charter ({@link Binding.Read}), where it stood. */
    private static final class TokensDeserializer<T> extends StdDeserializer<T> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient Binding.Read<T> read;

        TokensDeserializer(Class<T> type, Binding.Read<T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return read.read(ParserTokens.of(parser, true, context));
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) {
            // A scalar's null is kept, where it stood; the others' is recorded by their member.
            return handledType() == Scalar.class
                    ? (T) Binding.nullHere(ParserTokens.of(context.getParser(), false, context)) : null;
        }
    }

    /** Checks and places each shape and each member of one as databind binds them. */
    private static final class Placing extends BeanDeserializerModifier {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return Shape.class.isAssignableFrom(type) ? new Start(deserializer, Binding.prototype(type)) : deserializer;
        }
    }

    /** Checks that an object begins where a shape belongs, and places the shape there. */
    private static final class Start extends DelegatingDeserializer {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient Shape prototype;

        Start(JsonDeserializer<?> delegate, Shape prototype) {
            super(delegate);
            this.prototype = prototype;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Start(delegate, prototype);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Tokens tokens = ParserTokens.of(parser, false, context);
            Object at = Binding.shapeStart(tokens, prototype.what());
            // Made here rather than by databind's instantiator, which calls the constructor reflectively.
            Shape shape = prototype.fresh();
            BeanDeserializerBase bean = (BeanDeserializerBase) _delegatee;
            // The members are bound by the bean deserializer's properties; the loop over them is charter's, so
            // that a member unknown or written twice is told at its name.
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                Object nameAt = tokens.tokenLocation();
                String name = tokens.name();
                SettableBeanProperty property = bean.findProperty(name);
                parser.nextToken();
                try {
                    if (property == null) {
                        throw Binding.unknown(tokens, shape, name, nameAt);
                    }
                    member(parser, context, tokens, shape, property, nameAt);
                } catch (IOException | RuntimeException problem) {
                    throw JsonMappingException.wrapWithPath(problem, shape, name);
                }
            }
            Binding.place(shape, tokens, at);
            return shape;
        }

        /** Binds a member's value, checked before and placed after. */
        private static void member(JsonParser parser, DeserializationContext context, Tokens tokens,
                Shape shape, SettableBeanProperty property, Object nameAt) throws IOException {
            String name = property.getName();
            int index = property.getPropertyIndex();
            Class<?> type = property.getType().getRawClass();
            if (type == Scalar.class && index < Long.SIZE && shape.firstTime(1L << index)) {
                // The common case, kept short: a scalar read for the first time in its object.
                Object value = property.deserialize(parser, context);
                ((Scalar) value).placeIn(shape, name);
                property.set(shape, value);
                return;
            }
            if (!Binding.member(tokens, shape, index, name, nameAt, type)) {
                return;
            }
            Object at = Items.class.isAssignableFrom(type) ? tokens.tokenLocation() : null;
            Object value = property.deserialize(parser, context);
            Binding.placeMember(value, shape, name, tokens, at);
            property.set(shape, value);
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            Tokens tokens = ParserTokens.of(context.getParser(), false, context);
            throw Binding.nullShape(tokens, prototype.what());
        }
    }
}
