package org.citizencharter.io.internal.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.core.InvalidInputException;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Reads a Markdown pipe table (GitHub Flavored Markdown): a header row, a delimiter row of dashes
 * ({@code |---|:--:|}), then one row a line until a blank line. Cells are split at unescaped pipes;
 * {@code \|} is a pipe inside a cell, {@code <br>} a line break in it, and {@code \<} and {@code \\} a
 * "&lt;" and a backslash as they are (so that text holding "&lt;br&gt;" or a backslash survives). Text
 * after the table is an error, since it would otherwise be dropped. Not API; stateless.
 */
public final class MarkdownTables {

    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    private MarkdownTables() {
    }

    /**
     * Whether a line is a Markdown delimiter row, such as {@code |---|:--:|}.
     *
     * @param line the line
     * @return true for a delimiter row
     */
    public static boolean isDelimiterRow(String line) {
        if (!line.contains("-")) {
            return false;
        }
        ImmutableList<String> cells = split(line);
        return !cells.isEmpty() && cells.allSatisfy(cell -> DELIMITER_CELL.matcher(cell).matches());
    }

    /**
     * Reads the rows of a Markdown table.
     *
     * @param text the text, without a byte-order mark
     * @param source the input's name, for messages
     * @return the rows that are not blank, header first, without the delimiter row
     * @throws InvalidInputException if the delimiter row is missing or text follows the table
     */
    public static RawTable parse(String text, String source) {
        String[] lines = LINE_END.split(text, -1);
        MutableList<RawRow> rows = Lists.mutable.empty();
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            return new RawTable(source, Lists.immutable.empty(), Lists.immutable.empty());
        }
        rows.add(new RawRow(first + 1, cells(lines[first])));
        int delimiter = first + 1;
        if (delimiter >= lines.length || !isDelimiterRow(lines[delimiter])) {
            throw InvalidInputException.of("A Markdown table needs a delimiter row, such as |---|---|, right under"
                    + " its header", delimiter < lines.length ? lines[delimiter] : null)
                    .withSource(source)
                    .withLine(delimiter + 1);
        }
        int headerCells = rows.getFirst().cells().size();
        int delimiterCells = split(lines[delimiter]).size();
        if (delimiterCells != headerCells) {
            throw InvalidInputException.of("The delimiter row has " + delimiterCells + " cells but the header has "
                    + headerCells, lines[delimiter]).withSource(source).withLine(delimiter + 1);
        }
        int i = delimiter + 1;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            RawRow row = new RawRow(i + 1, cells(lines[i]));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        for (; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                throw InvalidInputException.of("Text follows the table after a blank line; charter reads one table"
                        + " and would drop it", lines[i])
                        .withSource(source)
                        .withLine(i + 1)
                        .withHint("Remove the text after the table, or the blank line if the rows belong to it");
            }
        }
        return new RawTable(source, rows.toImmutable(), Lists.immutable.empty());
    }

    private static ImmutableList<String> cells(String line) {
        return split(line);
    }

    /**
     * Splits a row at unescaped pipes, dropping the outer pipes; reads {@code <br>} as a line break and
     * the backslash escapes {@code \|}, {@code \<} and {@code \\} (a pipe, a "&lt;" that begins no line
     * break, a backslash); any other backslash is itself.
     */
    private static ImmutableList<String> split(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !endsEscaped(s)) {
            s = s.substring(0, s.length() - 1);
        }
        MutableList<String> cells = Lists.mutable.empty();
        StringBuilder cell = new StringBuilder();
        Matcher lineBreak = LINE_BREAK.matcher(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == '\\' && (next == '|' || next == '<' || next == '\\')) {
                cell.append(next);
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '<' && lineBreak.region(i, s.length()).lookingAt()) {
                cell.append('\n');
                i = lineBreak.end() - 1;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells.toImmutable();
    }

    /** Whether the last character of a row is escaped: an odd number of backslashes before it. */
    private static boolean endsEscaped(String s) {
        int backslashes = 0;
        for (int i = s.length() - 2; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
