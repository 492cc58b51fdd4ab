package org.citizencharter.jackson3.internal;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.bind.Extension;
import org.citizencharter.io.internal.bind.Members;
import org.citizencharter.io.internal.bind.Places;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.Shape;
import org.citizencharter.io.internal.json.Binding;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads one kind of document for a Jackson 3 mapper as charter-io's Jackson 2 module does: the host's
 * parser is bound by a databind mapper of charter's own (fields only, unknown members refused, whatever the
 * host's mapper is set to) to charter-io's shapes, with deserializers for the scalars and extensions and a
 * modifier that checks and places each member through charter-io's {@link Binding}; the same function of
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
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
        S document;
        try {
            document = shape.cast(READERS.get(shape).readValue(parser));
            document.placeBase(base);
        } catch (InvalidInputException problem) {
            throw DatabindException.from(parser, problem.getMessage(), problem);
        } catch (StreamReadException malformed) {
            throw malformed;
        } catch (JacksonException problem) {
            InvalidInputException translated = translated(problem, parser, base);
            throw DatabindException.from(parser, translated.getMessage(), translated);
        }
        try {
            return reader.apply(document);
        } catch (InvalidInputException problem) {
            throw Places.whereIs(document, problem) instanceof TokenStreamLocation where
                    ? new Placed(parser, problem, where)
                    : DatabindException.from(parser, problem.getMessage(), problem);
        }
    }

    /** charter's error for what databind threw, with a pointer from its path; malformed JSON as it is. */
    private static InvalidInputException translated(JacksonException problem, JsonParser parser, String base) {
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
        List<JacksonException.Reference> path = problem.getPath();
        if (problem instanceof UnrecognizedPropertyException unknown && !path.isEmpty()
                && path.get(path.size() - 1).from() instanceof Shape owner) {
            return Binding.unknown(new HostTokens(parser), owner, unknown.getPropertyName()).withPointer(pointer);
        }
        return new HostTokens(parser).error("The document cannot be read: " + problem.getOriginalMessage(), null)
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

    /** The exception for a value at fault, placed where the value stood rather than where the parser is. */
    private static final class Placed extends DatabindException {

        @Serial
        private static final long serialVersionUID = 1L;

        Placed(JsonParser parser, InvalidInputException problem, TokenStreamLocation where) {
            super(parser, problem.getMessage(), where, problem);
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
                return read.read(new HostTokens(parser), Binding.Limit.NONE);
            } catch (IOException impossible) {
                // The host's parser reports its problems as unchecked exceptions, which pass as they are.
                throw new UncheckedIOException(impossible);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) {
            // A scalar's null is kept, where it stood; the others' is recorded by their member.
            return handledType() == Scalar.class ? (T) Binding.nullHere(new HostTokens(context.getParser())) : null;
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
            return Shape.class.isAssignableFrom(type) ? new Start(deserializer, prototype(type)) : deserializer;
        }

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
                BeanDescription.Supplier description, BeanDeserializerBuilder builder) {
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
    private static Shape prototype(Class<?> type) {
        try {
            return (Shape) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException notAShape) {
            throw new IllegalStateException(type + " is not a shape with a public constructor", notAShape);
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
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            HostTokens tokens = new HostTokens(parser);
            Object at = Binding.shapeStart(tokens, prototype.what(), Binding.Limit.NONE);
            // Made here rather than by databind's instantiator, which calls the constructor reflectively.
            Shape shape = prototype.fresh();
            ((ValueDeserializer<Object>) _delegatee).deserialize(parser, context, shape);
            Binding.place(shape, tokens, at);
            return shape;
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            throw Binding.nullShape(new HostTokens(context.getParser()), prototype.what());
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
        public void deserializeAndSet(JsonParser parser, DeserializationContext context, Object bean) {
            Shape owner = (Shape) bean;
            if (holds == Binding.Holds.SCALAR && owner.firstTime(bit)) {
                // The common case, kept short: a scalar read for the first time in its object.
                Object value = delegate.deserialize(parser, context);
                ((Scalar) value).placeIn(owner, getName());
                delegate.set(context, bean, value);
                return;
            }
            HostTokens tokens = new HostTokens(parser);
            if (!Binding.member(tokens, owner, bit, getName(), holds, what, Binding.Limit.NONE)) {
                return;
            }
            Object at = holds == Binding.Holds.ITEMS ? parser.currentTokenLocation() : null;
            Object value = delegate.deserialize(parser, context);
            Binding.placeMember(value, owner, getName(), tokens, at);
            delegate.set(context, bean, value);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser parser, DeserializationContext context, Object instance) {
            deserializeAndSet(parser, context, instance);
            return instance;
        }
    }
}
