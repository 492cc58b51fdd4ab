package org.citizencharter.core;

import java.io.Serial;

/**
 * The one unchecked base of every exception charter throws on purpose.
 *
 * <p>Exceptions are for input that cannot be read ({@link InvalidInputException}) and for misuse of
 * the API. A plan that can be read but is inconsistent is not an exception: its problems are
 * {@link Finding findings}, returned with the scores.
 */
public class CharterException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the thing and the value.
     *
     * @param message what went wrong, in words a host developer can act on
     */
    public CharterException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong
     * @param cause the underlying exception
     */
    public CharterException(String message, Throwable cause) {
        super(message, cause);
    }
}
