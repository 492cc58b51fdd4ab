package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Serial;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.bind.Places;
import org.citizencharter.io.internal.bind.Shape;

/**
 * Reads one kind of document for Jackson 2: the value at the parser is bound by databind to the
 * document's {@link Shape} ({@link Binder}), which a function turns into the model. A document that cannot
 * be read is a {@link CharterMappingException} whose cause is the {@link InvalidInputException}.
 *
 * <p>If the context has the attribute {@link #DOCUMENT_LIMIT}, the document may take no more
 * characters than it says. Immutable and thread-safe.
 *
 * @param <S> the document's shape
 * @param <T> the model's type
 */
public final class ShapeDeserializer<S extends Shape, T> extends StdDeserializer<T> {

    /**
     * The attribute of a Jackson {@code DeserializationContext} that asks for a limit on the length of each
     * document, in characters (a {@code Long}); charter's streams set it.
     */
    public static final String DOCUMENT_LIMIT = "org.citizencharter.io.documentLimit";

    @Serial
    private static final long serialVersionUID = 1L;

    private final Class<S> shape;
    private final transient Function<S, T> reader;

    /**
     * A deserializer of one kind of document.
     *
     * @param type the model's type
     * @param shape the document's shape
     * @param reader what makes the model from the document
     */
    public ShapeDeserializer(Class<T> type, Class<S> shape, Function<S, T> reader) {
        super(type);
        this.shape = shape;
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object most = context.getAttribute(DOCUMENT_LIMIT);
        // A host's parser of bytes has its columns counted in characters, as charter's own reader counts them.
        CharColumns columns = parser.getInputSource() instanceof SourceReader ? null : CountedTokens.columnsFor(parser);
        Tokens tokens = ParserTokens.of(parser, true, columns);
        Binding.Limit limit = new Binding.Limit(tokens.offset(tokens.tokenLocation()),
                most instanceof Long characters ? characters : 0);
        // charter finds a repeated key itself, with its own error; Jackson's check would come first.
        boolean duplicates = parser.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        if (duplicates) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
        // The limit goes with charter's own source, where its deserializers find it; a host's parser has none.
        SourceReader source = parser.getInputSource() instanceof SourceReader reader ? reader : null;
        if (source != null) {
            source.limit(limit);
        }
        S document;
        try {
            document = Binder.read(parser, shape, columns);
            limit.checkEnd(tokens);
        } catch (InvalidInputException problem) {
            throw new CharterMappingException(parser, problem, null);
        } finally {
            if (duplicates) {
                parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
            if (source != null) {
                source.limit(Binding.Limit.NONE);
            }
        }
        try {
            return reader.apply(document);
        } catch (InvalidInputException problem) {
            throw new CharterMappingException(parser, problem,
                    CountedTokens.inCharacters((JsonLocation) Places.whereIs(document, problem), columns));
        }
    }
}
