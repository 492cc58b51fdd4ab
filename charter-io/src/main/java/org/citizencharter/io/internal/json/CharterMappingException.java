package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Serial;
import org.citizencharter.core.InvalidInputException;

/**
 * How charter's deserializers report a document they cannot read to Jackson: a
 * {@link JsonMappingException}, so that a host's framework treats it as bad input, whose cause is the
 * {@link InvalidInputException} with the pointer, line, column and text.
 */
public final class CharterMappingException extends JsonMappingException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final InvalidInputException problem;

    /**
     * Wraps an error.
     *
     * @param parser the parser that was reading
     * @param problem the error
     * @param where where the parser stood at the value at fault (the error's own place, not the parser's,
     *     which may have read on to the end of the document), or null for the error's line and column (the
     *     parser's current token if it has none)
     */
    public CharterMappingException(JsonParser parser, InvalidInputException problem, JsonLocation where) {
        super(parser, problem.getMessage(), where != null ? where : at(parser, problem));
        this.problem = problem;
    }

    private static JsonLocation at(JsonParser parser, InvalidInputException problem) {
        JsonLocation current = parser.currentTokenLocation();
        if (problem.line().isEmpty()) {
            return current;
        }
        return new JsonLocation(current.contentReference(), -1L, -1L, (int) problem.line().getAsLong(),
                (int) problem.column().orElse(-1));
    }

    /**
     * The error, which is the cause of this exception.
     *
     * @return the invalid input exception
     */
    @Override
    public synchronized Throwable getCause() {
        return problem;
    }

    /**
     * The error.
     *
     * @return the invalid input exception
     */
    public InvalidInputException invalidInput() {
        return problem;
    }
}
