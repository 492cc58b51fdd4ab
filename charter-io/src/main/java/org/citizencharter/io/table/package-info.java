/**
 * The tables offices keep their plans in, read and written: tab-separated, comma-separated and
 * Markdown pipe tables with Bengali or English headers, in the single-target layout of the governance
 * sub-plans and the graded (five-column) layout of the APA main plan.
 *
 * <p>{@link org.citizencharter.io.table.TableReader} reads a table into an
 * {@link org.citizencharter.core.ActionPlan}, refusing with an
 * {@link org.citizencharter.core.InvalidInputException} (naming the line, the column's header and the
 * text) any cell it cannot read; {@link org.citizencharter.io.table.TableWriter} writes a plan back as a
 * table the reader reads to the same plan. {@code docs/table-format.md} lists the headers, layouts and
 * errors.
 */
package org.citizencharter.io.table;
