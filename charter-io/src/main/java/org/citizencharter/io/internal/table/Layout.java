package org.citizencharter.io.internal.table;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The columns of a table as recognised from its header: which column holds what, the headers as
 * written, the fiscal year a header names, and where the data rows begin. Not API; immutable.
 */
public final class Layout {

    private final String source;
    private final int headerLine;
    private final ImmutableList<String> headers;
    private final ImmutableList<Optional<ColumnKind>> kinds;
    private final Map<ColumnKind, Integer> columns;
    private final Optional<FiscalYear> fiscalYear;
    private final int firstDataRow;

    Layout(String source, int headerLine, ImmutableList<String> headers, ImmutableList<Optional<ColumnKind>> kinds,
            Optional<FiscalYear> fiscalYear, int firstDataRow) {
        this.source = source;
        this.headerLine = headerLine;
        this.headers = headers;
        this.kinds = kinds;
        this.fiscalYear = fiscalYear;
        this.firstDataRow = firstDataRow;
        EnumMap<ColumnKind, Integer> byKind = new EnumMap<>(ColumnKind.class);
        kinds.forEachWithIndex((kind, column) -> kind.ifPresent(k -> byKind.put(k, column)));
        this.columns = byKind;
    }

    /**
     * The name of the input, for messages.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The line of the header row.
     *
     * @return the line, from 1
     */
    public int headerLine() {
        return headerLine;
    }

    /**
     * The index, in the table's rows, of the first row after the header and any numbering or grade rows.
     *
     * @return the index
     */
    public int firstDataRow() {
        return firstDataRow;
    }

    /**
     * The fiscal year that a header names ("লক্ষ্যমাত্রা ২০২৩-২৪").
     *
     * @return the year, or empty
     */
    public Optional<FiscalYear> fiscalYear() {
        return fiscalYear;
    }

    /**
     * Whether the targets are graded (five columns).
     *
     * @return true for the graded layout
     */
    public boolean isGraded() {
        return columns.containsKey(ColumnKind.GRADE_100);
    }

    /**
     * Whether the table has a column.
     *
     * @param kind the column
     * @return true if a header names it
     */
    public boolean has(ColumnKind kind) {
        return columns.containsKey(kind);
    }

    /**
     * The number of columns the header has.
     *
     * @return the width
     */
    public int width() {
        return headers.size();
    }

    /**
     * What a column holds.
     *
     * @param column the column, from 0
     * @return its kind, or empty for a column with a blank header
     */
    public Optional<ColumnKind> kindAt(int column) {
        return column < kinds.size() ? kinds.get(column) : Optional.empty();
    }

    /**
     * A column's header as written, with its white space folded.
     *
     * @param column the column, from 0
     * @return the header, "" for a blank one or one beyond the header
     */
    public String headerAt(int column) {
        return column < headers.size() ? headers.get(column) : "";
    }

    /**
     * The header of a column the table has.
     *
     * @param kind the column
     * @return its header as written
     */
    public String header(ColumnKind kind) {
        return headers.get(columns.get(kind));
    }

    /**
     * A row's cell in a column.
     *
     * @param row the row
     * @param kind the column
     * @return the cell, or "" if the table has no such column
     */
    public String cell(RawRow row, ColumnKind kind) {
        Integer column = columns.get(kind);
        return column == null ? "" : row.cell(column);
    }

    /**
     * Adds where a problem is to an exception: the source, the row's line and the column's header.
     *
     * @param problem the exception
     * @param row the row
     * @param kind the column
     * @return the exception with its location
     */
    public InvalidInputException locate(InvalidInputException problem, RawRow row, ColumnKind kind) {
        return problem.withSource(source).withLine(row.line()).withColumnName(header(kind));
    }
}
