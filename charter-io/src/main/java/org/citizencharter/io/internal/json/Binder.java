package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.bind.Extension;
import org.citizencharter.io.internal.bind.Members;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.Shape;

/**
 * Binds a document to its {@link Shape}s with Jackson 2's databind: a mapper of charter's own (fields only,
 * unknown members refused), whatever the host's mapper is set to, with deserializers for the scalars and
 * the extensions and a modifier that checks and places each member ({@link Binding}). A problem becomes an
 * {@link InvalidInputException} with the JSON pointer of databind's path; malformed JSON passes as the
 * parser's exception. Thread-safe.
 */
public final class Binder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
     * @return the shape, placed
     * @throws InvalidInputException if the document does not fit the shape
     * @throws IOException if reading fails, or the JSON is malformed (the parser's own exception)
     */
    public static <S extends Shape> S read(JsonParser parser, Class<S> shape) throws IOException {
        String base = parser.getParsingContext().pathAsPointer().toString();
        try {
            S bound = shape.cast(READERS.get(shape).readValue(parser));
            bound.placeBase(base);
            return bound;
        } catch (JsonMappingException problem) {
            throw translated(problem, parser, base);
        }
    }

    /** charter's error for what databind threw, with a pointer from its path; malformed JSON as it is. */
    private static RuntimeException translated(JsonMappingException problem, JsonParser parser, String base)
            throws IOException {
        String pointer = base + pointer(problem.getPath());
        for (Throwable cause = problem.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours.pointer().isPresent() ? ours : ours.withPointer(pointer);
            }
            if (cause instanceof JsonProcessingException malformed && !(cause instanceof JsonMappingException)) {
                throw malformed;
            }
        }
        List<JsonMappingException.Reference> path = problem.getPath();
        if (problem instanceof UnrecognizedPropertyException unknown && !path.isEmpty()
                && path.get(path.size() - 1).getFrom() instanceof Shape owner) {
            return Binding.unknown(new ParserTokens(parser, true), owner, unknown.getPropertyName())
                    .withPointer(pointer);
        }
        return new ParserTokens(parser, true).error("The document cannot be read: " + problem.getOriginalMessage(),
                null).withPointer(pointer);
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

    /** The limit of the document being read: charter's readers set it on their source, a host has none. */
    private static Binding.Limit limit(JsonParser parser) {
        return parser.getInputSource() instanceof SourceReader source ? source.limit() : Binding.Limit.NONE;
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
            return read.read(new ParserTokens(parser, true), limit(parser));
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) {
            // A scalar's null is kept, where it stood; the others' is recorded by their member.
            return handledType() == Scalar.class ? (T) Binding.nullHere(new ParserTokens(context.getParser(), false)) : null;
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
            return Shape.class.isAssignableFrom(type) ? new Start(deserializer, prototype(type)) : deserializer;
        }

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                BeanDeserializerBuilder builder) {
            if (!Shape.class.isAssignableFrom(description.getBeanClass())) {
                return builder;
            }
            List<SettableBeanProperty> properties = new ArrayList<>();
            builder.getProperties().forEachRemaining(properties::add);
            if (properties.size() > Long.SIZE) {
                throw new IllegalStateException(description.getBeanClass() + " has more than 64 members");
            }
            long bit = 1;
            for (SettableBeanProperty property : properties) {
                Class<?> type = property.getType().getRawClass();
                Binding.Holds holds = Binding.holds(type);
                builder.addOrReplaceProperty(new Member(property, bit, holds,
                        holds == Binding.Holds.SHAPE ? prototype(type).what() : null), true);
                bit <<= 1;
            }
            return builder;
        }
    }

    /** A shape of a kind, made once, which makes the others ({@link Shape#fresh()}) and says what it is. */
    static Shape prototype(Class<?> type) {
        try {
            return (Shape) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException notAShape) {
            throw new IllegalStateException(type + " is not a shape with a public constructor", notAShape);
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
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ParserTokens tokens = new ParserTokens(parser, false);
            Object at = Binding.shapeStart(tokens, prototype.what(), limit(parser));
            // Made here rather than by databind's instantiator, which calls the constructor reflectively.
            Shape shape = prototype.fresh();
            ((JsonDeserializer<Object>) _delegatee).deserialize(parser, context, shape);
            Binding.place(shape, tokens, at);
            return shape;
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            ParserTokens tokens = new ParserTokens(context.getParser(), false);
            throw Binding.nullShape(tokens, prototype.what());
        }
    }

    /** A member of a shape, checked before its value is bound and placed after. */
    private static final class Member extends SettableBeanProperty.Delegating {
        @Serial
        private static final long serialVersionUID = 1L;

        private final long bit;
        private final Binding.Holds holds;
        private final String what;

        Member(SettableBeanProperty delegate, long bit, Binding.Holds holds, String what) {
            super(delegate);
            this.bit = bit;
            this.holds = holds;
            this.what = what;
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
            return new Member(delegate, bit, holds, what);
        }

        @Override
        public void deserializeAndSet(JsonParser parser, DeserializationContext context, Object bean)
                throws IOException {
            Shape owner = (Shape) bean;
            if (holds == Binding.Holds.SCALAR && owner.firstTime(bit)) {
                // The common case, kept short: a scalar read for the first time in its object.
                Object value = delegate.deserialize(parser, context);
                ((Scalar) value).placeIn(owner, getName());
                delegate.set(bean, value);
                return;
            }
            ParserTokens tokens = new ParserTokens(parser, false);
            if (!Binding.member(tokens, owner, bit, getName(), holds, what, limit(parser))) {
                return;
            }
            Object at = holds == Binding.Holds.ITEMS ? parser.currentTokenLocation() : null;
            Object value = delegate.deserialize(parser, context);
            Binding.placeMember(value, owner, getName(), tokens, at);
            delegate.set(bean, value);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser parser, DeserializationContext context, Object instance)
                throws IOException {
            deserializeAndSet(parser, context, instance);
            return instance;
        }
    }
}
