package org.citizencharter.office.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * One table written as each office file, the way offices keep it: a title above, and the cells of the
 * merged columns left blank below a body cell (an area beside its indicators) merged down into it. For
 * tests that read the same table from every source.
 */
public final class OfficeFiles {

    private final List<String> title;
    private final List<String[]> rows;
    private final int headerRows;
    private final int mergedColumns;

    /**
     * A table.
     *
     * @param title the lines above it
     * @param rows its rows, the header first
     * @param headerRows how many rows are the header (and a numbering row), never merged
     * @param mergedColumns how many columns, from the first, are merged down over blank cells
     */
    public OfficeFiles(List<String> title, List<String[]> rows, int headerRows, int mergedColumns) {
        this.title = title;
        this.rows = rows;
        this.headerRows = headerRows;
        this.mergedColumns = mergedColumns;
    }

    /** How many rows down from a body cell its merge reaches: 1 when none follows. */
    private int down(int row, int column) {
        if (row < headerRows || column >= mergedColumns || rows.get(row)[column].isBlank()) {
            return 1;
        }
        int down = 1;
        while (row + down < rows.size() && rows.get(row + down)[column].isBlank()) {
            down++;
        }
        return down;
    }

    private boolean covered(int row, int column) {
        for (int above = row - 1; above >= headerRows; above--) {
            if (!rows.get(above)[column].isBlank()) {
                return above + down(above, column) > row;
            }
        }
        return false;
    }

    private int width() {
        return rows.stream().mapToInt(row -> row.length).max().orElse(0);
    }

    /**
     * The table as an Excel workbook: the title in rows merged across above it.
     *
     * @return the file
     * @throws IOException if writing fails
     */
    public byte[] xlsx() throws IOException {
        return workbook(new XSSFWorkbook());
    }

    /**
     * The table as an Excel 97-2003 workbook (.xls), as {@link #xlsx()} writes it.
     *
     * @return the file
     * @throws IOException if writing fails
     */
    public byte[] xls() throws IOException {
        return workbook(new HSSFWorkbook());
    }

    private byte[] workbook(Workbook created) throws IOException {
        try (Workbook book = created; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sheet1");
            int r = 0;
            for (String line : title) {
                sheet.createRow(r).createCell(0).setCellValue(line);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width() - 1));
                r++;
            }
            for (int i = 0; i < rows.size(); i++, r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(i).length; c++) {
                    if (!rows.get(i)[c].isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(i)[c]);
                    }
                    if (down(i, c) > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + down(i, c) - 1, c, c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The table as a Word document: the title in paragraphs before it, merges by vMerge.
     *
     * @return the file
     * @throws IOException if writing fails
     */
    public byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : title) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(rows.size(), width());
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < width(); c++) {
                    XWPFTableCell cell = table.getRow(i).getCell(c);
                    String text = c < rows.get(i).length ? rows.get(i)[c] : "";
                    if (!text.isEmpty()) {
                        cell.setText(text);
                    }
                    CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                            : cell.getCTTc().addNewTcPr();
                    if (down(i, c) > 1) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    } else if (covered(i, c)) {
                        properties.addNewVMerge();
                    }
                }
            }
            table.getRow(0).getCell(0).getCTTc().getTcPr().addNewTcW().setW(BigInteger.valueOf(2000));
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The table as a web page: the title in headings before it, merges by rowspan.
     *
     * @return the file
     */
    public byte[] html() {
        Document page = Document.createShell("");
        for (String line : title) {
            page.body().appendElement("h3").text(line);
        }
        Element table = page.body().appendElement("table").attr("border", "1");
        for (int i = 0; i < rows.size(); i++) {
            Element row = table.appendElement("tr");
            for (int c = 0; c < rows.get(i).length; c++) {
                if (covered(i, c)) {
                    continue;
                }
                Element cell = row.appendElement(i < headerRows ? "th" : "td").text(rows.get(i)[c]);
                if (down(i, c) > 1) {
                    cell.attr("rowspan", String.valueOf(down(i, c)));
                }
            }
        }
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The table as a PDF with a Unicode text layer and ruling lines, the title above it.
     *
     * @return the file
     * @throws IOException if writing fails
     */
    public byte[] pdf() throws IOException {
        return pdf(false, true);
    }

    /**
     * The table as a PDF with a Unicode text layer, the title above it.
     *
     * @param visualOrder whether the text layer holds the Bengali in the order its glyphs are drawn, as Word
     *     writes it ({@link PdfFiles#visual}), rather than in Unicode's order
     * @param ruled whether the table is drawn with ruling lines; without, a cell merged down is written in its
     *     first row only, as a PDF shows it
     * @return the file
     * @throws IOException if writing fails
     */
    public byte[] pdf(boolean visualOrder, boolean ruled) throws IOException {
        int width = width();
        float[] xs = new float[width + 1];
        xs[0] = PdfFiles.LEFT;
        for (int c = 0; c < width; c++) {
            int longest = 1;
            for (String[] row : rows) {
                longest = Math.max(longest, c < row.length ? row[c].length() : 0);
            }
            xs[c + 1] = xs[c] + 8 + longest * 4.5f;
        }
        float[] ys = new float[rows.size() + 1];
        for (int r = 0; r < ys.length; r++) {
            ys[r] = PdfFiles.TOP - 20 * r;
        }
        String[][] cells = new String[rows.size()][width];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < width; c++) {
                String text = c < rows.get(i).length ? rows.get(i)[c] : "";
                cells[i][c] = covered(i, c) ? PdfFiles.ABOVE : visualOrder ? PdfFiles.visual(text, i % 2 == 0) : text;
            }
        }
        try (PdfFiles pdf = new PdfFiles(xs[width] + PdfFiles.LEFT)) {
            for (int i = 0; i < title.size(); i++) {
                String line = visualOrder ? PdfFiles.visual(title.get(i), false) : title.get(i);
                pdf.text(PdfFiles.LEFT, PdfFiles.TOP + 20 * (title.size() - i), line);
            }
            if (ruled) {
                pdf.table(xs, ys, cells);
            } else {
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < width; c++) {
                        if (cells[r][c] != PdfFiles.ABOVE && !cells[r][c].isEmpty()) {
                            pdf.text(xs[c] + 3, ys[r] - 12, cells[r][c]);
                        }
                    }
                }
            }
            return pdf.bytes();
        }
    }
}
