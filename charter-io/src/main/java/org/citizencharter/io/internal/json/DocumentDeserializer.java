package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Serial;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;

/**
 * Reads one kind of document for Jackson: the value at the parser is read into a tree of {@link Node}s,
 * which a function turns into the model. A document that cannot be read is a
 * {@link CharterMappingException} whose cause is the {@link InvalidInputException}.
 *
 * <p>If the context has the attribute {@link TreeReader#DOCUMENT_LIMIT}, the document may take no more
 * characters than it says. Immutable and thread-safe.
 *
 * @param <T> the model's type
 */
public final class DocumentDeserializer<T> extends StdDeserializer<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Function<Node, T> reader;

    /**
     * A deserializer of one kind of document.
     *
     * @param type the model's type
     * @param reader what makes the model from the document
     */
    public DocumentDeserializer(Class<T> type, Function<Node, T> reader) {
        super(type);
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object limit = context.getAttribute(TreeReader.DOCUMENT_LIMIT);
        // charter finds a repeated key itself, at the key, with its own error; Jackson's check would come first.
        boolean duplicates = parser.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        if (duplicates) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
        try {
            Node document = TreeReader.read(parser, limit instanceof Long characters ? characters : 0);
            try {
                return reader.apply(document);
            } catch (InvalidInputException problem) {
                throw new CharterMappingException(parser, problem, (JsonLocation) document.whereIs(problem));
            }
        } catch (InvalidInputException problem) {
            throw new CharterMappingException(parser, problem, null);
        } finally {
            if (duplicates) {
                parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
        }
    }
}
