package org.citizencharter.office.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDFs made by the tests with PDFBox. Bengali text is set in Lohit Bengali (OFL, in the test resources)
 * one glyph a character, in Unicode's order, so that the text layer is exactly the Unicode text (the page
 * shows it unshaped, which the reader does not look at); {@link #shaped} draws it as a viewer would show
 * it, conjuncts and all, whose text layer PDFBox leaves without Unicode for the conjuncts;
 * {@link #shapedWithActualText} draws it so inside a span whose {@code /ActualText} is the text, as Chromium and
 * LibreOffice do.
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
    /** Whether {@link #table} writes its cells with {@link #shapedWithActualText}. */
    private boolean actualText;

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
        return shaped(x, y, text, 10);
    }

    private PdfFiles shaped(float x, float y, String text, float size) throws IOException {
        content.beginText();
        content.setFont(bengali, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return this;
    }

    /**
     * Begins a marked-content span whose {@code /ActualText} is a text, as Chromium and LibreOffice put one
     * around each Bengali cluster whose glyphs are not one character each in Unicode's order.
     *
     * @param actualText the span's text
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles beginActualText(String actualText) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.ACTUAL_TEXT, actualText);
        content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
        return this;
    }

    /**
     * Ends the span {@link #beginActualText} began.
     *
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles endActualText() throws IOException {
        content.endMarkedContent();
        return this;
    }

    /**
     * Text as PDFBox shapes it, in a span whose actual text is the text: what Chromium and LibreOffice write.
     *
     * @param x where
     * @param y where
     * @param text the text
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles shapedWithActualText(float x, float y, String text) throws IOException {
        beginActualText(text);
        shaped(x, y, text, 6);
        return endActualText();
    }

    /**
     * Text in a marked-content sequence with a marked-content id, as the structure elements of a tagged PDF
     * (Word's, Chromium's, LibreOffice's) point at the content they hold.
     *
     * @param id the marked-content id
     * @param x where
     * @param y where
     * @param text the text
     * @return this
     * @throws IOException if writing fails
     */
    public PdfFiles taggedText(int id, float x, float y, String text) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        content.beginMarkedContent(COSName.getPDFName("P"), PDPropertyList.create(properties));
        text(x, y, text);
        content.endMarkedContent();
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
                    cellText(xs[c] + 3, ys[r] - 12, cells[r][c]);
                }
            }
        }
        return this;
    }

    private void cellText(float x, float y, String text) throws IOException {
        if (actualText) {
            shapedWithActualText(x, y, text);
        } else {
            text(x, y, text);
        }
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
     * Bengali text in the order a shaping engine draws its glyphs (visual order), as Word writes a PDF's text
     * layer: a pre-base vowel sign (ি ে ৈ, and the ে of ো ৌ) before its consonant cluster, the rest of ো ৌ
     * after it, a reph after its cluster (before or after the cluster's post-base vowel sign). Written here
     * from the rules of the script, independently of the reader's {@code VisualOrder}.
     *
     * @param logical the text in Unicode's order
     * @param rephAfterVowelSign whether a reph goes after the cluster's post-base vowel sign (else before it)
     * @return the text in visual order
     */
    public static String visual(String logical, boolean rephAfterVowelSign) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < logical.length()) {
            boolean reph = logical.charAt(i) == '\u09B0' && i + 2 < logical.length()
                    && logical.charAt(i + 1) == '\u09CD' && consonant(logical.charAt(i + 2))
                    && (i == 0 || logical.charAt(i - 1) != '\u09CD');
            int start = reph ? i + 2 : i;
            if (start >= logical.length() || !consonant(logical.charAt(start))) {
                out.append(logical.charAt(i));
                i++;
                continue;
            }
            int end = start + 1;
            while (true) {
                if (end < logical.length() && logical.charAt(end) == '\u09BC') {
                    end++;
                } else if (end + 1 < logical.length() && logical.charAt(end) == '\u09CD'
                        && consonant(logical.charAt(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            String cluster = logical.substring(start, end);
            String pre = "";
            String post = "";
            if (end < logical.length()) {
                char sign = logical.charAt(end);
                if (sign == '\u09BF' || sign == '\u09C7' || sign == '\u09C8') {
                    pre = String.valueOf(sign);
                    end++;
                } else if (sign == '\u09CB') {
                    pre = "\u09C7";
                    post = "\u09BE";
                    end++;
                } else if (sign == '\u09CC') {
                    pre = "\u09C7";
                    post = "\u09D7";
                    end++;
                } else if ((sign >= '\u09BE' && sign <= '\u09C4') || sign == '\u09D7') {
                    post = String.valueOf(sign);
                    end++;
                }
            }
            String r = reph ? "\u09B0\u09CD" : "";
            out.append(pre).append(cluster).append(rephAfterVowelSign ? post + r : r + post);
            i = end;
        }
        return out.toString();
    }

    private static boolean consonant(char c) {
        return (c >= '\u0995' && c <= '\u09B9') || c == '\u09DC' || c == '\u09DD' || c == '\u09DF';
    }

    /**
     * The Citizen's Charter plan of the other tests, as a ruled table in a Unicode PDF.
     *
     * @return the PDF
     * @throws IOException if writing fails
     */
    public static byte[] plan() throws IOException {
        return plan(false);
    }

    /**
     * The Citizen's Charter plan of the other tests, as a ruled table in a Unicode PDF.
     *
     * @param visualOrder whether the text layer holds the Bengali in the order its glyphs are drawn, as Word
     *     writes it ({@link #visual}), rather than in Unicode's order
     * @return the PDF
     * @throws IOException if writing fails
     */
    public static byte[] plan(boolean visualOrder) throws IOException {
        return plan(visualOrder, false);
    }

    /**
     * The Citizen's Charter plan of the other tests, as a ruled table whose Bengali is shaped (conjuncts as one
     * glyph, with no Unicode of their own) inside spans whose actual text is the Unicode text, as Chromium and
     * LibreOffice write a PDF.
     *
     * @return the PDF
     * @throws IOException if writing fails
     */
    public static byte[] planWithActualText() throws IOException {
        return plan(false, true);
    }

    private static byte[] plan(boolean visualOrder, boolean actualText) throws IOException {
        try (PdfFiles pdf = new PdfFiles()) {
            pdf.actualText = actualText;
            java.util.function.UnaryOperator<String> order = text -> visualOrder ? visual(text, false) : text;
            pdf.cellText(LEFT, TOP + 40, order.apply("জেলা সমবায় কার্যালয়, কক্সবাজার"));
            pdf.cellText(LEFT, TOP + 20, order.apply("সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা ২০২২-২৩"));
            float[] xs = {LEFT, 150, 290, 330, 440, 540, 585, 630, 675};
            float[] ys = {TOP, TOP - 20, TOP - 40, TOP - 60, TOP - 80};
            String[][] cells = {
                {"কার্যক্রমের ক্ষেত্র", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩",
                    "ত্রৈমাসিক অর্জন", null, null},
                {ABOVE, ABOVE, ABOVE, ABOVE, ABOVE, "১ম", "২য়", "৩য়"},
                {"[১] প্রাতিষ্ঠানিক", "[১.১.১] সভা অনুষ্ঠিত", "সংখ্যা", "৩", "৪", "১", "১", "১"},
                {ABOVE, "[১.২.১] সিদ্ধান্ত বাস্তবায়িত", "%", "৪", "৯০%", "২৫%", "২৫%", "১০%"},
            };
            for (String[] row : cells) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = row[c] == null || row[c] == ABOVE ? row[c] : order.apply(row[c]);
                }
            }
            pdf.table(xs, ys, cells);
            pdf.cellText(LEFT, TOP - 100, order.apply("প্রস্তুতকারী: জেলা সমবায় অফিসার"));
            return pdf.bytes();
        }
    }
}
