package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.table.Grid;
import org.citizencharter.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * PDFs that Chromium (in two fonts) and LibreOffice made of one table, and Chromium of a table over two pages
 * (resources {@code producers/}, with how they were made): each is read into the grid, or the plan, the file it
 * was made from gives. Both give the Bengali of their shaped clusters as marked-content spans' actual text;
 * before charter read that text, both were refused.
 */
class PdfProducersTest {

    /** The reader of the Cox's Bazar table's forms, its year and quarter given. */
    private static final TableReader COXS_BAZAR = TableReader.of(Office.named("coxsbazar"), PlanKind.CITIZEN_CHARTER,
            Quarter.Q3).withFiscalYear(FiscalYear.parse("2022-23"));
    /** A text without its spaces: a PDF's cell keeps one where a narrow cell broke a word. */
    private static final UnaryOperator<String> SPACELESS = text -> text.replace(" ", "");

    private static OfficeTable read(String name) throws IOException {
        try (InputStream in = PdfProducersTest.class.getResourceAsStream("producers/" + name)) {
            return OfficeFileReader.standard().read(in.readAllBytes(), name);
        }
    }

    private static List<List<String>> texts(Grid grid, UnaryOperator<String> normal) {
        return grid.rows().collect(row -> XlsxTableTest.texts(row).stream().map(normal).toList()).castToList();
    }

    @Test
    void aPagePrintedToPdfByChromiumIsReadAsThePage() throws IOException {
        OfficeTable page = read("coxsbazar.html");
        OfficeTable pdf = read("coxsbazar-chromium.pdf");
        assertThat(pdf.grid().documentText()).isEqualTo(page.grid().documentText());
        assertThat(texts(pdf.grid(), UnaryOperator.identity())).hasSize(8).element(7)
                .isEqualTo(texts(page.grid(), UnaryOperator.identity()).get(7));
        // Chromium breaks one cell's line after "প্রশিক্ষণ/"; the reader joins a cell's lines with a space.
        UnaryOperator<String> joined = text -> text.replace("প্রশিক্ষণ/ সেমিনার", "প্রশিক্ষণ/সেমিনার");
        assertThat(texts(pdf.grid(), joined)).isEqualTo(texts(page.grid(), UnaryOperator.identity()));
        assertThat(texts(pdf.grid(), UnaryOperator.identity()).get(6).get(2))
                .isEqualTo("[২.১] সেবা প্রদান প্রতিশ্রুতি বিষয়ক কর্মশালা/ প্রশিক্ষণ/ সেমিনার আয়োজন");
        assertThat(pdf.grid().rows().collect(row -> row.cells().collect(Grid.Cell::merge).castToList()).castToList())
                .isEqualTo(page.grid().rows().collect(row -> row.cells().collect(Grid.Cell::merge).castToList())
                        .castToList());
        assertThat(pdf.notes()).noneSatisfy(note -> assertThat(note).contains("order glyphs are drawn"));
    }

    @Test
    void aBoldThatChromiumDrawsAsPathsIsNoLineOfTheTable() throws IOException {
        // The same page set in Lohit Bengali, which has no bold: Chromium draws the bold header as a Type 3 font,
        // each glyph by paths, and the strokes and head lines of its letters were taken for ruling lines (the
        // table refused: "the text "নে" for glyphs that stand in two cells").
        OfficeTable page = read("coxsbazar.html");
        OfficeTable pdf = read("coxsbazar-chromium-lohit.pdf");
        UnaryOperator<String> joined = text -> text.replace("প্রশিক্ষণ/ সেমিনার", "প্রশিক্ষণ/সেমিনার");
        assertThat(texts(pdf.grid(), joined)).isEqualTo(texts(page.grid(), UnaryOperator.identity()));
        assertThat(pdf.grid().documentText()).isEqualTo(page.grid().documentText());
    }

    @Test
    void aTableRunOnToASecondPageByChromiumLosesNoRow() throws IOException {
        OfficeTable page = read("six-areas.html");
        OfficeTable pdf = read("six-areas-chromium.pdf");
        ActionPlan fromPage = COXS_BAZAR.read(page.grid()).plan();
        ActionPlan fromPdf = COXS_BAZAR.read(pdf.grid()).plan();
        assertThat(fromPdf.indicators()).hasSize(24).isEqualTo(fromPage.indicators());
        assertThat(fromPdf.areas()).isEqualTo(fromPage.areas());
        // Page 2 begins inside area 5, with [৫.৩]: Chromium draws no line over that row (the line over it is the
        // row above's, on page 1), and the row was taken for text above the table and lost.
        assertThat(pdf.grid().rows().collect(row -> row.cell(3).text()).castToList())
                .contains("[৫.২.১] সিদ্ধান্ত বাস্তবায়িত ও প্রতিবেদন প্রেরিত।", "[৫.৩.১] সভা আয়োজিত।");
        assertThat(pdf.grid().documentText()).isEqualTo(page.grid().documentText());
    }

    @Test
    void aWordFileTurnedIntoPdfByLibreOfficeIsReadAsTheWordFile() throws IOException {
        OfficeTable docx = read("coxsbazar-libreoffice.docx");
        OfficeTable pdf = read("coxsbazar-libreoffice.pdf");
        assertThat(pdf.grid().documentText()).isEqualTo(docx.grid().documentText())
                .containsExactly("জেলা সমবায় কার্যালয়, কক্সবাজার",
                        "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২২-২৩, ৩য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন");
        // LibreOffice breaks "ত্রৈমাসিক" in two narrow header cells; the reader joins a cell's lines with a space.
        UnaryOperator<String> joined = text -> text.replace("ত্রৈমাসি ক", "ত্রৈমাসিক");
        assertThat(texts(pdf.grid(), joined)).isEqualTo(texts(docx.grid(), UnaryOperator.identity()));
        assertThat(XlsxTableTest.texts(pdf.grid().rows().get(0)).get(8)).isEqualTo("২য় ত্রৈমাসি ক অর্জন");
        assertThat(XlsxTableTest.texts(pdf.grid().rows().get(5))).contains("[১.৪.১] হালনাগাদকৃত", "সংখ্যা", "৯");
    }
    @Test
    void aRowThatLibreOfficeBreaksAcrossAPageIsOneRowWhereThePdfIsTagged() throws IOException {
        // Activity [২.৩]'s row begins at the foot of page 1 and ends at the top of page 2, with lines drawn all
        // round both parts. The tagged PDF's structure has one TR for both parts; the untagged one says nothing.
        OfficeTable docx = read("split-row-libreoffice.docx");
        OfficeTable tagged = read("split-row-libreoffice-tagged.pdf");
        // LibreOffice breaks "ত্রৈমাসিক" in two narrow header cells; the reader joins a cell's lines with a space.
        UnaryOperator<String> joined = text -> text.replace("ত্রৈমাসি ক", "ত্রৈমাসিক");
        assertThat(texts(tagged.grid(), joined)).hasSize(10).isEqualTo(texts(docx.grid(), UnaryOperator.identity()));
        assertThat(tagged.grid().documentText()).isEqualTo(docx.grid().documentText());
        assertThat(tagged.notes()).contains("Joined 1 row(s) that a page break cuts in two, as the PDF's tags give"
                + " them (the first at the top of page 2); check them against the PDF.");
        assertThat(COXS_BAZAR.read(tagged.grid()).plan().indicators()).hasSize(8)
                .isEqualTo(COXS_BAZAR.read(docx.grid()).plan().indicators());

        assertThat(docx.pageOf(1)).isEmpty();
        // Untagged, nothing says the two parts are one row, and nothing is joined by a guess: the rest of [২.৩] at
        // the top of page 2, words in two cells, is refused rather than read as an indicator without a code.
        assertThatThrownBy(() -> read("split-row-libreoffice.pdf")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The first row on page 2 of the PDF holds only words, no code or value ("
                        + "\"আওতাধীন দপ্তর ও সংস্থাসমূহের সমন্বয়ে কার্যক্রম বাস্তবায়ন ক…\","
                        + " \"আয়োজিত।\")");
    }

    @Test
    void theRestOfAMergedCellThatLibreOfficeCarriesOverAPageGoesOnWithItsCellWhereThePdfIsTagged() throws IOException {
        // The last activity, merged down beside its two indicators: its name runs on to the top of page 2, alone,
        // under the table's last row. It was taken for text below the table, the activity's name cut short.
        TableReader reader = TableReader.of(Office.named("manikganj"), PlanKind.CITIZEN_CHARTER);
        OfficeTable docx = read("merged-cell-libreoffice.docx");
        OfficeTable tagged = read("merged-cell-libreoffice-tagged.pdf");
        ActionPlan fromDocx = reader.read(docx.grid()).plan();
        ActionPlan fromPdf = reader.read(tagged.grid()).plan();
        assertThat(fromPdf.indicators()).hasSize(12).isEqualTo(fromDocx.indicators());
        assertThat(SPACELESS.apply(fromPdf.areas().getFirst().activities().getLast().name().bn()))
                .isEqualTo(SPACELESS.apply(fromDocx.areas().getFirst().activities().getLast().name().bn()))
                .endsWith("সিদ্ধান্তবাস্তবায়ন");
        assertThat(tagged.grid().documentText()).isEqualTo(docx.grid().documentText());

        // A generated APA table at 7 points in landscape: activity [২.২], merged beside [২.২.১] at the foot of page
        // 1 and [২.২.২] at the top of page 2, its name's end ("ত্তি") beside [২.২.২]. Read as one row with
        // [২.২.১] it made "১ ৩.৩৩" of two weights; read as its own row, an activity of its own.
        TableReader apa = TableReader.of(Office.named("generated"), PlanKind.EGOV, Quarter.Q3)
                .withFiscalYear(FiscalYear.parse("2023-24"));
        OfficeTable generated = read("generated-apa-libreoffice.docx");
        OfficeTable generatedPdf = read("generated-apa-libreoffice-tagged.pdf");
        assertThat(generatedPdf.notes()).contains("Joined 1 cell(s) at the top of a page to the cell above them, the"
                + " rest of a merged cell's text that a page break cut, as the PDF's tags give them; check them"
                + " against the PDF.");
        ActionPlan pdfPlan = apa.read(generatedPdf.grid()).plan();
        // Names and labels aside (a word the narrow cells broke keeps a space): the figures.
        assertThat(figures(pdfPlan)).hasSize(7).isEqualTo(figures(apa.read(generated.grid()).plan()));
        assertThat(pdfPlan.areas().get(1).activities().collect(activity -> activity.code().toString()))
                .containsExactly("2.1", "2.2");
    }

    @Test
    void aRowThatChromiumBreaksOverThreePagesIsOneRow() throws IOException {
        // Printed on A5 (the same page with its paper set so), activity [২.৪]'s row runs from page 2 over the whole of page 3's top: page 3 holds only
        // the end of its activity's text, under no line (Chromium draws none at a page's top), which was taken
        // for text below the table and lost without a word.
        OfficeTable page = read("split-row.html");
        OfficeTable pdf = read("split-row-a5-chromium.pdf");
        assertThat(texts(pdf.grid(), UnaryOperator.identity())).isEqualTo(texts(page.grid(), UnaryOperator.identity()));
        assertThat(pdf.grid().documentText()).isEqualTo(page.grid().documentText());
        assertThat(pdf.notes()).contains("Joined 2 row(s) that a page break cuts in two, as the PDF's tags give"
                + " them (the first at the top of page 2); check them against the PDF.");
    }

    @Test
    void aWordFileWithNarrowCellsAndTwoFontsTurnedIntoPdfByLibreOfficeIsReadAsTheWordFile() throws IOException {
        // Set in a Bengali font without Latin letters, in narrow columns (producers/mixed-fonts.py). LibreOffice
        // breaks "কর্মসম্পাদন" in its cell before a vowel sign ("সম্প" over "াদ"), which was refused as text out of
        // Unicode's order; it leaves a gap where a Bengali digit meets an ASCII one ("১0"), which was read as
        // a space ("১ 0": no number); and it draws the Latin letters a fallback font gives after the line's other
        // glyphs ("Q1 (Jul-Sep)" as "1 (-" and then "QJulSep"), which were read in the order drawn.
        OfficeTable docx = read("mixed-fonts-libreoffice.docx");
        OfficeTable pdf = read("mixed-fonts-libreoffice.pdf");
        List<List<String>> fromPdf = texts(pdf.grid(), UnaryOperator.identity());
        assertThat(fromPdf.get(0)).startsWith("Area", "Area weight", "Activity", "Indi cat or", "Unit", "Method",
                "Indicato r weight", "Annual target", "Q1 (Jul- Sep)", "Q2 (Oct- Dec)", "Q3 (Jan- Mar)",
                "Q4 (Apr- Jun)");
        // The code broken over three lines ("[", "১.১.", "১]") is one again; the words broken inside keep a space.
        assertThat(fromPdf.get(1)).contains("১0", "[১.১.১] কর্ম সম্পাদ ন পরি কল্প না", "ক্রমপুঞ্জিভূত", "1০");
        assertThat(fromPdf.get(3)).contains("৯0", "9০");
        // The rest of each cell is the Word file's, but for the spaces where a line of a cell ends inside a word.
        assertThat(texts(pdf.grid(), SPACELESS)).isEqualTo(texts(docx.grid(), SPACELESS));
        assertThat(unnamed(COXS_BAZAR.read(pdf.grid()).plan())).hasSize(3)
                .isEqualTo(unnamed(COXS_BAZAR.read(docx.grid()).plan()));
    }

    @Test
    void numbersDatesAndUnitsThatLibreOfficeBreaksInNarrowCellsAreReadAsTheWordFile() throws IOException {
        // producers/narrow-numbers.py docx: targets and quarters in 1 cm columns at 11 points. The numbers, dates and the
        // unit's brackets broken over lines were read with spaces ("১২ ৩৪ ৫৬. ২৫") and the table refused.
        OfficeTable docx = read("narrow-numbers-libreoffice.docx");
        OfficeTable pdf = read("narrow-numbers-libreoffice.pdf");
        List<List<String>> fromPdf = texts(pdf.grid(), UnaryOperator.identity());
        assertThat(fromPdf.get(1)).contains("সংখ্যা (হাজার)", "১২৩৪৫৬.২৫", "৩০০০০.২৫", "৯৩২২২.০০");
        assertThat(fromPdf.get(2)).contains("৯৯.৫০%", "৮৮.২৫%");
        assertThat(fromPdf.get(3)).contains("৩১-১২-২০২২", "২৮-১২-২০২২");
        // Its header's words broken inside keep the space where the break was ("ল ক্ষ্য মা ত্রা").
        assertThat(texts(pdf.grid(), SPACELESS)).isEqualTo(texts(docx.grid(), SPACELESS));
        assertThat(COXS_BAZAR.read(pdf.grid()).plan().indicators()).hasSize(4)
                .isEqualTo(COXS_BAZAR.read(docx.grid()).plan().indicators());
    }

    @Test
    void numbersThatChromiumBreaksInNarrowCellsAreReadAsTheWebPage() throws IOException {
        // producers/narrow-numbers.py html, 0.7 cm columns at 10 points, printed by Chromium: "২৫০" broken as "২৫"
        // over "০" in a cell measured a fifth of a point wider than the glyphs, and "৯৯.৫০%" as "৯৯.", "৫০%".
        OfficeTable page = read("narrow-numbers.html");
        OfficeTable pdf = read("narrow-numbers-chromium.pdf");
        assertThat(texts(pdf.grid(), SPACELESS)).isEqualTo(texts(page.grid(), SPACELESS));
        // The unit "সংখ্যা (হাজার)" broken inside its word keeps a space there ("হাজা র"): the labels aside, the same.
        assertThat(unlabelled(COXS_BAZAR.read(pdf.grid()).plan())).hasSize(4)
                .isEqualTo(unlabelled(COXS_BAZAR.read(page.grid()).plan()));
    }

    @Test
    void chartersOwnReportOfAGradedPlanPrintedByChromiumIsReadAsTheWebPage() throws IOException {
        // `charter report --html` of the APA sample (graded targets: twenty-five columns on A4 landscape), printed.
        // Its figures ran over the next cell and its Bengali headers over theirs, and the print was refused.
        OfficeTable page = read("apa-report.html");
        OfficeTable pdf = read("apa-report-chromium.pdf");
        TableReader reader = TableReader.of(Office.named("fid"), PlanKind.APA, Quarter.Q4);
        // Words broken inside a narrow cell keep a space there ("ত্রৈমাসি কে"): the same but for spaces.
        assertThat(spaceless(reader.read(pdf.grid()).plan())).hasSize(5)
                .isEqualTo(spaceless(reader.read(page.grid()).plan()));
    }

    private static List<Indicator> spaceless(ActionPlan plan) {
        return plan.indicators().collect(PdfProducersTest::spaceless).castToList();
    }

    private static Indicator spaceless(Indicator indicator) {
        org.citizencharter.core.Reported reported = indicator.reported();
        if (reported.evidence().isPresent()) {
            reported = reported.withEvidence(SPACELESS.apply(reported.evidence().get()));
        }
        if (reported.remarks().isPresent()) {
            reported = reported.withRemarks(SPACELESS.apply(reported.remarks().get()));
        }
        return indicator.toBuilder()
                .name(BilingualText.of(SPACELESS.apply(indicator.name().bn()), SPACELESS.apply(indicator.name().en())))
                .unit(org.citizencharter.core.Unit.of(indicator.unit().kind(), SPACELESS.apply(indicator.unit().label())))
                .reported(reported).build();
    }

    private static List<Indicator> unlabelled(ActionPlan plan) {
        return plan.indicators().collect(indicator -> indicator.toBuilder()
                .unit(org.citizencharter.core.Unit.of(indicator.unit().kind(), "")).build()).castToList();
    }

    /** Each indicator's code, weight, method, target, quarters and reported figures: its words left out. */
    private static List<List<Object>> figures(ActionPlan plan) {
        return plan.indicators().collect(indicator -> List.<Object>of(indicator.code(), indicator.weight(),
                indicator.method(), indicator.target(), indicator.quarters(), indicator.reported().actual(),
                indicator.reported().percent(), indicator.reported().score())).castToList();
    }

    private static List<Indicator> unnamed(ActionPlan plan) {
        return plan.indicators().collect(indicator -> indicator.toBuilder().name(BilingualText.of("-", "-")).build())
                .castToList();
    }
}
