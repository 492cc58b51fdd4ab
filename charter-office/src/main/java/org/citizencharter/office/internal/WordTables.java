package org.citizencharter.office.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;

/**
 * What the two Word readers (.docx and .doc) share: the tables of a document and the paragraphs before each,
 * gathered in the document's order; the tables chosen ({@link Reading#chooseTables}: every one when they are of
 * one width, the plan's by its header when they are not, or the one asked for), read one after the other into one
 * grid, and the paragraphs before the first chosen taken as the document's text, with the text of a letterhead set out
 * in a table among them ({@link Reading#letterhead}). Not thread-safe; one per reading.
 *
 * @param <T> a table, as the reader's library has it
 */
final class WordTables<T> {

    private static final int MAX_TEXT_LINES = 200;

    /** Puts the rows of a table in the grid being read. */
    @FunctionalInterface
    interface RowReader<T> {

        /**
         * Adds a table's rows to the grid being read, each numbered by {@link CellMatrix#rowCount()} after it.
         *
         * @param table the table
         * @param index the table's index in the document, from 0
         * @param matrix the grid being read
         */
        void read(T table, int index, CellMatrix matrix);
    }

    private final List<T> tables = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final List<String> described = new ArrayList<>();
    private final List<Integer> rowCounts = new ArrayList<>();
    /** The number of paragraphs before each table. */
    private final List<Integer> before = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();

    /**
     * Adds a paragraph of the document's body (one outside every table); a blank one is left out.
     *
     * @param text the paragraph's text
     */
    void paragraph(String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && paragraphs.size() < MAX_TEXT_LINES) {
            paragraphs.add(stripped);
        }
    }

    /**
     * Adds a table, after the paragraphs added so far.
     *
     * @param table the table
     * @param rows its number of rows
     * @param width its number of columns
     * @param first the text of its first cell, for the message that lists the tables
     */
    void table(T table, int rows, int width, String first) {
        tables.add(table);
        widths.add(width);
        rowCounts.add(rows);
        described.add(rows + " rows, " + width + " columns, beginning \"" + Reading.shortText(first) + "\"");
        before.add(paragraphs.size());
    }

    /**
     * Reads the chosen tables into one grid, one after the other, with the text before the first as the
     * document's text, and puts in the notes what the fonts converted and which text was taken.
     *
     * @param reading the reading
     * @param fonts the fonts' notes of the reading
     * @param rows reads a table's rows
     * @return the grid
     */
    Grid read(Reading reading, FontNotes fonts, RowReader<T> rows) {
        List<Integer> chosen = reading.chooseTables(widths, described, index -> reading.alone(
                matrix -> fonts.quietly(() -> rows.read(tables.get(index), index, matrix))));
        CellMatrix matrix = new CellMatrix(reading.source(), reading.limits());
        for (int index : chosen) {
            rows.read(tables.get(index), index, matrix);
        }
        List<String> text = textBefore(chosen.get(0), reading, fonts, rows);
        fonts.report();
        return matrix.toGrid(text, List.of(), reading.notes());
    }

    /**
     * The document's text before a table: the paragraphs, in order, and among them the text of each table before it
     * that is a letterhead (a table left out that is not, a list of abbreviations, is no text of the document).
     */
    private List<String> textBefore(int first, Reading reading, FontNotes fonts, RowReader<T> rows) {
        List<String> text = new ArrayList<>();
        List<String> letterheads = new ArrayList<>();
        int from = 0;
        for (int index = 0; index < first; index++) {
            text.addAll(paragraphs.subList(from, before.get(index)));
            from = before.get(index);
            T table = tables.get(index);
            int at = index;
            Optional<List<String>> letterhead = reading.letterhead(rowCounts.get(index), fonts,
                    matrix -> rows.read(table, at, matrix));
            if (letterhead.isPresent()) {
                text.addAll(letterhead.get());
                letterheads.add(String.valueOf(index + 1));
            }
        }
        text.addAll(paragraphs.subList(from, before.get(first)));
        if (before.get(first) > 0) {
            reading.note("Took " + before.get(first) + " paragraph(s) before the table as the document's text.");
        }
        reading.noteLetterheads(letterheads);
        return text.subList(0, Math.min(text.size(), MAX_TEXT_LINES));
    }

    /**
     * A cell's text: its paragraphs' texts, stripped, the blank ones left out, one a line.
     *
     * @param paragraphs the texts of the cell's paragraphs
     * @return the text
     */
    static String cellText(List<String> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            String line = paragraph.strip();
            if (!line.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n").append(line);
            }
        }
        return text.toString();
    }

    /**
     * The error for a document that the library cannot open.
     *
     * @param reading the reading
     * @param e what the library said
     * @return the error to throw
     */
    static InvalidInputException unreadable(Reading reading, IOException e) {
        return reading.error("The document cannot be read: it is corrupt or truncated ("
                + Reading.shortText(String.valueOf(e.getMessage())) + ")")
                .withHint("Open it in the program that made it and save it again").withCause(e);
    }
}
