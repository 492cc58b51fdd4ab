package org.citizencharter.office.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDFs made by the tests with PDFBox. Bengali text is set in Lohit Bengali (OFL, in the test resources)
 * one glyph a character, in Unicode's order, so that the text layer is exactly the Unicode text (the page
 * shows it unshaped, which the reader does not look at); {@link #shaped} draws it as a viewer would show
 * it, conjuncts and all, whose text layer PDFBox leaves without Unicode for the conjuncts.
 */
public final class PdfFiles implements AutoCloseable {

    /** The left edge of the tables the tests draw. */
    public static final float LEFT = 40;
    /** The top edge of the tables the tests draw. */
    public static final float TOP = 700;
    /** A position a cell above spans. */
    public static final String ABOVE = new String("^");

    /** The document. */
    public final PDDocument document = new PDDocument();
    /** The page. */
    public final PDPage page;
    /** The page's content. */
    public final PDPageContentStream content;
    /** Lohit Bengali, embedded. */
    public final PDType0Font bengali;

    /** A one-page PDF, 842 points wide. */
    public PdfFiles() {
        this(842);
    }

    /**
     * A one-page PDF.
     *
     * @param width the page's width in points
     */
    public PdfFiles(float width) {
        page = new PDPage(new PDRectangle(width, 795));
        try {
            document.addPage(page);
            try (InputStream font = PdfFiles.class.getResourceAsStream("/org/citizencharter/office/fonts/Lohit-Bengali.ttf")) {
                bengali = PDType0Font.load(document, font);
            }
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bengali text at a place, one glyph a character, in the order of the string.
     *
     * @param x where
     * @param y where
     * @param text the text
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles text(float x, float y, String text) throws IOException {
        return text(bengali, x, y, text);
    }

    // appendRawCommands is deprecated, but it is the one way to write glyph codes that PDFBox does not shape.
    /**
     * Text in a font at a place.
     *
     * @param font the font
     * @param x where
     * @param y where
     * @param text the text
     * @return this
     * @throws IOException if writing fails
     */
    @SuppressWarnings("deprecation")
    public PdfFiles text(PDFont font, float x, float y, String text) throws IOException {
        StringBuilder hex = new StringBuilder();
        if (font == bengali) {
            text.codePoints().forEach(bengali::addToSubset);
        }
        for (byte b : font.encode(text)) {
            hex.append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
        }
        content.beginText();
        content.setFont(font, 6);
        content.newLineAtOffset(x, y);
        content.appendRawCommands("<" + hex + "> Tj\n");
        content.endText();
        return this;
    }

    /**
     * Text as PDFBox shapes it (its GSUB support for Bengali): what a viewer shows.
     *
     * @param x where
     * @param y where
     * @param text the text
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles shaped(float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(bengali, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return this;
    }

    /**
     * A line.
     *
     * @param x1 from
     * @param y1 from
     * @param x2 to
     * @param y2 to
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles line(float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        return this;
    }

    /**
     * A ruled table: column edges at xs, row edges at ys (top down), every line drawn but those a merge
     * leaves out; a cell's text a little inside its top left corner.
     *
     * @param xs the columns' edges, left to right
     * @param ys the rows' edges, top to bottom
     * @param cells the texts, row by row; null where the cell to the left spans the position, {@link #ABOVE}
     *     where the cell above does
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles table(float[] xs, float[] ys, String[][] cells) throws IOException {
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                boolean inner = r > 0 && r < ys.length - 1;
                if (!inner || cells[r][c] != ABOVE) {
                    line(xs[c], ys[r], xs[c + 1], ys[r]);
                }
            }
        }
        for (int c = 0; c < xs.length; c++) {
            for (int r = 0; r + 1 < ys.length; r++) {
                boolean inner = c > 0 && c < xs.length - 1;
                if (!inner || cells[r][c] != null) {
                    line(xs[c], ys[r], xs[c], ys[r + 1]);
                }
            }
        }
        for (int r = 0; r + 1 < ys.length; r++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                if (cells[r][c] != null && cells[r][c] != ABOVE && !cells[r][c].isEmpty()) {
                    text(xs[c] + 3, ys[r] - 12, cells[r][c]);
                }
            }
        }
        return this;
    }

    /**
     * The PDF.
     *
     * @return its bytes
     * @throws IOException if writing fails
     */
    public byte[] bytes() throws IOException {
        content.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /**
     * The Citizen's Charter plan of the other tests, as a ruled table in a Unicode PDF.
     *
     * @return the PDF
     * @throws IOException if writing fails
     */
    public static byte[] plan() throws IOException {
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.text(LEFT, TOP + 40, "জেলা সমবায় কার্যালয়, কক্সবাজার");
            pdf.text(LEFT, TOP + 20, "সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা ২০২২-২৩");
            float[] xs = {LEFT, 150, 290, 330, 440, 540, 585, 630, 675};
            float[] ys = {TOP, TOP - 20, TOP - 40, TOP - 60, TOP - 80};
            pdf.table(xs, ys, new String[][] {
                {"কার্যক্রমের ক্ষেত্র", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩",
                    "ত্রৈমাসিক অর্জন", null, null},
                {ABOVE, ABOVE, ABOVE, ABOVE, ABOVE, "১ম", "২য়", "৩য়"},
                {"[১] প্রাতিষ্ঠানিক", "[১.১.১] সভা অনুষ্ঠিত", "সংখ্যা", "৩", "৪", "১", "১", "১"},
                {ABOVE, "[১.২.১] সিদ্ধান্ত বাস্তবায়িত", "%", "৪", "৯০%", "২৫%", "২৫%", "১০%"},
            });
            pdf.text(LEFT, TOP - 100, "প্রস্তুতকারী: জেলা সমবায় অফিসার");
            return pdf.bytes();
        }
    }
}
