package org.citizencharter.examples.cli;

/** A command line that cannot be run as given: exit status 2, with a message that says what to change. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
