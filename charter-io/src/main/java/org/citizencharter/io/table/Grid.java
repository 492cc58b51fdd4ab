package org.citizencharter.io.table;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A table as a grid of cells, whatever it was read from (delimited text, Markdown, a spreadsheet, a
 * Word document, a web page, a PDF), with the text of the document around it: the one input from
 * which {@link TableReader} makes a plan, so that every source is read the same way (domain.md §5).
 *
 * <p>A merged cell is spread to every position it covers: each covered position carries the
 * merged cell's text and says from which side it was merged, so that a reader can tell an area cell
 * written once beside all its indicators from the same text written on every row. Immutable.
 *
 * @param source the name of the input (a file name, {@code "-"} for standard input), for messages
 * @param rows the rows, in the order of the source; blank rows may be left out
 * @param documentText the document's text outside the table (a title, the lines before and after
 *     it), in reading order, one paragraph or line an element; empty when the source has none
 */
public record Grid(String source, ImmutableList<Grid.Row> rows, ImmutableList<String> documentText) {

    /**
     * Checks the parts.
     *
     * @param source the name of the input
     * @param rows the rows
     * @param documentText the text around the table
     */
    public Grid {
        requireNonNull(source, "source");
        requireNonNull(rows, "rows");
        requireNonNull(documentText, "documentText");
        if (rows.contains(null) || documentText.contains(null)) {
            throw new NullPointerException("row or document text");
        }
    }

    /**
     * A grid.
     *
     * @param source the name of the input
     * @param rows the rows
     * @param documentText the text around the table
     * @return the grid
     */
    public static Grid of(String source, List<Row> rows, List<String> documentText) {
        return new Grid(source, Lists.immutable.ofAll(rows), Lists.immutable.ofAll(documentText));
    }

    /** How a position of the grid came by its text. */
    public enum Merge {
        /** A cell of its own, or the first (top left) position of a merged cell. */
        NONE,
        /** Covered by a cell merged across columns, whose text stands to the left. */
        FROM_LEFT,
        /** Covered by a cell merged down rows, whose text stands above. */
        FROM_ABOVE
    }

    /**
     * One position of the grid.
     *
     * @param text the cell's text, as Unicode, stripped of surrounding white space
     * @param merge whether, and from which side, the position is covered by a merged cell
     */
    public record Cell(String text, Merge merge) {

        /**
         * Checks the parts.
         *
         * @param text the text
         * @param merge the merge
         */
        public Cell {
            requireNonNull(text, "text");
            requireNonNull(merge, "merge");
        }

        /**
         * A cell of its own.
         *
         * @param text the text
         * @return the cell
         */
        public static Cell of(String text) {
            return new Cell(text, Merge.NONE);
        }
    }

    /**
     * One row of the grid.
     *
     * @param number the row's place in the source, from 1 (a line of a text file, a row of a sheet
     *     or of the table), as messages name it
     * @param cells the positions, in column order
     */
    public record Row(int number, ImmutableList<Cell> cells) {

        /**
         * Checks the parts.
         *
         * @param number the row's number
         * @param cells the cells
         */
        public Row {
            requireNonNull(cells, "cells");
            if (number < 1) {
                throw new IllegalArgumentException("Rows are numbered from 1: " + number);
            }
            if (cells.contains(null)) {
                throw new NullPointerException("cell");
            }
        }

        /**
         * A row.
         *
         * @param number the row's number
         * @param cells the cells
         * @return the row
         */
        public static Row of(int number, List<Cell> cells) {
            return new Row(number, Lists.immutable.ofAll(cells));
        }

        /**
         * The position in a column, or an empty cell of its own beyond the row's last.
         *
         * @param column the column, from 0
         * @return the cell
         */
        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.of("");
        }
    }
}
