package org.citizencharter.io.table;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Language;
import org.citizencharter.io.internal.table.ColumnKind;
import org.citizencharter.io.internal.table.PlanCells;
import org.citizencharter.io.internal.table.PlanLine;
import org.citizencharter.io.internal.table.TablePrinter;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Writes a plan as the table an office keeps, which {@link TableReader} reads back to the same plan:
 * every cell's value survives table → plan → table.
 *
 * <p>The columns are the government's, in its order: area (its code first, "[১] …"), its weight,
 * activity, indicator, unit (with the calculation method in brackets when it is not the unit's
 * default, "সংখ্যা [গড়]"), indicator weight, the annual target with the fiscal year in its header (or
 * the five graded columns, or both when a plan mixes them), the quarterly targets where the plan has
 * them, the four quarters (with the half-year subtotal between Q2 and Q3 where one is reported), what the
 * office reported (actual, percent, score, evidence, remarks), and last the columns a reading kept without
 * reading them. Headers, digits and names are Bengali unless {@linkplain #withLanguage(Language)
 * English} is asked for. What the office table has no column for and scoring reads (lower-is-better
 * indicators), and in Markdown a text with a carriage return, is refused with a {@link CharterException} rather than lost; names in the other
 * language, the office, the kind and the period are the reader's context and not written, and a cell is
 * read back without the white space around it. Immutable and thread-safe.
 */
public final class TableWriter {

    private final TableFormat format;
    private final Language language;

    private TableWriter(TableFormat format, Language language) {
        this.format = requireNonNull(format, "format");
        this.language = requireNonNull(language, "language");
    }

    /**
     * A writer of tables in a format, with Bengali headers and digits.
     *
     * @param format the format
     * @return the writer
     */
    public static TableWriter of(TableFormat format) {
        return new TableWriter(format, Language.BN);
    }

    /**
     * This writer in another language: headers, digits and (where a name has that language) names.
     *
     * @param newLanguage the language
     * @return a new writer
     */
    public TableWriter withLanguage(Language newLanguage) {
        return new TableWriter(format, newLanguage);
    }

    /**
     * The format written.
     *
     * @return the format
     */
    public TableFormat format() {
        return format;
    }

    /**
     * The language of headers and digits.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * Writes a plan as a table.
     *
     * @param plan the plan
     * @return the table's text
     * @throws CharterException if the table cannot hold all of the plan that scoring reads
     */
    public String write(ActionPlan plan) {
        StringBuilder out = new StringBuilder();
        write(plan, out);
        return out.toString();
    }

    /**
     * Writes a plan as a table.
     *
     * @param plan the plan
     * @param out where to write
     * @throws CharterException if the table cannot hold all of the plan that scoring reads
     * @throws UncheckedIOException if writing fails
     */
    public void write(ActionPlan plan, Appendable out) {
        PlanCells.checkTableWritable(plan, format == TableFormat.MARKDOWN);
        ImmutableList<ColumnKind> columns = PlanCells.tableColumns(plan);
        ImmutableList<String> kept = PlanCells.keptHeaders(plan);
        ImmutableList<ImmutableList<String>> planRows = PlanCells.rows(plan, columns, language,
                (column, line) -> PlanCells.cell(column, line, language));
        ImmutableList<PlanLine> lines = PlanLine.of(plan);
        ImmutableList<ImmutableList<String>> rows = planRows.collectWithIndex((row, index) -> index == 0
                ? row.newWithAll(kept)
                : row.newWithAll(PlanCells.keptCells(lines.get(index - 1), kept)));
        if (format == TableFormat.MARKDOWN) {
            TablePrinter.markdown(rows, out);
        } else {
            TablePrinter.delimited(rows, format.delimiter(), out);
        }
    }
}
