package org.citizencharter.office.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A bound on the work a PDF's fonts make PDFBox do before a page is read. PDFBox expands each range of a
 * font's character map ({@code beginbfrange}: the codes from one to another, each mapped to text) into one
 * entry a code, so that a few bytes ({@code <0000> <FFFF> <0041>}, a full range of 65,536 codes, written a
 * thousand times over and compressed) cost it seconds or hours of processor time. A real font's map holds
 * at most its codes; this counts what the ranges of the maps of every font a page uses (in its resources,
 * its forms' and its Type 3 fonts' glyphs) would expand to, each font once for as long as PDFBox keeps it
 * parsed (a font that is its own object: once a document; one written into a page's resources: once a
 * page), and refuses the PDF beyond a bound no office's document comes near. It reads each map's text as
 * it is (comments and all), so it never counts fewer ranges than PDFBox parses. Not thread-safe: one check
 * reads one document.
 */
final class FontMaps {

    /** The most codes the fonts of one document may map by ranges: sixteen full two-byte code spaces. */
    static final long MAX_MAPPED_CODES = 16L * 65_536;

    /** The most bytes of one character map, decoded: real ones hold some kilobytes. */
    static final int MAX_MAP_BYTES = 4 * 1024 * 1024;

    private static final String MAX_MAPPED_CODES_SHOWN = String.format(Locale.ROOT, "%,d", MAX_MAPPED_CODES);
    private static final String MAX_MAP_BYTES_SHOWN = String.format(Locale.ROOT, "%,d", MAX_MAP_BYTES);
    private static final int MAX_FORM_DEPTH = 16;

    private final Reading reading;
    private final Set<COSBase> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    private long mapped;

    FontMaps(Reading reading) {
        this.reading = reading;
    }

    /**
     * Counts the maps of the fonts a page uses (in its resources, its forms' and its Type 3 fonts'),
     * refusing the PDF once they map more codes than {@link #MAX_MAPPED_CODES}.
     *
     * @param page the page
     * @param number its number, from 1
     * @throws IOException if a map cannot be read
     */
    void check(PDPage page, int number) throws IOException {
        // The page's resources as PDFBox finds them, inherited from the page tree where the page has none.
        PDResources resources = page.getResources();
        resources(resources == null ? null : resources.getCOSObject(), number, 0,
                Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private void resources(COSDictionary resources, int page, int depth, Set<COSBase> seen) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH || !seen.add(resources)) {
            return;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font && counted.add(font)) {
                    map(font.getDictionaryObject(COSName.TO_UNICODE), name, page);
                    map(font.getDictionaryObject(COSName.ENCODING), name, page);
                    // A Type 3 font's glyphs are content streams of their own, with their own resources.
                    resources(font.getCOSDictionary(COSName.RESOURCES), page, depth + 1, seen);
                }
            }
        }
        COSDictionary objects = resources.getCOSDictionary(COSName.XOBJECT);
        if (objects != null) {
            for (COSName name : objects.keySet()) {
                if (objects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    resources(form.getCOSDictionary(COSName.RESOURCES), page, depth + 1, seen);
                }
            }
        }
    }

    private void map(COSBase map, COSName font, int page) throws IOException {
        if (!(map instanceof COSStream stream)) {
            return;
        }
        byte[] text;
        try (InputStream in = stream.createInputStream()) {
            text = in.readNBytes(MAX_MAP_BYTES + 1);
        }
        if (text.length > MAX_MAP_BYTES) {
            throw reading.error("The character map of font " + font.getName() + " on page " + page
                    + " is longer than " + MAX_MAP_BYTES_SHOWN + " bytes, which no font's is; it is not read")
                    .withHint(PdfReader.EXPORT);
        }
        mapped += rangedCodes(text);
        if (mapped > MAX_MAPPED_CODES) {
            throw reading.error("The PDF's fonts map more character codes to text than any document's do (more than "
                    + MAX_MAPPED_CODES_SHOWN + " by the time font " + font.getName() + " on page " + page
                    + " is read); it is not read").withHint(PdfReader.EXPORT);
        }
    }

    /**
     * How many codes the ranges of a character map's text map: for each {@code <low> <high>} followed by a
     * destination between {@code beginbfrange} and {@code endbfrange}, high − low + 1 (none if high is below
     * low), as PDFBox expands them.
     *
     * @param text the map's text
     * @return the codes
     */
    static long rangedCodes(byte[] text) {
        long codes = 0;
        int at = 0;
        while ((at = indexOf(text, "beginbfrange", at)) >= 0) {
            at += "beginbfrange".length();
            int end = indexOf(text, "endbfrange", at);
            int stop = end < 0 ? text.length : end;
            long[] pair = new long[2];
            int held = 0;
            while (at < stop) {
                byte b = text[at];
                if (b == '<') {
                    int close = at + 1;
                    long value = 0;
                    while (close < stop && text[close] != '>') {
                        int digit = Character.digit(text[close], 16);
                        if (digit >= 0) {
                            value = Math.min(value * 16 + digit, 0xFFFF_FFFFL);
                        }
                        close++;
                    }
                    if (held < 2) {
                        pair[held++] = value;
                    } else {
                        codes += Math.max(0, pair[1] - pair[0] + 1);
                        held = 0;
                    }
                    at = close + 1;
                } else if (b == '[' && held == 2) {
                    // The destinations as an array: one code each, bounded by the text itself.
                    while (at < stop && text[at] != ']') {
                        at++;
                    }
                    codes += Math.max(0, pair[1] - pair[0] + 1);
                    held = 0;
                    at++;
                } else {
                    at++;
                }
            }
            at = stop;
        }
        return codes;
    }

    private static int indexOf(byte[] text, String word, int from) {
        outer:
        for (int i = Math.max(0, from); i <= text.length - word.length(); i++) {
            for (int j = 0; j < word.length(); j++) {
                if (text[i + j] != word.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
