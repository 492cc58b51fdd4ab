package org.citizencharter.io.internal.table;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * The rows of a table as found in the text, before any column is recognised: the header first.
 * Blank lines are left out. Not API; immutable.
 *
 * @param source the name of the input, for messages
 * @param rows the rows, header first, in the order of the file
 */
public record RawTable(String source, ImmutableList<RawRow> rows) {

    /**
     * Checks the parts.
     *
     * @param source the name of the input
     * @param rows the rows
     */
    public RawTable {
        requireNonNull(source, "source");
        requireNonNull(rows, "rows");
    }
}
