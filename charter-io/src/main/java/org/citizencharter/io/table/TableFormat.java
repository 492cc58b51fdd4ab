package org.citizencharter.io.table;

import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.table.Lines;
import org.citizencharter.io.internal.table.MarkdownTables;

/**
 * The forms a table arrives in: tab-separated (copied out of Word or Excel), comma-separated (RFC 4180,
 * as Excel saves it) or a Markdown pipe table (as PDF converters write it).
 */
public enum TableFormat {
    /** Tab-separated values, with RFC 4180 quoting for cells that hold tabs, line breaks or quotes. */
    TSV('\t'),
    /** Comma-separated values, RFC 4180. */
    CSV(','),
    /** A Markdown pipe table: a header row, a delimiter row ({@code |---|---|}), then the rows. */
    MARKDOWN('|');

    private final char delimiter;

    TableFormat(char delimiter) {
        this.delimiter = delimiter;
    }

    /**
     * The character that separates cells.
     *
     * @return a tab, a comma or a pipe
     */
    public char delimiter() {
        return delimiter;
    }

    /** The commas that make a first line a CSV header rather than a title: a plan's table has five columns or more. */
    private static final int CSV_HEADER_COMMAS = 4;

    /**
     * Tells a table's format from its first lines that are not blank: a Markdown table when the first
     * begins with a pipe or the second is a delimiter row ({@code |---|---|}); else tab-separated when the
     * first holds a tab; comma-separated when the first holds four commas or more (a header, not a title);
     * else, where text comes before the table, tab-separated when a later line holds a
     * tab and Markdown when a later line begins a pipe table; else comma-separated when the first line
     * holds a comma, or a later line four.
     *
     * @param text the table
     * @return the format
     * @throws InvalidInputException if the text is blank or its first line holds no tab, comma or pipe
     */
    public static TableFormat detect(String text) {
        Lines lines = Lines.of(text);
        int first = 0;
        while (first < lines.count() && lines.isBlank(first)) {
            first++;
        }
        if (first == lines.count()) {
            throw InvalidInputException.of("The input holds no table");
        }
        int second = first + 1;
        while (second < lines.count() && lines.isBlank(second)) {
            second++;
        }
        String header = lines.line(first);
        if (header.strip().startsWith("|")
                || (second < lines.count() && MarkdownTables.isDelimiterRow(lines.line(second)))) {
            return MARKDOWN;
        }
        if (header.indexOf('\t') >= 0) {
            return TSV;
        }
        if (header.chars().filter(c -> c == ',').count() >= CSV_HEADER_COMMAS) {
            // A header of comma-separated columns: a tab further down is inside a cell, not a delimiter.
            return CSV;
        }
        // The table may follow the text of its document (a title, a letter): the first line with a tab, or
        // the first pipe table, tells the format; else a comma in the first line, or a later line of a CSV
        // header's commas.
        boolean laterCsvHeader = false;
        for (int line = first + 1; line < lines.count(); line++) {
            if (lines.holds(line, '\t')) {
                return TSV;
            }
            if (lines.startsWithPipe(line) && line + 1 < lines.count()
                    && MarkdownTables.isDelimiterRow(lines.line(line + 1))) {
                return MARKDOWN;
            }
            laterCsvHeader = laterCsvHeader
                    || lines.line(line).chars().filter(c -> c == ',').count() >= CSV_HEADER_COMMAS;
        }
        if (header.indexOf(',') >= 0 || laterCsvHeader) {
            return CSV;
        }
        throw InvalidInputException.of("The table's format cannot be told: its first line holds no tab, comma or"
                + " pipe", header).withLine(first + 1)
                .withHint("Copy the table with its cells separated by tabs, or save it as CSV");
    }
}
