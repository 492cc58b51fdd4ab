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
            if (isPlanTable(candidate)) {
                if (i == 0 && end == count) {
                    return candidate;
                }
                return new RawTable(source, candidate.rows(), around(lines, blank, i, end));
            }
            int recognised = candidate.rows().size() < 2 ? 0 : HeaderMatcher.recognised(candidate);
            if (recognised > closestRecognised) {
                closest = new RawTable(source, candidate.rows(), around(lines, blank, i, end));
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
