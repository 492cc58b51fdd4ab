package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.office.testing.OfficeFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code charter import} and {@code charter report} on the Cox's Bazar table kept as an office keeps it:
 * in Excel, Word, a web page and a PDF, the area and its weight merged down beside the indicators and the
 * office's title above; each gives the plan the tab-separated sample gives.
 */
class OfficeFilesCommandTest {

    private static final String SAMPLE = "samples/coxsbazar-cc-2022-23-q3.tsv";

    @TempDir
    static Path temp;

    private static OfficeFiles files;

    private record Run(int code, String out, String err) {
    }

    private static Run charter(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CharterCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void writeTheSampleAsOfficeFiles() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(SAMPLE), StandardCharsets.UTF_8)) {
            rows.add(line.split("\t", -1));
        }
        files = new OfficeFiles(List.of("জেলা সমবায় কার্যালয়, কক্সবাজার",
                "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২২-২৩"), rows, 2, 2);
        Files.write(temp.resolve("coxsbazar-cc-2022-23-q3.xlsx"), files.xlsx());
        Files.write(temp.resolve("coxsbazar-cc-2022-23-q3.xls"), files.xls());
        Files.write(temp.resolve("coxsbazar-cc-2022-23-q3.docx"), files.docx());
        Files.write(temp.resolve("coxsbazar-cc-2022-23-q3.html"), files.html());
        Files.write(temp.resolve("coxsbazar-cc-2022-23-q3.pdf"), files.pdf());
        // As Word writes a PDF: the text layer in the order glyphs are drawn; and a table without ruling lines.
        for (String kind : List.of("visual", "unruled", "visual-unruled")) {
            Files.createDirectories(temp.resolve(kind));
            Files.write(temp.resolve(kind).resolve("coxsbazar-cc-2022-23-q3.pdf"),
                    files.pdf(kind.startsWith("visual"), !kind.endsWith("unruled")));
        }
        // An office file is told by its content, not its name.
        Files.write(temp.resolve("coxsbazar-cc-2022-23-q3.download"), files.xlsx());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls", "docx", "html", "pdf", "download", "visual/pdf", "unruled/pdf", "visual-unruled/pdf"})
    void importGivesThePlanTheTabSeparatedSampleGives(String extension) {
        Run expected = charter("import", SAMPLE, "--fiscal-year", "2022-23", "--as-of", "Q3");
        String[] kind = extension.split("/");
        Path file = kind.length == 1 ? temp.resolve("coxsbazar-cc-2022-23-q3." + extension)
                : temp.resolve(kind[0]).resolve("coxsbazar-cc-2022-23-q3." + kind[1]);
        Run run = charter("import", file.toString(), "--fiscal-year", "2022-23", "--as-of", "Q3");
        assertThat(run.err()).doesNotContain("charter:");
        assertThat(run.code()).isZero();
        // The office files carry the office's name above the table ("জেলা …কার্যালয়, কক্সবাজার", a district office);
        // the sample does not.
        assertThat(run.out()).isEqualTo(expected.out().replace("\"name\":{\"bn\":\"coxsbazar-cc-2022-23-q3\"",
                "\"name\":{\"bn\":\"জেলা সমবায় কার্যালয়, কক্সবাজার\"")
                .replace("\"level\":\"OTHER\"", "\"level\":\"DISTRICT\""));
    }

    @Test
    void scoreAndReportReadAWorkbook() throws IOException {
        String workbook = temp.resolve("coxsbazar-cc-2022-23-q3.xlsx").toString();
        Run score = charter("score", workbook, "--fiscal-year", "2022-23", "--as-of", "Q3", "--lang", "en");
        assertThat(score.code()).isZero();
        assertThat(score.out()).contains("Total score 18.39 of 25 (73.56%)");
        assertThat(score.err()).startsWith(workbook + ": Took 2 row(s) above the table's header as the document's text:"
                + " \"জেলা সমবায় কার্যালয়, কক্সবাজার\"; \"সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২২-২৩\".\n")
                .contains(workbook + ": row 3, column 7: The header \"লক্ষ্য মাত্রা\" is read as the annual target");
        Path html = temp.resolve("report.html");
        Run report = charter("report", temp.resolve("coxsbazar-cc-2022-23-q3.docx").toString(), "--fiscal-year",
                "2022-23", "--as-of", "Q3", "--html", html.toString(), "--lang", "bn");
        assertThat(report.code()).isZero();
        assertThat(Files.readString(html)).contains("১৮.৩৯");
    }

    @Test
    void aPdfWrittenAsWordWritesItScoresAsTheTabSeparatedSample() {
        Run expected = charter("score", SAMPLE, "--fiscal-year", "2022-23", "--as-of", "Q3", "--lang", "en");
        String pdf = temp.resolve("visual-unruled").resolve("coxsbazar-cc-2022-23-q3.pdf").toString();
        Run score = charter("score", pdf, "--fiscal-year", "2022-23", "--as-of", "Q3", "--lang", "en");
        assertThat(score.code()).isEqualTo(expected.code());
        assertThat(score.out()).contains("Total score 18.39 of 25 (73.56%)").isEqualTo(expected.out());
        assertThat(score.err()).contains(pdf + ": The PDF's Bengali text layer is in the order glyphs are drawn")
                .contains(pdf + ": Page 1 of the PDF has no ruling lines: rebuilt its table from the positions of its"
                        + " text alone, 13 columns");
    }

    @Test
    void aFileThatCannotBeReadIsOneLineAndRefused() throws IOException {
        byte[] whole = files.xlsx();
        Path truncated = temp.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Run run = charter("import", truncated.toString(), "--fiscal-year", "2022-23", "--as-of", "Q3");
        assertThat(run.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(run.err()).startsWith("charter: " + truncated + ": ").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        Run table = charter("import", temp.resolve("coxsbazar-cc-2022-23-q3.docx").toString(), "--table", "2",
                "--as-of", "Q3");
        assertThat(table.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(table.err()).contains("There is no table 2: the file holds 1");
    }
    @Test
    void aSheetOrTableThatWouldChooseNothingIsRefusedNotIgnored() {
        String xlsx = temp.resolve("coxsbazar-cc-2022-23-q3.xlsx").toString();
        String docx = temp.resolve("coxsbazar-cc-2022-23-q3.docx").toString();
        for (String input : List.of(SAMPLE, "samples/coxsbazar-cc-2022-23-q3.json", docx)) {
            Run sheet = charter("import", input, "--sheet", "2", "--as-of", "Q3");
            assertThat(sheet.code()).as(input).isEqualTo(CharterCommand.USAGE);
            assertThat(sheet.err()).as(input).contains("In --sheet: a sheet is chosen only in an Excel workbook")
                    .contains("Maybe leave out --sheet");
        }
        for (String input : List.of(SAMPLE, "samples/coxsbazar-cc-2022-23-q3.json", xlsx)) {
            Run table = charter("import", input, "--table", "1", "--as-of", "Q3");
            assertThat(table.code()).as(input).isEqualTo(CharterCommand.USAGE);
            assertThat(table.err()).as(input).contains("In --table: a table is chosen only in a Word document");
        }
        assertThat(charter("import", xlsx, "--table", "1", "--as-of", "Q3").err())
                .contains("Maybe choose the workbook's sheet with --sheet");
        Run bengali = charter("import", SAMPLE, "--sheet", "2", "--as-of", "Q3", "--lang", "bn");
        assertThat(bengali.err()).contains("শুধু Excel ওয়ার্কবুকেই শিট বেছে নেওয়া যায়").contains("--sheet বাদ দিন");
        // Where they choose, they still do.
        assertThat(charter("import", xlsx, "--sheet", "1", "--as-of", "Q3").code()).isZero();
        assertThat(charter("import", docx, "--table", "1", "--as-of", "Q3").code()).isZero();
    }

    @Test
    void anErrorOnALineOfAPdfOverSeveralPagesNamesThePage() throws IOException {
        // A table over two pages whose page 2 begins with a row whose unit is blank: line 3 of the grid, which
        // counts the rows of both pages, is refused; page 2 is where it is, and the row may be the rest of one
        // that a page break cut in two.
        Path pdf = temp.resolve("two-pages.pdf");
        String[] header = {"কার্যক্রমের ক্ষেত্র", "মান", "কর্মসম্পাদন সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা"};
        Files.write(pdf, twoPages(pageOfTable(new String[][] {header, {"প্রাতিষ্ঠানিক", "৯", "[১.১.১] সভা", "সংখ্যা",
            "৪", "৪"}}), pageOfTable(new String[][] {{"", "", "[১.১.২] প্রশিক্ষণ", "", "২", "২"},
                {"", "", "[১.১.৩] সভা", "সংখ্যা", "৩", "৩"}})));
        Run english = charter("import", pdf.toString(), "--fiscal-year", "2023-24", "--as-of", "Q4", "--lang", "en");
        assertThat(english.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(english.err()).contains(pdf + ", line 3, column \"একক\": On page 2 of the PDF: the unit is blank."
                + " Maybe the page break cut the row above it in two: read the Word or Excel file the PDF was made"
                + " from, or a tagged PDF of it");
        Run bengali = charter("import", pdf.toString(), "--fiscal-year", "2023-24", "--as-of", "Q4", "--lang", "bn");
        assertThat(bengali.err()).contains("লাইন ৩, কলাম \"একক\": PDF-এর ২ নম্বর পৃষ্ঠায়: ")
                .contains("সম্ভবত: পৃষ্ঠা বদলে ওপরের সারিটি দুই ভাগ হয়েছে");

        // A date the page break cut after "১৬/০১/" on the last row of page 1: the hint names the page its rest is on.
        Path cutDate = temp.resolve("cut-date.pdf");
        String[] dateHeader = {"কার্যক্রমের ক্ষেত্র", "মান", "কর্মসম্পাদন সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা"};
        Files.write(cutDate, twoPages(pageOfTable(new String[][] {dateHeader, {"প্রাতিষ্ঠানিক", "৯",
            "[১.১.১] সভা", "সংখ্যা", "৪", "৪"}, {"", "", "[১.১.২] প্রতিবেদন", "তারিখ", "৫", "১৬/০১/"}}),
            pageOfTable(new String[][] {{"", "", "দাখিল", "", "", "২০২৪"}, {"", "", "[১.১.৩] সভা", "সংখ্যা", "৩", "৩"}})));
        Run cut = charter("import", cutDate.toString(), "--fiscal-year", "2023-24", "--as-of", "Q4", "--lang", "en");
        assertThat(cut.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(cut.err()).contains(cutDate + ", line 3, column \"লক্ষ্যমাত্রা\": On page 1 of the PDF: the date cannot"
                + " be read").contains("(১৬/০১/). Maybe the page break after this row cut it in two, the rest"
                + " of its cells at the top of page 2: read the Word or Excel file");
        assertThat(charter("import", cutDate.toString(), "--fiscal-year", "2023-24", "--as-of", "Q4", "--lang", "bn")
                .err()).contains("এর ঘরগুলোর বাকি অংশ ২ নম্বর পৃষ্ঠার ওপরে");

        // LibreOffice's untagged export of a table whose row [২.৩] a page break cuts in two: the rest of the row
        // at the top of page 2, words in two cells, is refused before it is read as a row of its own.
        Path split = temp.resolve("split-row.pdf");
        try (java.io.InputStream in = OfficeFiles.class.getResourceAsStream(
                "/org/citizencharter/office/producers/split-row-libreoffice.pdf")) {
            Files.write(split, in.readAllBytes());
        }
        Run refused = charter("import", split.toString(), "--lang", "en");
        assertThat(refused.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(refused.err()).contains(split + ": The first row on page 2 of the PDF holds only words, no code or"
                + " value (");
        assertThat(charter("import", split.toString(), "--lang", "bn").err())
                .contains("PDF-এর ২ নম্বর পৃষ্ঠার প্রথম সারিতে কেবল শব্দ আছে");
        // A PDF of one page says no page.
        Run onePage = charter("import", temp.resolve("coxsbazar-cc-2022-23-q3.pdf").toString(), "--as-of", "Q3",
                "--lang", "en");
        assertThat(onePage.err()).doesNotContain("On page");
    }

    /** A page of a table over pages, ruled, its rows' texts given. */
    private static byte[] pageOfTable(String[][] cells) throws IOException {
        try (org.citizencharter.office.testing.PdfFiles pdf = new org.citizencharter.office.testing.PdfFiles()) {
            float[] ys = new float[cells.length + 1];
            for (int r = 0; r < ys.length; r++) {
                ys[r] = 700 - 20 * r;
            }
            pdf.table(new float[] {40, 150, 180, 330, 380, 430, 480}, ys, cells);
            return pdf.bytes();
        }
    }

    /** Two one-page PDFs made one. */
    private static byte[] twoPages(byte[] first, byte[] second) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument one = org.apache.pdfbox.Loader.loadPDF(first);
                org.apache.pdfbox.pdmodel.PDDocument two = org.apache.pdfbox.Loader.loadPDF(second)) {
            one.importPage(two.getPage(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            one.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A progress report is a table an office may publish and another read: in either language, as a web page
     * or Markdown, it reads back as the plan it shows, with quarterly targets, a half-year subtotal and single
     * and graded targets side by side, and scores as that plan does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bn html", "en html", "bn markdown", "en markdown"})
    void aProgressReportReadsBackAsThePlanItShows(String variant) throws IOException {
        Path plan = temp.resolve("report-plan.json");
        Files.writeString(plan, """
                {"schemaVersion": 1, "office": {"id": "x", "name": {"bn": "জেলা কার্যালয়", "en": ""}, "level": "DISTRICT"},
                 "fiscalYear": "2023-24", "kind": "CITIZEN_CHARTER", "asOf": "Q2",
                 "areas": [
                  {"code": "1", "name": {"bn": "প্রাতিষ্ঠানিক", "en": ""}, "weight": 10, "activities": [
                   {"code": "1.1", "name": {"bn": "সভা", "en": ""}, "indicators": [
                    {"code": "1.1.1", "name": {"bn": "সভা আয়োজিত", "en": ""}, "unit": {"kind": "NUMBER", "label": "সংখ্যা"},
                     "weight": 6, "target": {"kind": "SINGLE", "annual": 12, "quarterly": [2, 5, 2, 3]},
                     "quarters": [2, 3, null, null], "reported": {"actual": 5, "halfYear": 5}},
                    {"code": "1.1.2", "name": {"bn": "সিদ্ধান্ত বাস্তবায়িত", "en": ""}, "unit": {"kind": "PERCENT", "label": "%"},
                     "weight": 4, "target": {"kind": "SINGLE", "annual": 90}, "quarters": [80, 100, null, null],
                     "reported": {"percent": 100, "score": 4, "halfYear": 95}}]}]},
                  {"code": "2", "name": {"bn": "সেবা", "en": ""}, "weight": 5, "activities": [
                   {"code": "2.1", "name": {"bn": "প্রশিক্ষণ", "en": ""}, "indicators": [
                    {"code": "2.1.1", "name": {"bn": "প্রশিক্ষিত", "en": ""}, "unit": {"kind": "NUMBER", "label": "সংখ্যা"},
                     "weight": 3, "target": {"kind": "GRADED", "columns": [10, 9, 8, 7, 6]}, "quarters": [4, 3, null, null]},
                    {"code": "2.1.2", "name": {"bn": "প্রতিবেদন দাখিল", "en": ""}, "unit": {"kind": "DATE", "label": "তারিখ"},
                     "weight": 2, "target": {"kind": "GRADED_DATES", "columns": ["2023-12-31", "2024-01-15", "2024-01-31",
                     "2024-02-15", "2024-02-29"]}, "quarters": [null, "2023-12-20", null, null]}]}]}]}
                """);
        String language = variant.split(" ")[0];
        String format = variant.split(" ")[1];
        Path report = temp.resolve("report-" + language + (format.equals("html") ? ".html" : ".md"));
        assertThat(charter("report", plan.toString(), "--" + format + "=" + report, "--lang", language).code()).isZero();

        Run expected = charter("score", plan.toString(), "--format", "json");
        Run read = charter("score", report.toString(), "--format", "json", "--fiscal-year", "2023-24", "--as-of", "Q2",
                "--office", "x");
        assertThat(read.code()).as(read.err()).isEqualTo(expected.code());
        assertThat(expected.out()).as("the quarterly targets make the target to date, not 12 × 2 / 4")
                .contains("\"targetToDate\":7,").contains("\"quarter\":\"Q2\",\"expected\":\"90\",\"actual\":\"95\"");
        // Everything from the totals on: the areas, every indicator's figures, targets and worked detail, the
        // findings; but the columns the reader keeps as text on each indicator (the web page's progress bar and
        // its target to date under the year, which no office table's header names).
        String kept = ",\"extensions\":\\{\"tableColumns\":\\[(\\[\"[^\\]]*\"\\],?)+\\]\\}";
        assertThat(read.out().substring(read.out().indexOf("\"totalWeight\"")).replaceAll(kept, ""))
                .isEqualTo(expected.out().substring(expected.out().indexOf("\"totalWeight\"")));
    }
}
