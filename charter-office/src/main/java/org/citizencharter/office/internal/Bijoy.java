package org.citizencharter.office.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text typed in a Bijoy font (SutonnyMJ and its family) to Unicode Bengali (domain.md §5): the glyph
 * codes mapped by the table in {@code bijoy.map} (data, written from the published Bijoy layout), then
 * put in Unicode's order: pre-base vowel signs after their consonant cluster, the reph before the
 * cluster it was typed after. Thread-safe.
 */
public final class Bijoy {

    private static final String MAP = "bijoy.map";
    /** The words of a font's style that may follow its name. */
    private static final String[] STYLES = {"bold", "italic", "regular", "normal"};
    private static final char REPH = '\uE000';
    private static final char HASANTA = '\u09CD';
    private static final char CHANDRABINDU = '\u0981';
    private static final String DISTINCTIVE = "\u2021\u2020\u00A9\u00A8\u00AF\u00A4\u00FA\u00FF\u00B6\u00D6\u00AA"
            + "\u0161\u00CD\u0153\u2014\u02C6\u2030\u201E\u2026\u00B8\u00AB\u00BF";

    private static final Map<String, String> CODES = new HashMap<>();
    private static final int LONGEST;

    static {
        int longest = 1;
        try (InputStream in = Bijoy.class.getResourceAsStream(MAP)) {
            if (in == null) {
                throw new IllegalStateException("The Bijoy map " + MAP + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                String code = unescape(parts[0]);
                String text = parts[1].equals("<reph>") ? String.valueOf(REPH) : parts[1];
                if (CODES.put(code, text) != null) {
                    throw new IllegalStateException("The Bijoy map names " + parts[0] + " twice");
                }
                longest = Math.max(longest, code.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LONGEST = longest;
    }

    private Bijoy() {
    }

    /**
     * Whether a font is one of the Bijoy fonts, whose text is glyph codes rather than Unicode: a name
     * ending in "MJ" (SutonnyMJ, SulekhaMJ, ...), but not the Unicode "OMJ" fonts.
     *
     * @param fontName the font's name, as the file gives it; may be null
     * @return whether text in it is Bijoy text
     */
    public static boolean isBijoyFont(String fontName) {
        if (fontName == null) {
            return false;
        }
        String name = fontName.replaceAll("[\\s'\"]", "").toLowerCase(Locale.ROOT);
        // Without what follows a comma, and the style words at its end ("SutonnyMJ Bold, serif"); a loop, not
        // a repeated group in a pattern, whose depth grew with the name (a long name overflowed the stack).
        int end = name.indexOf(',') >= 0 ? name.indexOf(',') : name.length();
        for (boolean cut = true; cut;) {
            cut = false;
            for (String style : STYLES) {
                if (name.startsWith(style, end - style.length())) {
                    end -= style.length();
                    cut = true;
                }
            }
        }
        return name.startsWith("mj", end - 2) && !name.startsWith("omj", end - 3);
    }

    /**
     * Whether text looks typed in a Bijoy font though no font says so: no Bengali letter, some Latin
     * letters, and glyph codes that only Bijoy text has in such numbers ("Kg©m¤úv`b").
     *
     * @param text the text
     * @return whether it looks like Bijoy text
     */
    public static boolean looksLikeBijoy(String text) {
        int letters = 0;
        int distinctive = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0980' && c <= '\u09FF') {
                return false;
            }
            if (c >= 'A' && c <= 'z' && Character.isLetter(c)) {
                letters++;
            } else if (DISTINCTIVE.indexOf(c) >= 0) {
                distinctive++;
            }
        }
        return letters >= 2 && distinctive >= 1;
    }

    /**
     * Converts text typed in a Bijoy font to Unicode Bengali.
     *
     * @param text the glyph codes, as the file stores them
     * @return the Unicode text
     */
    public static String toUnicode(String text) {
        StringBuilder mapped = new StringBuilder(text.length() * 2);
        int i = 0;
        while (i < text.length()) {
            int length = Math.min(LONGEST, text.length() - i);
            String found = null;
            for (; length > 0; length--) {
                found = CODES.get(text.substring(i, i + length));
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                mapped.append(text.charAt(i));
                i++;
            } else {
                mapped.append(found);
                i += length;
            }
        }
        String once = mapped.toString().replace("" + HASANTA + HASANTA, "" + HASANTA);
        return chandrabinduLast(rephFirst(preBaseAfter(once)));
    }

    private static String preBaseAfter(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Bengali.isPreBaseSign(c) && i + 1 < s.length() && Bengali.isConsonant(s.charAt(i + 1))) {
                i = Bengali.movePreBaseSign(s, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String rephFirst(String s) {
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) != REPH) {
                continue;
            }
            int start = i;
            if (start > 0 && Bengali.isVowelSign(out.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && Bengali.isConsonant(out.charAt(start - 1))) {
                start--;
                while (start >= 2 && out.charAt(start - 1) == HASANTA && Bengali.isConsonant(out.charAt(start - 2))) {
                    start -= 2;
                }
            } else {
                start = i;
            }
            out.deleteCharAt(i);
            out.insert(start, "\u09B0\u09CD");
            i++;
        }
        return out.toString();
    }

    private static String chandrabinduLast(String s) {
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i + 1 < out.length(); i++) {
            if (out.charAt(i) == CHANDRABINDU && Bengali.isVowelSign(out.charAt(i + 1))) {
                out.setCharAt(i, out.charAt(i + 1));
                out.setCharAt(i + 1, CHANDRABINDU);
            }
        }
        return out.toString();
    }

    private static String unescape(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (code.startsWith("\\u", i) && i + 6 <= code.length()) {
                out.append((char) Integer.parseInt(code.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(code.charAt(i));
            }
        }
        return out.toString();
    }
}
