package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.citizencharter.core.InvalidInputException;

/**
 * Reads one JSON value from a parser into a tree of {@link Node}s, keeping where each value stood.
 *
 * <p>On the way it rejects a key repeated in an object (whatever the parser's own settings, and at the
 * start of the second key), a string longer than the parser's {@code maxStringLength}, a string or name
 * that holds half of a surrogate pair (no character, and no UTF-8 can hold it), and, when asked,
 * a document longer than a limit counted from its first character, checked at every value so that
 * nothing beyond the limit is kept (and each document of a long stream has the limit to itself).
 * Each {@code "extensions"} object is kept as canonical JSON text ({@link ExtensionsJson}). It reads
 * with a stack of its own rather than by recursion, so that nesting as deep as a host allows is read, not
 * a stack overflow. Not thread-safe: one reader reads one document.
 */
public final class TreeReader {

    /**
     * The attribute of a Jackson {@code DeserializationContext} that asks for a limit on the length of each
     * document, in characters (a {@code Long}); charter's streams set it.
     */
    public static final String DOCUMENT_LIMIT = "org.citizencharter.io.documentLimit";

    private static final String EXTENSIONS = "extensions";

    private final JsonParser parser;
    private final long start;
    private final long documentLimit;
    private final int maxString;
    private final SourceReader source;

    private TreeReader(JsonParser parser, long documentLimit) {
        this.parser = parser;
        this.start = parser.currentTokenLocation().getCharOffset();
        this.documentLimit = documentLimit;
        this.maxString = parser.streamReadConstraints().getMaxStringLength();
        this.source = parser.getInputSource() instanceof SourceReader reader ? reader : null;
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
        SourceReader source = parser.getInputSource() instanceof SourceReader reader ? reader : null;
        TreeReader reader = new TreeReader(parser, documentLimit);
        try {
            Node root = reader.tree(parser.getParsingContext().pathAsPointer().toString());
            if (reader.beyondLimit(parser.currentLocation().getCharOffset(), false)) {
                throw JsonErrors.atEnd(parser, JsonErrors.documentTooLong(documentLimit))
                        .withHint("Raise JsonLimits.maxDocumentLength");
            }
            return root;
        } catch (JsonProcessingException problem) {
            throw JsonErrors.from(problem, parser, source);
        }
    }

    /**
     * Reads the value at the current token with an explicit stack rather than recursion, so that a host
     * that raises the nesting limit far beyond what a plan needs gets an answer, not a stack overflow.
     */
    private Node tree(String base) throws IOException {
        Node root = start(null, null, -1, base, null);
        Deque<Node> open = new ArrayDeque<>();
        if (isContainer(root)) {
            open.push(root);
        }
        while (!open.isEmpty()) {
            Node current = open.element();
            JsonToken token = parser.nextToken();
            Node child;
            if (current instanceof Node.Obj object) {
                if (token == JsonToken.END_OBJECT) {
                    open.pop();
                    continue;
                }
                String name = parser.currentName();
                JsonErrors.checkSurrogates(parser, name);
                if (object.has(name)) {
                    throw JsonErrors.duplicate(parser, name);
                }
                JsonLocation nameAt = parser.currentTokenLocation();
                parser.nextToken();
                child = start(object, name, -1, null, nameAt);
                object.add(name, child);
            } else {
                Node.Arr array = (Node.Arr) current;
                if (token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                child = start(array, null, array.size(), null, null);
                array.add(child);
            }
            if (isContainer(child)) {
                open.push(child);
            }
        }
        return root;
    }

    private static boolean isContainer(Node node) {
        return node instanceof Node.Obj || node instanceof Node.Arr;
    }

    /**
     * The node of the value that begins at the current token, complete for a scalar, empty for a container;
     * where it stands as {@link Node}'s constructor takes it.
     */
    private Node start(Node parent, String name, int index, String base, JsonLocation nameAt) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw JsonErrors.atEnd(parser, "The JSON ends before the document does");
        }
        JsonLocation at = parser.currentTokenLocation();
        checkDocumentLimit(parser, at.getCharOffset());
        switch (token) {
            case START_OBJECT:
                if (EXTENSIONS.equals(name)) {
                    String json = ExtensionsJson.capture(parser, this::check);
                    return new Node.Raw(parent, name, index, base, at, nameAt, json);
                }
                return new Node.Obj(parent, name, index, base, at, nameAt);
            case START_ARRAY:
                return new Node.Arr(parent, name, index, base, at, nameAt);
            case VALUE_STRING:
                return new Node.Scalar(parent, name, index, base, at, nameAt, token, checkedText(parser));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return new Node.Scalar(parent, name, index, base, at, nameAt, token, parser.getText());
            default:
                throw JsonErrors.atToken(parser, "The JSON holds a value charter cannot read",
                        parser.getText());
        }
    }

    /** The checks of every value of an extension, which is copied as it is read (it checks names itself). */
    private void check(JsonParser at) throws IOException {
        checkDocumentLimit(at, at.currentTokenLocation().getCharOffset());
        if (at.currentToken() == JsonToken.VALUE_STRING) {
            checkedText(at);
        }
    }

    private void checkDocumentLimit(JsonParser at, long offset) {
        // A value that begins at the limit's index makes the document one character too long at least.
        if (beyondLimit(offset, true)) {
            throw JsonErrors.atToken(at, JsonErrors.documentTooLong(documentLimit), null)
                    .withHint("Raise JsonLimits.maxDocumentLength");
        }
    }

    /** The text of a string value, checked: within the limit, and whole characters only. */
    private String checkedText(JsonParser at) throws IOException {
        // The length first: Jackson refuses a string beyond its own limit when making it, at the string's end.
        int length;
        try {
            length = at.getTextLength();
        } catch (JsonProcessingException unfinished) {
            throw JsonErrors.fromString(unfinished, at, source);
        }
        if (length > maxString) {
            throw JsonErrors.atToken(at, JsonErrors.stringTooLong(length, maxString), null)
                    .withHint("Raise JsonLimits.maxStringLength");
        }
        String text = at.getText();
        JsonErrors.checkSurrogates(at, text);
        return text;
    }

    /** Whether the document's characters before an offset reach the limit (or pass it). */
    private boolean beyondLimit(long offset, boolean reaching) {
        return documentLimit > 0 && (reaching ? offset - start >= documentLimit : offset - start > documentLimit);
    }
}
