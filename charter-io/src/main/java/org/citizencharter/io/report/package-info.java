/**
 * The quarterly progress report (অগ্রগতি প্রতিবেদন): a plan and its scorecard written in the
 * government's columns with charter's computed figures beside the reported ones and the findings
 * beneath, as a self-contained HTML page for A4 landscape, or as a TSV or Markdown table that an office
 * can correct and read back. See {@link org.citizencharter.io.report.ProgressReport}; several offices'
 * scorecards in one ranked table: {@link org.citizencharter.io.report.RollUpReport}.
 */
package org.citizencharter.io.report;
