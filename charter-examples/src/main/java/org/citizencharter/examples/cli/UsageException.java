package org.citizencharter.examples.cli;

/** A command line that cannot be run as given: exit status 2, with a message that says what to change. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }

    /**
     * A wrong option value, with the reader's words for what is wrong with it (which the command may give in
     * Bengali).
     *
     * @param wrong the value's problem, with the option as its context
     */
    UsageException(org.citizencharter.core.InvalidInputException wrong) {
        super(wrong.getMessage(), wrong, false, false);
    }

    /**
     * The problem of the option's value, if the exception was made from one.
     *
     * @return the problem, or null
     */
    org.citizencharter.core.InvalidInputException problem() {
        return getCause() instanceof org.citizencharter.core.InvalidInputException wrong ? wrong : null;
    }
}
