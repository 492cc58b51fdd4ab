package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.bind.Located;

/**
 * The tokens of a streaming JSON parser, as {@link Binding} reads them: what one reader and one mapping
 * need of Jackson 2's parser and of a Jackson 3 host's alike. Tokens are named by Jackson 2's
 * {@link JsonToken} ({@code FIELD_NAME} for a member's name); locations are the parser's own objects,
 * kept by the tree and handed back to the parser's line for an error. An implementation turns what its
 * parser reports about malformed input into {@link InvalidInputException}s or lets it pass as its
 * line's own exception. Not thread-safe: one parser, one document at a time.
 */
public interface Tokens {

    /**
     * The current token.
     *
     * @return the token, or null before the first and at the end of the input
     */
    JsonToken current();

    /**
     * Moves to the next token.
     *
     * @return the token, or null at the end of the input
     * @throws IOException if reading fails
     */
    JsonToken next() throws IOException;

    /**
     * The member's name, at a {@code FIELD_NAME}.
     *
     * @return the name
     * @throws IOException if reading fails
     */
    String name() throws IOException;

    /**
     * The text of the current scalar as written: a string's characters, a number's digits.
     *
     * @return the text
     * @throws IOException if reading fails
     */
    String text() throws IOException;

    /**
     * The length of the current string, in UTF-16 units, found before its text is made. A string read
     * whole is asked this first: where columns are counted in characters, the string is counted then.
     *
     * @return the length
     * @throws IOException if reading fails, such as input that ends inside the string
     */
    int textLength() throws IOException;

    /**
     * Where the current token begins.
     *
     * @return the parser's own location
     */
    Object tokenLocation();

    /**
     * Where the parser has read to, just after the current token.
     *
     * @return the parser's own location
     */
    Object endLocation();

    /**
     * Characters before one of the parser's locations.
     *
     * @param location the location
     * @return the offset, or -1 if the parser does not count characters
     */
    long offset(Object location);

    /**
     * The line of one of the parser's locations.
     *
     * @param location the location
     * @return the line, from 1, or 0 or less if unknown
     */
    long line(Object location);

    /**
     * The column of one of the parser's locations, in characters.
     *
     * @param location the location
     * @return the column, from 1 (0 where a parser counts from 0 at the start of a line), or less if unknown
     */
    long column(Object location);

    /**
     * The JSON pointer of the current token from the root of everything the parser reads.
     *
     * @return the pointer, "" at the root
     */
    String pointer();

    /**
     * The limit of the document being read, which charter's own readers set on their source.
     *
     * @return the limit; {@link Binding.Limit#NONE} for a host's parser, which keeps its own limits
     */
    default Binding.Limit limit() {
        return Binding.Limit.NONE;
    }

    /**
     * Skips the object or array that begins at the current token, to its end.
     *
     * @throws IOException if reading fails
     */
    void skipChildren() throws IOException;

    /**
     * Skips the object or array that begins at the current token one token at a time, reading each name
     * and each string's length, so that tokens which count columns in characters see every one.
     *
     * @throws IOException if reading fails
     */
    default void skipEachToken() throws IOException {
        JsonToken token = current();
        for (int depth = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? 1 : 0;
                depth > 0 && (token = next()) != null; ) {
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case FIELD_NAME -> name();
                case VALUE_STRING -> textLength();
                default -> { }
            }
        }
    }

    /**
     * The longest string the parser's limits allow.
     *
     * @return the length, in characters
     */
    int maxStringLength();

    /**
     * An error at the current token (where the input ends if there is none), with the current pointer.
     *
     * @param problem what is wrong
     * @param text the offending text, or null
     * @return the error
     */
    default InvalidInputException error(String problem, String text) {
        return at(InvalidInputException.of(problem, text), current() == null ? endLocation() : tokenLocation());
    }

    /**
     * An error where the parser has read to, just after its current token, with the current pointer.
     *
     * @param problem what is wrong
     * @return the error, without text
     */
    default InvalidInputException errorAtEnd(String problem) {
        return at(InvalidInputException.of(problem), endLocation());
    }

    /**
     * An error given the current pointer and the line and column of one of the parser's locations.
     *
     * @param error the error
     * @param location the location, or null
     * @return the error with its place
     */
    default InvalidInputException at(InvalidInputException error, Object location) {
        return locate(error.withPointer(pointer()), location);
    }

    /**
     * An error given the line and column of one of the parser's locations, if it has them.
     *
     * @param error the error
     * @param location the location, or null
     * @return the error with a line, and a column where it is known
     */
    default InvalidInputException locate(InvalidInputException error, Object location) {
        return location == null ? error : Located.at(error, line(location), column(location));
    }
}
