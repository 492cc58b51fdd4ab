package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import org.citizencharter.core.InvalidInputException;

/**
 * Where the values of one document stand: the reader takes a cheap mark at each value, and only an error
 * turns its mark into a line and column.
 *
 * <p>Over charter's own byte input ({@link Utf8Input}) a mark is a byte offset, counted into characters
 * when asked; over any other parser (of characters, or a host's through
 * {@link org.citizencharter.io.CharterModule}) it is the line and column of the parser's location.
 * Not thread-safe: one per document.
 */
abstract sealed class Locations permits Locations.Bytes, Locations.Any {

    /** The mark of no place (a value with no member name). */
    static final long NONE = Long.MIN_VALUE;

    /**
     * The locations of what a parser reads.
     *
     * @param parser the parser
     * @return the locations
     */
    static Locations of(JsonParser parser) {
        Utf8Input input = Utf8Input.under(parser);
        return input != null ? new Bytes(parser, input) : new Any(parser);
    }

    /**
     * An error located where a parser reported something; over charter's byte input the parser's column,
     * counted in bytes, is replaced by the column in characters.
     *
     * @param error the error
     * @param input the parser's input, or null if it is not charter's byte input
     * @param where the parser's location, or null
     * @return the error with a line and column, if the location has them
     */
    static InvalidInputException locate(InvalidInputException error, Utf8Input input, JsonLocation where) {
        if (where == null) {
            return error;
        }
        if (input != null && where.getByteOffset() >= 0) {
            return at(error, input.line(where.getByteOffset()), input.column(where.getByteOffset()));
        }
        return at(error, where.getLineNr(), where.getColumnNr());
    }

    private static InvalidInputException at(InvalidInputException error, long line, long column) {
        return line > 0 ? error.withLine(line).withColumn(Math.max(1, column)) : error;
    }

    /**
     * Charter's byte input under these locations.
     *
     * @return the input, or null if the parser reads something else
     */
    abstract Utf8Input input();

    /**
     * Marks the parser's current token as the first of a document.
     */
    void startDocument() {
        // Only a byte input keeps anything per document.
    }

    /**
     * The mark of the parser's current token.
     *
     * @return the mark
     */
    abstract long mark();

    /**
     * The mark of the member name before the parser's current token (a value), or {@link #NONE} when
     * {@link #locateName} finds it from the value's mark.
     *
     * @return the mark
     */
    long nameMark() {
        return mark();
    }

    /**
     * An error located at a member's name, given the mark of the name (if one was taken) and of its value.
     *
     * @param error the error
     * @param nameMark the name's mark, or {@link #NONE}
     * @param valueMark the value's mark
     * @return the error with the name's line and column
     */
    InvalidInputException locateName(InvalidInputException error, long nameMark, long valueMark) {
        return locate(error, nameMark == NONE ? valueMark : nameMark);
    }

    /**
     * The offset of the parser's current token, in the input's own units (bytes or characters).
     *
     * @return the offset
     */
    abstract long offset();

    /**
     * The offset the parser has read to, just after its current token.
     *
     * @return the offset
     */
    abstract long endOffset();

    /**
     * How many characters lie between two offsets.
     *
     * @param from the first offset
     * @param to the offset after the last
     * @return the characters
     */
    abstract long characters(long from, long to);

    /**
     * An error located at a mark.
     *
     * @param error the error
     * @param mark the mark, from {@link #mark()}
     * @return the error with the mark's line and column
     */
    abstract InvalidInputException locate(InvalidInputException error, long mark);

    private static long pack(long line, long column) {
        return line << 32 | (column & 0xFFFF_FFFFL);
    }

    private static InvalidInputException unpack(InvalidInputException error, long mark) {
        return at(error, mark >> 32, (int) mark);
    }

    /**
     * Jackson's byte parser over charter's checked input: marks are byte offsets. A value's offset is read
     * from the parser without making a location (Jackson's own {@code currentTokenLocation()} is that offset
     * less one, a test keeps them equal); a member name's is found, only for an error, by reading back
     * from its value over the colon to the opening quote.
     */
    static final class Bytes extends Locations {
        private final JsonParser parser;
        private final ParserBase base;
        private final Utf8Input input;

        Bytes(JsonParser parser, Utf8Input input) {
            this.parser = parser;
            this.base = parser instanceof UTF8StreamJsonParser bytes ? bytes : null;
            this.input = input;
        }

        @Override
        Utf8Input input() {
            return input;
        }

        @Override
        long nameMark() {
            return NONE;
        }

        @Override
        InvalidInputException locateName(InvalidInputException error, long nameMark, long valueMark) {
            long name = nameMark == NONE ? input.nameStart(valueMark) : nameMark;
            return at(error, input.line(name), input.column(name));
        }

        @Override
        void startDocument() {
            JsonLocation at = parser.currentTokenLocation();
            input.startDocument(at.getByteOffset(), at.getLineNr(), at.getColumnNr());
        }

        @Override
        long mark() {
            if (base != null && parser.currentToken() != JsonToken.FIELD_NAME) {
                return base.getTokenCharacterOffset() - 1;
            }
            return parser.currentTokenLocation().getByteOffset();
        }

        @Override
        long offset() {
            return mark();
        }

        @Override
        long endOffset() {
            return parser.currentLocation().getByteOffset();
        }

        @Override
        long characters(long from, long to) {
            // No more characters than bytes: count them only when the bytes reach the question.
            return input.characters(from, to);
        }

        @Override
        InvalidInputException locate(InvalidInputException error, long mark) {
            return at(error, input.line(mark), input.column(mark));
        }
    }

    /** Any other parser: marks are taken from its locations. */
    static final class Any extends Locations {
        private final JsonParser parser;

        Any(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        Utf8Input input() {
            return null;
        }

        @Override
        long mark() {
            JsonLocation at = parser.currentTokenLocation();
            return pack(at.getLineNr(), at.getColumnNr());
        }

        @Override
        long offset() {
            return offset(parser.currentTokenLocation());
        }

        @Override
        long endOffset() {
            return offset(parser.currentLocation());
        }

        static long offset(JsonLocation at) {
            return at.getCharOffset() >= 0 ? at.getCharOffset() : at.getByteOffset();
        }

        @Override
        long characters(long from, long to) {
            return to - from;
        }

        @Override
        InvalidInputException locate(InvalidInputException error, long mark) {
            return unpack(error, mark);
        }
    }
}
