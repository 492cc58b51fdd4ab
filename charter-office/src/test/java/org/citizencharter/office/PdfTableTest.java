package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;
import org.citizencharter.office.testing.PdfFiles;
import org.junit.jupiter.api.Test;

/** PDFs, made here with PDFBox: a Unicode one read, every other kind refused with its reason. */
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
    void bengaliInTheOrderGlyphsAreDrawnIsRefused() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.table(new float[] {40, 200, 300}, new float[] {700, 680, 660},
                    new String[][] {{"\u09BFনম্নে", "মান"}, {"১", "২"}});
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("The PDF's Bengali text on page 1 is not in Unicode's order:"
                + " a vowel sign drawn before its consonant in \"\u09BFনম্নে\"");
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
    void aTableWithoutRulingLinesIsNotGuessedAt() throws IOException {
        byte[] bytes;
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(40, 700, "কর্মসম্পাদন সূচক").text(200, 700, "লক্ষ্যমাত্রা");
            pdf.text(40, 680, "[১.১.১] সভা").text(200, 680, "৪");
            bytes = pdf.bytes();
        }
        assertThat(refused(bytes).getMessage()).contains("The PDF has no table drawn with ruling lines");
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
