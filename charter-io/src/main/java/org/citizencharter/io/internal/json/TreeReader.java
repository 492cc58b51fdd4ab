package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.citizencharter.core.InvalidInputException;

/**
 * Reads one JSON value from a parser into a tree of {@link Node}s, keeping where each value stood.
 *
 * <p>On the way it rejects a key repeated in an object (whatever the parser's own settings, and at the
 * start of the second key), a string longer than the parser's {@code maxStringLength}, and, when asked,
 * a document longer than a limit counted from its first character, checked at every value so that
 * nothing beyond the limit is kept (and each document of a long stream has the limit to itself).
 * Each {@code "extensions"} object is kept as canonical JSON text ({@link ExtensionsJson}). Not
 * thread-safe: one reader reads one document.
 */
public final class TreeReader {

    /**
     * The attribute of a Jackson {@code DeserializationContext} that asks for a limit on the length of each
     * document, in characters (a {@code Long}); charter's streams set it.
     */
    public static final String DOCUMENT_LIMIT = "org.citizencharter.io.documentLimit";

    private static final String EXTENSIONS = "extensions";

    private final JsonParser parser;
    private final Locations locations;
    private final long start;
    private final long documentLimit;
    private final int maxString;

    private TreeReader(JsonParser parser, Locations locations, long documentLimit) {
        this.parser = parser;
        this.locations = locations;
        this.start = locations.offset();
        this.documentLimit = documentLimit;
        this.maxString = parser.streamReadConstraints().getMaxStringLength();
    }

    /**
     * Reads the value that begins at the parser's current token.
     *
     * @param parser the parser, at the first token of the value
     * @param documentLimit the most characters the value may take, or 0 or less for no limit of charter's own
     * @return the value
     * @throws InvalidInputException if the JSON cannot be read
     * @throws IOException if reading fails
     */
    public static Node read(JsonParser parser, long documentLimit) throws IOException {
        Locations locations = Locations.of(parser);
        locations.startDocument();
        TreeReader reader = new TreeReader(parser, locations, documentLimit);
        try {
            Node root = reader.value(new Node.Place(null, null, -1, parser.getParsingContext().pathAsPointer(),
                    locations, locations.mark(), Locations.NONE));
            if (reader.beyondLimit(locations.endOffset(), false)) {
                throw JsonErrors.atEnd(parser, JsonErrors.documentTooLong(documentLimit))
                        .withHint("Raise JsonLimits.maxDocumentLength");
            }
            return root;
        } catch (JsonProcessingException problem) {
            throw JsonErrors.from(problem, parser);
        }
    }

    private Node value(Node.Place place) throws IOException {
        JsonToken token = parser.currentToken();
        check(parser);
        switch (token) {
            case START_OBJECT:
                if (EXTENSIONS.equals(place.name())) {
                    return new Node.Raw(place, ExtensionsJson.capture(parser, this::check));
                }
                return object(place);
            case START_ARRAY:
                Node.Arr array = new Node.Arr(place);
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(new Node.Place(array, null, index++, null, locations, locations.mark(),
                            Locations.NONE)));
                }
                return array;
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return new Node.Scalar(place, token, parser.getText());
            default:
                throw JsonErrors.atToken(parser, "The JSON holds a value charter cannot read", parser.getText());
        }
    }

    private Node.Obj object(Node.Place place) throws IOException {
        Node.Obj object = new Node.Obj(place);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            long nameAt = locations.nameMark();
            if (object.has(name)) {
                throw JsonErrors.duplicate(parser, name);
            }
            parser.nextToken();
            object.add(name, value(new Node.Place(object, name, -1, null, locations, locations.mark(), nameAt)));
        }
        return object;
    }

    private void check(JsonParser at) throws IOException {
        // A value that begins at the limit's index makes the document one character too long at least.
        if (beyondLimit(locations.offset(), true)) {
            throw JsonErrors.atToken(at, JsonErrors.documentTooLong(documentLimit), null)
                    .withHint("Raise JsonLimits.maxDocumentLength");
        }
        if (at.currentToken() == JsonToken.VALUE_STRING && at.getTextLength() > maxString) {
            throw JsonErrors.atToken(at, JsonErrors.stringTooLong(at.getTextLength(), maxString), null)
                    .withHint("Raise JsonLimits.maxStringLength");
        }
    }

    /**
     * Whether the document's characters before an offset reach the limit (or pass it): counted only when the
     * offset's own units (bytes, or characters) do, as no offset holds more characters than units.
     */
    private boolean beyondLimit(long offset, boolean reaching) {
        if (documentLimit <= 0 || (reaching ? offset - start < documentLimit : offset - start <= documentLimit)) {
            return false;
        }
        long characters = locations.characters(start, offset);
        return reaching ? characters >= documentLimit : characters > documentLimit;
    }
}
