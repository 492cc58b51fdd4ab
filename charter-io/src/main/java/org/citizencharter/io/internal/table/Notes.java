package org.citizencharter.io.internal.table;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The notes of one reading, collected as it goes: how each column was taken, what was assumed, kept or
 * skipped. Not API; one instance a reading, not thread-safe.
 */
public final class Notes {

    /** The sorts of note; the API's {@code TableNote.Kind} has the same names. */
    public enum Kind {
        /** A header taken for a column. */
        COLUMN,
        /** Kept as text without being read. */
        KEPT,
        /** Assumed where the table does not say it. */
        ASSUMED,
        /** A row skipped. */
        SKIPPED,
        /** Text that is not what it seems. */
        TEXT
    }

    /**
     * One note.
     *
     * @param kind the sort
     * @param row the row, from 1, or 0
     * @param column the column, from 1, or 0
     * @param message the message
     */
    public record Note(Kind kind, int row, int column, String message) {
    }

    private final MutableList<Note> notes = Lists.mutable.empty();

    /**
     * Adds a note.
     *
     * @param kind the sort
     * @param row the row, from 1, or 0 for none
     * @param column the column, from 1, or 0 for none
     * @param message the message
     */
    public void add(Kind kind, int row, int column, String message) {
        notes.add(new Note(kind, row, column, message));
    }

    /**
     * Takes back the notes that a column is kept as text, once the column is found to be read after all.
     *
     * @param column the column, from 1
     */
    public void withdrawKept(int column) {
        notes.removeIf(note -> note.kind() == Kind.KEPT && note.column() == column);
    }

    /**
     * The notes so far, in the order added.
     *
     * @return the notes
     */
    public ImmutableList<Note> all() {
        return notes.toImmutable();
    }

    /**
     * A text for a note or a message: in quotes, on one line, cut at eighty characters.
     *
     * @param text the text
     * @return the quoted text
     */
    public static String quoted(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return "\"" + shown.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
