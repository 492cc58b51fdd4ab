package org.citizencharter.jackson3.internal;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.json.Node;
import org.citizencharter.io.internal.json.TreeReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one kind of document for a Jackson 3 mapper with charter-io's reader and mapping, the ones its
 * Jackson 2 module uses: the host's tokens are read into charter-io's tree, which a function of charter-io
 * turns into the model, so both Jackson lines read alike and give the same errors, placed at the line and
 * column where the host's parser saw the value and with pointers from the mapper's root. A document that
 * cannot be read is a {@link DatabindException} whose cause is the {@link InvalidInputException}; JSON
 * that is not well formed is refused by the host's parser, with its own exception. Immutable and
 * thread-safe.
 *
 * @param <T> the model's type
 */
public final class DocumentDeserializer<T> extends StdDeserializer<T> {

    private final transient Function<Node, T> reader;

    /**
     * A deserializer of one kind of document.
     *
     * @param type the model's type
     * @param reader what makes the model from the document, as charter-io's Jackson 2 module does
     */
    public DocumentDeserializer(Class<T> type, Function<Node, T> reader) {
        super(type);
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        Node document;
        try {
            document = TreeReader.read(new HostTokens(parser), 0);
        } catch (InvalidInputException problem) {
            throw DatabindException.from(parser, problem.getMessage(), problem);
        } catch (IOException impossible) {
            // The host's parser reports its problems as unchecked exceptions, which pass as they are.
            throw new UncheckedIOException(impossible);
        }
        try {
            return reader.apply(document);
        } catch (InvalidInputException problem) {
            throw document.whereIs(problem) instanceof TokenStreamLocation where
                    ? new Placed(parser, problem, where)
                    : DatabindException.from(parser, problem.getMessage(), problem);
        }
    }

    /** The exception for a value at fault, placed where the value stood rather than where the parser is. */
    private static final class Placed extends DatabindException {

        @Serial
        private static final long serialVersionUID = 1L;

        Placed(JsonParser parser, InvalidInputException problem, TokenStreamLocation where) {
            super(parser, problem.getMessage(), where, problem);
        }
    }
}
