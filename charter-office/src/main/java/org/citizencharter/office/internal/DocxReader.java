package org.citizencharter.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citizencharter.io.table.Grid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (.docx) to a grid, with Apache POI: its tables (every one, or the one asked for), cells
 * merged across (gridSpan) and down (vMerge) spread, the paragraphs before the table as document text.
 */
public final class DocxReader {

    private static final int MAX_SPAN = 1000;

    private final XWPFDocument document;
    private final Reading reading;
    private final FontNotes fonts;

    private DocxReader(XWPFDocument document, Reading reading) {
        this.document = document;
        this.reading = reading;
        this.fonts = new FontNotes(reading);
    }

    /**
     * Reads a document.
     *
     * @param bytes the file
     * @param reading the reading
     * @return the grid
     */
    public static Grid read(byte[] bytes, Reading reading) {
        ZipGuard.check(bytes, reading);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocxReader(document, reading).grid();
        } catch (IOException e) {
            throw WordTables.unreadable(reading, e);
        }
    }

    private Grid grid() {
        WordTables<XWPFTable> tables = new WordTables<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                tables.paragraph(paragraphText(paragraph, "a paragraph before the table"));
            } else if (element instanceof XWPFTable table) {
                String first = table.getRows().isEmpty() || table.getRow(0).getTableCells().isEmpty() ? ""
                        : table.getRow(0).getCell(0).getText();
                tables.table(table, table.getRows().size(), width(table), first);
            }
        }
        return tables.read(reading, fonts, this::rows);
    }

    private void rows(XWPFTable table, int index, CellMatrix matrix) {
        for (XWPFTableRow row : table.getRows()) {
            int r = matrix.addRow(matrix.rowCount() + 1);
            int column = gridBefore(row);
            int cellNumber = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                cellNumber++;
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = span(properties == null ? null : properties.getGridSpan());
                column = matrix.nextFree(r, column);
                if (properties != null && properties.getVMerge() != null
                        && properties.getVMerge().getVal() != STMerge.RESTART) {
                    matrix.putFromAbove(r, column, span);
                } else {
                    matrix.put(r, column, 1, span, cellText(cell, "table " + (index + 1) + ", row "
                            + (table.getRows().indexOf(row) + 1) + ", cell " + cellNumber));
                }
                column += span;
            }
        }
    }

    private static int width(XWPFTable table) {
        int widest = 0;
        for (XWPFTableRow row : table.getRows()) {
            int width = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                width += span(properties == null ? null : properties.getGridSpan());
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return span(properties.getGridBeforeArray(0)) % MAX_SPAN;
    }

    private static int span(CTDecimalNumber number) {
        if (number == null || number.getVal() == null) {
            return 1;
        }
        BigInteger value = number.getVal();
        return value.signum() <= 0 ? 1 : value.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }

    private String cellText(XWPFTableCell cell, String where) {
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            paragraphs.add(paragraphText(paragraph, where));
        }
        return WordTables.cellText(paragraphs);
    }

    private String paragraphText(XWPFParagraph paragraph, String where) {
        FontRuns text = new FontRuns(fonts, where);
        String styleFont = styleFont(paragraph.getStyleID(), 0);
        for (XWPFRun run : paragraph.getRuns()) {
            String font = run.getFontFamily(XWPFRun.FontCharRange.ascii);
            if (font == null) {
                font = run.getFontFamily(XWPFRun.FontCharRange.hAnsi);
            }
            if (font == null) {
                font = styleFont(run.getStyle(), 0);
            }
            if (font == null) {
                font = styleFont;
            }
            text.add(run.text(), font);
        }
        return text.text();
    }

    /** The ASCII font of a style, of the style it is based on, or the document's default. */
    private String styleFont(String styleId, int depth) {
        if (styleId != null && !styleId.isEmpty() && depth < 10 && document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style != null) {
                String font = font(style.getCTStyle().getRPr());
                if (font != null) {
                    return font;
                }
                return styleFont(style.getBasisStyleID(), depth + 1);
            }
        }
        return defaultFont();
    }

    private String defaultFont() {
        if (document.getStyles() == null) {
            return null;
        }
        CTStyles styles = document.getStyles().getCtStyles();
        if (styles == null || !styles.isSetDocDefaults() || styles.getDocDefaults().getRPrDefault() == null) {
            return null;
        }
        return font(styles.getDocDefaults().getRPrDefault().getRPr());
    }

    private static String font(CTRPr properties) {
        if (properties == null || properties.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts fonts = properties.getRFontsArray(0);
        return fonts.getAscii() != null ? fonts.getAscii() : fonts.getHAnsi();
    }
}
