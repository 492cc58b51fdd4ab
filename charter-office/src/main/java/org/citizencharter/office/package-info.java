/**
 * The files offices keep their plans in, read into the {@link org.citizencharter.io.table.Grid} that
 * {@link org.citizencharter.io.table.TableReader} makes a plan of: Excel workbooks (.xlsx, Apache POI),
 * Word documents (.docx, Apache POI), saved portal pages (.html, jsoup) and PDF with a Unicode Bengali
 * text layer (Apache PDFBox).
 *
 * <p>{@link org.citizencharter.office.OfficeFileReader} tells the format from the file's content
 * ({@link org.citizencharter.office.OfficeFormat}), reads it under {@link org.citizencharter.office.OfficeLimits}
 * and returns an {@link org.citizencharter.office.OfficeTable}: the grid of cells, merged cells spread
 * to every position they cover, with the document's text around the table, and notes on what was done
 * to read it (which sheet or table, text converted from the Bijoy fonts). A file it cannot read exactly
 * is an {@link org.citizencharter.core.InvalidInputException}, never a guessed table.
 *
 * <p>This module is apart from charter-io so that a host that reads JSON only has none of POI, jsoup
 * and PDFBox on its class path.
 */
package org.citizencharter.office;
