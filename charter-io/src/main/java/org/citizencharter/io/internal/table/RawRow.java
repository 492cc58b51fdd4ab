package org.citizencharter.io.internal.table;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * One row of a table as found in the text: the line it begins on and its cells, each stripped of
 * surrounding white space. Not API; immutable.
 *
 * @param line the line the row begins on, from 1, as numbered in the file
 * @param cells the cells, in order
 */
public record RawRow(int line, ImmutableList<String> cells) {

    /**
     * Checks the parts.
     *
     * @param line the line
     * @param cells the cells
     */
    public RawRow {
        requireNonNull(cells, "cells");
        if (line < 1) {
            throw new IllegalArgumentException("Lines are numbered from 1: " + line);
        }
    }

    /**
     * The cell in a column, or "" beyond the row's last cell.
     *
     * @param column the column, from 0
     * @return the cell
     */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /**
     * Whether every cell is blank.
     *
     * @return true for a blank row
     */
    public boolean isBlank() {
        return cells.allSatisfy(String::isBlank);
    }
}
