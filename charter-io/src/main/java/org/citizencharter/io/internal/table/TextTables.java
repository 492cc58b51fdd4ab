package org.citizencharter.io.internal.table;

import java.util.regex.Pattern;
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

    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

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
        String[] lines = LINE_END.split(text, -1);
        String[] ends = new String[lines.length];
        java.util.regex.Matcher lineEnd = LINE_END.matcher(text);
        for (int n = 0; n < lines.length; n++) {
            ends[n] = lineEnd.find() ? lineEnd.group() : "";
        }
        boolean[] tabular = new boolean[lines.length];
        boolean[] inQuotes = new boolean[lines.length];
        boolean quoted = false;
        for (int i = 0; i < lines.length; i++) {
            inQuotes[i] = quoted;
            String line = lines[i];
            tabular[i] = quoted || (markdown ? line.strip().startsWith("|") : line.indexOf(delimiter) >= 0);
            if (!markdown) {
                long quotes = line.chars().filter(c -> c == '"').count();
                if (quotes % 2 == 1) {
                    quoted = !quoted;
                }
            }
        }
        int i = 0;
        RawTable closest = null;
        int closestRecognised = 0;
        while (i < lines.length) {
            if (!tabular[i] || lines[i].isBlank() && !inQuotes[i]) {
                i++;
                continue;
            }
            int end = runEnd(lines, tabular, inQuotes, i, markdown);
            RawTable candidate = parse(lines, ends, i, end, markdown, delimiter, source);
            if (isPlanTable(candidate)) {
                if (i == 0 && end == lines.length) {
                    return candidate;
                }
                return new RawTable(source, candidate.rows(), around(lines, i, end));
            }
            int recognised = candidate.rows().size() < 2 ? 0 : HeaderMatcher.recognised(candidate);
            if (recognised > closestRecognised) {
                closest = new RawTable(source, candidate.rows(), around(lines, i, end));
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
    private static int runEnd(String[] lines, boolean[] tabular, boolean[] inQuotes, int start, boolean markdown) {
        int end = start;
        int lastTabular = start;
        while (end < lines.length) {
            boolean blank = lines[end].isBlank() && !inQuotes[end];
            if (markdown && (blank || !tabular[end])) {
                break;
            }
            if (!blank && !tabular[end]) {
                // A line of text inside a delimited table (a row of one cell) belongs to it while table lines
                // follow it before a blank line.
                int next = end;
                while (next < lines.length && !lines[next].isBlank() && !tabular[next]) {
                    next++;
                }
                if (next < lines.length && tabular[next]) {
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

    private static RawTable parse(String[] lines, String[] ends, int start, int end, boolean markdown,
            char delimiter, String source) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i >= start && i < end) {
                kept.append(lines[i]);
            }
            kept.append(i >= start && i < end ? ends[i] : "\n");
        }
        String text = kept.toString();
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

    private static ImmutableList<String> around(String[] lines, int start, int end) {
        MutableList<String> text = Lists.mutable.empty();
        for (int i = 0; i < lines.length; i++) {
            if ((i < start || i >= end) && !lines[i].isBlank()) {
                text.add(lines[i].strip());
            }
        }
        return text.toImmutable();
    }
}
