package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import org.citizencharter.core.InvalidInputException;

/**
 * The tokens of a Jackson 2 parser. What the parser reports about malformed input, input that ends too
 * early or a limit it meets becomes charter's {@link InvalidInputException} ({@link JsonErrors}), told
 * apart by the reader under the parser when it is charter's own {@link SourceReader}; or, if asked, passes
 * as the parser's own exception. Not thread-safe.
 */
public final class ParserTokens implements Tokens {

    private final JsonParser parser;
    private final SourceReader source;
    private final boolean translate;

    /**
     * The tokens of a parser.
     *
     * @param parser the parser
     * @param translate whether the parser's exceptions become charter's errors, rather than pass as they are
     */
    public ParserTokens(JsonParser parser, boolean translate) {
        this.parser = parser;
        this.translate = translate;
        // Taken now: the parser lets go of its input when it reaches the end.
        this.source = parser.getInputSource() instanceof SourceReader reader ? reader : null;
    }

    /**
     * The tokens of a parser in a reading: those that count its columns in characters, if the reading
     * keeps them ({@link CountedTokens}, which charter's own reader, whose parser counts characters, never
     * loads), or new ones.
     *
     * @param parser the parser
     * @param translate whether the parser's exceptions become charter's errors, rather than pass as they are
     * @param context the reading's context
     * @return the tokens
     */
    public static Tokens of(JsonParser parser, boolean translate, DeserializationContext context) {
        ParserTokens tokens = new ParserTokens(parser, translate);
        Object kept = tokens.source != null ? null : context.getAttribute(CountedTokens.KEPT);
        return kept == null ? tokens : CountedTokens.kept(kept, translate);
    }

    /**
     * The tokens of a parser, counting its columns in characters if columns are given.
     *
     * @param parser the parser
     * @param translate whether the parser's exceptions become charter's errors, rather than pass as they are
     * @param columns the document's columns, or null to keep the parser's own
     * @return the tokens
     */
    public static Tokens of(JsonParser parser, boolean translate, CharColumns columns) {
        return columns == null ? new ParserTokens(parser, translate) : new CountedTokens(parser, translate, columns);
    }

    @Override
    public JsonToken current() {
        return parser.currentToken();
    }

    @Override
    public JsonToken next() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException problem) {
            throw translated(problem, false);
        }
    }

    @Override
    public String name() throws IOException {
        return parser.currentName();
    }

    @Override
    public String text() throws IOException {
        try {
            return parser.getText();
        } catch (JsonProcessingException problem) {
            throw translated(problem, false);
        }
    }

    @Override
    public int textLength() throws IOException {
        // Jackson reads a string's text only when asked for it, so the input can end inside it here.
        try {
            return parser.getTextLength();
        } catch (JsonProcessingException problem) {
            throw translated(problem, true);
        }
    }

    /** The exception to throw for the parser's: itself, or charter's error (thrown here, as it is unchecked). */
    private IOException translated(JsonProcessingException problem, boolean inString) {
        if (!translate) {
            return problem;
        }
        throw inString ? JsonErrors.fromString(problem, parser, source) : JsonErrors.from(problem, parser, source);
    }

    @Override
    public Object tokenLocation() {
        return parser.currentTokenLocation();
    }

    @Override
    public Object endLocation() {
        return parser.currentLocation();
    }

    @Override
    public long offset(Object location) {
        return ((JsonLocation) location).getCharOffset();
    }

    @Override
    public long line(Object location) {
        return ((JsonLocation) location).getLineNr();
    }

    @Override
    public long column(Object location) {
        return ((JsonLocation) location).getColumnNr();
    }

    @Override
    public String pointer() {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    @Override
    public Binding.Limit limit() {
        return source != null ? source.limit() : Binding.Limit.NONE;
    }

    @Override
    public void skipChildren() throws IOException {
        try {
            parser.skipChildren();
        } catch (JsonProcessingException problem) {
            throw translated(problem, false);
        }
    }

    @Override
    public int maxStringLength() {
        return parser.streamReadConstraints().getMaxStringLength();
    }
}
