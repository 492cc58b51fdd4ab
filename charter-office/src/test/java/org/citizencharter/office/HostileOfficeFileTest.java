package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.office.testing.PdfFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Office files that cannot be read: each an {@link InvalidInputException} of one line that says why, never
 * another exception, within the hang guard.
 */
@Timeout(30)
class HostileOfficeFileTest {

    private static byte[] workbook;
    private static byte[] document;

    @BeforeAll
    static void files() throws IOException {
        workbook = XlsxTableTest.plan();
        document = DocxTableTest.plan(false, 0);
    }

    /** The standard reader, but for 8 MiB of decoded bytes at most. */
    private static final OfficeFileReader EIGHT_MEGABYTES = OfficeFileReader.standard().withLimits(
            new OfficeLimits(32L << 20, 8L << 20, 100, 20_000, 1_000_000, 200));

    private static String refused(byte[] bytes) {
        return refused(bytes, OfficeFileReader.standard());
    }

    private static String refused(byte[] bytes, OfficeFileReader reader) {
        try {
            reader.read(bytes, "plan.xlsx");
        } catch (InvalidInputException expected) {
            assertThat(expected.getMessage()).doesNotContain("\n").startsWith("plan.xlsx: ");
            return expected.getMessage();
        }
        throw new AssertionError("The file was read");
    }

    @Test
    void aTruncatedWorkbook() {
        for (int length : new int[] {10, 100, workbook.length / 4, workbook.length / 2, workbook.length - 30}) {
            assertThat(refused(Arrays.copyOf(workbook, length))).containsAnyOf("corrupt or truncated",
                    "zip holds nothing");
        }
    }

    @Test
    void aTruncatedDocument() {
        assertThat(refused(Arrays.copyOf(document, document.length / 2))).contains("corrupt or truncated");
    }

    @Test
    void aZipThatIsNoOfficeFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refused(out.toByteArray())).contains("cannot be read as an Excel workbook");
    }

    @Test
    void aZipBombIsStoppedByTheInflateLimits() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"spreadsheetml\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
        }
        assertThat(refused(out.toByteArray())).contains("inflates").contains("times, more than charter allows (100)"
                + ": it looks like a zip bomb");
        OfficeLimits small = new OfficeLimits(1 << 20, 4 << 20, 100_000, 100, 1000, 10);
        assertThat(refused(out.toByteArray(), OfficeFileReader.standard().withLimits(small)))
                .contains("The file inflates to more than 4194304 bytes");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        POIFSFileSystem file = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream stream = encryptor.getDataStream(file)) {
            stream.write(workbook);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeFilesystem(out);
        file.close();
        assertThat(OfficeFormat.detect(out.toByteArray())).contains(OfficeFormat.XLS);
        assertThat(refused(out.toByteArray())).isEqualTo("plan.xlsx: The file is protected with a password, and"
                + " charter does not read encrypted files. Maybe open it, remove the password (File, Info, Protect) and"
                + " save it again.");
    }

    @Test
    void aTruncatedBinaryWorkbookAndAnOle2FileOfAnotherKind() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet().createRow(0).createCell(0).setCellValue("কার্যক্রম");
            old.write(out);
        }
        byte[] whole = out.toByteArray();
        assertThat(refused(Arrays.copyOf(whole, whole.length / 2))).startsWith("plan.xlsx: The file cannot be read"
                + " as an Excel 97-2003 workbook: it is corrupt or truncated (").endsWith(". Maybe open it in the"
                + " program that made it and save it again.");
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            file.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "PowerPoint Document");
            file.writeFilesystem(other);
        }
        assertThat(refused(other.toByteArray())).isEqualTo("plan.xlsx: The file is an OLE2 compound file, but"
                + " neither an Excel workbook nor a Word document. Maybe save the table as .xlsx or .docx.");
        ByteArrayOutputStream excel95 = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            file.createDocument(new ByteArrayInputStream(new byte[] {9, 8, 8, 0, 0, 5, 16, 0, 0, 0, 0, 0}), "Book");
            file.writeFilesystem(excel95);
        }
        byte[] fib = new byte[2048];
        fib[0] = (byte) 0xEC;
        fib[1] = (byte) 0xA5;
        fib[2] = 0x65; // nFib 101: Word 6.0
        ByteArrayOutputStream word95 = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            file.createDocument(new ByteArrayInputStream(fib), "WordDocument");
            file.writeFilesystem(word95);
        }
        assertThat(refused(word95.toByteArray())).isEqualTo("plan.xlsx: The file is a Word 6.0/95 document, older"
                + " than the Word 97-2003 documents charter reads. Maybe open it in Word or LibreOffice and save it as"
                + " .docx.");
        assertThat(refused(excel95.toByteArray())).isEqualTo("plan.xlsx: The file is an Excel 5.0/95 workbook, older"
                + " than the Excel 97-2003 workbooks charter reads. Maybe open it in Excel or LibreOffice and save it as"
                + " .xlsx.");
    }

    @Test
    void tooManyRowsOrCells() {
        OfficeLimits rows = new OfficeLimits(1 << 25, 1 << 28, 100, 3, 1_000_000, 10);
        assertThat(refused(workbook, OfficeFileReader.standard().withSheet("2").withLimits(rows)))
                .contains("more rows than charter reads (3)");
        OfficeLimits cells = new OfficeLimits(1 << 25, 1 << 28, 100, 1000, 20, 10);
        assertThat(refused(workbook, OfficeFileReader.standard().withSheet("2").withLimits(cells)))
                .contains("more cells than charter reads (20)");
        OfficeLimits bytes = new OfficeLimits(1000, 1 << 28, 100, 1000, 1000, 10);
        assertThat(refused(workbook, OfficeFileReader.standard().withLimits(bytes)))
                .contains("The file is larger than charter reads (1000 bytes)");
    }

    @Test
    void htmlWithHugeSpansStaysWithinTheLimits() {
        String page = "<table><tr><td colspan=\"999999\">a</td><td rowspan=\"65534\">b</td></tr>"
                + "<tr><td>c</td><td>d</td></tr></table>";
        assertThat(refused(page.getBytes(StandardCharsets.UTF_8),
                OfficeFileReader.standard().withLimits(new OfficeLimits(1 << 20, 1 << 20, 100, 100, 1500, 1))))
                .contains("more cells than charter reads (1500)");
    }

    @Test
    void aPdfWhoseFontMapsExpandBeyondAnyFontAreRefusedBeforePdfboxExpandsThem() throws IOException {
        // Found by OfficeFuzzTest: a few compressed bytes of ranges <0000> <FFFF>, each expanded by PDFBox into
        // 65,536 entries; a thousand of them took 11 s, and nothing bounded how many a file may hold.
        for (boolean inherited : new boolean[] {false, true}) {
            byte[] hostile = withFontMap(PdfFiles.plan(), 1000, inherited);
            assertThat(hostile.length).isLessThan(20_000);
            assertThat(refused(hostile)).as("resources inherited from the page tree: %s", inherited)
                    .startsWith("plan.xlsx: The PDF's fonts map more character codes to text than any document's do"
                            + " (more than 1,048,576 by the time font F1 on page 1 is read); it is not read.");
        }
        // One full range, as a font mapping every code of its own would have: within the bound, so the text is
        // read, and refused only because this map gives the glyphs control characters.
        assertThat(refused(withFontMap(PdfFiles.plan(), 1, false))).contains("glyphs have no Unicode meaning")
                .doesNotContain("character codes");
    }

    @Test
    void aPdfWhoseFontWidthsExpandBeyondAnyFontAreRefusedBeforePdfboxExpandsThem() throws IOException {
        // Found by OfficeFuzzTest (crash-83f8c708…, from the Chromium seed): PDFBox makes one entry a glyph of a
        // composite font's width ranges, and an 11 KB file ran a 1.8 GB heap out of memory.
        byte[] hostile;
        try (PDDocument document = Loader.loadPDF(PdfFiles.plan())) {
            COSDictionary fonts = document.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName name : fonts.keySet()) {
                COSArray descendants = ((COSDictionary) fonts.getDictionaryObject(name))
                        .getCOSArray(COSName.DESCENDANT_FONTS);
                COSArray widths = new COSArray();
                widths.add(COSInteger.get(0));
                widths.add(COSInteger.get(2_000_000_000));
                widths.add(COSInteger.get(500));
                ((COSDictionary) descendants.getObject(0)).setItem(COSName.W, widths);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            hostile = out.toByteArray();
        }
        assertThat(refused(hostile)).startsWith("plan.xlsx: The PDF's fonts give the widths of more glyphs than any"
                + " document's do (more than 1,048,576 by the time font F1 on page 1 is read); it is not read.");
        // The font as PDFBox wrote it, a width for each glyph it draws, is read.
        assertThat(OfficeFileReader.standard().read(PdfFiles.plan(), "plan.pdf").grid().rows()).hasSize(4);
    }

    @Test
    void aPdfWhoseStreamsDecodeBeyondTheLimitIsRefusedBeforePdfboxDecodesThem() throws IOException {
        // 16 MiB of spaces compress to some 16 KB: with the limit at 8 MiB it is refused; as PDFBox decodes a
        // stream whole in memory, a 415 KB file of 400 MB took 75 s and ran out of a 256 MB heap before.
        // Compressed once, and twice over (/Filter [/FlateDecode /FlateDecode], whose ratios multiply).
        for (int layers = 1; layers <= 2; layers++) {
            byte[] bomb = withContents(PdfFiles.plan(), 16, layers);
            assertThat(bomb.length).as("%d layers", layers).isLessThan(100_000);
            assertThat(refused(bomb, EIGHT_MEGABYTES)).as("%d layers", layers).isEqualTo("plan.xlsx: The PDF's"
                    + " compressed streams decode to more than 8,388,608 bytes by page 1, more than charter reads; it is"
                    + " not read. Maybe raise OfficeLimits.maxInflatedBytes, or export the table from the file the PDF"
                    + " was made from (Word or Excel) and read that file instead.");
            // Under the default limit the same file is read: its spaces draw nothing.
            assertThat(OfficeFileReader.standard().read(bomb, "plan.pdf").grid()).as("%d layers", layers)
                    .isEqualTo(OfficeFileReader.standard().read(PdfFiles.plan(), "plan.pdf").grid());
        }
    }

    @Test
    void aType3FontsGlyphsAndTheFontsOfItsOwnResourcesAreBoundedToo() throws IOException {
        // A Type 3 font draws each glyph with a content stream of its own (CharProcs), under resources of its own,
        // which PDFBox decodes and parses as it does a page's: a glyph of 16 MiB of spaces, compressed, is refused
        // under a limit of 8 MiB, as the page's own contents are.
        byte[] glyphBomb = withType3Font(PdfFiles.plan(), " ".repeat(16 << 20), null);
        assertThat(glyphBomb.length).isLessThan(100_000);
        assertThat(refused(glyphBomb, EIGHT_MEGABYTES)).startsWith("plan.xlsx: The PDF's compressed streams decode to"
                + " more than 8,388,608 bytes by page 1");
        // A font in the Type 3 font's own resources whose map to text expands beyond any font's.
        byte[] mapBomb = withType3Font(PdfFiles.plan(), "0 0 d0", fontMap(1000));
        assertThat(refused(mapBomb)).startsWith("plan.xlsx: The PDF's fonts map more character codes to text than any"
                + " document's do (more than 1,048,576 by the time font Inner on page 1 is read)");
    }

    @Test
    void aPdfsInlineImagesAreReadPastNotDecoded() throws IOException {
        // PDFBox decodes an inline image whole to build it: an 8.7 KB PDF whose inline image held 400 MB of
        // zeros took 73 s and ran out of a 256 MB heap. charter reads no image, so it skips them unbuilt; an
        // inline image with a filter PDFBox does not know (which it refused the whole PDF for) shows it.
        byte[] pdf = PdfFiles.plan();
        byte[] withImage = withContents(pdf, "q BI /W 1 /H 1 /BPC 8 /CS /G /F /Nope ID x EI Q\n"
                .getBytes(StandardCharsets.US_ASCII), new COSArray());
        assertThat(OfficeFileReader.standard().read(withImage, "plan.pdf").grid())
                .isEqualTo(OfficeFileReader.standard().read(pdf, "plan.pdf").grid());
    }

    /**
     * A PDF whose first page draws, before its own contents, a stream of so many MiB of spaces compressed
     * with Flate so many times over.
     */
    private static byte[] withContents(byte[] pdf, int mebibytes, int layers) throws IOException {
        byte[] data = " ".repeat(mebibytes << 20).getBytes(StandardCharsets.US_ASCII);
        COSArray filters = new COSArray();
        for (int i = 0; i < layers; i++) {
            data = flate(data);
            filters.add(COSName.FLATE_DECODE);
        }
        return withContents(pdf, data, filters);
    }

    /** Bytes compressed with Flate, as a PDF's /FlateDecode streams are. */
    private static byte[] flate(byte[] data) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(9))) {
            deflate.write(data);
        }
        return compressed.toByteArray();
    }

    /** A character map's text of so many ranges of every two-byte code. */
    private static byte[] fontMap(int ranges) {
        return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + ranges + " beginbfrange\n"
                + "<0000> <FFFF> <0000>\n".repeat(ranges)
                + "endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF whose first page draws, before its own contents, a stream of these bytes under these filters. */
    private static byte[] withContents(byte[] pdf, byte[] data, COSArray filters) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            COSStream spaces = document.getDocument().createCOSStream();
            try (OutputStream raw = spaces.createRawOutputStream()) {
                raw.write(data);
            }
            spaces.setItem(COSName.FILTER, filters);
            COSArray contents = new COSArray();
            contents.add(spaces);
            contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF whose first page's resources hold, beside its fonts, a Type 3 font whose one glyph is drawn by a
     * Flate-compressed stream of this text; with a map to text, a font of the Type 3 font's own resources
     * (Inner) has that map.
     */
    private static byte[] withType3Font(byte[] pdf, String glyph, byte[] innerMap) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSStream procedure = document.getDocument().createCOSStream();
            try (OutputStream raw = procedure.createRawOutputStream()) {
                raw.write(flate(glyph.getBytes(StandardCharsets.US_ASCII)));
            }
            procedure.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            COSDictionary procedures = new COSDictionary();
            procedures.setItem(COSName.getPDFName("a"), procedure);
            COSDictionary type3 = new COSDictionary();
            type3.setItem(COSName.TYPE, COSName.FONT);
            type3.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
            type3.setItem(COSName.CHAR_PROCS, procedures);
            if (innerMap != null) {
                COSDictionary inner = new COSDictionary();
                inner.setItem(COSName.TYPE, COSName.FONT);
                inner.setItem(COSName.SUBTYPE, COSName.TYPE1);
                inner.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
                inner.setItem(COSName.TO_UNICODE, new PDStream(document, new ByteArrayInputStream(innerMap),
                        COSName.FLATE_DECODE));
                COSDictionary innerFonts = new COSDictionary();
                innerFonts.setItem(COSName.getPDFName("Inner"), inner);
                COSDictionary resources = new COSDictionary();
                resources.setItem(COSName.FONT, innerFonts);
                type3.setItem(COSName.RESOURCES, resources);
            }
            document.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT)
                    .setItem(COSName.getPDFName("T3"), type3);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF whose fonts' maps to text are replaced by ranges of every two-byte code, so many of them; its
     * page's resources moved up to the page tree, for the page to inherit, if asked.
     */
    private static byte[] withFontMap(byte[] pdf, int ranges, boolean inherited) throws IOException {
        byte[] map = fontMap(ranges);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary fonts = document.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName name : fonts.keySet()) {
                ((COSDictionary) fonts.getDictionaryObject(name)).setItem(COSName.TO_UNICODE, new PDStream(document,
                        new ByteArrayInputStream(map), COSName.FLATE_DECODE));
            }
            if (inherited) {
                COSDictionary page = document.getPage(0).getCOSObject();
                document.getPages().getCOSObject().setItem(COSName.RESOURCES, page.getDictionaryObject(COSName.RESOURCES));
                page.removeItem(COSName.RESOURCES);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void bytesThatAreNoOfficeFile() {
        assertThat(refused("ক\tখ\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("plan.xlsx: The file is not an"
                + " office file charter reads (Excel .xlsx or .xls, Word .docx or .doc, a web page or a PDF). Maybe"
                + " save it as .xlsx or .docx, or copy the table out as tab-separated text.");
        assertThat(refused(new byte[0])).contains("not an office file");
    }
}
