package org.citizencharter.office.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.office.OfficeFileReader;
import org.citizencharter.office.OfficeTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Excel and Word readers on workbooks and documents that are well-formed packages but hold anything an
 * office's file may: built here with POI from the fuzzer's data, so that the fuzzer explores merged cells,
 * cell types and number formats, formulas without cached values, hidden sheets and rows, far rows and
 * columns, spans past a row's end and vertical merges that continue nothing, which byte mutations of a zip
 * seldom reach (its checksums refuse them first). Each file is read into a grid that the table reader reads
 * as a plan, or refused with an {@link InvalidInputException} of one line that names the file; never
 * another exception. {@code mvn verify} replays every input kept under {@code
 * OfficeStructureFuzzTestInputs/}.
 */
class OfficeStructureFuzzTest {

    private static final OfficeFileReader FILES = OfficeFileReader.standard();
    private static final TableReader TABLES = TableReader.of(
            Office.of(OfficeId.of("fuzz-office"), BilingualText.of("দপ্তর", "Office"), OfficeLevel.UPAZILA),
            PlanKind.CITIZEN_CHARTER, Quarter.Q3).withFiscalYear(FiscalYear.parse("2022-23"));

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
        byte[] file;
        try {
            file = workbookOf(data);
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException notBuilt) {
            return; // POI would not write it: no file an office could have
        }
        read(file, "fuzz.xlsx");
    }

    @FuzzTest
    void document(FuzzedDataProvider data) {
        byte[] file;
        try {
            file = documentOf(data);
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException notBuilt) {
            return;
        }
        read(file, "fuzz.docx");
    }

    private static void read(byte[] file, String source) {
        OfficeTable table;
        try {
            table = FILES.read(file, source);
        } catch (InvalidInputException refused) {
            if (!refused.source().orElse("").equals(source) || refused.getMessage().contains("\n")) {
                throw new AssertionError("The refusal does not name the file in one line: " + refused.getMessage(),
                        refused);
            }
            return;
        }
        try {
            TABLES.read(table.grid());
        } catch (InvalidInputException refused) {
            if (refused.getMessage().contains("\n")) {
                throw new AssertionError("The refusal is not one line: " + refused.getMessage(), refused);
            }
        }
    }

    private static byte[] workbookOf(FuzzedDataProvider data) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int sheets = data.consumeInt(1, 3);
            for (int s = 0; s < sheets; s++) {
                XSSFSheet sheet = book.createSheet(data.consumeBoolean() ? "শীট " + s : "Sheet" + s);
                if (sheets > 1 && data.consumeBoolean()) {
                    book.setSheetHidden(s, true);
                }
                int rows = data.consumeInt(0, 24);
                int rowIndex = 0;
                for (int r = 0; r < rows; r++) {
                    rowIndex += data.consumeInt(0, 8) == 0 ? data.consumeInt(1, 2_000) : 1;
                    XSSFRow row = sheet.createRow(Math.min(rowIndex, 1_048_575));
                    if (data.consumeInt(0, 10) == 0) {
                        row.setZeroHeight(true);
                    }
                    int cells = data.consumeInt(0, 14);
                    for (int c = 0; c < cells; c++) {
                        int column = data.consumeInt(0, 12) == 0 ? data.consumeInt(0, 16_383) : c;
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

    private static void fillCell(XSSFWorkbook book, XSSFCell cell, FuzzedDataProvider data) {
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
                FormulaError.VALUE, FormulaError.REF}));
            case 5 -> cell.setCellFormula(data.pickValue(FORMULAS));
            default -> {
                cell.setCellValue(text(data));
                CellStyle style = book.createCellStyle();
                XSSFFont font = book.createFont();
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
                            case 0 -> properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(data.consumeInt(0, 20)));
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

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(TEXTS) : data.consumeString(40);
    }
}
