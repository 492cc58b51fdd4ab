package org.citizencharter.io.internal.json;

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

    /**
     * Wraps an error.
     *
     * @param parser the parser that was reading
     * @param problem the error
     */
    public CharterMappingException(JsonParser parser, InvalidInputException problem) {
        super(parser, problem.getMessage(), problem);
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
