package org.citizencharter.io.internal.table;

import org.citizencharter.core.InvalidInputException;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Finds the plan's table in text that may hold more than the table: a title and a letter around it, a
 * list of the committee's members before it (the Cox's Bazar report is such a document). The table is the
 * first run of table lines whose header names the essential columns; every other line that is not blank
 * is the document's text, where the fiscal year, the quarter and the office may be named. Where no run
 * has such a header, the run whose header recognises the most columns is read (so that the error names
 * its headers), and where none recognises any, the whole text. Not API; stateless.
 */
public final class TextTables {

    private TextTables() {
    }

    /**
     * The table in a text, and the text around it.
     *
     * @param text the text
     * @param markdown whether the table is a Markdown pipe table
     * @param delimiter the delimiter of a delimited table
     * @param source the input's name, for messages
     * @return the rows of the table, with the document's text
     * @throws InvalidInputException if the table's text cannot be split into rows
     */
    public static RawTable find(String text, boolean markdown, char delimiter, String source) {
        // The lines are places in the text, not copies of it: a table of 300,000 rows is one string.
        Lines lines = Lines.of(text);
        int count = lines.count();
        boolean[] tabular = new boolean[count];
        boolean[] inQuotes = new boolean[count];
        boolean[] blank = new boolean[count];
        boolean quoted = false;
        for (int i = 0; i < count; i++) {
            inQuotes[i] = quoted;
            blank[i] = lines.isBlank(i);
            tabular[i] = quoted || (markdown ? lines.startsWithPipe(i) : lines.holds(i, delimiter));
            if (!markdown && lines.quotes(i) % 2 == 1) {
                quoted = !quoted;
            }
        }
        int i = 0;
        RawTable closest = null;
        int closestRecognised = 0;
        while (i < count) {
            if (!tabular[i] || blank[i] && !inQuotes[i]) {
                i++;
                continue;
            }
            int end = runEnd(blank, tabular, inQuotes, i, markdown);
            RawTable candidate = parse(lines, i, end, markdown, delimiter, source);
            int from = i;
            // In a delimited run the table may begin after lines of the letter that hold the delimiter.
            Run run = markdown ? null : new Run(lines, tabular, blank, inQuotes, end, delimiter, source);
            boolean startsHere = isPlanTable(candidate);
            int header = run == null ? (startsHere ? i : -1) : run.header(i, startsHere);
            if (header == i) {
                return i == 0 && end == count ? candidate
                        : new RawTable(source, candidate.rows(), around(lines, blank, i, end));
            }
            if (header > i) {
                RawTable table = parse(lines, header, end, false, delimiter, source);
                if (isPlanTable(table)) {
                    return new RawTable(source, table.rows(), around(lines, blank, header, end));
                }
            }
            if (run != null && run.closestLine > i && run.closestRecognised > recognised(candidate)) {
                // Lines of the letter above the table's header: the error names the header, not them.
                candidate = parse(lines, run.closestLine, end, false, delimiter, source);
                from = run.closestLine;
            }
            int recognised = recognised(candidate);
            if (recognised > closestRecognised) {
                closest = new RawTable(source, candidate.rows(), around(lines, blank, from, end));
                closestRecognised = recognised;
            }
            i = end;
        }
        if (closest != null) {
            // No table has the essential columns: the one that comes closest is read, so that the error
            // names its headers rather than a line of the letter around it.
            return closest;
        }
        RawTable whole = markdown ? MarkdownTables.parse(text, source)
                : DelimitedTables.parse(text, delimiter, source);
        return whole;
    }

    /** Where a run of table lines that begins at a line ends (exclusive). */
    private static int runEnd(boolean[] blankLine, boolean[] tabular, boolean[] inQuotes, int start,
            boolean markdown) {
        int end = start;
        int lastTabular = start;
        while (end < tabular.length) {
            boolean blank = blankLine[end] && !inQuotes[end];
            if (markdown && (blank || !tabular[end])) {
                break;
            }
            if (!blank && !tabular[end]) {
                // A line of text inside a delimited table (a row of one cell) belongs to it while table lines
                // follow it before a blank line.
                int next = end;
                while (next < tabular.length && !blankLine[next] && !tabular[next]) {
                    next++;
                }
                if (next < tabular.length && tabular[next]) {
                    end = next;
                    continue;
                }
                break;
            }
            if (tabular[end]) {
                lastTabular = end;
            }
            end++;
        }
        return lastTabular + 1;
    }

    /**
     * A run of delimited lines, where the plan's table may begin after its first line: a title or a letter's
     * line with a delimiter in it ("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী", "জানুয়ারী-মার্চ, ২০২৪" above a CSV
     * table) is a line of the run but not of the table.
     */
    private static final class Run {

        /** How many of the run's lines after its first are tried as the plan table's header, at most. */
        private static final int LEADING_LINES = 12;
        /** How many lines from a possible header are read to tell the plan's table by its header. */
        private static final int HEADER_LINES = 12;

        private final Lines lines;
        private final boolean[] tabular;
        private final boolean[] blank;
        private final boolean[] inQuotes;
        private final int end;
        private final char delimiter;
        private final String source;
        /** Of the lines tried as a header, the one whose header recognises the most columns, and how many. */
        int closestLine = -1;
        int closestRecognised;

        Run(Lines lines, boolean[] tabular, boolean[] blank, boolean[] inQuotes, int end, char delimiter,
                String source) {
            this.lines = lines;
            this.tabular = tabular;
            this.blank = blank;
            this.inQuotes = inQuotes;
            this.end = end;
            this.delimiter = delimiter;
            this.source = source;
        }

        /**
         * The line where the plan's table begins, or -1: the first line that begins one (the run's first when
         * it does), then past each blank line after which a plan's table still begins. Text above a table is
         * set off from it by a blank line, which never parts a header's rows (a text line right above the
         * header is read as the header's upper row, as before). Each later line is tried on the few lines
         * after it, so a run that holds no plan costs a few short reads, not a read of the whole run each.
         */
        int header(int start, boolean startsThere) {
            int header = startsThere ? start : -1;
            int tried = 0;
            boolean blankBefore = false;
            for (int line = start + 1; line < end && tried < LEADING_LINES; line++) {
                if (blank[line] && !inQuotes[line]) {
                    blankBefore = true;
                    continue;
                }
                if (!tabular[line] || inQuotes[line]) {
                    continue;
                }
                if (header >= 0 && !blankBefore) {
                    return header;
                }
                tried++;
                if (startsAPlanTable(line)) {
                    header = line;
                }
                blankBefore = false;
            }
            return header;
        }

        private boolean startsAPlanTable(int line) {
            RawTable first = parse(lines, line, Math.min(end, line + HEADER_LINES), false, delimiter, source);
            if (first.rows().isEmpty()) {
                // The few lines cut a quoted cell: its table is read to the run's end.
                first = parse(lines, line, end, false, delimiter, source);
            }
            if (isPlanTable(first)) {
                return true;
            }
            // A later line recognising as many is the header, a line of text above it the upper row.
            int recognised = recognised(first);
            if (recognised > 0 && recognised >= closestRecognised) {
                closestLine = line;
                closestRecognised = recognised;
            }
            return false;
        }
    }

    /**
     * Reads the lines of a run as a table; the other lines stay as line ends, so that the rows keep their
     * line numbers. A run of every line is the text itself, read without a copy.
     */
    private static RawTable parse(Lines lines, int start, int end, boolean markdown, char delimiter,
            String source) {
        String text;
        if (start == 0 && end == lines.count()) {
            text = lines.text();
        } else {
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < lines.count(); i++) {
                if (i >= start && i < end) {
                    kept.append(lines.text(), lines.start(i), lines.next(i));
                } else {
                    kept.append('\n');
                }
            }
            text = kept.toString();
        }
        try {
            return markdown ? MarkdownTables.parse(text, source) : DelimitedTables.parse(text, delimiter, source);
        } catch (InvalidInputException unreadable) {
            return new RawTable(source, Lists.immutable.empty(), Lists.immutable.empty());
        }
    }

    private static int recognised(RawTable candidate) {
        return candidate.rows().size() < 2 ? 0 : HeaderMatcher.recognised(candidate);
    }

    private static boolean isPlanTable(RawTable candidate) {
        if (candidate.rows().size() < 2) {
            return false;
        }
        try {
            HeaderMatcher.match(candidate, new Notes());
            return true;
        } catch (InvalidInputException notThePlan) {
            return false;
        }
    }

    private static ImmutableList<String> around(Lines lines, boolean[] blank, int start, int end) {
        MutableList<String> text = Lists.mutable.empty();
        for (int i = 0; i < lines.count(); i++) {
            if ((i < start || i >= end) && !blank[i]) {
                text.add(lines.line(i).strip());
            }
        }
        return text.toImmutable();
    }
}
