package org.citizencharter.office.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;

/**
 * What the two Word readers (.docx and .doc) share: the tables of a document and the paragraphs before each,
 * gathered in the document's order; the tables chosen ({@link Reading#chooseTables}: every one when they are of
 * one width, the plan's by its header when they are not, or the one asked for), read one after the other into one
 * grid, and the paragraphs before the first chosen taken as the document's text. Not thread-safe; one per
 * reading.
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
    private final List<List<String>> before = new ArrayList<>();
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
        described.add(rows + " rows, " + width + " columns, beginning \"" + Reading.shortText(first) + "\"");
        before.add(List.copyOf(paragraphs));
    }

    /**
     * Reads the chosen tables into one grid, one after the other, with the paragraphs before the first as the
     * document's text, and puts in the notes what the fonts converted and which paragraphs were taken.
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
        fonts.report();
        List<String> text = before.get(chosen.get(0));
        if (!text.isEmpty()) {
            reading.note("Took " + text.size() + " paragraph(s) before the table as the document's text.");
        }
        return matrix.toGrid(text, List.of(), reading.notes());
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
