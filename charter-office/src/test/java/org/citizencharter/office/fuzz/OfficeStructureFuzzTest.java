package org.citizencharter.office.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citizencharter.core.InvalidInputException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Excel, Word and PDF readers on workbooks (.xlsx and Excel 97-2003 .xls), documents and PDFs that are
 * well-formed files but hold anything an office's file may: built here with POI and PDFBox from the fuzzer's data,
 * so that the fuzzer explores
 * merged cells, cell types and number formats, formulas without cached values, hidden sheets and rows, far
 * rows and columns, spans past a row's end and vertical merges that continue nothing, which byte mutations of
 * a zip seldom reach (its checksums refuse them first); and, in PDFs, text of any size, place, angle and
 * spacing among ruling lines and filled bars that may or may not make a table, marked content with and
 * without actual texts and ids, and structure trees whose table rows, parents and parent tree may loop,
 * which byte mutations of compressed content streams seldom reach. Each file is read into a grid that the table reader reads
 * as a plan, or refused with an {@link InvalidInputException} of one line that names the file; never
 * another exception ({@link OfficeFuzzTest#readAsAnOfficeFile}). {@code mvn verify} replays every input kept
 * under {@code OfficeStructureFuzzTestInputs/}.
 */
class OfficeStructureFuzzTest {

    /** Texts an office's table holds, for the fuzzer to pick from besides texts of its own. */
    private static final String[] TEXTS = {"", " ", "-", "কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক",
        "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩", "ত্রৈমাসিক অর্জন", "১ম", "২য়", "৩য়", "৪র্থ",
        "অর্জন", "মন্তব্য", "[১] প্রাতিষ্ঠানিক", "[১.১] সভা", "[১.১.১] সভা অনুষ্ঠিত", "১.১.২", "[২]", "২.১", "সংখ্যা",
        "%", "তারিখ", "সমষ্টি", "গড়", "ক্রমপুঞ্জিভূত", "১৮", "৪", "৯০%", "২৫%", "১০০", "৩০/০৬/২০২৩", "31/12/2022",
        "Kg©m¤úv`b m~PK", "‡mev cÖ`vb", "Area", "Indicator", "Target", "Q1", "Q2", "Q3", "Q4", "Actual", "Weight",
        "1.1.1", "[1.1]", "1e9", "NaN", "\t", "\n", "\u200c", "\u00a0", "\ufeff"};

    private static final String[] FORMATS = {"General", "0", "0.00", "0%", "0.00%", "#,##0", "0.00E+00",
        "dd/mm/yyyy", "d-mmm-yy", "mm:ss", "@", "[$-445]0", "[$-445]d/m/yyyy", "0;-0;\"-\"", "\"কোটি\" 0.0"};

    private static final String[] FORMULAS = {"1+2", "A1*2", "SUM(A1:C3)", "1/0", "B2", "\"১\"&\"০\"",
        "DATE(2023,6,30)", "NA()", "ROUND(2/3,2)", "A1:A3"};

    @FuzzTest
    void workbook(FuzzedDataProvider data) {
        read(() -> workbookOf(data), "fuzz.xlsx");
    }

    @FuzzTest
    void document(FuzzedDataProvider data) {
        read(() -> documentOf(data), "fuzz.docx");
    }

    @FuzzTest
    void pdf(FuzzedDataProvider data) {
        read(() -> pdfOf(data), "fuzz.pdf");
    }

    /** Builds the file and reads it; a file POI or PDFBox would not write is no file an office could have. */
    private static void read(Supplier<byte[]> build, String source) {
        byte[] file;
        try {
            file = build.get();
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException notBuilt) {
            return;
        }
        OfficeFuzzTest.readAsAnOfficeFile(file, source);
    }

    /** A workbook of either format: Office Open XML (.xlsx) or Excel 97-2003 (.xls). */
    private static byte[] workbookOf(FuzzedDataProvider data) {
        try (Workbook book = data.consumeBoolean() ? new XSSFWorkbook() : new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetVersion version = book.getSpreadsheetVersion();
            int sheets = data.consumeInt(1, 3);
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = book.createSheet(data.consumeBoolean() ? "শীট " + s : "Sheet" + s);
                if (sheets > 1 && data.consumeBoolean()) {
                    book.setSheetHidden(s, true);
                }
                int rows = data.consumeInt(0, 24);
                int rowIndex = 0;
                for (int r = 0; r < rows; r++) {
                    rowIndex += data.consumeInt(0, 8) == 0 ? data.consumeInt(1, 2_000) : 1;
                    Row row = sheet.createRow(Math.min(rowIndex, version.getLastRowIndex()));
                    if (data.consumeInt(0, 10) == 0) {
                        row.setZeroHeight(true);
                    }
                    int cells = data.consumeInt(0, 14);
                    for (int c = 0; c < cells; c++) {
                        int column = data.consumeInt(0, 12) == 0 ? data.consumeInt(0, version.getLastColumnIndex()) : c;
                        fillCell(book, row.createCell(column), data);
                    }
                }
                int merges = data.consumeInt(0, 6);
                for (int m = 0; m < merges; m++) {
                    int top = data.consumeInt(0, Math.max(0, rowIndex));
                    int left = data.consumeInt(0, 14);
                    int bottom = top + data.consumeInt(0, 4);
                    int right = left + data.consumeInt(data.consumeBoolean() ? 0 : 1, 6);
                    if (bottom > top || right > left) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(top, bottom, left, right));
                    }
                }
                if (data.consumeBoolean()) {
                    sheet.setColumnHidden(data.consumeInt(0, 14), true);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fillCell(Workbook book, Cell cell, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 6)) {
            case 0 -> cell.setCellValue(text(data));
            case 1, 2 -> {
                cell.setCellValue(data.consumeBoolean() ? data.consumeInt(-5, 200) : data.consumeRegularDouble());
                if (data.consumeBoolean()) {
                    CellStyle style = book.createCellStyle();
                    style.setDataFormat(book.createDataFormat().getFormat(data.pickValue(FORMATS)));
                    cell.setCellStyle(style);
                }
            }
            case 3 -> cell.setCellValue(data.consumeBoolean());
            case 4 -> cell.setCellErrorValue(data.pickValue(new FormulaError[] {FormulaError.DIV0, FormulaError.NA,
                FormulaError.VALUE, FormulaError.REF}).getCode());
            case 5 -> cell.setCellFormula(data.pickValue(FORMULAS));
            default -> {
                cell.setCellValue(text(data));
                CellStyle style = book.createCellStyle();
                Font font = book.createFont();
                font.setFontName(data.consumeBoolean() ? "SutonnyMJ" : "Nikosh");
                style.setFont(font);
                cell.setCellStyle(style);
            }
        }
    }

    private static byte[] documentOf(FuzzedDataProvider data) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int paragraphs = data.consumeInt(0, 3);
            for (int p = 0; p < paragraphs; p++) {
                XWPFRun run = document.createParagraph().createRun();
                run.setText(text(data));
                if (data.consumeBoolean()) {
                    run.setFontFamily("SutonnyMJ");
                }
            }
            int tables = data.consumeInt(0, 3);
            for (int t = 0; t < tables; t++) {
                int rows = data.consumeInt(1, 16);
                int columns = data.consumeInt(1, 12);
                XWPFTable table = document.createTable(rows, columns);
                for (int r = 0; r < rows; r++) {
                    XWPFTableRow row = table.getRow(r);
                    if (data.consumeInt(0, 6) == 0 && row.getTableCells().size() > 1) {
                        row.removeCell(row.getTableCells().size() - 1); // a row shorter than the others
                    }
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.setText(text(data));
                        switch (data.consumeInt(0, 7)) {
                            case 0 -> properties(cell).addNewGridSpan()
                                    .setVal(BigInteger.valueOf(data.consumeInt(0, 20)));
                            case 1 -> properties(cell).addNewVMerge().setVal(STMerge.RESTART);
                            case 2 -> properties(cell).addNewVMerge();
                            case 3 -> {
                                if (data.consumeInt(0, 3) == 0) {
                                    XWPFTable inner = cell.insertNewTbl(cell.getParagraphArray(0).getCTP().newCursor());
                                    if (inner != null) {
                                        inner.createRow().createCell().setText(text(data));
                                    }
                                }
                            }
                            default -> {
                            }
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdfOf(FuzzedDataProvider data) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bengali = null;
            if (data.consumeInt(0, 3) == 0) {
                try (InputStream font = OfficeStructureFuzzTest.class.getResourceAsStream(
                        "/org/citizencharter/office/fonts/Lohit-Bengali.ttf")) {
                    bengali = PDType0Font.load(document, font);
                }
            }
            int pages = data.consumeInt(1, 2);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(data.consumeBoolean() ? PDRectangle.A4
                        : new PDRectangle(data.consumeInt(1, 3_000), data.consumeInt(1, 3_000)));
                if (data.consumeInt(0, 5) == 0) {
                    page.setRotation(90 * data.consumeInt(1, 3));
                }
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    int operations = data.consumeInt(0, 40);
                    for (int o = 0; o < operations; o++) {
                        switch (data.consumeInt(0, 5)) {
                            case 0, 1 -> text(content,
                                    bengali != null && data.consumeBoolean() ? bengali : latin, data);
                            case 4 -> marked(content, data);
                            case 2 -> {
                                content.setLineWidth(data.consumeInt(0, 40) / 10f);
                                content.moveTo(coordinate(data), coordinate(data));
                                content.lineTo(coordinate(data), coordinate(data));
                                content.stroke();
                            }
                            case 3 -> {
                                content.addRect(coordinate(data), coordinate(data), data.consumeInt(-50, 600) / 2f,
                                        data.consumeInt(-10, 40) / 4f);
                                if (data.consumeBoolean()) {
                                    content.fill();
                                } else {
                                    content.stroke();
                                }
                            }
                            default -> grid(content, latin, data);
                        }
                    }
                }
            }
            if (data.consumeBoolean()) {
                tag(document, data);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] STRUCTURE_TYPES = {"TR", "TD", "Table", "P", "Zeile"};

    /**
     * A structure tree of a few elements of some types (a table row among them, or a type the role map makes one),
     * each with a parent among them or none (loops too), and a parent tree that gives each page's marked-content
     * ids an owner among them, directly or through a node of kids with limits (which may be its own kid).
     */
    private static void tag(PDDocument document, FuzzedDataProvider data) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        if (data.consumeBoolean()) {
            root.setRoleMap(Map.of("Zeile", data.consumeBoolean() ? "TR" : "Zeile"));
        }
        document.getDocumentCatalog().setStructureTreeRoot(root);
        COSDictionary[] elements = new COSDictionary[data.consumeInt(1, 6)];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = new COSDictionary();
            elements[i].setName(COSName.S, data.pickValue(STRUCTURE_TYPES));
        }
        for (COSDictionary element : elements) {
            if (data.consumeBoolean()) {
                element.setItem(COSName.P, elements[data.consumeInt(0, elements.length - 1)]);
            }
        }
        COSArray numbers = new COSArray();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            document.getPage(p).setStructParents(data.consumeInt(-1, 2));
            COSArray owners = new COSArray();
            int ids = data.consumeInt(0, 21);
            for (int i = 0; i < ids; i++) {
                owners.add(data.consumeInt(0, 4) == 0 ? COSNull.NULL : elements[data.consumeInt(0, elements.length - 1)]);
            }
            numbers.add(COSInteger.get(p));
            numbers.add(owners);
        }
        COSDictionary leaf = new COSDictionary();
        leaf.setItem(COSName.NUMS, numbers);
        COSDictionary parentTree = leaf;
        if (data.consumeBoolean()) {
            parentTree = new COSDictionary();
            COSArray kids = new COSArray();
            if (data.consumeBoolean()) {
                kids.add(parentTree);
            }
            kids.add(leaf);
            parentTree.setItem(COSName.KIDS, kids);
            for (COSDictionary node : new COSDictionary[] {parentTree, leaf}) {
                COSArray limits = new COSArray();
                limits.add(COSInteger.get(data.consumeInt(-1, 1)));
                limits.add(COSInteger.get(data.consumeInt(0, 3)));
                node.setItem(COSName.LIMITS, limits);
            }
        }
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    }

    /**
     * A marked-content span begun, perhaps with an actual text (as Chromium and LibreOffice wrap shaped Bengali),
     * or one ended, whether begun or not.
     */
    private static void marked(PDPageContentStream content, FuzzedDataProvider data) throws IOException {
        if (data.consumeBoolean()) {
            content.endMarkedContent();
            return;
        }
        COSDictionary properties = new COSDictionary();
        if (data.consumeBoolean()) {
            properties.setString(COSName.ACTUAL_TEXT, text(data));
        }
        if (data.consumeBoolean()) {
            properties.setInt(COSName.MCID, data.consumeInt(-1, 21));
        }
        content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
    }

    /** Text somewhere, of some size, perhaps turned, spaced or stretched; none where the font has no glyph. */
    private static void text(PDPageContentStream content, PDFont font, FuzzedDataProvider data) throws IOException {
        String text = text(data);
        byte[] codes;
        try {
            codes = font.encode(text);
        } catch (IllegalArgumentException | IOException noGlyph) {
            return;
        }
        if (codes.length == 0) {
            return;
        }
        content.beginText();
        content.setFont(font, data.consumeInt(-2, 60) / 2f);
        if (data.consumeInt(0, 3) == 0) {
            content.setCharacterSpacing(data.consumeInt(-20, 20) / 2f);
        }
        if (data.consumeInt(0, 5) == 0) {
            content.setHorizontalScaling(data.consumeInt(0, 300));
        }
        float x = coordinate(data);
        float y = coordinate(data);
        content.setTextMatrix(data.consumeInt(0, 4) == 0
                ? Matrix.getRotateInstance(Math.toRadians(data.consumeInt(0, 359)), x, y)
                : Matrix.getTranslateInstance(x, y));
        content.showText(text);
        content.endText();
    }

    /** A ruled grid of a few rows and columns with a text in some cells, as a table drawn by Word would be. */
    private static void grid(PDPageContentStream content, PDFont font, FuzzedDataProvider data) throws IOException {
        int columns = data.consumeInt(1, 8);
        int rows = data.consumeInt(1, 8);
        float left = coordinate(data);
        float top = coordinate(data);
        float[] xs = new float[columns + 1];
        float[] ys = new float[rows + 1];
        xs[0] = left;
        ys[0] = top;
        for (int c = 1; c <= columns; c++) {
            xs[c] = xs[c - 1] + data.consumeInt(0, 120);
        }
        for (int r = 1; r <= rows; r++) {
            ys[r] = ys[r - 1] - data.consumeInt(0, 30);
        }
        for (float y : ys) {
            if (data.consumeInt(0, 6) != 0) {
                content.moveTo(xs[0], y);
                content.lineTo(xs[columns], y);
            }
        }
        for (float x : xs) {
            if (data.consumeInt(0, 6) != 0) {
                content.moveTo(x, ys[0]);
                content.lineTo(x, ys[rows]);
            }
        }
        content.stroke();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (data.consumeBoolean()) {
                    String text = data.pickValue(TEXTS);
                    try {
                        font.encode(text);
                    } catch (IllegalArgumentException noGlyph) {
                        continue;
                    }
                    if (!text.isEmpty()) {
                        content.beginText();
                        content.setFont(font, 6);
                        content.newLineAtOffset(xs[c] + 1, ys[r] - 7);
                        content.showText(text);
                        content.endText();
                    }
                }
            }
        }
    }

    /** A coordinate on an A4 page mostly, sometimes off it or far away. */
    private static float coordinate(FuzzedDataProvider data) {
        return data.consumeInt(0, 20) == 0 ? data.consumeInt(-100_000, 100_000) : data.consumeInt(-20, 860);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(TEXTS) : data.consumeString(40);
    }
}
