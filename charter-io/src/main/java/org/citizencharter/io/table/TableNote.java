package org.citizencharter.io.table;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * One thing a reading of a table says about how it understood the table (domain.md §5): which header
 * it took for which column, what it assumed, what it kept without reading it, what it skipped. An
 * officer reads the notes to see whether charter read the table as they meant it. Immutable.
 *
 * @param kind what sort of note it is
 * @param row the row of the source it is about (a line of a text file, a row of a sheet), from 1, or
 *     empty for the table as a whole
 * @param column the column it is about, from 1, or empty
 * @param message what it says, in English, naming the text it is about in quotes
 */
public record TableNote(Kind kind, OptionalInt row, OptionalInt column, String message) {

    /** The sorts of note. */
    public enum Kind {
        /** A header taken for a column charter reads. */
        COLUMN,
        /** A column, or a cell, kept as text on the indicator without being read for scoring. */
        KEPT,
        /** Something assumed where the table does not say it, as domain.md §5 allows. */
        ASSUMED,
        /** A row skipped: a row of column numbers or grade percents, a section row. */
        SKIPPED,
        /** Text the table was read from that is not what it seems (old Bijoy fonts, OCR damage). */
        TEXT
    }

    /**
     * Checks the parts.
     *
     * @param kind the kind
     * @param row the row
     * @param column the column
     * @param message the message
     */
    public TableNote {
        requireNonNull(kind, "kind");
        requireNonNull(row, "row");
        requireNonNull(column, "column");
        requireNonNull(message, "message");
    }

    /**
     * A note about a place of the table.
     *
     * @param kind the kind
     * @param row the row, from 1, or 0 for none
     * @param column the column, from 1, or 0 for none
     * @param message the message
     * @return the note
     */
    public static TableNote of(Kind kind, int row, int column, String message) {
        return new TableNote(kind, row > 0 ? OptionalInt.of(row) : OptionalInt.empty(),
                column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), message);
    }

    /**
     * The note as one line: "row 3, column 5: …".
     *
     * @return the line
     */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        row.ifPresent(r -> where.append("row ").append(r));
        column.ifPresent(c -> where.append(where.isEmpty() ? "" : ", ").append("column ").append(c));
        return (where.isEmpty() ? "" : where + ": ") + message;
    }
}
