package org.citizencharter.office.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;
import org.citizencharter.office.OfficeLimits;

/**
 * A table being read: positions filled cell by cell, merged cells spread to every position they cover,
 * under the limits of rows and cells; then made a {@link Grid}, with blank rows and columns left out and
 * the title rows above the header (and the lines below the table) taken as the document's text.
 * Not thread-safe; one per reading.
 */
public final class CellMatrix {

    private final String source;
    private final OfficeLimits limits;
    private final List<Integer> numbers = new ArrayList<>();
    private final List<List<Grid.Cell>> rows = new ArrayList<>();
    private int width;

    /**
     * An empty table.
     *
     * @param source the input's name, for messages
     * @param limits the limits of rows and cells
     */
    public CellMatrix(String source, OfficeLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * Adds a row.
     *
     * @param number the row's number in the source, from 1, as messages name it
     * @return the row's index in this table
     * @throws InvalidInputException if the table has more rows than the limit
     */
    public int addRow(int number) {
        if (rows.size() >= limits.maxRows()) {
            throw InvalidInputException.of("The table has more rows than charter reads (" + limits.maxRows() + ")")
                    .withSource(source).withHint("Split the file, or raise OfficeLimits.maxRows");
        }
        numbers.add(number);
        rows.add(new ArrayList<>());
        return rows.size() - 1;
    }

    /**
     * The number of rows.
     *
     * @return the rows added
     */
    public int rowCount() {
        return rows.size();
    }

    /**
     * Whether a position is already covered (by a cell, or a merged cell from above).
     *
     * @param row the row's index
     * @param column the column, from 0
     * @return whether it is taken
     */
    public boolean isTaken(int row, int column) {
        List<Grid.Cell> cells = rows.get(row);
        return column < cells.size() && cells.get(column) != null;
    }

    /**
     * The first position of a row not yet covered, from a column on.
     *
     * @param row the row's index
     * @param from the first column to look at
     * @return the column
     */
    public int nextFree(int row, int from) {
        int column = from;
        while (isTaken(row, column)) {
            column++;
        }
        return column;
    }

    /**
     * Puts a cell, spread over the positions it is merged over: its text at the top left, the positions to
     * its right merged from the left, the rows below merged from above. Positions already taken are left.
     *
     * @param row the row's index of the top left position
     * @param column its column
     * @param down how many rows it covers, at least 1 (rows not yet added are not covered)
     * @param across how many columns it covers, at least 1
     * @param text the cell's text
     * @throws InvalidInputException if the table grows beyond the limit of cells
     */
    public void put(int row, int column, int down, int across, String text) {
        String stripped = text.strip();
        int lastRow = Math.min(rows.size(), row + Math.max(1, down));
        int lastColumn = column + Math.max(1, across);
        if ((long) lastColumn * rows.size() > limits.maxCells()) {
            throw InvalidInputException.of("The table has more cells than charter reads (" + limits.maxCells() + ")")
                    .withSource(source).withHint("Split the file, or raise OfficeLimits.maxCells");
        }
        width = Math.max(width, lastColumn);
        for (int r = row; r < lastRow; r++) {
            List<Grid.Cell> cells = rows.get(r);
            while (cells.size() < lastColumn) {
                cells.add(null);
            }
            for (int c = column; c < lastColumn; c++) {
                if (cells.get(c) != null) {
                    continue;
                }
                Grid.Merge merge = r > row ? Grid.Merge.FROM_ABOVE : c > column ? Grid.Merge.FROM_LEFT : Grid.Merge.NONE;
                cells.set(c, new Grid.Cell(stripped, merge));
            }
        }
    }

    /**
     * Continues a cell merged down from the row above (a Word cell whose vMerge continues): each position
     * takes the text of the position above it and says it is merged from above.
     *
     * @param row the row's index
     * @param column the first column
     * @param across how many columns the continuing cell covers
     */
    public void putFromAbove(int row, int column, int across) {
        if (row == 0) {
            put(row, column, 1, across, "");
            return;
        }
        String above = text(row - 1, column);
        put(row, column, 1, across, above);
        List<Grid.Cell> cells = rows.get(row);
        for (int c = column; c < column + Math.max(1, across); c++) {
            cells.set(c, new Grid.Cell(above, Grid.Merge.FROM_ABOVE));
        }
    }

    /**
     * Adds text at the end of the cell that covers a position, after a space, in every position the cell
     * covers: the rest of a cell that a page break cuts in two. A position no cell covers yet takes the text.
     *
     * @param row the row's index
     * @param column the column
     * @param text the text to add; blank adds nothing
     */
    public void append(int row, int column, String text) {
        String more = text.strip();
        if (more.isEmpty()) {
            return;
        }
        if (!isTaken(row, column)) {
            put(row, column, 1, 1, more);
            return;
        }
        int top = row;
        while (top > 0 && cell(top, column).merge() == Grid.Merge.FROM_ABOVE) {
            top--;
        }
        int left = column;
        while (left > 0 && cell(top, left).merge() == Grid.Merge.FROM_LEFT) {
            left--;
        }
        String before = text(top, left);
        String joined = before.isEmpty() ? more : before + " " + more;
        int right = left + 1;
        while (right < rows.get(top).size() && cell(top, right).merge() == Grid.Merge.FROM_LEFT) {
            right++;
        }
        for (int r = top; r < rows.size() && (r == top || cell(r, left).merge() == Grid.Merge.FROM_ABOVE); r++) {
            List<Grid.Cell> cells = rows.get(r);
            for (int c = left; c < Math.min(right, cells.size()); c++) {
                if (cells.get(c) != null) {
                    cells.set(c, new Grid.Cell(joined, cells.get(c).merge()));
                }
            }
        }
    }

    /**
     * The text of the table as lines of the document: each cell's lines, row by row and from the first column, a
     * merged cell's once, blank ones left out; but a row of a form, a label ending in a colon and its value ("দপ্তর/
     * সংস্থা:" beside "উপজেলা সমবায় কার্যালয়, কলাপাড়া"), is one line, as the form reads.
     *
     * @return the lines
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (List<Grid.Cell> cells : rows) {
            List<String> texts = new ArrayList<>();
            for (Grid.Cell cell : cells) {
                if (cell != null && cell.merge() == Grid.Merge.NONE && !cell.text().isBlank()) {
                    texts.add(cell.text().strip());
                }
            }
            if (texts.size() == 2 && texts.stream().noneMatch(text -> text.contains("\n"))
                    && (texts.get(0).endsWith(":") || texts.get(0).endsWith("ঃ"))) {
                lines.add(texts.get(0) + " " + texts.get(1));
                continue;
            }
            for (String text : texts) {
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
            }
        }
        return lines;
    }

    /**
     * The grid: blank rows and blank columns left out; the rows above the table that hold a single text
     * (a title, merged across) taken as document text before it, and likewise the rows below it. A row of
     * one text right above the header that begins past its first column stays (it may be a group).
     *
     * @param before the document's text before the table (paragraphs, lines), in order
     * @param after the document's text after the table
     * @param notes where to say what was taken as document text
     * @return the grid
     */
    public Grid toGrid(List<String> before, List<String> after, List<String> notes) {
        Bounds bounds = bounds();
        List<Integer> kept = bounds.kept();
        List<Integer> columns = bounds.columns();
        int first = bounds.first();
        int last = bounds.last();
        List<String> titles = new ArrayList<>();
        for (int k = 0; k < first; k++) {
            titles.add(onlyText(kept.get(k)));
        }
        List<String> below = new ArrayList<>();
        for (int k = last; k < kept.size(); k++) {
            below.add(onlyText(kept.get(k)));
        }
        if (!titles.isEmpty()) {
            notes.add("Took " + titles.size() + " row(s) above the table's header as the document's text: "
                    + quoted(titles) + ".");
        }
        if (!below.isEmpty()) {
            notes.add("Took " + below.size() + " row(s) below the table as the document's text: " + quoted(below) + ".");
        }
        List<Grid.Row> gridRows = new ArrayList<>();
        for (int k = first; k < last; k++) {
            int r = kept.get(k);
            List<Grid.Cell> cells = new ArrayList<>(columns.size());
            for (int c : columns) {
                Grid.Cell cell = cell(r, c);
                if (k == first && cell.merge() == Grid.Merge.FROM_ABOVE) {
                    cell = Grid.Cell.of(cell.text());
                }
                cells.add(cell);
            }
            gridRows.add(Grid.Row.of(numbers.get(r), cells));
        }
        List<String> text = new ArrayList<>(before);
        text.addAll(titles);
        text.addAll(below);
        text.addAll(after);
        return Grid.of(source, gridRows, text);
    }

    /**
     * The first of some rows that may be the rest of a row a page break cut in two, or -1: a row with nothing in the
     * table's first column and, past it, one text only (read as a row of its own it would be a title, an area, a
     * section, a total or a signature, which begin in the first column or span it); else the first that holds two
     * texts or more, each of them words with no digit (no code, number, date or percent, nor a "-" for nothing
     * reported), such as its name's last words and another cell's ("(হাজার)", "[ক্রমপুঞ্জিভূত]"), or an area's name
     * going on in the first column beside them, which would be an indicator without a code or an area without a
     * weight. A row that begins a page's part of the table has, besides, a code or a value.
     *
     * @param candidates the rows to look at
     * @return the row, or -1
     */
    public int restOfACutRow(Set<Integer> candidates) {
        Bounds bounds = bounds();
        int words = -1;
        for (int row : bounds.kept()) {
            if (!candidates.contains(row)) {
                continue;
            }
            List<String> texts = texts(row);
            if (texts.size() == 1 && text(row, bounds.columns().get(0)).isBlank()) {
                return row;
            }
            if (words < 0 && texts.size() > 1 && texts.stream().allMatch(CellMatrix::isWords)) {
                words = row;
            }
        }
        return words;
    }

    private static boolean isWords(String text) {
        return text.codePoints().noneMatch(Character::isDigit) && text.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * A row's texts, each once, in the order of its columns.
     *
     * @param row the row
     * @return the texts
     */
    List<String> texts(int row) {
        Set<String> texts = new java.util.LinkedHashSet<>();
        for (Grid.Cell cell : rows.get(row)) {
            if (cell != null && !cell.text().isBlank()) {
                texts.add(cell.text());
            }
        }
        return new ArrayList<>(texts);
    }

    /** The rows with text, the columns with text, and the rows of the table among them (first to last, exclusive). */
    private record Bounds(List<Integer> kept, List<Integer> columns, int first, int last) {
    }

    private Bounds bounds() {
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (distinctTexts(r) > 0) {
                kept.add(r);
            }
        }
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            for (int r : kept) {
                if (!text(r, c).isBlank()) {
                    columns.add(c);
                    break;
                }
            }
        }
        int first = 0;
        int last = kept.size();
        while (last - first > 1 && distinctTexts(kept.get(first)) == 1
                && !isGroupOverHeader(kept.get(first), kept.get(first + 1), columns.get(0))) {
            first++;
        }
        while (last - first > 1 && distinctTexts(kept.get(last - 1)) == 1) {
            last--;
        }
        return new Bounds(kept, columns, first, last);
    }

    private Grid.Cell cell(int row, int column) {
        List<Grid.Cell> cells = rows.get(row);
        Grid.Cell cell = column < cells.size() ? cells.get(column) : null;
        return cell == null ? Grid.Cell.of("") : cell;
    }

    private String text(int row, int column) {
        return cell(row, column).text();
    }

    private int distinctTexts(int row) {
        return texts(row).size();
    }

    /**
     * Whether a row of one text right above the header may be a group over some of its columns rather than a
     * title: its text begins past the table's first column (ত্রৈমাসিক অর্জন over ১ম ২য় ৩য় ৪র্থ), where a title
     * begins in the first column or spans the table. Left in the grid, the table reader tells the two apart.
     */
    private boolean isGroupOverHeader(int row, int next, int firstColumn) {
        if (distinctTexts(next) <= 1) {
            return false;
        }
        for (int c = firstColumn; c < width; c++) {
            if (!text(row, c).isBlank()) {
                return c > firstColumn;
            }
        }
        return false;
    }

    private String onlyText(int row) {
        for (Grid.Cell cell : rows.get(row)) {
            if (cell != null && !cell.text().isBlank()) {
                return cell.text();
            }
        }
        return "";
    }

    private static String quoted(List<String> texts) {
        StringBuilder out = new StringBuilder();
        for (String text : texts) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append('"').append(text.length() > 80 ? text.substring(0, 80) + "…" : text).append('"');
        }
        return out.toString();
    }
}
