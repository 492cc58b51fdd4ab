package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.InvalidInputException;

/**
 * Where the values of one document stand, from the parser's public locations: a mark is the index of
 * the location of a token, kept so that an error can hand the very location to Jackson. charter parses characters ({@link Utf8Reader} decodes bytes), so
 * Jackson's columns are counted in characters. Not thread-safe: one per document.
 */
final class Locations {

    /** The mark of no place (a value with no member name). */
    static final long NONE = Long.MIN_VALUE;

    private final JsonParser parser;
    private final List<JsonLocation> marks = new ArrayList<>();

    private Locations(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The locations of what a parser reads.
     *
     * @param parser the parser
     * @return the locations
     */
    static Locations of(JsonParser parser) {
        return new Locations(parser);
    }

    /**
     * An error located where a parser reported something.
     *
     * @param error the error
     * @param where the parser's location, or null
     * @return the error with a line and column, if the location has them
     */
    static InvalidInputException locate(InvalidInputException error, JsonLocation where) {
        return where == null ? error : at(error, where.getLineNr(), where.getColumnNr());
    }

    private static InvalidInputException at(InvalidInputException error, long line, long column) {
        return line > 0 ? error.withLine(line).withColumn(Math.max(1, column)) : error;
    }

    /**
     * The mark of the parser's current token (a member name's, at a member name).
     *
     * @return the mark
     */
    long mark() {
        marks.add(parser.currentTokenLocation());
        return marks.size() - 1L;
    }

    /**
     * The parser's location of a place an error names.
     *
     * @param error the error, with a line and column
     * @return the location of that line and column, or null if none was marked
     */
    JsonLocation find(InvalidInputException error) {
        if (error.line().isEmpty() || error.column().isEmpty()) {
            return null;
        }
        for (JsonLocation at : marks) {
            if (at.getLineNr() == error.line().getAsLong() && Math.max(1, at.getColumnNr()) == error.column().getAsLong()) {
                return at;
            }
        }
        return null;
    }

    /**
     * An error located at a member's name, or at its value if the name has no mark.
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
     * The offset, in characters, of the parser's current token.
     *
     * @return the offset
     */
    long offset() {
        return parser.currentTokenLocation().getCharOffset();
    }

    /**
     * The offset, in characters, the parser has read to, just after its current token.
     *
     * @return the offset
     */
    long endOffset() {
        return parser.currentLocation().getCharOffset();
    }

    /**
     * An error located at a mark.
     *
     * @param error the error
     * @param mark the mark, from {@link #mark()}
     * @return the error with the mark's line and column
     */
    InvalidInputException locate(InvalidInputException error, long mark) {
        return locate(error, marks.get((int) mark));
    }
}
