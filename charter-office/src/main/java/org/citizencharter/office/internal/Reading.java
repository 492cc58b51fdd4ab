package org.citizencharter.office.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.office.OfficeLimits;

/**
 * One reading of an office file: its name, what the caller chose (a sheet, a table) and the limits; it
 * gathers the notes and, for a PDF, the page each line of the grid is on. Not thread-safe; one per reading.
 *
 * @param source the input's name, for messages
 * @param sheet the sheet asked for, by name or number from 1
 * @param table the table asked for, from 1
 * @param limits the limits
 * @param notes the notes gathered
 * @param pages the page of each line of the grid, from line 1 (a PDF's; empty for other files)
 */
public record Reading(String source, Optional<String> sheet, OptionalInt table, OfficeLimits limits,
        List<String> notes, List<Integer> pages) {

    private static final String PLAN_HEADER = " (a plan's header)";
    private static final String CODED_ROWS = " (cells with a code and a name, as a plan's rows)";
    /** The most rows a table before the plan's may have to be its letterhead. */
    private static final int LETTERHEAD_ROWS = 6;

    /**
     * A reading.
     *
     * @param source the input's name
     * @param sheet the sheet asked for
     * @param table the table asked for
     * @param limits the limits
     * @return the reading, with no notes yet
     */
    public static Reading of(String source, Optional<String> sheet, OptionalInt table, OfficeLimits limits) {
        return new Reading(source, sheet, table, limits, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * Says that the next line of the grid is on a page.
     *
     * @param page the page, from 1
     */
    public void lineOnPage(int page) {
        pages.add(page);
    }

    /**
     * Says something in the notes.
     *
     * @param note a sentence
     */
    public void note(String note) {
        notes.add(note);
    }

    /**
     * An error about this input.
     *
     * @param problem what is wrong
     * @return the exception, naming the source
     */
    public InvalidInputException error(String problem) {
        return InvalidInputException.of(problem).withSource(source);
    }

    /**
     * Chooses tables: the one asked for, or all when they have the same number of columns. Of tables of different
     * widths, those whose header names a plan's columns ({@link TableReader#hasPlanHeader(Grid)}), with the tables
     * of their width after the first of them, where they are all of one width and every table left out holds
     * neither a plan's header nor a cell with a code and a name ({@link TableReader#hasCodedRows(Grid)}: rows of
     * the plan that would be lost); otherwise an error that lists them, since charter will not guess which holds
     * the plan.
     *
     * @param widths the number of columns of each table, in the document's order
     * @param described a short description of each table, for the error
     * @param alone the grid of one table read alone, by its index from 0; asked only of tables of different widths
     * @return the indexes of the tables to read, from 0
     */
    public List<Integer> chooseTables(List<Integer> widths, List<String> described, IntFunction<Grid> alone) {
        if (widths.isEmpty()) {
            throw error("The file holds no table").withHint("Check that the plan's table is in the file");
        }
        if (table.isPresent()) {
            int asked = table.getAsInt();
            if (asked < 1 || asked > widths.size()) {
                throw error("There is no table " + asked + ": the file holds " + widths.size())
                        .withHint("Give --table 1 to " + widths.size());
            }
            if (widths.size() > 1) {
                note("Read table " + asked + " of " + widths.size() + ", as asked.");
            }
            return List.of(asked - 1);
        }
        if (widths.stream().distinct().count() > 1) {
            return byHeader(widths, described, alone);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            all.add(i);
        }
        if (all.size() > 1) {
            note("Read the " + all.size() + " tables of the file, each " + widths.get(0)
                    + " columns wide, as one table, one after the other.");
        }
        return all;
    }

    /** Tables of different widths: the plan's, told by their header, where nothing left out may be the plan's. */
    private List<Integer> byHeader(List<Integer> widths, List<String> described, IntFunction<Grid> alone) {
        List<String> kinds = new ArrayList<>();
        List<Integer> headed = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            Grid grid = alone.apply(i);
            boolean header = TableReader.hasPlanHeader(grid);
            if (header) {
                headed.add(i);
            }
            kinds.add(header ? PLAN_HEADER : TableReader.hasCodedRows(grid) ? CODED_ROWS : "");
        }
        int width = headed.isEmpty() ? -1 : widths.get(headed.get(0));
        List<Integer> chosen = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            (!headed.isEmpty() && i >= headed.get(0) && widths.get(i) == width ? chosen : left).add(i);
        }
        if (headed.isEmpty() || left.stream().anyMatch(i -> !kinds.get(i).isEmpty())) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < described.size() && i < 20; i++) {
                list.append(i == 0 ? "" : "; ").append("table ").append(i + 1).append(": ")
                        .append(described.get(i)).append(kinds.get(i));
            }
            throw error("The file holds " + widths.size() + " tables of different widths, and charter will not"
                    + " guess which holds the plan: " + list).withHint("Give --table N");
        }
        String numbers = chosen.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "));
        note("Read table(s) " + numbers + " of the " + widths.size()
                + " in the file, by the plan's header; left out the other " + left.size() + ", which hold neither a"
                + " plan's header nor a code and a name in any cell: " + left.stream()
                .map(i -> "table " + (i + 1) + ": " + described.get(i)).collect(Collectors.joining("; ")) + ".");
        return chosen;
    }

    /**
     * A table read alone into a grid of its own, without the text around it, whatever the grid would say in the
     * notes left out: to tell whether it is the plan's ({@link #chooseTables}).
     *
     * @param rows puts the table's rows in the matrix
     * @return the grid
     */
    public Grid alone(Consumer<CellMatrix> rows) {
        CellMatrix matrix = new CellMatrix(source, limits);
        rows.accept(matrix);
        return matrix.toGrid(List.of(), List.of(), new ArrayList<>());
    }

    /**
     * The text of a table that stands before the plan's and is not read as part of it, where it is the document's
     * letterhead (the government, the office, a reference and a date, as Word templates set them out in a table; or
     * a form of the office's particulars): a few rows ({@value #LETTERHEAD_ROWS} at most), none of them a plan's
     * header or a cell with a code and a name. Such text is the document's, as the paragraphs around it are; a
     * longer table's (a list of abbreviations, which names every kind of plan) is not.
     *
     * @param count the table's rows, blank ones too: one of more than four times the letterhead's rows is not read
     * @param rows puts the table's rows in the matrix
     * @return its cells' lines, row by row, or empty if it is no letterhead (also where it cannot be read: beyond the
     *     limits, or a PDF's text whose order cannot be told)
     */
    public Optional<List<String>> letterhead(int count, Consumer<CellMatrix> rows) {
        if (count > 4 * LETTERHEAD_ROWS) {
            return Optional.empty();
        }
        CellMatrix matrix = new CellMatrix(source, limits);
        try {
            rows.accept(matrix);
        } catch (InvalidInputException beyondLimitsOrOrder) {
            // A table the plan does not need costs the reading nothing: it is no letterhead, and its text is left out.
            return Optional.empty();
        }
        Grid grid = matrix.toGrid(List.of(), List.of(), new ArrayList<>());
        boolean letterhead = grid.rows().size() + grid.documentText().size() <= LETTERHEAD_ROWS
                && !TableReader.hasPlanHeader(grid) && !TableReader.hasCodedRows(grid);
        return letterhead ? Optional.of(matrix.lines()) : Optional.empty();
    }

    /**
     * {@link #letterhead(int, Consumer)} for a reader that converts fonts: what a table's fonts converted is in the
     * notes only where the table is a letterhead, whose text the document's then is.
     *
     * @param count the table's rows, blank ones too
     * @param fonts the fonts' notes of the reading
     * @param rows puts the table's rows in the matrix
     * @return its cells' lines, row by row, or empty if it is no letterhead
     */
    Optional<List<String>> letterhead(int count, FontNotes fonts, Consumer<CellMatrix> rows) {
        Optional<List<String>> lines = letterhead(count, matrix -> fonts.quietly(() -> rows.accept(matrix)));
        // Once more, aloud: what its fonts converted belongs in the notes, as the text around it does.
        lines.ifPresent(taken -> alone(rows));
        return lines;
    }

    /**
     * Says in the notes which tables were taken as letterheads ({@link #letterhead}), if any.
     *
     * @param tables the tables' numbers, from 1
     */
    public void noteLetterheads(List<String> tables) {
        if (!tables.isEmpty()) {
            note("Took the text of table(s) " + String.join(", ", tables) + " before the plan's (a letterhead of a few"
                    + " rows) as the document's text.");
        }
    }

    /**
     * A short text for messages: at most sixty characters, on one line.
     *
     * @param text the text
     * @return the shortened text
     */
    public static String shortText(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
