/**
 * Not API: the parts of table reading and writing that may change without notice. Text is decoded
 * ({@link org.citizencharter.io.internal.table.TableText}), split into rows
 * ({@link org.citizencharter.io.internal.table.DelimitedTables},
 * {@link org.citizencharter.io.internal.table.MarkdownTables}), its columns recognised
 * ({@link org.citizencharter.io.internal.table.HeaderMatcher}) and its rows made into a plan
 * ({@link org.citizencharter.io.internal.table.PlanAssembler}); plans are written back through
 * {@link org.citizencharter.io.internal.table.PlanCells} and
 * {@link org.citizencharter.io.internal.table.TablePrinter}.
 */
package org.citizencharter.io.internal.table;
