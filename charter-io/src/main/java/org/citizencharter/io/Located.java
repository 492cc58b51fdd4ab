package org.citizencharter.io;

import static java.util.Objects.requireNonNull;

/**
 * A document of an input that holds many, with where it stood there: its line and its place among the
 * input's documents. A host that reads many plans and fails on one later (scoring it, storing it) names it
 * by these, as {@code charter batch} does. Immutable.
 *
 * @param document the document as read
 * @param line the line on which the document begins, from 1
 * @param index the document's place in the input, from 1, counting the documents that could not be read
 * @param <T> the kind of document
 */
public record Located<T>(T document, long line, long index) {

    /**
     * A document with its place.
     *
     * @param document the document as read
     * @param line the line on which it begins, from 1
     * @param index its place in the input, from 1
     * @throws NullPointerException if the document is null
     * @throws IllegalArgumentException if the line or the index is not positive
     */
    public Located {
        requireNonNull(document, "document");
        if (line < 1 || index < 1) {
            throw new IllegalArgumentException("A line and an index count from 1, not " + line + " and " + index);
        }
    }
}
