package org.citizencharter.io.internal.table;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * The rows of a table as the reader works on them, before any column is recognised: the header first,
 * blank rows left out, and a position covered by a merged cell blank, as a table copied out as text
 * writes it (a group header over its sub-columns, an area cell beside its indicators). Not API;
 * immutable.
 *
 * @param source the name of the input, for messages
 * @param rows the rows, header first, in the order of the source
 * @param documentText the document's text around the table, one line an element
 */
public record RawTable(String source, ImmutableList<RawRow> rows, ImmutableList<String> documentText) {

    /**
     * Checks the parts.
     *
     * @param source the name of the input
     * @param rows the rows
     * @param documentText the text around the table
     */
    public RawTable {
        requireNonNull(source, "source");
        requireNonNull(rows, "rows");
        requireNonNull(documentText, "documentText");
    }
}
