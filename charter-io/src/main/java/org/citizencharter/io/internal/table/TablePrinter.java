package org.citizencharter.io.internal.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Writes rows of cells as a tab- or comma-separated table (RFC 4180 quoting: only the cells that need it) or
 * as a Markdown pipe table ({@code \|} for a pipe in a cell, {@code <br>} for a line break), which
 * {@link DelimitedTables} and {@link MarkdownTables} read back cell for cell. Not API; stateless.
 */
public final class TablePrinter {

    private TablePrinter() {
    }

    /**
     * Writes a delimited table.
     *
     * @param rows the rows, header first
     * @param delimiter a tab or a comma
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public static void delimited(ImmutableList<ImmutableList<String>> rows, char delimiter, Appendable out) {
        try {
            for (ImmutableList<String> row : rows) {
                out.append(row.collect(cell -> quoted(cell, delimiter)).makeString(String.valueOf(delimiter)))
                        .append('\n');
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the table", failed);
        }
    }

    /** RFC 4180: a cell holding the delimiter, a quote or a line break goes in quotes, its quotes doubled. */
    private static String quoted(String cell, char delimiter) {
        boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /**
     * Writes a Markdown pipe table.
     *
     * @param rows the rows, header first
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public static void markdown(ImmutableList<ImmutableList<String>> rows, Appendable out) {
        try {
            for (int i = 0; i < rows.size(); i++) {
                out.append(markdownRow(rows.get(i)));
                if (i == 0) {
                    out.append(markdownRow(rows.get(0).collect(header -> "---")));
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the table", failed);
        }
    }

    private static String markdownRow(ImmutableList<String> cells) {
        return cells.collect(TablePrinter::markdownCell).makeString("| ", " | ", " |\n");
    }

    private static String markdownCell(String cell) {
        return cell.strip().replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }
}
