package org.citizencharter.office.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDResources;
import org.citizencharter.office.OfficeLimits;

/**
 * Bounds on the work a PDF makes PDFBox do, checked before each page is read, for the ways a few bytes of a
 * hostile PDF make PDFBox do a great deal.
 *
 * <p>PDFBox decodes each compressed stream whole in memory, and nothing of its own bounds what it decodes
 * to (Flate compresses up to about a thousand to one): the streams a page's reading decodes (its contents,
 * its forms', its fonts' maps and Type 3 glyphs) are first decoded here with PDFBox's own filters into a
 * sink that stops at {@link OfficeLimits#maxInflatedBytes()} for the document in all, each stream once.
 *
 * <p>PDFBox expands each range of a font's character map ({@code beginbfrange}: the codes from one to
 * another, each mapped to text) into one entry a code, so that a few bytes ({@code <0000> <FFFF> <0041>},
 * a full range of 65,536 codes, written a thousand times over and compressed) cost it seconds or hours of
 * processor time. A real font's map holds at most its codes; this counts what the ranges of the maps of
 * every font a page uses would expand to, each font once for as long as PDFBox keeps it parsed (a font that
 * is its own object: once a document; one written into a page's resources: once a page), and refuses the
 * PDF beyond a bound no office's document comes near. It reads each map's text as it is (comments and
 * all), so it never counts fewer ranges than PDFBox parses.
 *
 * <p>PDFBox likewise expands each range of a composite font's widths ({@code /W}: {@code first last width})
 * into one entry a glyph; the glyphs the widths of every font a page uses give are counted the same way and
 * bounded by the same number.
 *
 * <p>Not thread-safe: one check reads one document.
 */
final class PdfBounds {

    /** The most codes the fonts of one document may map by ranges: sixteen full two-byte code spaces. */
    static final long MAX_MAPPED_CODES = 16L * 65_536;

    /** The most bytes of one character map, decoded: real ones hold some kilobytes. */
    static final int MAX_MAP_BYTES = 4 * 1024 * 1024;

    private static final String MAX_MAPPED_CODES_SHOWN = String.format(Locale.ROOT, "%,d", MAX_MAPPED_CODES);
    private static final String MAX_MAP_BYTES_SHOWN = String.format(Locale.ROOT, "%,d", MAX_MAP_BYTES);
    private static final int MAX_FORM_DEPTH = 16;

    private final Reading reading;
    private final Set<COSBase> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<COSBase> decoded = Collections.newSetFromMap(new IdentityHashMap<>());
    private long mapped;
    private long widths;
    private long decodedBytes;

    PdfBounds(Reading reading) {
        this.reading = reading;
    }

    /**
     * Decodes the streams a page's reading decodes, refusing the PDF once they decode to more than the
     * limit, and counts the maps of the fonts it uses (in its resources, its forms' and its Type 3 fonts'),
     * refusing the PDF once they map more codes than {@link #MAX_MAPPED_CODES}.
     *
     * @param page the page
     * @param number its number, from 1
     * @throws IOException if a stream cannot be decoded
     */
    void check(PDPage page, int number) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            decode(stream, number);
        } else if (contents instanceof COSArray streams) {
            for (int i = 0; i < streams.size(); i++) {
                if (streams.getObject(i) instanceof COSStream stream) {
                    decode(stream, number);
                }
            }
        }
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
                    widths(font, name, page);
                    map(font.getDictionaryObject(COSName.TO_UNICODE), name, page);
                    map(font.getDictionaryObject(COSName.ENCODING), name, page);
                    // A Type 3 font's glyphs are content streams of their own, with their own resources.
                    COSDictionary glyphs = font.getCOSDictionary(COSName.CHAR_PROCS);
                    if (glyphs != null) {
                        for (COSName glyph : glyphs.keySet()) {
                            if (glyphs.getDictionaryObject(glyph) instanceof COSStream procedure) {
                                decode(procedure, page);
                            }
                        }
                    }
                    resources(font.getCOSDictionary(COSName.RESOURCES), page, depth + 1, seen);
                }
            }
        }
        COSDictionary objects = resources.getCOSDictionary(COSName.XOBJECT);
        if (objects != null) {
            for (COSName name : objects.keySet()) {
                if (objects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    decode(form, page);
                    resources(form.getCOSDictionary(COSName.RESOURCES), page, depth + 1, seen);
                }
            }
        }
    }

    /**
     * Counts the glyphs a composite font's widths give (its descendant's {@code /W}, and {@code /W2} for vertical
     * writing), which PDFBox expands into one entry a glyph: a range {@code 0 2000000000 500} in an 11 KB file ran
     * a 1.8 GB heap out of memory. Refused beyond {@link #MAX_MAPPED_CODES} in the document.
     */
    private void widths(COSDictionary font, COSName name, int page) {
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null) {
            return;
        }
        for (int i = 0; i < descendants.size(); i++) {
            if (descendants.getObject(i) instanceof COSDictionary descendant) {
                widths += widthEntries(descendant.getCOSArray(COSName.W), 1)
                        + widthEntries(descendant.getCOSArray(COSName.W2), 3);
            }
        }
        if (widths > MAX_MAPPED_CODES) {
            throw reading.error("The PDF's fonts give the widths of more glyphs than any document's do (more than "
                    + MAX_MAPPED_CODES_SHOWN + " by the time font " + name.getName() + " on page " + page
                    + " is read); it is not read").withHint(PdfReader.EXPORT);
        }
    }

    /**
     * How many glyphs a width array gives, at least as many as PDFBox makes entries of: after a first code, an
     * array of numbers (one glyph for each {@code per} of them, rounded up) or a last code and {@code per}
     * numbers (a glyph for each code from the first to the last).
     *
     * @param array the array, or null
     * @param per the numbers a glyph takes: 1 in {@code /W}, 3 in {@code /W2}
     * @return the glyphs
     */
    static long widthEntries(COSArray array, int per) {
        if (array == null) {
            return 0;
        }
        long entries = 0;
        int at = 0;
        while (at < array.size() - 1) {
            if (!(array.getObject(at++) instanceof COSNumber first)) {
                continue;
            }
            COSBase next = array.getObject(at++);
            if (next instanceof COSArray glyphs) {
                entries += (glyphs.size() + per - 1) / per;
            } else if (next instanceof COSNumber last) {
                entries += Math.max(0L, (long) last.intValue() - first.intValue() + 1);
                at += per;
            }
        }
        return entries;
    }

    private void map(COSBase map, COSName font, int page) throws IOException {
        if (!(map instanceof COSStream stream)) {
            return;
        }
        decode(stream, page);
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
     * Decodes a stream, once, with PDFBox's filters into sinks that count, refusing the PDF once the streams
     * decoded come to more than {@link OfficeLimits#maxInflatedBytes()}.
     */
    private void decode(COSStream stream, int page) throws IOException {
        if (!decoded.add(stream)) {
            return;
        }
        long limit = reading.limits().maxInflatedBytes();
        List<COSName> filters = new ArrayList<>();
        COSBase named = stream.getFilters();
        if (named instanceof COSName name) {
            filters.add(name);
        } else if (named instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    filters.add(name);
                }
            }
        }
        long size;
        if (filters.isEmpty()) {
            size = stream.getLength();
        } else {
            InputStream in = stream.createRawInputStream();
            try {
                Sink out = null;
                for (int i = 0; i < filters.size(); i++) {
                    // Each stage but the last is kept for the next to decode; the last is only counted.
                    out = new Sink(limit - decodedBytes, i < filters.size() - 1);
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
                    in.close();
                    in = new ByteArrayInputStream(out.toByteArray());
                }
                size = out.count;
            } catch (Sink.Full full) {
                size = limit - decodedBytes + 1;
            } finally {
                in.close();
            }
        }
        decodedBytes += size;
        if (decodedBytes > limit) {
            String shown = String.format(Locale.ROOT, "%,d", limit);
            throw reading.error("The PDF's compressed streams decode to more than " + shown + " bytes by page "
                    + page + ", more than charter reads; it is not read")
                    .withHint("Raise OfficeLimits.maxInflatedBytes, or export the table from the file the PDF was"
                            + " made from (Word or Excel) and read that file instead");
        }
    }

    /**
     * Where a filter decodes to: counted, kept if asked, and full beyond a number of bytes (a filter that
     * swallows the refusal and writes on is still counted past them).
     */
    private static final class Sink extends OutputStream {
        private final long room;
        private final ByteArrayOutputStream kept;
        private long count;

        /** Thrown when a sink is full. */
        static final class Full extends IOException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("The decoded stream is beyond the limit");
            }
        }

        Sink(long room, boolean keep) {
            this.room = room;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            if (count > room) {
                throw new Full();
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        byte[] toByteArray() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }

    /**
     * How many codes the ranges of a character map's text map: for each {@code <low> <high>} followed by a
     * destination between {@code beginbfrange} and {@code endbfrange}, high − low + 1 (none if high is below
     * low), as PDFBox expands them.
     *
     * @param bytes the map's text
     * @return the codes
     */
    static long rangedCodes(byte[] bytes) {
        // One character a byte: the map's syntax is ASCII, and its hex digits are all that is read of it.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        long codes = 0;
        int at = 0;
        while ((at = text.indexOf("beginbfrange", at)) >= 0) {
            at += "beginbfrange".length();
            int end = text.indexOf("endbfrange", at);
            int stop = end < 0 ? text.length() : end;
            long[] pair = new long[2];
            int held = 0;
            while (at < stop) {
                char c = text.charAt(at);
                if (c == '<') {
                    int close = at + 1;
                    long value = 0;
                    while (close < stop && text.charAt(close) != '>') {
                        int digit = Character.digit(text.charAt(close), 16);
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
                } else if (c == '[' && held == 2) {
                    // The destinations as an array: one code each, bounded by the text itself.
                    int close = text.indexOf(']', at);
                    codes += Math.max(0, pair[1] - pair[0] + 1);
                    held = 0;
                    at = close < 0 || close > stop ? stop : close + 1;
                } else {
                    at++;
                }
            }
            at = stop;
        }
        return codes;
    }
}
