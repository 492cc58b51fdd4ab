package org.citizencharter.jackson3.internal;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.bind.Extension;
import org.citizencharter.io.internal.bind.Items;
import org.citizencharter.io.internal.bind.Members;
import org.citizencharter.io.internal.bind.Places;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.Shape;
import org.citizencharter.io.internal.json.Binding;
import org.citizencharter.io.internal.json.CharColumns;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads one kind of document for a Jackson 3 mapper as charter-io's Jackson 2 module does: the host's
 * parser is bound by a databind mapper of charter's own (fields only, unknown members refused, whatever the
 * host's mapper is set to) to charter-io's shapes, with deserializers for the scalars and extensions and a
 * deserializer around each shape's bean deserializer whose loop over the members checks and places each
 * through charter-io's {@link Binding}; the same function of
 * charter-io makes the model. Both Jackson lines so give the same errors, placed at the line and column
 * where the host's parser saw the value and with pointers from the mapper's root. A document that cannot
 * be read is a {@link DatabindException} whose cause is the {@link InvalidInputException}; JSON that is not
 * well formed is refused by the host's parser, with its own exception. Immutable and thread-safe.
 *
 * @param <S> the document's shape
 * @param <T> the model's type
 */
public final class ShapeDeserializer<S extends Shape, T> extends StdDeserializer<T> {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // The document is a value inside what the host reads, which goes on after it.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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

    private final Class<S> shape;
    private final transient Function<S, T> reader;

    /**
     * A deserializer of one kind of document.
     *
     * @param type the model's type
     * @param shape the document's shape
     * @param reader what makes the model from the document, as charter-io's Jackson 2 module does
     */
    public ShapeDeserializer(Class<T> type, Class<S> shape, Function<S, T> reader) {
        super(type);
        this.shape = shape;
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        String base = parser.streamReadContext().pathAsPointer().toString();
        // A parser of bytes has its columns counted in characters, as charter's own reader counts them.
        CharColumns columns = HostTokens.columnsFor(parser, context);
        ObjectReader binder = READERS.get(shape);
        S document;
        try {
            document = shape.cast((columns == null ? binder : HostTokens.keeping(binder, parser, columns))
                    .readValue(parser));
            document.placeBase(base);
        } catch (InvalidInputException problem) {
            throw new Placed(parser, problem, null);
        } catch (StreamReadException malformed) {
            throw malformed;
        } catch (JacksonException problem) {
            throw new Placed(parser, translated(problem, parser, base, columns), null);
        }
        try {
            return reader.apply(document);
        } catch (InvalidInputException problem) {
            throw new Placed(parser, problem,
                    HostTokens.inCharacters((TokenStreamLocation) Places.whereIs(document, problem), columns));
        }
    }

    /** charter's error for what databind threw, with a pointer from its path; malformed JSON as it is. */
    private static InvalidInputException translated(JacksonException problem, JsonParser parser, String base,
            CharColumns columns) {
        String pointer = base + pointer(problem.getPath());
        for (Throwable cause = problem.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours.pointer().isPresent() ? ours : ours.withPointer(pointer);
            }
            if (cause instanceof StreamReadException malformed) {
                throw malformed;
            }
            if (cause instanceof IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return new HostTokens(parser, columns).error("The document cannot be read: "
                + problem.getOriginalMessage(), null)
                .withPointer(pointer);
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference step : path) {
            pointer.append('/');
            if (step.getPropertyName() != null) {
                pointer.append(step.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(step.getIndex());
            }
        }
        return pointer.toString();
    }

    /**
     * The exception for a value at fault, placed where the value stood (or at the error's line and column)
     * rather than where the parser is.
     */
    private static final class Placed extends DatabindException {

        @Serial
        private static final long serialVersionUID = 1L;

        Placed(JsonParser parser, InvalidInputException problem, TokenStreamLocation where) {
            super(parser, problem.getMessage(), where != null ? where : at(parser, problem), problem);
        }

        private static TokenStreamLocation at(JsonParser parser, InvalidInputException problem) {
            TokenStreamLocation current = parser.currentTokenLocation();
            if (problem.line().isEmpty()) {
                return current;
            }
            return new TokenStreamLocation(current.contentReference(), -1L, -1L, (int) problem.line().getAsLong(),
                    (int) problem.column().orElse(-1));
        }
    }

    /** Reads a value of a type databind leaves to charter ({@link Binding.Read}), where it stood. */
    private static final class TokensDeserializer<T> extends StdDeserializer<T> {
        private final transient Binding.Read<T> read;

        TokensDeserializer(Class<T> type, Binding.Read<T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return read.read(HostTokens.of(parser, context));
            } catch (IOException impossible) {
                // The host's parser reports its problems as unchecked exceptions, which pass as they are.
                throw new UncheckedIOException(impossible);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) {
            // A scalar's null is kept, where it stood; the others' is recorded by their member.
            return handledType() == Scalar.class
                    ? (T) Binding.nullHere(HostTokens.of(context.getParser(), context)) : null;
        }
    }

    /** Checks and places each shape and each member of one as databind binds them. */
    private static final class Placing extends ValueDeserializerModifier {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return Shape.class.isAssignableFrom(type) ? new Start(deserializer, Binding.prototype(type)) : deserializer;
        }
    }

    /** Checks that an object begins where a shape belongs, and places the shape there. */
    private static final class Start extends DelegatingDeserializer {
        private final transient Shape prototype;

        Start(ValueDeserializer<?> delegate, Shape prototype) {
            super(delegate);
            this.prototype = prototype;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Start(delegate, prototype);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            HostTokens tokens = HostTokens.of(parser, context);
            Object at = Binding.shapeStart(tokens, prototype.what());
            // Made here rather than by databind's instantiator, which calls the constructor reflectively.
            Shape shape = prototype.fresh();
            BeanDeserializerBase bean = (BeanDeserializerBase) _delegatee;
            // The members are bound by the bean deserializer's properties; the loop over them is charter's, so
            // that a member unknown or written twice is told at its name.
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                Object nameAt = tokens.tokenLocation();
                String name = tokens.name();
                SettableBeanProperty property = bean.findProperty(PropertyName.construct(name));
                parser.nextToken();
                try {
                    if (property == null) {
                        throw Binding.unknown(tokens, shape, name, nameAt);
                    }
                    member(parser, context, tokens, shape, property, nameAt);
                } catch (RuntimeException problem) {
                    throw JacksonException.wrapWithPath(problem, shape, name);
                }
            }
            Binding.place(shape, tokens, at);
            return shape;
        }

        /** Binds a member's value, checked before and placed after. */
        private static void member(JsonParser parser, DeserializationContext context, HostTokens tokens,
                Shape shape, SettableBeanProperty property, Object nameAt) {
            String name = property.getName();
            int index = property.getPropertyIndex();
            Class<?> type = property.getType().getRawClass();
            if (type == Scalar.class && index < Long.SIZE && shape.firstTime(1L << index)) {
                // The common case, kept short: a scalar read for the first time in its object.
                Object value = property.deserialize(parser, context);
                ((Scalar) value).placeIn(shape, name);
                property.set(context, shape, value);
                return;
            }
            if (!Binding.member(tokens, shape, index, name, nameAt, type)) {
                return;
            }
            Object at = Items.class.isAssignableFrom(type) ? tokens.tokenLocation() : null;
            Object value = property.deserialize(parser, context);
            Binding.placeMember(value, shape, name, tokens, at);
            property.set(context, shape, value);
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            throw Binding.nullShape(HostTokens.of(context.getParser(), context), prototype.what());
        }
    }
}
