package org.citizencharter.examples.cli;

/** A file that cannot be read or written: exit status 3, with a message that names it and says what to do. */
final class FileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FileException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
