package org.citizencharter.io.internal.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Writes rows of cells as a tab- or comma-separated table (RFC 4180 quoting: only the cells that need it) or
 * as a Markdown pipe table ({@code \|} for a pipe in a cell, {@code <br>} for a line break, {@code \\}
 * and {@code \<} for a backslash and for a "&lt;" that would read as a line break), which
 * {@link DelimitedTables} and {@link MarkdownTables} read back cell for cell (a cell without the white
 * space around it). Not API; stateless.
 */
public final class TablePrinter {

    /** What {@link MarkdownTables} reads as a line break. */
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

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

    /**
     * A cell as Markdown: a backslash, a pipe and a "&lt;" that would begin a line break escaped with a
     * backslash, each line break ("\r\n", "\r" or "\n") written {@code <br>}, which reads back as "\n".
     */
    private static String markdownCell(String cell) {
        String text = cell.strip();
        StringBuilder escaped = new StringBuilder(text.length());
        Matcher lineBreak = LINE_BREAK.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '|' || (c == '<' && lineBreak.region(i, text.length()).lookingAt())) {
                escaped.append('\\').append(c);
            } else if (c == '\r' || c == '\n') {
                escaped.append("<br>");
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
