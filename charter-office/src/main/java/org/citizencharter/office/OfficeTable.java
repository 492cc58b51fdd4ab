package org.citizencharter.office;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import org.citizencharter.io.table.Grid;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What was read from an office file: the grid of cells for the table reader, the format it was read as,
 * and notes that say how it was read (which sheet or tables, which cells were converted from a Bijoy
 * font, which text was taken as the document's) so that an officer can check it. Immutable.
 *
 * @param grid the table, with the document's text around it
 * @param format the format the file was read as
 * @param notes how the file was read, one sentence an element, in English
 * @param linePages for a PDF, the page of each line of the grid, from line 1 ({@link #pageOf}); empty for
 *     other files
 */
public record OfficeTable(Grid grid, OfficeFormat format, ImmutableList<String> notes,
        ImmutableList<Integer> linePages) {

    /**
     * Checks the parts.
     *
     * @param grid the table
     * @param format the format
     * @param notes the notes
     * @param linePages the page of each line
     */
    public OfficeTable {
        requireNonNull(grid, "grid");
        requireNonNull(format, "format");
        requireNonNull(notes, "notes");
        requireNonNull(linePages, "linePages");
    }

    /**
     * A table read from a file that has no pages (all but PDFs).
     *
     * @param grid the table
     * @param format the format
     * @param notes the notes
     */
    public OfficeTable(Grid grid, OfficeFormat format, ImmutableList<String> notes) {
        this(grid, format, notes, Lists.immutable.empty());
    }

    /**
     * The page of a PDF a line of the grid is on, so that a message about a line (the table reader's "line 37")
     * can say where in the PDF to look: the grid numbers the rows of all the pages together.
     *
     * @param line a grid row's number ({@link Grid.Row#number()}), as the table reader's messages give it
     * @return its page, from 1; empty for a file that is not a PDF, or a line it does not have
     */
    public OptionalInt pageOf(long line) {
        return line >= 1 && line <= linePages.size() ? OptionalInt.of(linePages.get((int) line - 1))
                : OptionalInt.empty();
    }
}
