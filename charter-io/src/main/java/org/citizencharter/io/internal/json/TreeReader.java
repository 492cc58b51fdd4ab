package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.citizencharter.core.InvalidInputException;

/**
 * Reads one JSON value from a parser's {@link Tokens} into a tree of {@link Node}s, keeping where each
 * value stood: one reader for Jackson 2's parser and a Jackson 3 host's.
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

    private final Tokens parser;
    private final long start;
    private final long documentLimit;
    private final int maxString;

    private TreeReader(Tokens parser, long documentLimit) {
        this.parser = parser;
        this.start = parser.offset(parser.tokenLocation());
        this.documentLimit = documentLimit;
        this.maxString = parser.maxStringLength();
    }

    /**
     * Reads the value that begins at a Jackson 2 parser's current token; what the parser reports about
     * malformed input becomes charter's error.
     *
     * @param parser the parser, at the first token of the value
     * @param documentLimit the most characters the value may take, or 0 or less for no limit of charter's own
     * @return the value
     * @throws InvalidInputException if the JSON cannot be read
     * @throws IOException if reading fails
     */
    public static Node read(JsonParser parser, long documentLimit) throws IOException {
        return read(new ParserTokens(parser, true), documentLimit);
    }

    /**
     * Reads the value that begins at the current token.
     *
     * @param parser the tokens, at the first token of the value
     * @param documentLimit the most characters the value may take, or 0 or less for no limit of charter's own
     * @return the value
     * @throws InvalidInputException if the JSON cannot be read
     * @throws IOException if reading fails
     */
    public static Node read(Tokens parser, long documentLimit) throws IOException {
        TreeReader reader = new TreeReader(parser, documentLimit);
        Node root = reader.tree(new Node.Origin(parser.pointer(), parser));
        if (reader.beyondLimit(parser.offset(parser.endLocation()), false)) {
            throw parser.errorAtEnd(JsonErrors.documentTooLong(documentLimit))
                    .withHint("Raise JsonLimits.maxDocumentLength");
        }
        return root;
    }

    /**
     * Reads the value at the current token with an explicit stack rather than recursion, so that a host
     * that raises the nesting limit far beyond what a plan needs gets an answer, not a stack overflow.
     */
    private Node tree(Node.Origin origin) throws IOException {
        Node root = start(null, null, -1, origin, null);
        Deque<Node> open = new ArrayDeque<>();
        if (isContainer(root)) {
            open.push(root);
        }
        while (!open.isEmpty()) {
            Node current = open.element();
            JsonToken token = parser.next();
            Node child;
            if (current instanceof Node.Obj object) {
                if (token == JsonToken.END_OBJECT) {
                    open.pop();
                    continue;
                }
                String name = parser.name();
                JsonErrors.checkSurrogates(parser, name);
                if (object.has(name)) {
                    throw JsonErrors.duplicate(parser, name);
                }
                Object nameAt = parser.tokenLocation();
                parser.next();
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
    private Node start(Node parent, String name, int index, Node.Origin origin, Object nameAt) throws IOException {
        JsonToken token = parser.current();
        if (token == null) {
            throw parser.errorAtEnd("The JSON ends before the document does");
        }
        Object at = parser.tokenLocation();
        checkDocumentLimit(parser.offset(at));
        switch (token) {
            case START_OBJECT:
                if (EXTENSIONS.equals(name)) {
                    String json = ExtensionsJson.capture(parser, this::check);
                    return new Node.Raw(parent, name, index, origin, at, nameAt, json);
                }
                return new Node.Obj(parent, name, index, origin, at, nameAt);
            case START_ARRAY:
                return new Node.Arr(parent, name, index, origin, at, nameAt);
            case VALUE_STRING:
                return new Node.Scalar(parent, name, index, origin, at, nameAt, token, checkedText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return new Node.Scalar(parent, name, index, origin, at, nameAt, token, parser.text());
            default:
                throw parser.error("The JSON holds a value charter cannot read", parser.text());
        }
    }

    /** The checks of every value of an extension, which is copied as it is read (it checks names itself). */
    private void check() throws IOException {
        checkDocumentLimit(parser.offset(parser.tokenLocation()));
        if (parser.current() == JsonToken.VALUE_STRING) {
            checkedText();
        }
    }

    private void checkDocumentLimit(long offset) {
        // A value that begins at the limit's index makes the document one character too long at least.
        if (beyondLimit(offset, true)) {
            throw parser.error(JsonErrors.documentTooLong(documentLimit), null)
                    .withHint("Raise JsonLimits.maxDocumentLength");
        }
    }

    /** The text of a string value, checked: within the limit, and whole characters only. */
    private String checkedText() throws IOException {
        // The length first: Jackson refuses a string beyond its own limit when making it, at the string's end.
        int length = parser.textLength();
        if (length > maxString) {
            throw parser.error(JsonErrors.stringTooLong(length, maxString), null)
                    .withHint("Raise JsonLimits.maxStringLength");
        }
        String text = parser.text();
        JsonErrors.checkSurrogates(parser, text);
        return text;
    }

    /** Whether the document's characters before an offset reach the limit (or pass it). */
    private boolean beyondLimit(long offset, boolean reaching) {
        return documentLimit > 0 && offset >= 0 && (reaching ? offset - start >= documentLimit : offset - start > documentLimit);
    }
}
