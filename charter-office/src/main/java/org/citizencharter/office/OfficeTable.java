package org.citizencharter.office;

import static java.util.Objects.requireNonNull;

import org.citizencharter.io.table.Grid;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What was read from an office file: the grid of cells for the table reader, the format it was read as,
 * and notes that say how it was read (which sheet or tables, which cells were converted from a Bijoy
 * font, which text was taken as the document's) so that an officer can check it. Immutable.
 *
 * @param grid the table, with the document's text around it
 * @param format the format the file was read as
 * @param notes how the file was read, one sentence an element, in English
 */
public record OfficeTable(Grid grid, OfficeFormat format, ImmutableList<String> notes) {

    /**
     * Checks the parts.
     *
     * @param grid the table
     * @param format the format
     * @param notes the notes
     */
    public OfficeTable {
        requireNonNull(grid, "grid");
        requireNonNull(format, "format");
        requireNonNull(notes, "notes");
    }
}
