package org.citizencharter.io.internal.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citizencharter.core.InvalidInputException;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;

/**
 * Reads tab- and comma-separated tables with Apache Commons CSV: RFC 4180 quoting (a cell in double
 * quotes may hold the delimiter, line breaks and doubled quotes), any line ending. Each row keeps the
 * line it begins on, as numbered in the file. Not API; stateless.
 */
public final class DelimitedTables {

    private static final int SHORT = 16;
    private static final int MAX_SHARED = 1 << 16;

    private DelimitedTables() {
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
    }

    /**
     * Reads the rows of a table.
     *
     * @param text the table, without a byte-order mark
     * @param delimiter a tab or a comma
     * @param source the input's name, for messages
     * @return the rows that are not blank, header first
     * @throws InvalidInputException if the quoting is broken
     */
    public static RawTable parse(String text, char delimiter, String source) {
        int[] lineStarts = lineStarts(text);
        MutableList<RawRow> rows = Lists.mutable.empty();
        Map<String, String> repeated = new HashMap<>();
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(new StringReader(text), format(delimiter));
            for (CSVRecord record : parser) {
                String[] cells = new String[record.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = shared(record.get(i).strip(), repeated);
                }
                RawRow row = new RawRow(lineOf(lineStarts, start(text, record.getCharacterPosition())),
                        Lists.immutable.with(cells));
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
            throw InvalidInputException.of("The table's quoting is broken: a cell that begins with a double quote"
                    + " must end with one, and a double quote inside it is written twice")
                    .withSource(source)
                    .withLine(line)
                    .withHint("Put the cell in double quotes and double the quotes inside it, or remove the quote"
                            + " at its beginning")
                    .withCause(broken);
        }
        return new RawTable(source, rows.toImmutable(), Lists.immutable.empty());
    }

    /**
     * One string for each short cell text that repeats ("-", "১", "সংখ্যা", "75%"): a table of 300,000 rows
     * holds millions of cells, most of them a few such texts, and keeps them all while the plan is assembled.
     */
    private static String shared(String cell, Map<String, String> repeated) {
        if (cell.length() > SHORT) {
            return cell;
        }
        // Once the map is full (of the table's many one-off texts, such as its codes), the texts already in
        // it, among them the first rows' "-" and "১", are still shared.
        String known = repeated.size() < MAX_SHARED ? repeated.putIfAbsent(cell, cell) : repeated.get(cell);
        return known == null ? cell : known;
    }

    /** The offsets at which lines begin, counting CR LF, LF and CR as one line end each, as Commons CSV does. */
    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * Where a record begins: Commons CSV gives the first record, after empty lines it skipped, the position
     * of those lines; a record never begins with a line end.
     */
    private static long start(String text, long position) {
        long at = position;
        while (at < text.length() && (text.charAt((int) at) == '\n' || text.charAt((int) at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The line, from 1, that holds a character offset. */
    static int lineOf(int[] lineStarts, long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
