package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;
import org.citizencharter.office.testing.OfficeFiles;
import org.citizencharter.office.testing.PdfFiles;
import org.junit.jupiter.api.Test;

/**
 * PDFs, made here with PDFBox: Unicode ones read (ruled, or set out in columns; in Unicode's order or in the order
 * glyphs are drawn), every other kind refused with its reason.
 */
class PdfTableTest {

    private static InvalidInputException refused(byte[] pdf) {
        try {
            OfficeFileReader.standard().read(pdf, "report.pdf");
        } catch (InvalidInputException expected) {
            return expected;
        }
        throw new AssertionError("The PDF was read");
    }

    @Test
    void rebuildsARuledTableFromAUnicodeTextLayer() throws IOException {
        OfficeTable table = OfficeFileReader.standard().read(PdfFiles.plan(), "plan.pdf");
        Grid grid = table.grid();
        assertThat(table.format()).isEqualTo(OfficeFormat.PDF);
        assertThat(grid.documentText()).containsExactly("জেলা সমবায় কার্যালয়, কক্সবাজার",
                "সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা ২০২২-২৩", "প্রস্তুতকারী: জেলা সমবায় অফিসার");
        assertThat(XlsxTableTest.texts(grid.rows().get(0))).containsExactly("কার্যক্রমের ক্ষেত্র", "কর্মসম্পাদন সূচক",
                "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩", "ত্রৈমাসিক অর্জন", "ত্রৈমাসিক অর্জন",
                "ত্রৈমাসিক অর্জন");
        assertThat(grid.rows().get(0).cell(7).merge()).isEqualTo(Grid.Merge.FROM_LEFT);
        assertThat(grid.rows().get(1).cell(0)).isEqualTo(new Grid.Cell("কার্যক্রমের ক্ষেত্র", Grid.Merge.FROM_ABOVE));
        assertThat(XlsxTableTest.texts(grid.rows().get(1)).subList(5, 8)).containsExactly("১ম", "২য়", "৩য়");
        assertThat(XlsxTableTest.texts(grid.rows().get(3))).containsExactly("[১] প্রাতিষ্ঠানিক",
                "[১.২.১] সিদ্ধান্ত বাস্তবায়িত", "%", "৪", "৯০%", "২৫%", "২৫%", "১০%");
        assertThat(grid.rows().get(3).cell(0).merge()).isEqualTo(Grid.Merge.FROM_ABOVE);
        assertThat(table.notes()).anySatisfy(note -> assertThat(note).startsWith("Rebuilt the table from the PDF's"));
    }

    @Test
    void aLegacyFontsGlyphCodesAreRefused() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660}, new String[][] {{"", ""}, {"", ""}});
            pdf.text(helvetica, 43, 688, "Kg©m¤úv`b m~PK");
            pdf.text(helvetica, 203, 688, "jÿ¨gvÎv");
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).startsWith("report.pdf: The PDF's text looks like glyph codes of a"
                + " legacy Bengali font (Bijoy, SutonnyMJ), not Unicode Bengali").contains("Maybe export the table from"
                + " the file the PDF was made from (Word or Excel) and read that file instead.");
    }

    @Test
    void aTextLayerThatLeavesGlyphsWithoutUnicodeIsRefused() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660}, new String[][] {{"", ""}, {"", ""}});
            pdf.shaped(43, 688, "কর্মসম্পাদন সূচক");
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("The PDF's text layer cannot be read exactly:")
                .contains("glyphs have no Unicode meaning").contains("reading the rest would silently lose letters");
    }

    @Test
    void shapedBengaliIsReadFromItsSpansActualText() throws IOException {
        OfficeTable logical = OfficeFileReader.standard().read(PdfFiles.plan(), "plan.pdf");
        OfficeTable table = OfficeFileReader.standard().read(PdfFiles.planWithActualText(), "plan.pdf");
        assertThat(table.grid().rows()).isEqualTo(logical.grid().rows());
        assertThat(table.grid().documentText()).isEqualTo(logical.grid().documentText());
        assertThat(table.notes()).isEqualTo(logical.notes());
    }

    @Test
    void aRowWithNoLineDrawnOverItIsARowWhereTheTablesSidesReachUpToIt() throws IOException {
        byte[] open;
        byte[] decorated;
        try (PdfFiles pdf = new PdfFiles()) {
            // The table's sides and its inner line reach up to 720; the first line across is drawn at 700.
            pdf.text(40, 740, "জেলা সমবায় কার্যালয়");
            pdf.line(40, 720, 40, 660).line(200, 720, 200, 660).line(300, 720, 300, 660);
            pdf.line(40, 700, 300, 700).line(40, 680, 300, 680).line(40, 660, 300, 660);
            pdf.text(43, 708, "[১.৩.১] সভা আয়োজিত").text(203, 708, "৪");
            pdf.text(43, 688, "[১.৪.১] হালনাগাদকৃত").text(203, 688, "৪");
            pdf.text(43, 668, "[১.৫.১] প্রশিক্ষণ").text(203, 668, "২");
            open = pdf.bytes();
        }
        Grid grid = OfficeFileReader.standard().read(open, "plan.pdf").grid();
        assertThat(grid.rows().collect(XlsxTableTest::texts).castToList()).containsExactly(
                List.of("[১.৩.১] সভা আয়োজিত", "৪"), List.of("[১.৪.১] হালনাগাদকৃত", "৪"), List.of("[১.৫.১] প্রশিক্ষণ", "২"));
        assertThat(grid.documentText()).containsExactly("জেলা সমবায় কার্যালয়");
        try (PdfFiles pdf = new PdfFiles()) {
            // Only one side reaches up: no row is made of the text beside it.
            pdf.text(43, 708, "জেলা সমবায় কার্যালয়");
            pdf.line(40, 720, 40, 660).line(200, 700, 200, 660).line(300, 700, 300, 660);
            pdf.line(40, 700, 300, 700).line(40, 680, 300, 680).line(40, 660, 300, 660);
            pdf.text(43, 688, "[১.৪.১] হালনাগাদকৃত").text(203, 688, "৪");
            pdf.text(43, 668, "[১.৫.১] প্রশিক্ষণ").text(203, 668, "২");
            decorated = pdf.bytes();
        }
        grid = OfficeFileReader.standard().read(decorated, "plan.pdf").grid();
        assertThat(grid.rows()).hasSize(2);
        assertThat(grid.documentText()).containsExactly("জেলা সমবায় কার্যালয়");
    }

    @Test
    void ofTablesOfDifferentWidthsThePlansIsToldByItsHeader() throws IOException {
        // A signature block drawn as a table of its own on the page after the plan's, as Word prints one.
        byte[] signatures;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 140, 240, 340}, new float[] {700, 680, 660},
                    new String[][] {{"প্রস্তুতকারী", "যাচাইকারী", "অনুমোদনকারী"}, {"করিম", "রহিম", "সালাম"}});
            signatures = pdf.bytes();
        }
        byte[] bytes = twoPages(pageOfTable(new String[][] {{"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"},
            {"[১.১.১] সভা আয়োজিত", "৪"}}, "১"), signatures);
        OfficeTable table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows().collect(XlsxTableTest::texts).castToList()).containsExactly(
                List.of("কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"), List.of("[১.১.১] সভা আয়োজিত", "৪"));
        assertThat(table.notes()).contains("Read table(s) 1 of the 2 in the file, by the plan's header; left out the"
                + " other 1, which hold neither a plan's header nor a code and a name in any cell: table 2: page 2, 2"
                + " rows, 3 columns.");
    }

    @Test
    void twoTablesDrawnApartOnAPageAreTwoTables() throws IOException {
        // The plan's table and, under it on the same page, a block of signatures: their lines met in one grid, whose
        // cells took text of neither table (the plan's rows read as titles, its target lost).
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(43, 740, "জেলা সমবায় কার্যালয়");
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660},
                    new String[][] {{"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"}, {"[১.১.১] সভা আয়োজিত", "৪"}});
            pdf.text(43, 630, "অনুমোদিত");
            pdf.table(new float[] {40, 140, 240, 340}, new float[] {600, 580, 560},
                    new String[][] {{"প্রস্তুতকারী", "যাচাইকারী", "অনুমোদনকারী"}, {"করিম", "রহিম", "সালাম"}});
            pdf.text(43, 530, "পৃষ্ঠা ১");
            bytes = pdf.bytes();
        }
        OfficeTable table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows().collect(XlsxTableTest::texts).castToList()).containsExactly(
                List.of("কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"), List.of("[১.১.১] সভা আয়োজিত", "৪"));
        // The text around both is the document's, once each; the signatures' cells are not.
        assertThat(table.grid().documentText()).containsExactly("জেলা সমবায় কার্যালয়", "অনুমোদিত", "পৃষ্ঠা ১");
        assertThat(table.notes()).anySatisfy(note -> assertThat(note).startsWith("Read table(s) 1 of the 2 in the"
                + " file, by the plan's header; left out the other 1"));

        // Drawn one right under the other (as a browser draws adjacent tables), the two share a line: they are cut
        // apart there, where the columns' edges above and below differ; a header's merged cells are not.
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 190, 340}, new float[] {740, 720, 700},
                    new String[][] {{"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "তারিখ: ১২.০৮.২০২৩"},
                        {"জেলা সমবায় কার্যালয়", "স্মারক"}});
            pdf.table(new float[] {40, 200, 250, 300}, new float[] {700, 680, 660, 640},
                    new String[][] {{"কর্মসম্পাদন সূচক", "ত্রৈমাসিক অর্জন", null}, {PdfFiles.ABOVE, "১ম", "২য়"},
                        {"[১.১.১] সভা আয়োজিত", "১", "২"}});
            pdf.table(new float[] {40, 120, 200, 280, 360}, new float[] {640, 620, 600},
                    new String[][] {{"প্রস্তুতকারী", "যাচাইকারী", "অনুমোদনকারী", "তারিখ"},
                        {"করিম", "রহিম", "সালাম", ""}});
            bytes = pdf.bytes();
        }
        table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows().collect(XlsxTableTest::texts).castToList()).containsExactly(
                List.of("কর্মসম্পাদন সূচক", "ত্রৈমাসিক অর্জন", "ত্রৈমাসিক অর্জন"),
                List.of("কর্মসম্পাদন সূচক", "১ম", "২য়"),
                List.of("[১.১.১] সভা আয়োজিত", "১", "২"));
        assertThat(table.notes()).contains("Read table(s) 2 of the 3 in the file, by the plan's header; left out the"
                + " other 2, which hold neither a plan's header nor a code and a name in any cell: table 1: page 1, 2"
                + " rows, 2 columns; table 3: page 1, 2 rows, 4 columns.");
        // The first, a letterhead of two rows above the plan's, is the document's text; the signatures are not.
        assertThat(table.grid().documentText()).containsExactly("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "তারিখ: ১২.০৮.২০২৩",
                "জেলা সমবায় কার্যালয়", "স্মারক");
        assertThat(table.notes()).contains("Took the text of table(s) 1 before the plan's (a letterhead of a few rows)"
                + " as the document's text.");
    }

    /** A page of a table that runs over pages: the office's name above the table, the page's number below. */
    private static byte[] pageOfTable(String[][] cells, String number) throws IOException {
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(43, 740, "জেলা সমবায় কার্যালয়");
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660}, cells);
            pdf.text(43, 620, "পৃষ্ঠা " + number);
            return pdf.bytes();
        }
    }

    /** Two pages made one PDF. */
    private static byte[] twoPages(byte[] first, byte[] second) throws IOException {
        try (PDDocument one = Loader.loadPDF(first); PDDocument two = Loader.loadPDF(second)) {
            one.importPage(two.getPage(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            one.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aHeaderRepeatedAtTheTopOfAPageIsLeftOut() throws IOException {
        // As Word repeats a header row on every page, and Chromium a table's <thead>.
        String[] header = {"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"};
        byte[] bytes = twoPages(pageOfTable(new String[][] {header, {"[১.১.১] সভা আয়োজিত", "৪"}}, "১"),
                pageOfTable(new String[][] {header, {"[১.২.১] প্রশিক্ষণ", "২"}}, "২"));
        OfficeTable table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows().collect(XlsxTableTest::texts).castToList()).containsExactly(List.of(header),
                List.of("[১.১.১] সভা আয়োজিত", "৪"), List.of("[১.২.১] প্রশিক্ষণ", "২"));
        assertThat(table.notes()).contains("Left out the table's header where it is repeated at the top of a page (1"
                + " page(s), 1 row(s) each, the same as the header's).");
        // A page that begins with rows of its own keeps them.
        bytes = twoPages(pageOfTable(new String[][] {header, {"[১.১.১] সভা আয়োজিত", "৪"}}, "১"),
                pageOfTable(new String[][] {{"[১.২.১] প্রশিক্ষণ", "২"}, {"[১.৩.১] সভা", "৩"}}, "২"));
        OfficeTable pages = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(pages.grid().rows()).hasSize(4);
        // The grid's lines are numbered over both pages; each says its page.
        assertThat(pages.grid().rows().get(2).number()).isEqualTo(3);
        assertThat(pages.pageOf(2)).hasValue(1);
        assertThat(pages.pageOf(3)).hasValue(2);
        assertThat(pages.pageOf(5)).isEmpty();
    }

    /**
     * A table over two pages whose last row on page 1, [১.২.১], a page break cuts in two: its indicator's text
     * ends on page 2, in a row of its own with lines all round; the area cell, merged down, runs on beside the
     * next row. Each cell's text is marked content with an id (page 1: 0 to 7, page 2: 0 to 2, row by row).
     */
    private static byte[] rowCutByAPageBreak() throws IOException {
        return rowCutByAPageBreak("আয়োজিত", null);
    }

    /** The same, the top of page 2 holding the texts given in the second and third columns (null: none). */
    private static byte[] rowCutByAPageBreak(String inSecond, String inThird) throws IOException {
        return rowCutByAPageBreak(null, inSecond, inThird);
    }

    private static byte[] rowCutByAPageBreak(String inFirst, String inSecond, String inThird) throws IOException {
        return rowCutByAPageBreak(inFirst, inSecond, inThird, true);
    }

    /**
     * Page 1: a header, then two rows, the first column merged down them; page 2: a first row of the texts given
     * (ids 4, 0 and 3, any may be null), then "[১.৩.১] প্রশিক্ষণ" and "২" (ids 1 and 2), the first column merged
     * down both rows of page 2 or not.
     */
    private static byte[] rowCutByAPageBreak(String inFirst, String inSecond, String inThird, boolean mergedOnPage2)
            throws IOException {
        float[] xs = {40, 120, 240, 300};
        byte[] first;
        try (PdfFiles pdf = new PdfFiles()) {
            float[] ys = {700, 680, 660, 640};
            pdf.table(xs, ys, new String[][] {{"", "", ""}, {"", "", ""}, {PdfFiles.ABOVE, "", ""}});
            String[][] texts = {{"ক্ষেত্র", "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"}, {"ক্ষেত্র ১", "[১.১.১] কমিটি", "৪"},
                {null, "[১.২.১] সভা", "৪"}};
            int id = 0;
            for (int r = 0; r < texts.length; r++) {
                for (int c = 0; c < 3; c++) {
                    if (texts[r][c] != null) {
                        pdf.taggedText(id++, xs[c] + 3, ys[r] - 12, texts[r][c]);
                    }
                }
            }
            first = pdf.bytes();
        }
        byte[] second;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(xs, new float[] {700, 680, 660},
                    new String[][] {{"", "", ""}, {mergedOnPage2 ? PdfFiles.ABOVE : "", "", ""}});
            pdf.taggedText(1, 123, 668, "[১.৩.১] প্রশিক্ষণ").taggedText(2, 243, 668, "২");
            if (inSecond != null) {
                pdf.taggedText(0, 123, 688, inSecond);
            }
            if (inThird != null) {
                pdf.taggedText(3, 243, 688, inThird);
            }
            if (inFirst != null) {
                pdf.taggedText(4, 43, 688, inFirst);
            }
            second = pdf.bytes();
        }
        return twoPages(first, second);
    }

    /**
     * A PDF tagged with a table whose rows hold the marked content given for each ({page, id} pairs), each in a
     * cell of its own, with the parent tree a reader looks them up by.
     */
    private static byte[] tagged(byte[] bytes, String rowType, Map<String, String> roles, int[][]... rows)
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            root.setRoleMap(roles);
            pdf.getDocumentCatalog().setStructureTreeRoot(root);
            PDStructureElement table = new PDStructureElement("Table", root);
            root.appendKid(table);
            Map<Integer, COSArray> owners = new TreeMap<>();
            for (int[][] row : rows) {
                PDStructureElement tr = new PDStructureElement(rowType, table);
                table.appendKid(tr);
                for (int[] content : row) {
                    PDStructureElement td = new PDStructureElement("TD", tr);
                    tr.appendKid(td);
                    PDMarkedContentReference reference = new PDMarkedContentReference();
                    reference.setPage(pdf.getPage(content[0] - 1));
                    reference.setMCID(content[1]);
                    td.appendKid(reference);
                    COSArray onPage = owners.computeIfAbsent(content[0], page -> new COSArray());
                    while (onPage.size() <= content[1]) {
                        onPage.add(COSNull.NULL);
                    }
                    onPage.set(content[1], td);
                }
            }
            Map<Integer, PDParentTreeValue> numbers = new TreeMap<>();
            owners.forEach((page, onPage) -> {
                pdf.getPage(page - 1).setStructParents(page - 1);
                numbers.put(page - 1, new PDParentTreeValue(onPage));
            });
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            parentTree.setNumbers(numbers);
            root.setParentTree(parentTree);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose parent tree is a node that is its own kid. */
    private static byte[] parentTreeInALoop(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            COSDictionary loop = new COSDictionary();
            COSArray kids = new COSArray();
            kids.add(loop);
            loop.setItem(COSName.KIDS, kids);
            COSArray limits = new COSArray();
            limits.add(COSInteger.get(0));
            limits.add(COSInteger.get(10));
            loop.setItem(COSName.LIMITS, limits);
            pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject().setItem(COSName.PARENT_TREE, loop);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRowThatAPageBreakCutsInTwoIsOneRowWhereThePdfsTagsSaySo() throws IOException {
        int[][] header = {{1, 0}, {1, 1}, {1, 2}};
        int[][] committee = {{1, 3}, {1, 4}, {1, 5}};
        int[][] training = {{2, 1}, {2, 2}};
        byte[] bytes = tagged(rowCutByAPageBreak(), "TR", Map.of(), header, committee,
                new int[][] {{1, 6}, {1, 7}, {2, 0}}, training);
        OfficeTable table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows().collect(XlsxTableTest::texts).castToList()).containsExactly(
                List.of("ক্ষেত্র", "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"), List.of("ক্ষেত্র ১", "[১.১.১] কমিটি", "৪"),
                List.of("ক্ষেত্র ১", "[১.২.১] সভা আয়োজিত", "৪"), List.of("ক্ষেত্র ১", "[১.৩.১] প্রশিক্ষণ", "২"));
        assertThat(table.grid().rows().get(3).cell(0).merge()).isEqualTo(Grid.Merge.FROM_ABOVE);
        assertThat(table.grid().rows().get(3).number()).isEqualTo(4);
        assertThat(table.notes()).contains("Joined 1 row(s) that a page break cuts in two, as the PDF's tags give"
                + " them (the first at the top of page 2); check them against the PDF.");
        // A row type of the document's own, which its role map makes a table row, tags rows the same.
        Grid roled = OfficeFileReader.standard().read(tagged(rowCutByAPageBreak(), "Zeile", Map.of("Zeile", "TR"),
                header, committee, new int[][] {{1, 6}, {1, 7}, {2, 0}}, training), "plan.pdf").grid();
        assertThat(roled.rows().collect(XlsxTableTest::texts).castToList())
                .isEqualTo(table.grid().rows().collect(XlsxTableTest::texts).castToList());
    }

    @Test
    void theRestOfAMergedCellBesideARowOfItsOwnGoesOnWithTheCellAboveWhereThePdfsTagsSaySo() throws IOException {
        // LibreOffice's tagged PDF of a Word table: a cell merged down beside two rows, the page break between them,
        // its text going on at the top of page 2 ("চলমান", held by the row the merged cell begins in) beside the
        // second row (a row of its own in the tags): the second row is not joined to the first, the text goes on
        // with the merged cell.
        int[][] header = {{1, 0}, {1, 1}, {1, 2}};
        int[][] committee = {{1, 3}, {1, 4}, {1, 5}};
        int[][] training = {{2, 1}, {2, 2}};
        byte[] bytes = tagged(rowCutByAPageBreak("চলমান", "[১.২.২] প্রতিবেদন", "৩", false), "TR", Map.of(), header,
                committee, new int[][] {{1, 6}, {1, 7}, {2, 4}}, new int[][] {{2, 0}, {2, 3}}, training);
        OfficeTable table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows().collect(XlsxTableTest::texts).castToList()).containsExactly(
                List.of("ক্ষেত্র", "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"),
                List.of("ক্ষেত্র ১ চলমান", "[১.১.১] কমিটি", "৪"), List.of("ক্ষেত্র ১ চলমান", "[১.২.১] সভা", "৪"),
                List.of("ক্ষেত্র ১ চলমান", "[১.২.২] প্রতিবেদন", "৩"), List.of("", "[১.৩.১] প্রশিক্ষণ", "২"));
        assertThat(table.grid().rows().get(3).cell(0).merge()).isEqualTo(Grid.Merge.FROM_ABOVE);
        assertThat(table.notes()).contains("Joined 1 cell(s) at the top of a page to the cell above them, the rest"
                + " of a merged cell's text that a page break cut, as the PDF's tags give them; check them against the"
                + " PDF.").noneMatch(note -> note.startsWith("Joined 1 row(s)"));

        // The merged cell's rest alone at the top of page 2, under the table's last row: it goes on with its cell,
        // not read as text below the table.
        bytes = tagged(rowCutByAPageBreak("চলমান", null, null, false), "TR", Map.of(), header,
                new int[][] {{1, 3}, {1, 4}, {1, 5}, {2, 4}}, new int[][] {{1, 6}, {1, 7}}, training);
        table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows().get(1).cell(0).text()).isEqualTo("ক্ষেত্র ১ চলমান");
        assertThat(table.grid().rows().collect(XlsxTableTest::texts).castToList()).hasSize(4)
                .contains(List.of("ক্ষেত্র ১ চলমান", "[১.২.১] সভা", "৪"));
    }

    @Test
    void rowsThatThePdfsTagsOrNothingJoinStayTwoRows() throws IOException {
        List<String> alone = List.of("", "আয়োজিত", "");
        // Tagged, the text at the top of page 2 a row of its own.
        byte[] bytes = tagged(rowCutByAPageBreak(), "TR", Map.of(), new int[][] {{1, 0}, {1, 1}, {1, 2}},
                new int[][] {{1, 3}, {1, 4}, {1, 5}}, new int[][] {{1, 6}, {1, 7}}, new int[][] {{2, 0}},
                new int[][] {{2, 1}, {2, 2}});
        OfficeTable table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows()).hasSize(5);
        assertThat(XlsxTableTest.texts(table.grid().rows().get(3))).isEqualTo(alone);
        assertThat(table.notes()).noneSatisfy(note -> assertThat(note).startsWith("Joined"));
        // A parent tree that loops is looked up no deeper than a bound: no row, no end to the reading.
        int[][][] joined = {{{1, 0}, {1, 1}, {1, 2}}, {{1, 3}, {1, 4}, {1, 5}}, {{1, 6}, {1, 7}, {2, 0}}};
        table = OfficeFileReader.standard().read(parentTreeInALoop(tagged(rowCutByAPageBreak(), "TR", Map.of(),
                joined)), "plan.pdf");
        assertThat(table.grid().rows()).hasSize(5);
        // Untagged, nothing says the two parts are one row, and the second, one text past the table's first
        // column, would be read as a row of its own (an area, or text below the table): refused, not misplaced.
        assertThatThrownBy(() -> OfficeFileReader.standard().read(rowCutByAPageBreak(), "plan.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("plan.pdf: The first row on page 2 of the PDF holds one text only, past the table's first"
                        + " column (\"আয়োজিত\"): a page break may have cut the row above it in two, which an untagged"
                        + " PDF does not say, and read as a row of its own (an area, a section, text below the table)"
                        + " the text would be misplaced. Maybe read the Word or Excel file the PDF was made from, or a"
                        + " tagged PDF of it (charter joins the two parts where the PDF's tags say they are one row).");
    }

    @Test
    void aNumberBrokenOverTheLinesOfANarrowCellIsOneNumberWhereThePdfDrawsItsSpaces() throws IOException {
        // Each cell two lines, "১২" over "৩৪": in a narrow cell one number, in a wide one two; a space drawn at the
        // end of the first line is a break at a space. The header's space is drawn, as LibreOffice draws spaces.
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            float[] xs = {40, 60, 200, 220, 360};
            pdf.table(xs, new float[] {700, 680, 650}, new String[][] {{"", "", "", ""}, {"", "", "", ""}});
            pdf.text(43, 688, "সূচক ক").text(203, 688, "সূচক খ").text(63, 688, "লক্ষ্য মাত্রা")
                    .text(223, 688, "লক্ষ্য মাত্রা");
            pdf.text(43, 668, "১২").text(43, 656, "৩৪").text(63, 668, "১২").text(63, 656, "৩৪");
            pdf.text(203, 668, "১২ ").text(203, 656, "৩৪").text(223, 668, "৫(").text(223, 656, ")");
            bytes = pdf.bytes();
        }
        List<String> row = XlsxTableTest.texts(OfficeFileReader.standard().read(bytes, "plan.pdf").grid().rows().get(1));
        assertThat(row).containsExactly("১২৩৪", "১২ ৩৪", "১২ ৩৪", "৫( )");
    }

    @Test
    void theRestOfARowCutInTwoWithWordsInTwoCellsIsRefusedInAnUntaggedPdf() throws IOException {
        // The rest of an indicator's name and of another cell's words ("(হাজার)" of a unit) at the top of page 2
        // would be read as an indicator without a code, and the row above would lose them: refused.
        assertThatThrownBy(() -> OfficeFileReader.standard().read(rowCutByAPageBreak("আয়োজিত", "(হাজার)"), "plan.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("plan.pdf: The first row on page 2 of the PDF holds only words, no code or value"
                        + " (\"আয়োজিত\", \"(হাজার)\"): a page break may have cut the row above it in two, which an"
                        + " untagged PDF does not say, and read as a row of its own (an indicator without a code, an"
                        + " area without a weight) the texts would be misplaced. Maybe read the Word or Excel file the"
                        + " PDF was made from, or a tagged PDF of it (charter joins the two parts where the PDF's tags"
                        + " say they are one row).");
        // The cut row began an area, whose name goes on in the first column (LibreOffice's PDF of a Word table).
        assertThatThrownBy(() -> OfficeFileReader.standard()
                .read(rowCutByAPageBreak("ব্যবস্থা", "আয়োজিত", null), "plan.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds only words, no code or value (\"ব্যবস্থা\", \"আয়োজিত\")");
        // A page's first row with a value, or with "-" for nothing reported, is a row of its own.
        for (String value : List.of("৪", "-", "4 জন")) {
            OfficeTable table = OfficeFileReader.standard().read(rowCutByAPageBreak("সভা আয়োজিত", value), "plan.pdf");
            assertThat(XlsxTableTest.texts(table.grid().rows().get(3))).containsExactly("", "সভা আয়োজিত", value);
            table = OfficeFileReader.standard().read(rowCutByAPageBreak("ক্ষেত্র ২", "সভা আয়োজিত", value), "plan.pdf");
            assertThat(XlsxTableTest.texts(table.grid().rows().get(3)))
                    .containsExactly("ক্ষেত্র ২", "সভা আয়োজিত", value);
        }
    }

    @Test
    void thePartOfARowAloneOnItsPageUnderNoLineIsARow() throws IOException {
        // As Chromium prints a row that runs on over a whole page: the last page holds the end of it, with the
        // table's sides reaching up from the one line drawn, under it. It was taken for text below the table.
        byte[] last;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.line(40, 720, 40, 700).line(200, 720, 200, 700).line(300, 720, 300, 700).line(40, 700, 300, 700);
            pdf.text(43, 708, "আয়োজিত").text(203, 708, "(১ম)");
            last = pdf.bytes();
        }
        byte[] bytes = twoPages(pageOfTable(new String[][] {{"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"},
            {"[১.১.১] সভা", "৪"}}, "১"), last);
        Grid grid = OfficeFileReader.standard().read(bytes, "plan.pdf").grid();
        assertThat(grid.rows().collect(XlsxTableTest::texts).castToList()).containsExactly(
                List.of("কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"), List.of("[১.১.১] সভা", "৪"), List.of("আয়োজিত", "(১ম)"));
        assertThat(grid.documentText()).containsExactly("জেলা সমবায় কার্যালয়");
    }

    @Test
    void aRowAloneOnItsPageIsARowOnlyUnderTheColumnsOfThePageBefore() throws IOException {
        byte[] first = pageOfTable(new String[][] {{"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"}, {"[১.১.১] সভা", "৪"}}, "১");
        // As LibreOffice ends a row that a page break cuts in two: lines all round the part on the last page.
        byte[] boxed;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {720, 700}, new String[][] {{"আয়োজিত", "(১ম)"}});
            boxed = pdf.bytes();
        }
        Grid grid = OfficeFileReader.standard().read(twoPages(first, boxed), "plan.pdf").grid();
        assertThat(grid.rows().collect(XlsxTableTest::texts).castToList()).hasSize(3).last()
                .isEqualTo(List.of("আয়োজিত", "(১ম)"));
        // A box of other columns (a signature block) is no part of the table: its text is the document's.
        byte[] signature;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 150, 300}, new float[] {720, 700}, new String[][] {{"স্বাক্ষর", "তারিখ"}});
            signature = pdf.bytes();
        }
        grid = OfficeFileReader.standard().read(twoPages(first, signature), "plan.pdf").grid();
        assertThat(grid.rows()).hasSize(2);
        assertThat(grid.documentText()).contains("স্বাক্ষর তারিখ");
    }

    @Test
    void spacesDrawnBeforeTheirLinesWordsStillSeparateThem() throws IOException {
        // As LibreOffice draws a line whose font lacks a space: the line's spaces first, each in its gap, in a font
        // of their own, then the words. The words were read run together ("জেলাসমবায়কার্যালয়").
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660, 640},
                    new String[][] {{"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"}, {"", "৪"}, {"", "২"}});
            String[] words = {"জেলা", "সমবায়", "কার্যালয়"};
            float[] at = new float[words.length];
            at[0] = 43;
            for (int i = 1; i < words.length; i++) {
                at[i] = at[i - 1] + pdf.bengali.getStringWidth(words[i - 1]) / 1000 * 6 + 2.5f;
            }
            for (int i = 1; i < words.length; i++) {
                pdf.text(new PDType1Font(Standard14Fonts.FontName.HELVETICA), at[i] - 2, 668, " ");
            }
            for (int i = 0; i < words.length; i++) {
                pdf.text(at[i], 668, words[i]);
            }
            // And one run's spaces drawn after the bracket that ends the run before: "(" then the space after
            // "আওতাধীন", then "আওতাধীন দপ্তর" was read "( আওতাধীনদপ্তর".
            float bracket = 43 + pdf.bengali.getStringWidth("হালনাগাদকরণ") / 1000 * 6;
            float word = bracket + pdf.bengali.getStringWidth("(") / 1000 * 6;
            float next = word + pdf.bengali.getStringWidth("আওতাধীন") / 1000 * 6 + 2.5f;
            pdf.text(43, 648, "হালনাগাদকরণ").text(bracket, 648, "(");
            pdf.text(new PDType1Font(Standard14Fonts.FontName.HELVETICA), next - 2, 648, " ");
            pdf.text(word, 648, "আওতাধীন").text(next, 648, "দপ্তর)");
            bytes = pdf.bytes();
        }
        Grid grid = OfficeFileReader.standard().read(bytes, "plan.pdf").grid();
        assertThat(XlsxTableTest.texts(grid.rows().get(1))).containsExactly("জেলা সমবায় কার্যালয়", "৪");
        assertThat(XlsxTableTest.texts(grid.rows().get(2))).containsExactly("হালনাগাদকরণ(আওতাধীন দপ্তর)", "২");
    }

    @Test
    void textBetweenATablesPartsOnItsPagesIsLeftOutAndNoted() throws IOException {
        byte[] first = pageOfTable(new String[][] {{"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"}, {"[১.১.১] সভা আয়োজিত", "৪"}}, "১");
        byte[] second = pageOfTable(new String[][] {{"[১.২.১] প্রশিক্ষণ", "২"}, {"[১.৩.১] সভা", "৩"}}, "২");
        OfficeTable table = OfficeFileReader.standard().read(twoPages(first, second), "plan.pdf");
        assertThat(table.grid().rows()).hasSize(4);
        assertThat(table.grid().documentText()).containsExactly("জেলা সমবায় কার্যালয়", "পৃষ্ঠা ২");
        assertThat(table.notes()).contains("Left out 2 line(s) of text between the table's parts on its pages, as the"
                + " pages' headers and footers, first \"পৃষ্ঠা ১\"; check that no row of the table is among them.");
    }

    @Test
    void aMarkDrawnApartFromItsLetterInsideItsSpanIsPartOfItsText() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660}, new String[][] {{"", "একক"}, {"১", "২"}});
            // As Chromium draws a mark of a bold letter: the mark 5 points left of the letter and 1 point lower.
            pdf.beginActualText("পঁচিশ").shaped(50, 688, "প").shaped(45, 687, "ঁ").shaped(56, 688, "চিশ").endActualText();
            bytes = pdf.bytes();
        }
        Grid grid = OfficeFileReader.standard().read(bytes, "plan.pdf").grid();
        assertThat(XlsxTableTest.texts(grid.rows().get(0))).containsExactly("পঁচিশ", "একক");
    }

    @Test
    void aTableCutOffAtThePagesEdgeIsRefused() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles(320)) {
            // The last column, its lines and its text, stand past the page's right edge at 320.
            pdf.table(new float[] {40, 200, 300, 400}, new float[] {700, 680, 660},
                    new String[][] {{"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা", "অর্জনের শতকরা হার"}, {"[১.১.১] সভা", "৪", "১০০%"}});
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("Page 1 of the PDF has text beyond its edges, where no one"
                + " reading the PDF sees it (").contains("): the table is cut off at the page's edge. Maybe export");
    }

    @Test
    void anActualTextOverGlyphsInTwoCellsIsRefused() throws IOException {
        byte[] apart;
        byte[] twoLines;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660}, new String[][] {{"", ""}, {"১", "২"}});
            pdf.beginActualText("একক মান").shaped(43, 688, "একক").shaped(203, 688, "মান").endActualText();
            apart = pdf.bytes();
        }
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660}, new String[][] {{"", ""}, {"", "২"}});
            pdf.beginActualText("একক ১").shaped(43, 688, "একক").shaped(43, 668, "১").endActualText();
            twoLines = pdf.bytes();
        }
        assertThat(refused(apart).getMessage()).contains("The PDF's text layer on page 1 gives the text \"একক মান\" for"
                + " glyphs that stand in two cells of its table. Maybe export the table");
        assertThat(refused(twoLines).getMessage()).contains("The PDF's text layer on page 1 gives the text \"একক ১\" for"
                + " glyphs that may stand in different cells: its glyphs stand on different lines");
    }

    @Test
    void bengaliInTheOrderGlyphsAreDrawnIsPutBackInUnicodesOrder() throws IOException {
        byte[] visual = PdfFiles.plan(true);
        try (PDDocument pdf = Loader.loadPDF(visual)) {
            // The text layer really is in visual order: the reader gets "েজলা", not "জেলা".
            assertThat(new PDFTextStripper().getText(pdf)).contains("েজলা সমবায়").contains("কমর্সম্পাদন সূচক")
                    .contains("ৈত্রমািসক").doesNotContain("জেলা").doesNotContain("কর্মসম্পাদন");
        }
        OfficeTable logical = OfficeFileReader.standard().read(PdfFiles.plan(), "plan.pdf");
        OfficeTable table = OfficeFileReader.standard().read(visual, "plan.pdf");
        assertThat(table.grid().rows()).isEqualTo(logical.grid().rows());
        assertThat(table.grid().documentText()).isEqualTo(logical.grid().documentText());
        assertThat(table.notes()).anySatisfy(note -> assertThat(note).startsWith("The PDF's Bengali text layer is in the"
                + " order glyphs are drawn, not Unicode's (").endsWith(" vowel sign(s) or reph(s) stand where only that"
                + " order puts them, first in \"েজলা\"); put it back in Unicode's order: a vowel sign after the consonant"
                + " cluster it is drawn before (ে…া as ো, ে…ৗ as ৌ), a reph before the cluster it is drawn after. Check"
                + " the texts against the PDF."));
    }

    @Test
    void bengaliInNoOneOrderIsRefused() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660},
                    new String[][] {{"\u09BFনম্নে", "মান"}, {"১", "২"}});
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("The PDF's Bengali text is in no one order: a vowel sign or"
                + " reph stands where only the order glyphs are drawn puts it (\"িনম্নে\") and another where only"
                + " Unicode's order puts it (\"িনম্নে\"), and choosing would be a guess");
    }

    @Test
    void visualOrderThatCannotBePutBackIsRefused() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660},
                    new String[][] {{"েসবা", "র্কম"}, {"১", "২"}});
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("The PDF's Bengali text on page 1 is in the order glyphs are"
                + " drawn, and part of it cannot be put back in Unicode's order without guessing: a reph (র্) with no"
                + " letter before it in \"র্কম\"");
    }

    @Test
    void aScanIsRefused() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            BufferedImage scan = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(pdf.document, scan);
            pdf.content.drawImage(image, 40, 600);
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).startsWith("report.pdf: The PDF has no text layer: it is a scanned"
                + " image or drawings, which charter does not read (no character recognition).");
    }

    @Test
    void aTableWithoutRulingLinesIsReadFromItsColumns() throws IOException {
        List<String[]> rows = List.of(
                new String[] {"কার্যক্রমের ক্ষেত্র", "কর্মসম্পাদন সূচক", "একক", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক", "মন্তব্য"},
                new String[] {"[১] প্রাতিষ্ঠানিক", "[১.১.১] সভা অনুষ্ঠিত", "সংখ্যা", "৪", "১", "প্রতিবেদন প্রেরিত"},
                new String[] {"", "[১.২.১] সিদ্ধান্ত বাস্তবায়িত", "%", "৯০", "২৫%", ""});
        OfficeFiles files = new OfficeFiles(List.of("জেলা সমবায় কার্যালয়, কক্সবাজার"), rows, 1, 1);
        OfficeTable table = OfficeFileReader.standard().read(files.pdf(false, false), "plan.pdf");
        Grid grid = table.grid();
        assertThat(grid.documentText()).containsExactly("জেলা সমবায় কার্যালয়, কক্সবাজার");
        assertThat(grid.rows()).hasSize(3);
        for (int r = 0; r < 3; r++) {
            assertThat(XlsxTableTest.texts(grid.rows().get(r))).containsExactly(rows.get(r));
        }
        assertThat(table.notes()).contains("Page 1 of the PDF has no ruling lines: rebuilt its table from the positions"
                + " of its text alone, 6 columns where every line's texts leave a gap, one row a line of text, the first"
                + " line (কার্যক্রমের ক্ষেত্র | কর্মসম্পাদন সূচক | একক | লক্ষ্যমাত্রা | ১ম ত্রৈমাসিক | মন্তব্য) as the"
                + " header, a blank position as an empty cell; check it against the PDF.");
        OfficeTable visual = OfficeFileReader.standard().read(files.pdf(true, false), "plan.pdf");
        assertThat(visual.grid()).isEqualTo(grid);
    }

    @Test
    void linesSetApartFromAnUnruledTableAreTheDocumentsText() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(40, 760, "স্মারক নং ১২৩").text(300, 760, "তারিখ: ০৫-০৪-২০২৩");
            pdf.text(40, 700, "কর্মসম্পাদন সূচক").text(200, 700, "লক্ষ্যমাত্রা").text(300, 700, "মন্তব্য");
            pdf.text(40, 685, "[১.১.১] সভা").text(200, 685, "৪").text(300, 685, "প্রতিবেদন");
            pdf.text(40, 670, "[১.২.১] সিদ্ধান্ত").text(200, 670, "৯০%");
            pdf.text(40, 600, "প্রস্তুতকারী: জেলা সমবায় অফিসার").text(300, 600, "পৃষ্ঠা ১");
            bytes = pdf.bytes();
        }
        OfficeTable table = OfficeFileReader.standard().read(bytes, "plan.pdf");
        assertThat(table.grid().rows()).hasSize(3);
        assertThat(XlsxTableTest.texts(table.grid().rows().get(2))).containsExactly("[১.২.১] সিদ্ধান্ত", "৯০%", "");
        assertThat(table.grid().documentText()).containsExactly("স্মারক নং ১২৩ তারিখ: ০৫-০৪-২০২৩",
                "প্রস্তুতকারী: জেলা সমবায় অফিসার পৃষ্ঠা ১");
        assertThat(table.notes()).anySatisfy(note -> assertThat(note).contains("3 columns").contains("; 2 line(s) of"
                + " several texts set apart from it by a wider gap were taken as the document's text; check it"));
    }

    @Test
    void aCellRunOnToASecondLineIsNotGuessedAt() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(40, 700, "কর্মসম্পাদন সূচক").text(200, 700, "লক্ষ্যমাত্রা");
            pdf.text(40, 680, "[১.১.১] কমিটি").text(200, 680, "৪");
            pdf.text(40, 672, "পুনর্গঠিত");
            pdf.text(40, 660, "[১.২.১] সভা").text(200, 660, "৪");
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("The PDF's table on page 1 has no ruling lines, and its"
                + " columns cannot be told from the text's positions without guessing: its line \"পুনর্গঠিত\" holds a"
                + " single text, and a cell's text run on to a second line cannot be told from a row of its own");
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(40, 700, "কার্যক্রম").text(150, 700, "কর্মসম্পাদন সূচক").text(260, 700, "একক")
                    .text(300, 700, "লক্ষ্যমাত্রা").text(360, 700, "১ম ত্রৈমাসিক");
            pdf.text(40, 680, "[১.১] পরিবীক্ষণ").text(150, 680, "[১.১.১] কমিটি").text(260, 680, "সংখ্যা")
                    .text(300, 680, "৪").text(360, 680, "১");
            pdf.text(40, 672, "কমিটি পুনর্গঠন").text(150, 672, "পুনর্গঠিত");
            pdf.text(40, 660, "[১.২] সভা").text(150, 660, "[১.২.১] সভা").text(260, 660, "সংখ্যা").text(300, 660, "৪")
                    .text(360, 660, "১");
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("its line \"কমিটি পুনর্গঠন …\" fills 2 of the columns where"
                + " other lines fill 5, and cells whose text runs on to a second line cannot be told from a row of"
                + " their own");
    }

    @Test
    void columnsThatDifferFromLineToLineAreNotGuessedAt() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(40, 700, "কর্মসম্পাদন সূচক").text(200, 700, "লক্ষ্যমাত্রা").text(300, 700, "মন্তব্য");
            pdf.text(40, 680, "[১.১.১] সভা").text(200, 680, "৪");
            pdf.text(40, 660, "[১.২.১] সিদ্ধান্ত বাস্তবায়িত ও প্রতিবেদন প্রেরিত, সভার কার্যবিবরণী").text(300, 660, "৯০");
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("on one line the texts \"কর্মসম্পাদন সূচক\" and"
                + " \"লক্ষ্যমাত্রা\" fall in one column, as other lines' texts set the columns");
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(40, 700, "কর্মসম্পাদন সূচক").text(200, 700, "লক্ষ্যমাত্রা");
            pdf.text(40, 680, "[১.১.১] সভা").text(200, 680, "৪").text(300, 680, "৩");
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("its first line does not name every column (column 3 has no"
                + " text), so no header row can be recognised");
    }

    @Test
    void aPasswordIsRefusedInOneLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.content.close();
            pdf.document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            pdf.document.save(out);
        }
        assertThat(refused(out.toByteArray()).getMessage()).isEqualTo("report.pdf: The PDF is protected with a"
                + " password, and charter does not read encrypted files. Maybe export the table from the file the PDF"
                + " was made from (Word or Excel) and read that file instead.");
    }

    @Test
    void aTruncatedPdfIsRefusedInOneLine() throws IOException {
        byte[] whole = PdfFiles.plan();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 3);
        assertThat(refused(half).getMessage()).doesNotContain("\n").startsWith("report.pdf: ");
    }

}
