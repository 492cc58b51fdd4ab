package org.citizencharter.office.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The glyphs of a marked-content span that carries an {@code /ActualText}: the text the PDF's producer says
 * they show. Chromium (a page printed to PDF) and LibreOffice write one around every Bengali cluster whose
 * glyphs are not one character each in Unicode's order: a conjunct drawn as one glyph, a vowel sign drawn
 * before its consonant, a mark drawn apart from its letter. The span is read as one text position with that
 * text, over the extent of its glyphs (its character codes, one a glyph, tell it from a single glyph), so
 * that the text goes to the one cell its glyphs are in. A span whose glyphs stand on different lines, or
 * (told by {@code PageTable}) in two cells, is refused rather than placed by a guess.
 */
final class ActualTextSpan {

    private final String text;
    private final List<Glyph> glyphs = new ArrayList<>();

    /** One glyph: where it starts and ends on the page, in the coordinates of PDFBox's text positions. */
    private record Glyph(Matrix matrix, float endX, float endY, float height, PDFont font, float fontSize,
            int fontSizeInPt, int code) {

        float x() {
            return matrix.getTranslateX();
        }

        float y() {
            return matrix.getTranslateY();
        }
    }

    /**
     * A span.
     *
     * @param text its actual text
     */
    ActualTextSpan(String text) {
        this.text = text;
    }

    /** The span's actual text. */
    String text() {
        return text;
    }

    /**
     * Adds a glyph the span draws.
     *
     * @param matrix the glyph's text rendering matrix, moved to the crop box's origin
     * @param endX where the glyph's advance ends, across
     * @param endY where it ends, up
     * @param height the glyph's height on the page
     * @param font its font
     * @param fontSize the font's size
     * @param fontSizeInPt the size in points
     * @param code its code
     */
    void add(Matrix matrix, float endX, float endY, float height, PDFont font, float fontSize, int fontSizeInPt,
            int code) {
        glyphs.add(new Glyph(matrix, endX, endY, height, font, fontSize, fontSizeInPt, code));
    }

    /**
     * Why the span cannot be one text: its glyphs stand on different lines (further apart than half the font's
     * size, where a mark drawn above or below its letter stands); or null, also where its text is blank.
     *
     * @return the problem, or null
     */
    String problem() {
        if (glyphs.isEmpty() || text.isBlank()) {
            return null; // glyphs whose actual text is nothing (decoration) stand nowhere
        }
        Glyph first = glyphs.get(0);
        float apart = Math.max(PdfReader.SAME_LINE, first.fontSizeInPt() * 0.5f);
        for (Glyph glyph : glyphs) {
            if (Math.abs(glyph.y() - first.y()) > apart) {
                return "its glyphs stand on different lines";
            }
        }
        return null;
    }

    /**
     * The span as one text position: its text, from its leftmost glyph to the end of its rightmost; null if it
     * draws no glyph.
     *
     * @param rotation the page's rotation
     * @param pageWidth the page's width
     * @param pageHeight its height
     * @return the position, or null
     */
    TextPosition toPosition(int rotation, float pageWidth, float pageHeight) {
        if (glyphs.isEmpty()) {
            return null;
        }
        Glyph left = glyphs.get(0);
        float right = left.endX();
        float height = left.height();
        int[] codes = new int[glyphs.size()];
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (glyph.x() < left.x()) {
                left = glyph;
            }
            right = Math.max(right, glyph.endX());
            height = Math.max(height, glyph.height());
            codes[i] = glyph.code();
        }
        float space = left.font().getSpaceWidth() / 1000f * left.matrix().getScalingFactorX();
        return new TextPosition(rotation, pageWidth, pageHeight, left.matrix(), right, left.endY(), height,
                right - left.x(), space, text, codes, left.font(), left.fontSize(), left.fontSizeInPt());
    }
}
