package org.citizencharter.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The web fonts the HTML reports embed, so that Bengali renders where no Bengali font is installed: the
 * Bengali-block subsets of Noto Sans Bengali, regular and bold (SIL Open Font License 1.1; see
 * {@code fonts/README.md} beside this class's resources), as base64 {@code data:} URLs in two
 * {@code @font-face} rules limited by {@code unicode-range} to the Bengali block, so Latin text keeps the
 * next font of the stack. The two fonts are 92,140 bytes, 122,856 characters of base64: about 123 kB added
 * to every report. Thread-safe.
 */
final class ReportFonts {

    /** The characters the subsets cover, as Fontsource declares them. */
    static final String BENGALI_RANGE = "U+0951-0952, U+0964-0965, U+0980-09FE, U+1CD0, U+1CD2, U+1CD5-1CD6,"
            + " U+1CD8, U+1CE1, U+1CEA, U+1CED, U+1CF2, U+1CF5-1CF7, U+200C-200D, U+20B9, U+25CC, U+A8F1";

    private static final String FACES = face(400) + face(700);

    private ReportFonts() {
    }

    /**
     * The two {@code @font-face} rules, one line each.
     *
     * @return CSS
     */
    static String fontFaces() {
        return FACES;
    }

    private static String face(int weight) {
        String file = "fonts/noto-sans-bengali-bengali-" + weight + "-normal.woff2";
        try (InputStream in = ReportFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from charter-io's jar");
            }
            return "@font-face { font-family: \"Noto Sans Bengali\"; font-style: normal; font-weight: " + weight
                    + "; font-display: block; src: url(data:font/woff2;base64,"
                    + Base64.getEncoder().encodeToString(in.readAllBytes()) + ") format(\"woff2\"); unicode-range: "
                    + BENGALI_RANGE + "; }\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
