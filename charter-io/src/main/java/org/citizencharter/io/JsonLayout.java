package org.citizencharter.io;

/**
 * How many documents are laid out in one output. {@link CharterJson#readPlans} reads either.
 */
public enum JsonLayout {
    /** JSON Lines: each document on a line of its own, each line ending with "\n". */
    LINES,
    /** One JSON array: "[", then the documents one a line separated by ",", then "]" and "\n". */
    ARRAY
}
