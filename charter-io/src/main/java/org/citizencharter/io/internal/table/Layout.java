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
    private final int yearColumn;
    private final int firstDataRow;
    private final ImmutableList<String> headerTexts;
    private final int labelColumn;
    private final boolean bijoy;

    Layout(String source, int headerLine, ImmutableList<String> headers, ImmutableList<Optional<ColumnKind>> kinds,
            Optional<FiscalYear> fiscalYear, int yearColumn, int firstDataRow, ImmutableList<String> headerTexts,
            boolean bijoy) {
        this(source, headerLine, headers, kinds, fiscalYear, yearColumn, firstDataRow, headerTexts, -1, bijoy);
    }

    private Layout(String source, int headerLine, ImmutableList<String> headers,
            ImmutableList<Optional<ColumnKind>> kinds, Optional<FiscalYear> fiscalYear, int yearColumn,
            int firstDataRow, ImmutableList<String> headerTexts, int labelColumn, boolean bijoy) {
        this.source = source;
        this.headerLine = headerLine;
        this.headers = headers;
        this.kinds = kinds;
        this.fiscalYear = fiscalYear;
        this.yearColumn = yearColumn;
        this.firstDataRow = firstDataRow;
        this.headerTexts = headerTexts;
        this.labelColumn = labelColumn;
        this.bijoy = bijoy;
        EnumMap<ColumnKind, Integer> byKind = new EnumMap<>(ColumnKind.class);
        kinds.forEachWithIndex((kind, column) -> kind.ifPresent(k -> byKind.putIfAbsent(k, column)));
        this.columns = byKind;
    }

    /**
     * Whether the table is typed in an old Bijoy font: a header was recognised only as the Bengali that
     * such a font shows for it.
     *
     * @return true if it is
     */
    public boolean isBijoy() {
        return bijoy;
    }

    /**
     * This layout with one column read as the label of an indicator's two rows (লক্ষ্যমাত্রা, অর্জন)
     * rather than kept.
     *
     * @param column the column, from 0
     * @return the new layout
     */
    public Layout withLabelColumn(int column) {
        return new Layout(source, headerLine, headers, kinds, fiscalYear, yearColumn, firstDataRow, headerTexts,
                column, bijoy);
    }

    /**
     * This layout with one of several target columns (of several years) as the target, the others kept.
     *
     * @param column the column, from 0
     * @return the new layout
     */
    public Layout withTargetColumn(int column) {
        ImmutableList<Optional<ColumnKind>> chosen = kinds.collectWithIndex((kind, index) ->
                kind.equals(Optional.of(ColumnKind.TARGET)) && index != column ? Optional.<ColumnKind>empty() : kind);
        return new Layout(source, headerLine, headers, chosen, fiscalYear, yearColumn, firstDataRow, headerTexts,
                labelColumn, bijoy);
    }

    /**
     * This layout with one column read as another, or kept.
     *
     * @param column the column, from 0
     * @param kind what the column holds, or empty to keep its cells as text
     * @return the new layout
     */
    public Layout withKind(int column, Optional<ColumnKind> kind) {
        return new Layout(source, headerLine, headers, kinds.collectWithIndex((old, at) -> at == column ? kind : old),
                fiscalYear, yearColumn, firstDataRow, headerTexts, labelColumn, bijoy);
    }

    /**
     * The columns named the annual target: more than one when a table has the targets of several years.
     *
     * @return the columns, from 0
     */
    public ImmutableList<Integer> targetColumns() {
        return kinds.collectWithIndex((kind, index) -> kind.equals(Optional.of(ColumnKind.TARGET)) ? index : -1)
                .select(index -> index >= 0);
    }

    /**
     * The column of an indicator's row labels, if the table has one.
     *
     * @return the column, from 0, or -1
     */
    public int labelColumn() {
        return labelColumn;
    }

    /**
     * The column whose header named the fiscal year, or -1.
     *
     * @return the column, from 0
     */
    public int yearColumn() {
        return yearColumn;
    }

    /**
     * The header's texts (and any title above it), for the fiscal year and quarter they may name.
     *
     * @return the texts
     */
    public ImmutableList<String> headerTexts() {
        return headerTexts;
    }

    /**
     * Whether a column is kept as text: its header is not blank and names no column charter reads, or
     * it has no header at all and lies beyond the header's last column or under a blank header.
     *
     * @param column the column, from 0
     * @return true for a kept column
     */
    public boolean isKept(int column) {
        return column != labelColumn && kindAt(column).isEmpty();
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
     * Whether the table has a single target column.
     *
     * @return true if it has one
     */
    public boolean hasSingleTarget() {
        return columns.containsKey(ColumnKind.TARGET);
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
        Integer column = columns.get(kind);
        InvalidInputException located = problem.withSource(source).withLine(row.line());
        return column == null ? located : located.withColumnName(header(kind));
    }

    /**
     * The column of a kind, from 0.
     *
     * @param kind the kind
     * @return the column, or -1
     */
    public int column(ColumnKind kind) {
        Integer column = columns.get(kind);
        return column == null ? -1 : column;
    }
}
