package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
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

    /**
     * Wraps an error.
     *
     * @param parser the parser that was reading
     * @param problem the error
     */
    public CharterMappingException(JsonParser parser, InvalidInputException problem) {
        super(parser, problem.getMessage(), problem);
        // The location is the error's own, not the parser's, which has read on to the end of the document.
        _location = new JsonLocation(ContentReference.unknown(), -1, (int) problem.line().orElse(-1),
                (int) problem.column().orElse(-1));
    }

    /**
     * The error.
     *
     * @return the invalid input exception
     */
    public InvalidInputException invalidInput() {
        return (InvalidInputException) getCause();
    }
}
