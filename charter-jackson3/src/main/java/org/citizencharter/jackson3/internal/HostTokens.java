package org.citizencharter.jackson3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.citizencharter.io.internal.json.CharColumns;
import org.citizencharter.io.internal.json.Tokens;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;

/**
 * The tokens of a Jackson 3 host's parser, as charter-io's reader reads them. Tokens are named as Jackson 2
 * names them; what the host's parser reports about malformed input passes as its own exception, for the
 * host's parser is the one that refuses JSON that is not well formed. A parser that counts columns in
 * bytes has them counted in characters ({@link CharColumns}) for the parser's locations: the names and
 * strings read are recorded as they pass (a string when its length is asked, which charter-io's
 * {@code Binding} does before it asks for the text), by one instance a document. Not thread-safe.
 */
public final class HostTokens implements Tokens {

    /** The attribute of a reading's context that holds the tokens that count its columns. */
    private static final String KEPT = "org.citizencharter.jackson3.countedTokens";

    private final JsonParser parser;
    private final CharColumns columns;

    /**
     * The tokens of a host's parser in a reading: those the reading keeps if it counts its columns in
     * characters, or new ones.
     *
     * @param parser the parser
     * @param context the reading's context
     * @return the tokens
     */
    public static HostTokens of(JsonParser parser, DeserializationContext context) {
        return context.getAttribute(KEPT) instanceof HostTokens kept ? kept : new HostTokens(parser, null);
    }

    /**
     * A reader that keeps, in the context of each reading, tokens that count a document's columns.
     *
     * @param reader the reader
     * @param parser the parser it reads from
     * @param columns the document's columns
     * @return the reader with the tokens as an attribute
     */
    static ObjectReader keeping(ObjectReader reader, JsonParser parser, CharColumns columns) {
        return reader.withAttribute(KEPT, new HostTokens(parser, columns));
    }

    /**
     * The tokens of a host's parser whose columns in bytes are counted in characters.
     *
     * @param parser the parser
     * @param columns the columns of the document being read, or null to keep the parser's own
     */
    public HostTokens(JsonParser parser, CharColumns columns) {
        this.parser = parser;
        this.columns = columns;
    }

    /**
     * Columns in characters for a document a JSON parser begins at its current token, if the parser counts
     * them in bytes. The parser's JSON features are those its reading gives it, as Jackson makes a parser: the
     * factory's, changed by the reading's configuration.
     *
     * @param parser the parser, at the document's first token
     * @param context the host's reading
     * @return the columns, or null for a parser that counts characters, or neither, or that is not JSON's
     */
    static CharColumns columnsFor(JsonParser parser, DeserializationContext context) {
        TokenStreamLocation at = parser.currentTokenLocation();
        TokenStreamFactory factory = context.tokenStreamFactory();
        if (factory.getFormatReadFeatureType() != JsonReadFeature.class || at.getCharOffset() >= 0
                || at.getByteOffset() < 0 || at.getLineNr() <= 0) {
            return null;
        }
        int json = context.getFormatReadFeatures(factory.getFormatReadFeatures());
        CharColumns columns = new CharColumns(
                JsonReadFeature.ALLOW_JAVA_COMMENTS.enabledIn(json)
                        || JsonReadFeature.ALLOW_YAML_COMMENTS.enabledIn(json),
                JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER.enabledIn(json)
                        || JsonReadFeature.ALLOW_SINGLE_QUOTES.enabledIn(json),
                JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS.enabledIn(json));
        columns.start(at.getLineNr(), at.getByteOffset(), at.getColumnNr());
        return columns;
    }

    @Override
    public com.fasterxml.jackson.core.JsonToken current() {
        return named(parser.currentToken());
    }

    @Override
    public com.fasterxml.jackson.core.JsonToken next() {
        return named(parser.nextToken());
    }

    private static com.fasterxml.jackson.core.JsonToken named(tools.jackson.core.JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT -> com.fasterxml.jackson.core.JsonToken.START_OBJECT;
            case END_OBJECT -> com.fasterxml.jackson.core.JsonToken.END_OBJECT;
            case START_ARRAY -> com.fasterxml.jackson.core.JsonToken.START_ARRAY;
            case END_ARRAY -> com.fasterxml.jackson.core.JsonToken.END_ARRAY;
            case PROPERTY_NAME -> com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
            case VALUE_STRING -> com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
            case VALUE_NUMBER_INT -> com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
            case VALUE_NUMBER_FLOAT -> com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
            case VALUE_TRUE -> com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
            case VALUE_FALSE -> com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
            case VALUE_NULL -> com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
            case VALUE_EMBEDDED_OBJECT -> com.fasterxml.jackson.core.JsonToken.VALUE_EMBEDDED_OBJECT;
            case NOT_AVAILABLE -> com.fasterxml.jackson.core.JsonToken.NOT_AVAILABLE;
        };
    }

    @Override
    public String name() {
        String name = parser.currentName();
        if (columns != null && parser.currentToken() == JsonToken.PROPERTY_NAME && !CharColumns.ascii(name)) {
            TokenStreamLocation at = parser.currentTokenLocation();
            columns.beyondAscii(at.getLineNr(), at.getByteOffset());
        }
        return name;
    }

    @Override
    public String text() {
        return parser.getString();
    }

    @Override
    public int textLength() {
        int length = parser.getStringLength();
        counted();
        return length;
    }

    /** Records a string read whole (so that the parser stands after it) with the document's columns. */
    private void counted() {
        if (columns == null || parser.currentToken() != JsonToken.VALUE_STRING) {
            return;
        }
        char[] text = parser.getStringCharacters();
        int from = parser.getStringOffset();
        int length = parser.getStringLength();
        if (!CharColumns.ascii(text, from, length)) {
            TokenStreamLocation start = parser.currentTokenLocation();
            TokenStreamLocation end = parser.currentLocation();
            columns.string(start.getLineNr(), start.getByteOffset(), end.getLineNr(), end.getByteOffset(), text,
                    from, length);
        }
    }

    @Override
    public Object tokenLocation() {
        return parser.currentTokenLocation();
    }

    @Override
    public Object endLocation() {
        return parser.currentLocation();
    }

    /**
     * One of the parser's locations with its column in characters (-1 where that cannot be told), for an
     * exception a host sees.
     *
     * @param at the location, or null
     * @param columns the document's columns, or null if the parser counts characters
     * @return the location in characters
     */
    static TokenStreamLocation inCharacters(TokenStreamLocation at, CharColumns columns) {
        if (at == null || columns == null) {
            return at;
        }
        long column = columns.column(at.getLineNr(), at.getByteOffset(), at.getColumnNr());
        return column == at.getColumnNr() ? at
                : new TokenStreamLocation(at.contentReference(), at.getByteOffset(), at.getCharOffset(),
                        at.getLineNr(), (int) column);
    }

    @Override
    public long offset(Object location) {
        return ((TokenStreamLocation) location).getCharOffset();
    }

    @Override
    public long line(Object location) {
        return ((TokenStreamLocation) location).getLineNr();
    }

    @Override
    public long column(Object location) {
        TokenStreamLocation at = (TokenStreamLocation) location;
        return columns == null ? at.getColumnNr()
                : columns.column(at.getLineNr(), at.getByteOffset(), at.getColumnNr());
    }

    @Override
    public String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    @Override
    public void skipChildren() {
        if (columns == null) {
            parser.skipChildren();
            return;
        }
        // Token by token, so that the names and strings skipped are counted too.
        try {
            skipEachToken();
        } catch (IOException impossible) {
            // The host's parser reports its problems as unchecked exceptions.
            throw new UncheckedIOException(impossible);
        }
    }

    @Override
    public int maxStringLength() {
        return parser.streamReadConstraints().getMaxStringLength();
    }
}
