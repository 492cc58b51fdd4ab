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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citizencharter.io.table.Grid;

/**
 * An Excel workbook (.xlsx) to a grid, with Apache POI: one sheet; merged regions spread; numbers from the
 * value the cell stores, dates and percents by the cell's format, never by the string Excel displays.
 */
public final class XlsxReader {

    /** Excel keeps 15 significant digits; digits beyond them are binary noise of a formula's result. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm", Locale.ROOT);

    private final Reading reading;
    private final FontNotes fonts;
    /** Computes the formulas whose value the workbook does not keep; made on the first. */
    private FormulaEvaluator evaluator;
    private int computed;
    private String firstComputed;

    private XlsxReader(Reading reading) {
        this.reading = reading;
        this.fonts = new FontNotes(reading);
    }

    /**
     * Reads a workbook.
     *
     * @param bytes the file
     * @param reading the reading
     * @return the grid
     */
    public static Grid read(byte[] bytes, Reading reading) {
        ZipGuard.check(bytes, reading);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return new XlsxReader(reading).sheet(workbook);
        } catch (IOException e) {
            throw reading.error("The workbook cannot be read: it is corrupt or truncated ("
                    + Reading.shortText(String.valueOf(e.getMessage())) + ")")
                    .withHint("Open it in the program that made it and save it again").withCause(e);
        }
    }

    private Grid sheet(XSSFWorkbook workbook) {
        int count = workbook.getNumberOfSheets();
        if (count == 0) {
            throw reading.error("The workbook has no sheet");
        }
        int index = chosenSheet(workbook);
        XSSFSheet sheet = workbook.getSheetAt(index);
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
            XSSFRow row = sheet.getRow(region.getFirstRow());
            XSSFCell cell = row == null ? null : row.getCell(region.getFirstColumn());
            matrix.put(top, region.getFirstColumn(), region.getLastRow() - region.getFirstRow() + 1,
                    region.getLastColumn() - region.getFirstColumn() + 1, cell == null ? "" : text(cell));
        }
        for (int r = first; r <= last; r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                XSSFCell cell = row.getCell(c);
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

    private int chosenSheet(XSSFWorkbook workbook) {
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

    private String text(XSSFCell cell) {
        String saved = cell.getRawValue();
        if (cell.getCellType() == CellType.FORMULA && (saved == null || saved.isEmpty())) {
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
                return cell.getErrorCellString();
            default:
                return "";
        }
    }

    /**
     * Computes a formula whose value the file does not keep (a workbook written by a program, not saved by Excel),
     * with POI's evaluator, as Excel does on opening it; one it cannot compute (an unknown function, another
     * workbook) is refused: read as nothing, it would be a value the office never saw.
     */
    private void compute(XSSFCell cell) {
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
            throw reading.error("The formula " + formula + " in cell " + cell.getReference() + " has no value saved in"
                    + " the workbook, and charter cannot compute it (" + why + ")")
                    .withHint("Open the workbook in Excel or LibreOffice and save it: a saved workbook keeps each"
                            + " formula's value");
        }
        if (computed++ == 0) {
            firstComputed = formula + " in cell " + cell.getReference();
        }
    }

    private String number(XSSFCell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime when = cell.getLocalDateTimeCellValue();
            return when.toLocalTime().toSecondOfDay() == 0 ? DAY.format(when) : DAY_AND_TIME.format(when);
        }
        BigDecimal value = exact(cell);
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && isPercent(format)) {
            return plain(value.movePointRight(2)) + "%";
        }
        return plain(value);
    }

    /** The value as stored in the file's XML, which Excel writes as the shortest text of its double. */
    private static BigDecimal exact(XSSFCell cell) {
        String raw = cell.getRawValue();
        BigDecimal value;
        try {
            value = raw == null ? BigDecimal.valueOf(cell.getNumericCellValue()) : new BigDecimal(raw.strip());
        } catch (NumberFormatException notANumber) {
            value = BigDecimal.valueOf(cell.getNumericCellValue());
        }
        return value.round(EXCEL_DIGITS);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
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

    private String string(XSSFCell cell) {
        XSSFRichTextString rich = cell.getRichStringCellValue();
        String text = rich.getString();
        if (text == null) {
            return "";
        }
        String where = new CellReference(cell).formatAsString(false);
        int runs = rich.numFormattingRuns();
        if (runs == 0) {
            XSSFFont font = cell.getCellStyle().getFont();
            return fonts.convert(text, font == null ? null : font.getFontName(), where);
        }
        StringBuilder out = new StringBuilder();
        int start = rich.getIndexOfFormattingRun(0);
        if (start > 0) {
            XSSFFont font = cell.getCellStyle().getFont();
            out.append(fonts.convert(text.substring(0, start), font == null ? null : font.getFontName(), where));
        }
        for (int i = 0; i < runs; i++) {
            int from = rich.getIndexOfFormattingRun(i);
            int length = rich.getLengthOfFormattingRun(i);
            int to = length < 0 ? text.length() : Math.min(text.length(), from + length);
            XSSFFont font = rich.getFontOfFormattingRun(i);
            if (font == null) {
                font = cell.getCellStyle().getFont();
            }
            out.append(fonts.convert(text.substring(from, to), font == null ? null : font.getFontName(), where));
        }
        return out.toString();
    }
}
