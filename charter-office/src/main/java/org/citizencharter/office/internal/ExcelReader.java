package org.citizencharter.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citizencharter.io.table.Grid;
import org.citizencharter.office.OfficeFormat;

/**
 * An Excel workbook (.xlsx, or the 97-2003 binary .xls) to a grid, with Apache POI's common spreadsheet API:
 * one sheet; merged regions spread; numbers from the value the cell stores, dates and percents by the cell's
 * format, never by the string Excel displays (but for the trailing zeros it shows, below).
 */
public final class ExcelReader {

    /** Excel keeps 15 significant digits; digits beyond them are binary noise of a formula's result. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm", Locale.ROOT);

    /** A number as Excel shows it in a format of plain digits: the digits it shows after the point. */
    private static final Pattern SHOWN = Pattern.compile("-?[0-9,]*(?:\\.([0-9]+))?%?");

    private final Reading reading;
    private final FontNotes fonts;
    /** Tells how many decimals a cell's format shows; the root locale, so that the point is a point. */
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    /** Computes the formulas whose value the workbook does not keep; made on the first. */
    private FormulaEvaluator evaluator;
    private int computed;
    private String firstComputed;

    private ExcelReader(Reading reading) {
        this.reading = reading;
        this.fonts = new FontNotes(reading);
    }

    /**
     * Reads a workbook.
     *
     * @param bytes the file
     * @param format {@link OfficeFormat#XLSX} or {@link OfficeFormat#XLS}
     * @param reading the reading
     * @return the grid
     */
    public static Grid read(byte[] bytes, OfficeFormat format, Reading reading) {
        if (format == OfficeFormat.XLSX) {
            ZipGuard.check(bytes, reading);
        }
        try (Workbook workbook = format == OfficeFormat.XLSX ? new XSSFWorkbook(new ByteArrayInputStream(bytes))
                : new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return new ExcelReader(reading).sheet(workbook);
        } catch (EncryptedDocumentException protectedWithAPassword) {
            throw Formats.encrypted(reading);
        } catch (OldExcelFormatException older) {
            throw reading.error("The file is an Excel 5.0/95 workbook, older than the Excel 97-2003 workbooks charter"
                    + " reads").withHint("Open it in Excel or LibreOffice and save it as .xlsx");
        } catch (IOException e) {
            throw reading.error("The workbook cannot be read: it is corrupt or truncated ("
                    + Reading.shortText(String.valueOf(e.getMessage())) + ")")
                    .withHint("Open it in the program that made it and save it again").withCause(e);
        }
    }

    private Grid sheet(Workbook workbook) {
        int count = workbook.getNumberOfSheets();
        if (count == 0) {
            throw reading.error("The workbook has no sheet");
        }
        int index = chosenSheet(workbook);
        Sheet sheet = workbook.getSheetAt(index);
        if (count > 1) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names.add('"' + workbook.getSheetName(i) + '"');
            }
            reading.note("Read sheet " + (index + 1) + " (\"" + sheet.getSheetName() + "\") of " + count + ": "
                    + String.join(", ", names) + (reading.sheet().isPresent() ? "." : "; give --sheet to read another."));
        }
        if (sheet.getLastRowNum() - Math.max(0, sheet.getFirstRowNum()) >= reading.limits().maxRows()) {
            throw reading.error("The sheet has more rows than charter reads (" + reading.limits().maxRows() + ")");
        }
        CellMatrix matrix = new CellMatrix(reading.source(), reading.limits());
        int first = Math.max(0, sheet.getFirstRowNum());
        int last = sheet.getLastRowNum();
        for (int r = first; r <= last; r++) {
            matrix.addRow(r + 1);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = region.getFirstRow() - first;
            if (top < 0 || top >= matrix.rowCount()) {
                continue;
            }
            Row row = sheet.getRow(region.getFirstRow());
            Cell cell = row == null ? null : row.getCell(region.getFirstColumn());
            matrix.put(top, region.getFirstColumn(), region.getLastRow() - region.getFirstRow() + 1,
                    region.getLastColumn() - region.getFirstColumn() + 1, cell == null ? "" : text(cell));
        }
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && !matrix.isTaken(r - first, c)) {
                    matrix.put(r - first, c, 1, 1, text(cell));
                }
            }
        }
        fonts.report();
        if (computed > 0) {
            reading.note("Computed " + computed + " formula(s) whose value the workbook does not keep (the first, "
                    + firstComputed + "), as Excel would on opening it; a workbook that Excel or LibreOffice saved"
                    + " keeps them.");
        }
        return matrix.toGrid(List.of(), List.of(), reading.notes());
    }

    private int chosenSheet(Workbook workbook) {
        if (reading.sheet().isEmpty()) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    return i;
                }
            }
            return 0;
        }
        String asked = reading.sheet().get().strip();
        int byName = workbook.getSheetIndex(asked);
        if (byName >= 0) {
            return byName;
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetName(i).strip().equalsIgnoreCase(asked)) {
                return i;
            }
        }
        if (asked.matches("[0-9]{1,4}")) {
            int number = Integer.parseInt(asked);
            if (number >= 1 && number <= workbook.getNumberOfSheets()) {
                return number - 1;
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add((i + 1) + " \"" + workbook.getSheetName(i) + '"');
        }
        throw reading.error("The workbook has no sheet named or numbered " + asked + "; its sheets: "
                + String.join(", ", names)).withHint("Give --sheet with one of these names or numbers");
    }

    private String text(Cell cell) {
        if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xml
                && (xml.getRawValue() == null || xml.getRawValue().isEmpty())) {
            compute(cell);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                return number(cell);
            case STRING:
                return string(cell);
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            default:
                return "";
        }
    }

    /**
     * Computes a formula whose value the file does not keep (a workbook written by a program, not saved by Excel),
     * with POI's evaluator, as Excel does on opening it; one it cannot compute (an unknown function, another
     * workbook) is refused: read as nothing, it would be a value the office never saw. (A binary workbook keeps
     * every formula's value in its formula record.)
     */
    private void compute(Cell cell) {
        if (evaluator == null) {
            evaluator = cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator();
        }
        String formula = "=" + cell.getCellFormula();
        try {
            evaluator.evaluateFormulaCell(cell);
        } catch (RuntimeException | StackOverflowError cannot) {
            // The evaluator follows the formulas a formula needs by recursion: a chain of thousands overflows it.
            String why = cannot instanceof StackOverflowError ? "it needs a chain of formulas too long to follow"
                    : Reading.shortText(String.valueOf(cannot.getMessage()));
            throw reading.error("The formula " + formula + " in cell " + reference(cell) + " has no value saved in"
                    + " the workbook, and charter cannot compute it (" + why + ")")
                    .withHint("Open the workbook in Excel or LibreOffice and save it: a saved workbook keeps each"
                            + " formula's value");
        }
        if (computed++ == 0) {
            firstComputed = formula + " in cell " + reference(cell);
        }
    }

    private static String reference(Cell cell) {
        return new CellReference(cell).formatAsString(false);
    }

    private String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime when = cell.getLocalDateTimeCellValue();
            return when.toLocalTime().toSecondOfDay() == 0 ? DAY.format(when) : DAY_AND_TIME.format(when);
        }
        BigDecimal value = exact(cell);
        CellStyle style = cell.getCellStyle();
        String format = style.getDataFormatString();
        int shown = format == null ? 0 : shownDecimals(cell.getNumericCellValue(), style);
        if (format != null && isPercent(format)) {
            return plain(value.movePointRight(2), shown) + "%";
        }
        return plain(value, shown);
    }

    /**
     * How many decimals the cell's format shows ("0.0" one, "0.00%" two), by POI's own formatting of the value;
     * none for a format that shows more than plain digits (a unit, an exponent).
     */
    private int shownDecimals(double value, CellStyle style) {
        if (style.getDataFormat() == 0) {
            return 0; // General, the format of a number typed as it is, shows no trailing zeros
        }
        Matcher number = SHOWN.matcher(formatter.formatRawCellContents(value, style.getDataFormat(),
                style.getDataFormatString()));
        return number.matches() && number.group(1) != null ? number.group(1).length() : 0;
    }

    /**
     * The value as stored in the file's XML, which Excel writes as the shortest text of its double; in a binary
     * workbook, the shortest text of the double it stores.
     */
    private static BigDecimal exact(Cell cell) {
        String raw = cell instanceof XSSFCell xml ? xml.getRawValue() : null;
        BigDecimal value;
        try {
            value = raw == null ? BigDecimal.valueOf(cell.getNumericCellValue()) : new BigDecimal(raw.strip());
        } catch (NumberFormatException notANumber) {
            value = BigDecimal.valueOf(cell.getNumericCellValue());
        }
        return value.round(EXCEL_DIGITS);
    }

    /**
     * The value's digits, with the trailing zeros Excel shows (a cell that shows 55.0 was written to one
     * decimal, and its figure is compared at that precision): zeros only, so the value is never changed.
     */
    private static String plain(BigDecimal value, int shown) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(Math.max(stripped.scale(), 0), shown)).toPlainString();
    }

    /** A percent sign outside quoted text, escapes and [brackets] of the format string. */
    static boolean isPercent(String format) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && c == '\\') {
                i++;
            } else if (!quoted && !bracket && c == ';') {
                return false;
            } else if (!quoted && !bracket && c == '%') {
                return true;
            }
        }
        return false;
    }

    private String string(Cell cell) {
        RichTextString rich = cell.getRichStringCellValue();
        String text = rich.getString();
        if (text == null) {
            return "";
        }
        Workbook workbook = cell.getSheet().getWorkbook();
        Font cellFont = workbook.getFontAt(cell.getCellStyle().getFontIndex());
        FontRuns runs = new FontRuns(fonts, reference(cell));
        int count = rich.numFormattingRuns();
        int start = count == 0 ? text.length() : Math.min(text.length(), rich.getIndexOfFormattingRun(0));
        runs.add(text.substring(0, start), fontName(cellFont));
        for (int i = 0; i < count; i++) {
            int from = Math.min(text.length(), rich.getIndexOfFormattingRun(i));
            int to = i + 1 < count ? Math.min(text.length(), rich.getIndexOfFormattingRun(i + 1)) : text.length();
            Font font = runFont(rich, i, workbook);
            runs.add(text.substring(from, Math.max(from, to)), fontName(font == null ? cellFont : font));
        }
        return runs.text();
    }

    /** The font of a run of a rich text, in either kind of workbook; null where the run names none. */
    private static Font runFont(RichTextString rich, int run, Workbook workbook) {
        if (rich instanceof XSSFRichTextString xml) {
            return xml.getFontOfFormattingRun(run);
        }
        short index = ((HSSFRichTextString) rich).getFontOfFormattingRun(run);
        return index == HSSFRichTextString.NO_FONT ? null : workbook.getFontAt(index);
    }

    private static String fontName(Font font) {
        return font == null ? null : font.getFontName();
    }
}
