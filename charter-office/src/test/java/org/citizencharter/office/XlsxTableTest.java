package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Value;
import org.citizencharter.io.table.Grid;
import org.citizencharter.io.table.ReadResult;
import org.citizencharter.io.table.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Excel workbooks, made here with POI, read into the grid: Office Open XML (.xlsx) and, where the test holds for
 * both, the Excel 97-2003 binary format (.xls) that older offices still keep.
 */
class XlsxTableTest {

    /** The two formats of a workbook, each with the POI class that writes it. */
    enum Kind {
        XLSX(OfficeFormat.XLSX, XSSFWorkbook::new),
        XLS(OfficeFormat.XLS, HSSFWorkbook::new);

        final OfficeFormat format;
        final Supplier<Workbook> create;

        Kind(OfficeFormat format, Supplier<Workbook> create) {
            this.format = format;
            this.create = create;
        }
    }

    /**
     * A Citizen's Charter plan as offices keep it in Excel: a title merged across, a two-row header
     * ("ত্রৈমাসিক অর্জন" over the four quarters), the area merged down beside its indicators, a percent-formatted
     * target, a date cell, a number a formula computed, and a header typed in SutonnyMJ.
     */
    static byte[] plan() throws IOException {
        return plan(Kind.XLSX);
    }

    static byte[] plan(Kind kind) throws IOException {
        try (Workbook book = kind.create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("নির্দেশনা").createRow(0).createCell(0).setCellValue("এই শীটে কিছু নেই");
            Sheet sheet = book.createSheet("পরিকল্পনা");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Font sutonny = book.createFont();
            sutonny.setFontName("SutonnyMJ");
            CellStyle bijoy = book.createCellStyle();
            bijoy.setFont(sutonny);

            row(sheet, 0, "জেলা সমবায় কার্যালয়, কক্সবাজার");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            row(sheet, 1, "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২২-২৩, ৩য় ত্রৈমাসিক");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            Row header = row(sheet, 3, "কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", null, "একক",
                    "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩", "ত্রৈমাসিক অর্জন");
            header.createCell(3).setCellValue("Kg©m¤úv`b m~PK");
            header.getCell(3).setCellStyle(bijoy);
            row(sheet, 4, null, null, null, null, null, null, null, "১ম", "২য়", "৩য়", "৪র্থ");
            for (int column = 0; column < 7; column++) {
                sheet.addMergedRegion(new CellRangeAddress(3, 4, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 7, 10));
            Row first = row(sheet, 5, "[১] প্রাতিষ্ঠানিক", null, "[১.১] সভা", "[১.১.১] সভা অনুষ্ঠিত", "সংখ্যা");
            first.createCell(1).setCellValue(18);
            first.createCell(5).setCellValue(3);
            first.createCell(6).setCellValue(4);
            first.createCell(7).setCellValue(1);
            first.createCell(8).setCellValue(1);
            first.createCell(9).setCellValue(1);
            Row second = row(sheet, 6, null, null, "[১.২] পরিবীক্ষণ", "[১.২.১] সিদ্ধান্ত বাস্তবায়িত", "%");
            second.createCell(5).setCellValue(4);
            Cell target = second.createCell(6);
            target.setCellValue(0.9);
            target.setCellStyle(percent);
            Cell q1 = second.createCell(7);
            q1.setCellValue(0.25);
            q1.setCellStyle(percent);
            second.createCell(8).setCellFormula("0.1+0.15");
            Row third = row(sheet, 7, null, null, "[১.৩] হালনাগাদ", "[১.৩.১] হালনাগাদকৃত", "তারিখ");
            third.createCell(5).setCellValue(2.5);
            Cell deadline = third.createCell(6);
            deadline.setCellValue(LocalDate.of(2023, 1, 12));
            deadline.setCellStyle(date);
            sheet.addMergedRegion(new CellRangeAddress(5, 7, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(5, 7, 1, 1));
            row(sheet, 9, "প্রস্তুতকারী: উপজেলা সমবায় অফিসার");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int index, String... texts) {
        return (XSSFRow) row((Sheet) sheet, index, texts);
    }

    private static Row row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                row.createCell(i).setCellValue(texts[i]);
            }
        }
        return row;
    }

    static OfficeTable read(byte[] bytes) {
        return OfficeFileReader.standard().withSheet("পরিকল্পনা").read(bytes, "plan.xlsx");
    }

    /** A workbook of one sheet, "পরিকল্পনা", as the given rows fill it. */
    private static byte[] oneSheet(java.util.function.Consumer<XSSFSheet> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows.accept(book.createSheet("পরিকল্পনা"));
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with an empty value after each formula that has none, as openpyxl writes it. */
    private static byte[] withEmptyFormulaValues(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(xml).contains("</f></c>");
                    content = xml.replace("</f></c>", "</f><v></v></c>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static List<String> texts(Grid.Row row) {
        return row.cells().collect(Grid.Cell::text).castToList();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsTheSheetAskedForWithItsTitleAsDocumentText(Kind kind) throws IOException {
        OfficeTable table = read(plan(kind));
        assertThat(table.format()).isEqualTo(kind.format);
        assertThat(table.grid().documentText()).containsExactly("জেলা সমবায় কার্যালয়, কক্সবাজার",
                "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২২-২৩, ৩য় ত্রৈমাসিক", "প্রস্তুতকারী: উপজেলা সমবায় অফিসার");
        assertThat(table.grid().rows().collect(Grid.Row::number)).containsExactly(4, 5, 6, 7, 8);
        assertThat(table.notes()).anySatisfy(note -> assertThat(note).contains("Read sheet 2 (\"পরিকল্পনা\") of 2"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void spreadsMergedRegionsOverEveryCellTheyCover(Kind kind) throws IOException {
        Grid grid = read(plan(kind)).grid();
        Grid.Row header = grid.rows().get(0);
        Grid.Row quarters = grid.rows().get(1);
        assertThat(header.cell(7)).isEqualTo(new Grid.Cell("ত্রৈমাসিক অর্জন", Grid.Merge.NONE));
        assertThat(header.cell(10)).isEqualTo(new Grid.Cell("ত্রৈমাসিক অর্জন", Grid.Merge.FROM_LEFT));
        assertThat(quarters.cell(0)).isEqualTo(new Grid.Cell("কার্যক্রমের ক্ষেত্র", Grid.Merge.FROM_ABOVE));
        assertThat(texts(quarters).subList(7, 11)).containsExactly("১ম", "২য়", "৩য়", "৪র্থ");
        assertThat(grid.rows().get(4).cell(0)).isEqualTo(new Grid.Cell("[১] প্রাতিষ্ঠানিক", Grid.Merge.FROM_ABOVE));
        assertThat(grid.rows().get(4).cell(1)).isEqualTo(new Grid.Cell("18", Grid.Merge.FROM_ABOVE));
    }

    @Test
    void aValueCellHoldingOnlyANoBreakSpaceIsNothingReported() throws IOException {
        // Pasted from a web page (&nbsp;) or typed in Word (Ctrl+Shift+Space): it shows as nothing, and was
        // refused as a number that cannot be read. The grid keeps the cell as written.
        OfficeTable table = read(oneSheet(sheet -> {
            row(sheet, 0, "কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা",
                    "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক");
            row(sheet, 1, "প্রাতিষ্ঠানিক", "৪", "[১.১] সভা", "[১.১.১] সভা অনুষ্ঠিত", "৪", "৪", "১", "১", "\u00A0", "\u202F");
        }));
        assertThat(texts(table.grid().rows().get(1)).subList(8, 10)).containsExactly("\u00A0", "\u202F");
        Indicator indicator = TableReader.of(Office.named("coxsbazar"), PlanKind.CITIZEN_CHARTER, Quarter.Q2)
                .withFiscalYear(FiscalYear.parse("2022-23")).read(table.grid()).plan().indicators().getOnly();
        assertThat(indicator.quarters().toList().collect(Value::isReported)).containsExactly(true, true, false, false);
    }

    @Test
    void aFormulaWhoseValueTheWorkbookDoesNotKeepIsComputedNotReadAsZero() throws IOException {
        // Written by a program rather than saved by Excel (openpyxl, POI): the formula has no value in the file,
        // and was read as 0, an actual of 0 beside quarters of 1, 1 and 1.
        byte[] bytes = oneSheet(sheet -> {
            row(sheet, 0, "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "প্রকৃত অর্জন",
                    "অর্জনের শতকরা হার");
            org.apache.poi.xssf.usermodel.XSSFRow values = sheet.createRow(1);
            values.createCell(0).setCellValue("[১.১.১] সভা");
            for (int c = 1; c <= 4; c++) {
                values.createCell(c).setCellValue(c == 1 ? 4 : 1);
            }
            values.createCell(5).setCellFormula("SUM(C2:E2)");
            values.createCell(6).setCellFormula("F2/B2");
            org.apache.poi.xssf.usermodel.XSSFCellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00%"));
            values.getCell(6).setCellStyle(percent);
        });
        OfficeTable table = read(bytes);
        assertThat(texts(table.grid().rows().get(1)).subList(5, 7)).containsExactly("3", "75.00%");
        assertThat(table.notes()).contains("Computed 2 formula(s) whose value the workbook does not keep (the first,"
                + " =SUM(C2:E2) in cell F2), as Excel would on opening it; a workbook that Excel or LibreOffice saved"
                + " keeps them.");
        // openpyxl writes an empty value, <v></v>, for the value it does not know: computed the same.
        OfficeTable empty = read(withEmptyFormulaValues(bytes));
        assertThat(texts(empty.grid().rows().get(1)).subList(5, 7)).containsExactly("3", "75.00%");
        // A formula charter cannot compute is refused, with the cell and the formula.
        byte[] unknown = oneSheet(sheet -> {
            row(sheet, 0, "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা");
            org.apache.poi.xssf.usermodel.XSSFRow values = sheet.createRow(1);
            values.createCell(0).setCellValue("[১.১.১] সভা");
            values.createCell(1).setCellFormula("[1]Sheet1!A1");
        });
        assertThatThrownBy(() -> read(unknown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The formula =[1]Sheet1!A1 in cell B2 has no value saved in the workbook, and"
                        + " charter cannot compute it")
                .hasMessageContaining("Maybe open the workbook in Excel or LibreOffice and save it");
        // A formula over whole columns, as Excel users write totals, is computed over the cells the sheet has (POI's
        // evaluator does not walk the million empty rows).
        byte[] columns = oneSheet(sheet -> {
            row(sheet, 0, "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক");
            org.apache.poi.xssf.usermodel.XSSFRow values = sheet.createRow(1);
            values.createCell(0).setCellValue("[১.১.১] সভা");
            values.createCell(1).setCellFormula("SUM(C:D)+SUM(XFA1:XFD1048576)");
            values.createCell(2).setCellValue(2);
            values.createCell(3).setCellValue(3);
        });
        assertThat(texts(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> read(columns)).grid().rows().get(1)).get(1)).isEqualTo("5");
        // A chain of formulas, each needing the one below, too long for the evaluator to follow: refused, not a
        // "corrupt" file.
        byte[] chain = oneSheet(sheet -> {
            row(sheet, 0, "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা");
            for (int r = 1; r <= 5_000; r++) {
                org.apache.poi.xssf.usermodel.XSSFRow values = sheet.createRow(r);
                values.createCell(0).setCellValue("[১.১." + r + "] সভা");
                values.createCell(1).setCellFormula(r < 5_000 ? "B" + (r + 2) + "+1" : "1");
            }
        });
        // Read on a thread of a small stack, so that the chain is too long for it on any machine (the command's
        // main thread overflowed at 19,000).
        Throwable[] thrown = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                read(chain);
            } catch (RuntimeException expected) {
                thrown[0] = expected;
            }
        }, "small stack", 256 * 1024);
        small.start();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> small.join());
        assertThat(thrown[0]).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The formula =B3+1 in cell B2 has no value saved in the workbook, and charter"
                        + " cannot compute it (it needs a chain of formulas too long to follow)");
        // Saved with its value (as Excel saves every formula), the value is read and nothing is computed.
        byte[] saved = oneSheet(sheet -> {
            row(sheet, 0, "কর্মসম্পাদন সূচক", "প্রকৃত অর্জন");
            org.apache.poi.xssf.usermodel.XSSFRow values = sheet.createRow(1);
            values.createCell(0).setCellValue("[১.১.১] সভা");
            values.createCell(1).setCellFormula("2+2");
            values.getCell(1).setCellValue(5);
        });
        OfficeTable kept = read(saved);
        assertThat(texts(kept.grid().rows().get(1))).containsExactly("[১.১.১] সভা", "5");
        assertThat(kept.notes()).noneMatch(note -> note.startsWith("Computed"));
    }

    @Test
    void aGroupOfQuartersAloneInTheUpperRowIsNoTitle() throws IOException {
        // Every header but the group stands on the lower row: the upper row holds one text, merged over the
        // quarters. It used to be taken for a title, and the quarters' achievements were kept unread.
        OfficeTable table = read(oneSheet(sheet -> {
            row(sheet, 0, "জেলা সমবায় কার্যালয়, কক্সবাজার");
            row(sheet, 1, null, null, null, null, null, null, "ত্রৈমাসিক অর্জন");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 6, 9));
            row(sheet, 2, "কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা",
                    "১ম", "২য়", "৩য়", "৪র্থ");
            row(sheet, 3, "প্রাতিষ্ঠানিক", "৪", "[১.১] সভা", "[১.১.১] সভা অনুষ্ঠিত", "৪", "৪", "১", "১", "১", "");
        }));
        assertThat(table.grid().documentText()).containsExactly("জেলা সমবায় কার্যালয়, কক্সবাজার");
        ReadResult result = TableReader.of(Office.named("coxsbazar"), PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                .withFiscalYear(FiscalYear.parse("2022-23")).read(table.grid());
        Indicator indicator = result.plan().indicators().getOnly();
        assertThat(indicator.quarters().toList().collect(Value::isReported)).containsExactly(true, true, true, false);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsNumbersDatesAndPercentsByTheCellsValueAndFormat(Kind kind) throws IOException {
        Grid grid = read(plan(kind)).grid();
        assertThat(texts(grid.rows().get(2))).containsExactly("[১] প্রাতিষ্ঠানিক", "18", "[১.১] সভা",
                "[১.১.১] সভা অনুষ্ঠিত", "সংখ্যা", "3", "4", "1", "1", "1", "");
        assertThat(texts(grid.rows().get(3)).subList(5, 9)).containsExactly("4", "90%", "25%", "0.25");
        assertThat(texts(grid.rows().get(4)).subList(5, 7)).containsExactly("2.5", "12-01-2023");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void convertsTheHeaderTypedInSutonnyMjAndSaysSo(Kind kind) throws IOException {
        OfficeTable table = read(plan(kind));
        assertThat(table.grid().rows().get(0).cell(3).text()).isEqualTo("কর্মসম্পাদন সূচক");
        assertThat(table.notes()).anySatisfy(note -> assertThat(note)
                .isEqualTo("Converted text in the Bijoy font SutonnyMJ to Unicode Bengali, in D4."));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsTheFirstVisibleSheetUnlessAsked(Kind kind) throws IOException {
        OfficeTable table = OfficeFileReader.standard().read(plan(kind), "plan.xlsx");
        assertThat(table.grid().rows()).hasSize(1);
        assertThat(table.notes().getFirst()).contains("give --sheet to read another");
        assertThat(OfficeFileReader.standard().withSheet("2").read(plan(kind), "plan.xlsx").grid().rows()).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSheetThatIsNotThereIsAnErrorThatListsTheSheets(Kind kind) {
        assertThatThrownBy(() -> OfficeFileReader.standard().withSheet("Sheet9").read(plan(kind), "plan.xlsx"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("plan.xlsx: The workbook has no sheet named or numbered Sheet9; its sheets: 1 \"নির্দেশনা\","
                        + " 2 \"পরিকল্পনা\". Maybe give --sheet with one of these names or numbers.");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNumberKeepsOnlyTheDigitsExcelKeeps(Kind kind) throws IOException {
        try (Workbook book = kind.create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("a");
            row.createCell(1).setCellValue("b");
            Row values = sheet.createRow(1);
            values.createCell(0).setCellFormula("0.1+0.2");
            values.createCell(1).setCellValue(1234567.125);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            Grid grid = OfficeFileReader.standard().read(out.toByteArray(), "n.xlsx").grid();
            assertThat(texts(grid.rows().get(1))).containsExactly("0.3", "1234567.125");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNumberKeepsTheTrailingZerosItsFormatShows(Kind kind) throws IOException {
        // An office that typed 55.0 in a column formatted "0.0" sees and prints 55.0: its reported percent is told
        // at one decimal (54.92 computed is a mismatch there), where "55" would match. Read as 55 before.
        try (Workbook book = kind.create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            row(sheet, 0, "a", "b", "c", "d", "e", "f");
            Row values = sheet.createRow(1);
            String[] formats = {"0.0", "0.00%", "#,##0.00", "General", "0.00", "0.00 \"টাকা\""};
            double[] numbers = {55, 0.75, 1234.5, 2.0, 54.921, 3};
            for (int c = 0; c < formats.length; c++) {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(formats[c]));
                Cell cell = values.createCell(c);
                cell.setCellValue(numbers[c]);
                cell.setCellStyle(style);
            }
            book.write(out);
            Grid grid = OfficeFileReader.standard().read(out.toByteArray(), "n.xlsx").grid();
            // Zeros only: the digits a value stores beyond those shown are kept (54.921, not 54.92), and a format
            // that shows more than digits (a unit) adds none.
            assertThat(texts(grid.rows().get(1))).containsExactly("55.0", "75.00%", "1234.50", "2", "54.921", "3");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void convertsTheRunsTypedInSutonnyMjAndAWordSplitOverTwoOfThemWhole(Kind kind) throws IOException {
        try (Workbook book = kind.create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font sutonny = book.createFont();
            sutonny.setFontName("SutonnyMJ");
            Font bold = book.createFont();
            bold.setFontName("SutonnyMJ");
            bold.setBold(true);
            Row row = book.createSheet().createRow(0);
            RichTextString mixed = book.getCreationHelper().createRichTextString("1. Kg©m¤úv`b m~PK");
            mixed.applyFont(3, mixed.length(), sutonny);
            row.createCell(0).setCellValue(mixed);
            row.createCell(1).setCellValue("Kg©m¤úv`b");
            // LibreOffice starts a run where the script changes, after the "‡" a Bijoy word may begin with; converted
            // run by run, the vowel sign stayed before its consonant ("েসবা").
            RichTextString split = book.getCreationHelper().createRichTextString("‡mev");
            split.applyFont(0, 1, sutonny);
            split.applyFont(1, 4, bold);
            row.createCell(2).setCellValue(split);
            book.write(out);
            OfficeTable table = OfficeFileReader.standard().read(out.toByteArray(), "runs.xls");
            assertThat(texts(table.grid().rows().get(0))).containsExactly("1. কর্মসম্পাদন সূচক", "Kg©m¤úv`b", "সেবা");
            assertThat(table.notes()).contains("Converted text in the Bijoy font SutonnyMJ to Unicode Bengali, in A1, C1.");
        }
    }

    @Test
    void aBinaryWorkbookReadsAsTheSameWorkbookInOfficeOpenXml() throws IOException {
        OfficeTable xls = read(plan(Kind.XLS));
        OfficeTable xlsx = read(plan(Kind.XLSX));
        assertThat(OfficeFormat.detect(plan(Kind.XLS))).contains(OfficeFormat.XLS);
        assertThat(xls.format()).isEqualTo(OfficeFormat.XLS);
        assertThat(xls.grid()).isEqualTo(xlsx.grid());
        assertThat(xls.notes()).isEqualTo(xlsx.notes());
        TableReader reader = TableReader.of(Office.named("coxsbazar"), PlanKind.CITIZEN_CHARTER);
        assertThat(reader.read(xls.grid()).plan()).isEqualTo(reader.read(xlsx.grid()).plan());
    }

    @Test
    void aBinaryWorkbookProtectedWithAPasswordIsRefusedInOneLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet().createRow(0).createCell(0).setCellValue("কার্যক্রম");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            book.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(OfficeFormat.detect(out.toByteArray())).contains(OfficeFormat.XLS);
        assertThatThrownBy(() -> OfficeFileReader.standard().read(out.toByteArray(), "plan.xls"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("plan.xls: The file is protected with a password, and charter does not read encrypted"
                        + " files. Maybe open it, remove the password (File, Info, Protect) and save it again.");
    }
}
