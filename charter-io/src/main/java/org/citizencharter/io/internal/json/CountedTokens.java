package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import org.citizencharter.core.InvalidInputException;

/**
 * The tokens of a host's Jackson 2 parser that counts columns in bytes (a mapper reading bytes or a
 * stream), with its columns counted in characters ({@link CharColumns}) for the parser's locations: the
 * names and strings read are recorded as they pass (a string when its length is asked, which
 * {@link Binding} does before it asks for the text). A separate class, so that charter's own reader, whose
 * parser counts characters, goes through {@link ParserTokens} alone. One document's reading keeps one of
 * each kind (its exceptions translated or not) in its context, rather than make one a value. Not
 * thread-safe.
 */
public final class CountedTokens implements Tokens {

    /** The attribute of a reading's context that holds its {@link Kept} tokens. */
    static final String KEPT = "org.citizencharter.io.countedTokens";

    private final ParserTokens tokens;
    private final JsonParser parser;
    private final CharColumns columns;

    /** The tokens of one document's reading, with its exceptions translated and without. */
    private record Kept(CountedTokens translating, CountedTokens passing) {
    }

    /**
     * The tokens of a parser whose columns in bytes are counted in characters.
     *
     * @param parser the parser
     * @param translate whether the parser's exceptions become charter's errors, rather than pass as they are
     * @param columns the columns of the document being read
     */
    public CountedTokens(JsonParser parser, boolean translate, CharColumns columns) {
        this.tokens = new ParserTokens(parser, translate);
        this.parser = parser;
        this.columns = columns;
    }

    /**
     * The tokens a reading keeps.
     *
     * @param kept the attribute {@link #KEPT} of the reading's context
     * @param translate whether the parser's exceptions become charter's errors, rather than pass as they are
     * @return the tokens
     */
    static Tokens kept(Object kept, boolean translate) {
        return translate ? ((Kept) kept).translating() : ((Kept) kept).passing();
    }

    /**
     * A reader that keeps, in the context of each reading, the tokens that count a document's columns.
     *
     * @param reader the reader
     * @param parser the parser it reads from
     * @param columns the document's columns
     * @return the reader with the tokens as an attribute
     */
    public static ObjectReader keeping(ObjectReader reader, JsonParser parser, CharColumns columns) {
        return reader.withAttribute(KEPT, new Kept(new CountedTokens(parser, true, columns),
                new CountedTokens(parser, false, columns)));
    }

    /**
     * Columns in characters for a document a parser begins at its current token, if the parser counts
     * them in bytes.
     *
     * @param parser the parser, at the document's first token
     * @return the columns, or null for a parser that counts characters, or neither
     */
    public static CharColumns columnsFor(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        if (at.getCharOffset() >= 0 || at.getByteOffset() < 0 || at.getLineNr() <= 0) {
            return null;
        }
        CharColumns columns = new CharColumns(
                parser.isEnabled(JsonReadFeature.ALLOW_JAVA_COMMENTS.mappedFeature())
                        || parser.isEnabled(JsonReadFeature.ALLOW_YAML_COMMENTS.mappedFeature()),
                parser.isEnabled(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER.mappedFeature())
                        || parser.isEnabled(JsonReadFeature.ALLOW_SINGLE_QUOTES.mappedFeature()),
                parser.isEnabled(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS.mappedFeature()));
        columns.start(at.getLineNr(), at.getByteOffset(), at.getColumnNr());
        return columns;
    }

    @Override
    public JsonToken current() {
        return tokens.current();
    }

    @Override
    public JsonToken next() throws IOException {
        try {
            return tokens.next();
        } catch (InvalidInputException translated) {
            throw inCharacters(translated);
        }
    }

    @Override
    public String name() throws IOException {
        String name = tokens.name();
        if (parser.currentToken() == JsonToken.FIELD_NAME && !CharColumns.ascii(name)) {
            JsonLocation at = parser.currentTokenLocation();
            columns.beyondAscii(at.getLineNr(), at.getByteOffset());
        }
        return name;
    }

    @Override
    public String text() throws IOException {
        try {
            return tokens.text();
        } catch (InvalidInputException translated) {
            throw inCharacters(translated);
        }
    }

    @Override
    public int textLength() throws IOException {
        try {
            int length = tokens.textLength();
            counted();
            return length;
        } catch (InvalidInputException translated) {
            throw inCharacters(translated);
        }
    }

    /** Records a string read whole (so that the parser stands after it). */
    private void counted() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return;
        }
        char[] text = parser.getTextCharacters();
        int from = parser.getTextOffset();
        int length = parser.getTextLength();
        if (!CharColumns.ascii(text, from, length)) {
            JsonLocation start = parser.currentTokenLocation();
            JsonLocation end = parser.currentLocation();
            columns.string(start.getLineNr(), start.getByteOffset(), end.getLineNr(), end.getByteOffset(), text,
                    from, length);
        }
    }

    /**
     * A translated error of the parser's, its column in characters where it is the current token's beginning
     * (the one place known in characters: past it the parser may have read a name or a string it did not
     * finish, whose characters were never seen), or none.
     */
    private InvalidInputException inCharacters(InvalidInputException error) {
        if (error.column().isEmpty()) {
            return error;
        }
        JsonLocation token = parser.currentTokenLocation();
        boolean atToken = error.line().orElse(0) == token.getLineNr()
                && error.column().getAsLong() == token.getColumnNr();
        return error.withColumn(atToken ? Math.max(0, column(tokenLocation())) : 0);
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
     * @param at the location, in bytes, or null
     * @param columns the document's columns, or null if the parser counts characters
     * @return the location in characters
     */
    public static JsonLocation inCharacters(JsonLocation at, CharColumns columns) {
        if (at == null || columns == null) {
            return at;
        }
        long column = columns.column(at.getLineNr(), at.getByteOffset(), at.getColumnNr());
        return column == at.getColumnNr() ? at
                : new JsonLocation(at.contentReference(), at.getByteOffset(), at.getCharOffset(), at.getLineNr(),
                        (int) column);
    }

    @Override
    public long offset(Object location) {
        return tokens.offset(location);
    }

    @Override
    public long line(Object location) {
        return tokens.line(location);
    }

    @Override
    public long column(Object location) {
        JsonLocation at = (JsonLocation) location;
        return columns.column(at.getLineNr(), at.getByteOffset(), at.getColumnNr());
    }

    @Override
    public String pointer() {
        return tokens.pointer();
    }

    @Override
    public Binding.Limit limit() {
        return tokens.limit();
    }

    @Override
    public void skipChildren() throws IOException {
        // Token by token, so that the names and strings skipped are counted too.
        skipEachToken();
    }

    @Override
    public int maxStringLength() {
        return tokens.maxStringLength();
    }
}
