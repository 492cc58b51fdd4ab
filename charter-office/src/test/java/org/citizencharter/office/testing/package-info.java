/** Office files made by tests: a table written as a workbook, a document, a page and a PDF. */
package org.citizencharter.office.testing;
