package org.citizencharter.office.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.table.Grid;

/**
 * A PDF to a grid, with Apache PDFBox, where that can be done exactly, and a refusal that says why where
 * it cannot. The table is rebuilt from the text layer's glyph positions inside the table's ruling lines
 * (a row between two horizontal lines, a column between two vertical ones; a line missing between two
 * cells merges them); where no page of the PDF draws ruling lines, from the columns its text is set out in,
 * where those can be told without guessing ({@link TextTable}). Bengali text in the order its glyphs are
 * drawn (as Word writes it) is put back in Unicode's order where the text shows that order and restoring it
 * takes no guess ({@link VisualOrder}); glyphs in a marked-content span with an {@code /ActualText} (as
 * Chromium and LibreOffice write shaped Bengali) are read as that text ({@link ActualTextSpan}). A table over
 * several pages is read as one, its header left out where a page repeats it, a row that a page break cuts in
 * two joined where the PDF's structure tags hold both parts in one table row ({@link TaggedRows}). Refused: a
 * PDF with no text (a scan), whose glyphs do not all map to Unicode, whose text is in a Bijoy font's glyph
 * codes or stands beyond its page's edges, whose Bengali mixes both orders or cannot be put back, or whose
 * table has neither ruling lines nor columns that can be told.
 */
public final class PdfReader {

    /** The most two glyphs of one line may differ by in height on the page, in points. */
    static final float SAME_LINE = 2f;
    /**
     * The most rows a header repeated at the top of a page is looked for in (a plan's header is two or three
     * rows and its row of column numbers); each is compared cell by cell on every page.
     */
    private static final int MAX_HEADER_ROWS = 8;
    /** The hint of every refusal of a PDF. */
    static final String EXPORT = "Export the table from the file the PDF was made from (Word or Excel) and"
            + " read that file instead";

    private final Reading reading;
    /**
     * Whether the PDF draws its spaces as glyphs (LibreOffice and Chromium do; some producers leave a gap instead),
     * told once all its pages are read: where it does, a gap narrower than half an em between two glyphs
     * is a space only where a space glyph stands in it, so that the gap a layout leaves where two fonts meet inside
     * a word (a Bengali digit beside an ASCII one, "১০0": a fifth of an em) puts no space into it. A wider gap
     * (texts set apart on one line) is a space whatever stands in it.
     */
    private boolean spacesDrawn;

    private PdfReader(Reading reading) {
        this.reading = reading;
    }

    /**
     * Reads a PDF.
     *
     * @param bytes the file
     * @param reading the reading
     * @return the grid
     */
    public static Grid read(byte[] bytes, Reading reading) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PdfReader(reading).grid(pdf);
        } catch (InvalidPasswordException locked) {
            throw reading.error("The PDF is protected with a password, and charter does not read encrypted files")
                    .withHint(EXPORT).withCause(locked);
        } catch (IOException broken) {
            throw reading.error("The file cannot be read as a PDF: it is corrupt or truncated ("
                    + Reading.shortText(String.valueOf(broken.getMessage())) + ")").withHint(EXPORT).withCause(broken);
        }
    }

    private Grid grid(PDDocument pdf) throws IOException {
        int pages = pdf.getNumberOfPages();
        if (pages > reading.limits().maxPages()) {
            throw reading.error("The PDF has " + pages + " pages, more than charter reads ("
                    + reading.limits().maxPages() + ")");
        }
        Glyphs glyphs = new Glyphs();
        PdfBounds bounds = new PdfBounds(reading);
        List<List<PageTable>> tables = new ArrayList<>();
        List<List<TextPosition>> unruled = new ArrayList<>();
        PageTable previous = null;
        for (int p = 1; p <= pages; p++) {
            PDPage page = pdf.getPage(p - 1);
            if (page.getRotation() % 360 != 0) {
                throw reading.error("Page " + p + " of the PDF is rotated, and charter reads tables only from upright"
                        + " pages").withHint(EXPORT);
            }
            bounds.check(page, p);
            glyphs.page(pdf, p);
            if (glyphs.misplaced != null) {
                throw reading.error("The PDF's text layer on page " + p + " gives the text \""
                        + Reading.shortText(glyphs.misplaced.text()) + "\" for glyphs that may stand in different"
                        + " cells: " + glyphs.misplaced.problem()).withHint(EXPORT);
            }
            checkInside(page, p, glyphs.onPage);
            Rulings rulings = new Rulings(page);
            rulings.processPage(page);
            List<PageTable> onPage;
            try {
                onPage = PageTable.all(p, rulings, glyphs.onPage, reading.limits().maxCells(), previous);
            } catch (PageTable.Unplaceable unplaceable) {
                throw reading.error(unplaceable.getMessage()).withHint(EXPORT);
            } catch (IllegalArgumentException tooLarge) {
                throw reading.error(tooLarge.getMessage());
            }
            previous = onPage.isEmpty() ? null : onPage.get(onPage.size() - 1);
            tables.add(onPage);
            unruled.add(onPage.isEmpty() ? new ArrayList<>(glyphs.onPage) : List.of());
        }
        checkText(glyphs);
        spacesDrawn = glyphs.spaces > 0;
        boolean ruled = tables.stream().anyMatch(onPage -> !onPage.isEmpty());
        List<String> loose = new ArrayList<>();
        List<Integer> loosePages = new ArrayList<>();
        List<PageTable> found = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            List<PageTable> onPage = tables.get(p - 1);
            if (onPage.isEmpty() && !ruled && !unruled.get(p - 1).isEmpty()) {
                PageTable table = fromText(p, unruled.get(p - 1));
                onPage = table == null ? List.of() : List.of(table);
            }
            if (onPage.isEmpty()) {
                for (String line : lines(unruled.get(p - 1))) {
                    loose.add(line);
                    loosePages.add(p);
                }
            } else {
                found.addAll(onPage);
            }
        }
        if (found.isEmpty()) {
            throw reading.error("The PDF has no table drawn with ruling lines, and no text set out in columns that"
                    + " charter can read as one").withHint(EXPORT);
        }
        List<Integer> widths = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (PageTable table : found) {
            widths.add(table.columns());
            described.add("page " + table.page + ", " + table.rows() + " rows, " + table.columns() + " columns");
        }
        List<List<String>> texts = new ArrayList<>();
        List<String> all = new ArrayList<>(loose);
        for (PageTable table : found) {
            List<String> cells = new ArrayList<>();
            for (PageTable.Region region : table.regions()) {
                cells.add(text(region.glyphs(), table.edges(region).orElse(null)));
            }
            texts.add(cells);
            all.addAll(lines(table.above));
            all.addAll(cells);
            all.addAll(lines(table.below));
        }
        Order order = order(all);
        List<Integer> chosen = reading.chooseTables(widths, described,
                index -> alone(found.get(index), texts.get(index), order));
        CellMatrix matrix = new CellMatrix(reading.source(), reading.limits());
        int number = 0;
        List<String> before = new ArrayList<>();
        for (int i = 0; i < loose.size(); i++) {
            before.add(order.apply(loose.get(i), loosePages.get(i)));
        }
        List<String> after = new ArrayList<>();
        List<String> between = new ArrayList<>();
        int headed = 0;
        int headerRows = 0;
        TaggedRows tagged = chosen.size() > 1 && !glyphs.idOf.isEmpty() ? TaggedRows.of(pdf) : null;
        PageTable last = null;
        // The text around a table left out (a letterhead set out in a table, a block of signatures) is the document's,
        // as the text around the plan's is; that table's own cells are not, but for a letterhead's before the plan's.
        aroundLeftOut(found, texts, chosen, false, order, before, between);
        Map<Integer, Integer> pageTops = new HashMap<>();
        int joined = 0;
        int joinedPage = 0;
        int goneOn = 0;
        for (int k = 0; k < chosen.size(); k++) {
            PageTable table = found.get(chosen.get(k));
            int repeated = k == 0 ? 0 : repeatedHeader(found.get(chosen.get(0)), texts.get(chosen.get(0)), table,
                    texts.get(chosen.get(k)));
            if (repeated > 0) {
                headed++;
                headerRows = repeated;
            }
            // Tagged, a page's first row goes on with the rows of the page before where its text is theirs alone: the
            // rest of a row the page break cut (and of cells merged down beside it); else it is a row of its own,
            // whose cells that hold text of rows before (a merged cell's rest) go on with the cells above them.
            boolean follows = tagged != null && last != null && last.page + 1 == table.page
                    && repeated < table.rows();
            Set<Integer> earlier = follows ? rowsHolding(tagged, glyphs.idOf, last, -1) : Set.of();
            Set<Integer> top = follows ? rowsHolding(tagged, glyphs.idOf, table, repeated) : Set.of();
            boolean continues = !top.isEmpty() && earlier.containsAll(top);
            Set<PageTable.Region> goOn = new HashSet<>();
            if (follows && !continues) {
                for (PageTable.Region region : table.regions()) {
                    Set<Integer> held = region.top() == repeated ? rowsHolding(tagged, glyphs.idOf, table.page, region)
                            : Set.of();
                    if (!held.isEmpty() && earlier.containsAll(held)) {
                        goOn.add(region);
                    }
                }
            }
            for (String line : lines(table.above)) {
                (k == 0 ? before : between).add(order.apply(line, table.page));
            }
            for (String line : lines(table.below)) {
                (k == chosen.size() - 1 ? after : between).add(order.apply(line, table.page));
            }
            int rest = continues ? repeated + 1 : repeated;
            int first = matrix.rowCount() - rest;
            // Untagged, a page's first row may be the rest of a row the page break cut in two: nothing says so.
            if (tagged == null && last != null && repeated < table.rows()) {
                pageTops.put(first + repeated, table.page);
            }
            for (int r = rest; r < table.rows(); r++) {
                matrix.addRow(++number);
                reading.lineOnPage(table.page);
            }
            List<String> cells = texts.get(chosen.get(k));
            if (continues) {
                if (joined++ == 0) {
                    joinedPage = table.page;
                }
                join(matrix, first + repeated, table, repeated, cells, order);
            }
            for (int i = 0; i < cells.size(); i++) {
                PageTable.Region region = table.regions().get(i);
                if (goOn.contains(region)) {
                    matrix.append(first + region.top() - 1, region.left(), order.apply(cells.get(i), table.page));
                    for (int d = 0; d < region.down(); d++) {
                        matrix.putFromAbove(first + region.top() + d, region.left(), region.across());
                    }
                    goneOn++;
                } else if (region.top() >= rest) {
                    matrix.put(first + region.top(), region.left(), region.down(), region.across(),
                            order.apply(cells.get(i), table.page));
                }
            }
            if (repeated < table.rows()) {
                last = table;
            }
        }
        aroundLeftOut(found, texts, chosen, true, order, after, between);
        if (joined > 0) {
            reading.note("Joined " + joined + " row(s) that a page break cuts in two, as the PDF's tags give them"
                    + " (the first at the top of page " + joinedPage + "); check them against the PDF.");
        }
        if (goneOn > 0) {
            reading.note("Joined " + goneOn + " cell(s) at the top of a page to the cell above them, the rest of a"
                    + " merged cell's text that a page break cut, as the PDF's tags give them; check them against"
                    + " the PDF.");
        }
        if (headed > 0) {
            reading.note("Left out the table's header where it is repeated at the top of a page (" + headed
                    + " page(s), " + headerRows + " row(s) each, the same as the header's).");
        }
        if (!between.isEmpty()) {
            reading.note("Left out " + between.size() + " line(s) of text between the table's parts on its pages, as"
                    + " the pages' headers and footers, first \"" + Reading.shortText(between.get(0)) + "\"; check that"
                    + " no row of the table is among them.");
        }
        if (ruled) {
            reading.note("Rebuilt the table from the PDF's text layer and ruling lines (" + chosen.size()
                    + " table(s)); check it against the PDF.");
        }
        int cut = matrix.restOfACutRow(pageTops.keySet());
        if (cut >= 0) {
            List<String> rest = matrix.texts(cut);
            List<String> quoted = new ArrayList<>();
            for (String text : rest) {
                quoted.add("\"" + Reading.shortText(text) + "\"");
            }
            throw (rest.size() == 1
                    ? reading.error("The first row on page " + pageTops.get(cut) + " of the PDF holds one text only,"
                            + " past the table's first column (\"" + Reading.shortText(rest.get(0)) + "\"): a page"
                            + " break may have cut the row above it in two, which an untagged PDF does not say, and"
                            + " read as a row of its own (an area, a section, text below the table) the text would be"
                            + " misplaced")
                    : reading.error("The first row on page " + pageTops.get(cut) + " of the PDF holds only words, no"
                            + " code or value (" + String.join(", ", quoted) + "): a page break may have cut the row"
                            + " above it in two, which an untagged PDF does not say, and read as a row of its own (an"
                            + " indicator without a code, an area without a weight) the texts would be misplaced"))
                    .withHint("Read the Word or Excel file the PDF was made from, or a tagged PDF of it (charter joins"
                            + " the two parts where the PDF's tags say they are one row)");
        }
        return matrix.toGrid(before, after, reading.notes());
    }

    /**
     * Puts the text above and below each table left out before the first chosen (or after the last) with the text
     * before (or after) the table read, and that of a table left out between two chosen with the text between; a
     * letterhead's before the first chosen ({@link Reading#letterhead}) with its cells' text between them.
     */
    private void aroundLeftOut(List<PageTable> found, List<List<String>> texts, List<Integer> chosen,
            boolean afterLast, Order order, List<String> outer, List<String> between) {
        int first = chosen.get(0);
        int last = chosen.get(chosen.size() - 1);
        List<String> letterheads = new ArrayList<>();
        for (int i = afterLast ? last + 1 : 0; i < (afterLast ? found.size() : last); i++) {
            if (!chosen.contains(i)) {
                PageTable table = found.get(i);
                List<String> text = afterLast || i < first ? outer : between;
                for (String line : lines(table.above)) {
                    text.add(order.apply(line, table.page));
                }
                Optional<List<String>> letterhead = !afterLast && i < first
                        ? reading.letterhead(table.rows(), cells(table, texts.get(i), order, false)) : Optional.empty();
                if (letterhead.isPresent()) {
                    text.addAll(letterhead.get());
                    letterheads.add(String.valueOf(i + 1));
                }
                for (String line : lines(table.below)) {
                    text.add(order.apply(line, table.page));
                }
            }
        }
        reading.noteLetterheads(letterheads);
    }

    /**
     * A table of a page read alone, to tell whether it is the plan's: its cells where its regions are, its text in
     * Unicode's order where that can be told (else as it stands: a header so read names no column).
     */
    private Grid alone(PageTable table, List<String> cells, Order order) {
        return reading.alone(cells(table, cells, order, true));
    }

    /**
     * Puts a table's cells in a matrix of their own, their text in Unicode's order; where that cannot be told, as
     * it stands if {@code asItStands} (to tell a header), else refused as the document's text is.
     */
    private static Consumer<CellMatrix> cells(PageTable table, List<String> cells, Order order, boolean asItStands) {
        return matrix -> {
            for (int r = 0; r < table.rows(); r++) {
                matrix.addRow(r + 1);
            }
            for (int i = 0; i < cells.size(); i++) {
                PageTable.Region region = table.regions().get(i);
                String text;
                try {
                    text = order.apply(cells.get(i), table.page);
                } catch (InvalidInputException guess) {
                    if (!asItStands) {
                        throw guess;
                    }
                    text = cells.get(i);
                }
                matrix.put(region.top(), region.left(), region.down(), region.across(), text);
            }
        };
    }

    /**
     * Joins a page's first row (after a repeated header) to the table's last row, which it continues: each cell's
     * text added to the cell above it, a cell merged down from it continuing the cell above beside the rows below.
     */
    private static void join(CellMatrix matrix, int row, PageTable table, int first, List<String> cells,
            Order order) {
        for (int i = 0; i < cells.size(); i++) {
            PageTable.Region region = table.regions().get(i);
            if (region.top() == first) {
                matrix.append(row, region.left(), order.apply(cells.get(i), table.page));
                for (int d = 1; d < region.down(); d++) {
                    matrix.putFromAbove(row + d, region.left(), region.across());
                }
            }
        }
    }

    /**
     * The rows of a tagged PDF's tables (structure elements) that hold the text of a row of a page's table,
     * from the cells of that row alone (a cell merged down from it holds text of the row it begins in); of all its
     * rows for a row below 0.
     */
    private static Set<Integer> rowsHolding(TaggedRows tagged, Map<TextPosition, Integer> idOf, PageTable table,
            int row) {
        Set<Integer> rows = new HashSet<>();
        for (PageTable.Region region : table.regions()) {
            if (row < 0 || region.top() == row && region.down() == 1) {
                rows.addAll(rowsHolding(tagged, idOf, table.page, region));
            }
        }
        return rows;
    }

    /** The rows of a tagged PDF's tables that hold the text of a cell. */
    private static Set<Integer> rowsHolding(TaggedRows tagged, Map<TextPosition, Integer> idOf, int page,
            PageTable.Region region) {
        Set<Integer> rows = new HashSet<>();
        for (TextPosition glyph : region.glyphs()) {
            Integer id = idOf.get(glyph);
            int held = id == null ? -1 : tagged.row(page, id);
            if (held >= 0) {
                rows.add(held);
            }
        }
        return rows;
    }

    /**
     * How many rows at the top of a page's table repeat the header at the top of the table's first page (as Word
     * repeats a header row on every page, and a browser a table's {@code <thead>}): the most rows, not all of
     * the first table's and at most {@link #MAX_HEADER_ROWS}, whose cells are the same (place, span and text)
     * and none of which runs on below them.
     */
    private static int repeatedHeader(PageTable head, List<String> headTexts, PageTable table, List<String> texts) {
        int most = Math.min(MAX_HEADER_ROWS, Math.min(head.rows() - 1, table.rows() - 1));
        int repeated = 0;
        for (int rows = 1; rows <= most; rows++) {
            List<String> a = block(head, headTexts, rows);
            if (a != null && !a.isEmpty() && a.equals(block(table, texts, rows))) {
                repeated = rows;
            }
        }
        return repeated;
    }

    /**
     * The cells of a table's first rows, each as its place, span and text; null if a cell among them runs on below
     * them, or all of them are blank.
     */
    private static List<String> block(PageTable table, List<String> texts, int rows) {
        List<String> cells = new ArrayList<>();
        boolean blank = true;
        for (int i = 0; i < texts.size(); i++) {
            PageTable.Region region = table.regions().get(i);
            if (region.top() < rows) {
                if (region.top() + region.down() > rows) {
                    return null;
                }
                blank &= texts.get(i).isBlank();
                cells.add(region.top() + "," + region.left() + "," + region.down() + "," + region.across() + ","
                        + texts.get(i));
            }
        }
        return blank ? null : cells;
    }

    /**
     * Refuses a page whose text stands beyond its edges, where no one reading the PDF sees it: a table too wide
     * or too long for its page, cut off there (LibreOffice writes such a table's last columns past the page's
     * edge), whose cells would be read short of letters or of a whole column.
     */
    private void checkInside(PDPage page, int number, List<TextPosition> glyphs) {
        PDRectangle box = page.getCropBox();
        int outside = 0;
        TextPosition first = null;
        for (TextPosition glyph : glyphs) {
            float x = PageTable.centreX(glyph);
            float y = PageTable.centreY(glyph);
            if (!glyph.getUnicode().isBlank() && (x < 0 || x > box.getWidth() || y < 0 || y > box.getHeight())) {
                outside++;
                first = first == null ? glyph : first;
            }
        }
        if (outside > 0) {
            throw reading.error("Page " + number + " of the PDF has text beyond its edges, where no one reading the"
                    + " PDF sees it (" + outside + " glyph(s), the first \"" + Reading.shortText(first.getUnicode())
                    + "\"): the table is cut off at the page's edge").withHint(EXPORT);
        }
    }

    /** A page's table from the columns its text is set out in, or a refusal that says why it cannot be read. */
    private PageTable fromText(int page, List<TextPosition> glyphs) {
        TextTable.Result result = TextTable.of(page, glyphs, reading.limits().maxCells());
        if (result.table() == null) {
            if (result.problem() == null) {
                return null;
            }
            throw reading.error("The PDF's table on page " + page + " has no ruling lines, and its columns cannot be"
                    + " told from the text's positions without guessing: " + result.problem()).withHint(EXPORT);
        }
        PageTable table = result.table();
        reading.note("Page " + page + " of the PDF has no ruling lines: rebuilt its table from the positions of its"
                + " text alone, " + table.columns() + " columns where every line's texts leave a gap, one row a line"
                + " of text, the first line (" + result.header() + ") as the header, a blank"
                + " position as an empty cell" + (result.setApart() == 0 ? "" : "; " + result.setApart() + " line(s) of"
                + " several texts set apart from it by a wider gap were taken as the document's text")
                + "; check it against the PDF.");
        return table;
    }

    /** The order of the PDF's Bengali text, told from all of it: Unicode's, or the order glyphs are drawn in. */
    private Order order(List<String> texts) {
        VisualOrder.Evidence evidence = VisualOrder.Evidence.NONE;
        for (String text : texts) {
            evidence = evidence.plus(VisualOrder.evidence(text));
        }
        if (evidence.visual() > 0 && evidence.logical() > 0) {
            throw reading.error("The PDF's Bengali text is in no one order: a vowel sign or reph stands where only the"
                    + " order glyphs are drawn puts it (\"" + evidence.visualWord() + "\") and another where only"
                    + " Unicode's order puts it (\"" + evidence.logicalWord() + "\"), and choosing would be a guess")
                    .withHint(EXPORT);
        }
        if (evidence.visual() == 0) {
            return this::logical;
        }
        reading.note("The PDF's Bengali text layer is in the order glyphs are drawn, not Unicode's (" + evidence.visual()
                + " vowel sign(s) or reph(s) stand where only that order puts them, first in \"" + evidence.visualWord()
                + "\"); put it back in Unicode's order: a vowel sign after the consonant cluster it is drawn before"
                + " (ে…া as ো, ে…ৗ as ৌ), a reph before the cluster it is drawn after. Check the texts against the PDF.");
        return this::visual;
    }

    /** How the PDF's text is put in Unicode's order, or refused. */
    private interface Order {
        String apply(String text, int page);
    }

    /** Text in the order glyphs are drawn, in Unicode's order; refused where that would be a guess. */
    private String visual(String text, int page) {
        try {
            return VisualOrder.toLogical(text);
        } catch (IllegalArgumentException guess) {
            throw reading.error("The PDF's Bengali text on page " + page + " is in the order glyphs are drawn, and"
                    + " part of it cannot be put back in Unicode's order without guessing: " + guess.getMessage())
                    .withHint(EXPORT);
        }
    }

    /** Refuses a text layer that is not exact Unicode in Unicode's order. */
    private void checkText(Glyphs glyphs) {
        if (glyphs.count == 0) {
            throw reading.error("The PDF has no text layer: it is a scanned image or drawings, which charter does not"
                    + " read (no character recognition)").withHint(EXPORT);
        }
        for (String font : glyphs.fonts) {
            if (Bijoy.isBijoyFont(font.replaceFirst("^[A-Z]{6}\\+", ""))) {
                throw reading.error("The PDF's text is in the legacy Bijoy font " + font + ": its text layer holds the"
                        + " font's glyph codes, not Bengali letters, and charter does not guess them back")
                        .withHint(EXPORT);
            }
        }
        if (glyphs.unmapped > 0) {
            throw reading.error("The PDF's text layer cannot be read exactly: " + glyphs.unmapped + " of its "
                    + glyphs.count + " glyphs have no Unicode meaning (fonts " + String.join(", ", glyphs.fonts)
                    + "); reading the rest would silently lose letters").withHint(EXPORT);
        }
        String all = glyphs.all.toString();
        if (Bijoy.looksLikeBijoy(all)) {
            throw reading.error("The PDF's text looks like glyph codes of a legacy Bengali font (Bijoy, SutonnyMJ),"
                    + " not Unicode Bengali (" + Reading.shortText(all) + ")").withHint(EXPORT);
        }
    }

    /** Refuses Bengali text that is not in Unicode's order (the order glyphs are drawn in). */
    private String logical(String text, int page) {
        String problem = BengaliOrder.problem(text);
        if (problem != null) {
            throw reading.error("The PDF's Bengali text on page " + page + " is not in Unicode's order: " + problem
                    + ". Its text layer gives the glyphs in the order they are drawn, and putting them back would be"
                    + " a guess").withHint(EXPORT);
        }
        return text;
    }

    /**
     * A cell's lines of text, joined by a space, but for a line that begins with a sign no word begins with: a cell
     * too narrow for a word breaks it where it must, between a letter and its vowel sign ("কর্মসম্প" over "াদন"), and
     * the sign belongs to the line above. Likewise a number, date or code broken where the cell was too narrow for
     * it ("১২৩৪" over "৫৬.২৫", "৩১-১২-" over "২০২২"; LibreOffice breaks "৯৯.৫০%" as "৯", "৯.৫", "০%", where the
     * numbers' own break rules allow): where the PDF draws its spaces, a line that ends in a digit or a number's
     * sign with no space drawn after it and a next line that begins with one are one text, if the cell is too
     * narrow to hold the two lines as one; so are a line that ends in an opening bracket and the next, and a line
     * and the next that begins with a closing one ("সংখ্যা (" over "হাজার" over ")"). Two numbers on two lines of a
     * cell wide enough for both stay two. A word broken so ("প্রাতিষ্ঠানি" over "ক") keeps the space: a break at a
     * space shows the space at the end of its line only where the space fits, so a line broken at a space with no
     * room for it ("[১.১.১] সভা" over "আয়োজিত", "প্রতিবেদন" over "প্রেরিত") looks the same.
     *
     * @param glyphs the cell's glyphs
     * @param edges the cell's left and right edges, or null where the table has no lines
     */
    private String text(List<TextPosition> glyphs, float[] edges) {
        List<Line> lines = measuredLines(glyphs, spacesDrawn);
        float padding = Float.NaN;
        if (edges != null) {
            for (Line line : lines) {
                padding = Float.isNaN(padding) ? line.start() - edges[0] : Math.min(padding, line.start() - edges[0]);
            }
        }
        StringBuilder text = new StringBuilder();
        Line before = null;
        for (Line line : lines) {
            if (before != null && !Bengali.continuesWord(line.text().charAt(0))
                    && !(spacesDrawn && !Float.isNaN(padding) && broken(before, line, edges[0] + padding(padding),
                            edges[1] - padding(padding)))) {
                text.append(' ');
            }
            text.append(line.text());
            before = line;
        }
        return text.toString();
    }

    /**
     * How much narrower than measured a cell may be where its producer breaks lines: the margins are taken to be
     * the same on both sides, and Chromium broke "২৫০" (17.8 points of glyphs) in a cell measured 18.0 wide.
     */
    private static final float SLACK = 1f;

    /** The most a cell's inner margin is taken to be (Word's default is 0.19 cm, 5.4 points). */
    private static final float MOST_PADDING = 8f;

    private static float padding(float measured) {
        return Math.max(0f, Math.min(measured, MOST_PADDING));
    }

    /**
     * Whether two lines of a cell are a number, date or code broken where the cell was too narrow for it, no space
     * drawn at the break and the two lines too wide for one (see {@link #text}).
     */
    private static boolean broken(Line before, Line line, float innerLeft, float innerRight) {
        if (before.spaceAtEnd()) {
            return false;
        }
        char last = before.text().charAt(before.text().length() - 1);
        char next = line.text().charAt(0);
        return (isNumberPart(last) && isNumberPart(next) || last == '(' || next == ')')
                && (before.end() - before.start()) + (line.end() - line.start()) > innerRight - innerLeft - SLACK;
    }

    private static boolean isNumberPart(char c) {
        return Character.isDigit(c) || ".,%-/[]".indexOf(c) >= 0;
    }

    /** The glyphs' lines of text, their spaces told as this PDF draws them. */
    private List<String> lines(List<TextPosition> glyphs) {
        return lines(glyphs, spacesDrawn);
    }

    /**
     * A line of a cell as drawn: its text, whether a space is drawn at its end (where a line broken at a space
     * leaves it where the space fits), and where its first glyph begins and its text reaches.
     */
    record Line(String text, boolean spaceAtEnd, float start, float end) {
    }

    /**
     * Glyphs as lines of text: by baseline, top to bottom; in the order drawn within a line.
     *
     * @param glyphs the glyphs
     * @param spacesDrawn whether the PDF draws its spaces as glyphs: then a gap narrower than half an em is a space
     *     only where one stands in it
     * @return the lines
     */
    static List<String> lines(List<TextPosition> glyphs, boolean spacesDrawn) {
        List<String> lines = new ArrayList<>();
        for (Line line : measuredLines(glyphs, spacesDrawn)) {
            lines.add(line.text());
        }
        return lines;
    }

    /** {@link #lines(List, boolean)}, with each line's measures. */
    static List<Line> measuredLines(List<TextPosition> glyphs, boolean spacesDrawn) {
        TreeMap<Float, List<TextPosition>> byLine = new TreeMap<>();
        for (TextPosition glyph : glyphs) {
            Float key = null;
            for (Float y : byLine.keySet()) {
                if (Math.abs(y - glyph.getYDirAdj()) <= SAME_LINE) {
                    key = y;
                    break;
                }
            }
            byLine.computeIfAbsent(key == null ? glyph.getYDirAdj() : key, y -> new ArrayList<>()).add(glyph);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> drawn : byLine.values()) {
            List<TextPosition> line = leftToRight(drawn);
            StringBuilder text = new StringBuilder();
            // A gap is measured from the furthest right the line's text has reached: a vowel sign or mark drawn back
            // over its consonant, with no width of its own, leaves no gap after it. Spaces do not count, and a space
            // drawn ahead of the text so far is left to the gap it stands in: LibreOffice draws a run's spaces
            // first, each where it stands, in a font of their own, and the words after them.
            float reached = Float.NaN;
            for (TextPosition glyph : line) {
                float most = Math.max(1f, glyph.getFontSizeInPt() * 0.2f);
                boolean blank = glyph.getUnicode().isBlank();
                if (blank && (Float.isNaN(reached) || glyph.getXDirAdj() - reached > most)) {
                    continue;
                }
                if (!Float.isNaN(reached)) {
                    float gap = glyph.getXDirAdj() - reached;
                    if (gap > most && text.length() > 0 && text.charAt(text.length() - 1) != ' ' && (!spacesDrawn
                            || gap > glyph.getFontSizeInPt() / 2
                            || spaceBetween(line, reached - most, glyph.getXDirAdj() + most))) {
                        text.append(' ');
                    }
                }
                text.append(glyph.getUnicode());
                if (!blank) {
                    float end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                    reached = Float.isNaN(reached) ? end : Math.max(reached, end);
                }
            }
            String stripped = text.toString().replaceAll("\\s+", " ").strip();
            if (!stripped.isEmpty()) {
                lines.add(measured(line, stripped, reached));
            }
        }
        return lines;
    }

    private static Line measured(List<TextPosition> line, String text, float reached) {
        boolean spaceAtEnd = false;
        TextPosition first = null;
        for (TextPosition glyph : line) {
            if (glyph.getUnicode().isBlank()) {
                spaceAtEnd |= glyph.getXDirAdj() >= reached - 0.5f;
            } else if (first == null) {
                first = glyph;
            }
        }
        return new Line(text, spaceAtEnd, first.getXDirAdj(), reached);
    }

    /**
     * A line's glyphs from left to right, as the runs they are drawn in merged by place: a run goes on while the
     * middle of each glyph stands right of where the glyph before it begins, and a mark (no width of its own) or a
     * vowel sign drawn back over its consonant stays in its run, in the order drawn. LibreOffice draws the glyphs a fallback font
     * gives after the line's others ("Q1 (Jul-Sep)" as "1 (-)" and then "QJulSep"); a line drawn in one run is
     * kept as drawn.
     */
    static List<TextPosition> leftToRight(List<TextPosition> line) {
        List<ArrayDeque<TextPosition>> runs = new ArrayList<>();
        ArrayDeque<TextPosition> run = null;
        TextPosition before = null;
        for (TextPosition glyph : line) {
            if (run == null || (glyph.getWidthDirAdj() > 0
                    && glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2 < before.getXDirAdj())) {
                run = new ArrayDeque<>();
                runs.add(run);
            }
            run.add(glyph);
            before = glyph;
        }
        if (runs.size() == 1) {
            return line;
        }
        List<TextPosition> merged = new ArrayList<>(line.size());
        while (merged.size() < line.size()) {
            ArrayDeque<TextPosition> next = null;
            for (ArrayDeque<TextPosition> candidate : runs) {
                if (!candidate.isEmpty() && (next == null
                        || candidate.peekFirst().getXDirAdj() < next.peekFirst().getXDirAdj())) {
                    next = candidate;
                }
            }
            merged.add(next.pollFirst());
        }
        return merged;
    }

    /** Whether a space glyph of a line stands between two places on it (its middle). */
    private static boolean spaceBetween(List<TextPosition> line, float from, float to) {
        for (TextPosition glyph : line) {
            float middle = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
            if (glyph.getUnicode().isBlank() && middle >= from && middle <= to) {
                return true;
            }
        }
        return false;
    }

    /** The glyphs of the text layer, page by page, with what was seen of their fonts and mappings. */
    private static final class Glyphs extends PDFTextStripper {

        private final List<TextPosition> onPage = new ArrayList<>();
        private final Set<String> fonts = new LinkedHashSet<>();
        private final StringBuilder all = new StringBuilder();
        private final Map<PDFont, Float> fontHeights = new HashMap<>();
        /** The marked-content sequences open, the innermost first. */
        private final Deque<Sequence> open = new ArrayDeque<>();
        /** The outermost span with an actual text that is open, or null. */
        private ActualTextSpan span;
        /** The first span that cannot be placed in one cell, or null. */
        private ActualTextSpan misplaced;
        /** The marked-content id of each glyph read inside a sequence that has one (tagged PDFs), all pages. */
        private final Map<TextPosition, Integer> idOf = new IdentityHashMap<>();
        /** How many form XObjects deep the reading is: their marked-content ids are the form's own. */
        private int forms;
        private int count;
        private int unmapped;
        /** How many of the glyphs kept are spaces. */
        private int spaces;

        /**
         * A marked-content sequence open: whether it opened the span being read, and the marked-content id in
         * force in it (its own, or the one around it), or -1.
         */
        private record Sequence(boolean opensSpan, int id) {
        }

        Glyphs() {
            super();
            addOperator(new SkipInlineImage(this));
        }

        void page(PDDocument pdf, int page) throws IOException {
            onPage.clear();
            open.clear();
            span = null;
            setStartPage(page);
            setEndPage(page);
            getText(pdf);
            if (span != null) {
                // A span left open at the page's end: its sequence is still open.
                endSpan(open.stream().filter(Sequence::opensSpan).findFirst().map(Sequence::id).orElse(-1));
            }
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            super.beginMarkedContentSequence(tag, properties);
            int id = forms == 0 && properties != null ? properties.getInt(COSName.MCID, -1) : -1;
            String actual = span == null && properties != null
                    ? PDMarkedContent.create(tag, properties).getActualText() : null;
            open.push(new Sequence(actual != null, id >= 0 ? id : currentId()));
            if (actual != null) {
                span = new ActualTextSpan(actual);
            }
        }

        private int currentId() {
            return open.isEmpty() ? -1 : open.peek().id();
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            forms++;
            try {
                super.showForm(form);
            } finally {
                forms--;
            }
        }

        @Override
        public void endMarkedContentSequence() {
            super.endMarkedContentSequence();
            Sequence ended = open.poll();
            if (ended != null && ended.opensSpan()) {
                endSpan(ended.id());
            }
        }

        /** Ends the open span, its text kept as one glyph with the marked-content id of its sequence. */
        private void endSpan(int id) {
            ActualTextSpan ended = span;
            span = null;
            if (misplaced == null && ended.problem() != null) {
                misplaced = ended;
            }
            PDPage page = getCurrentPage();
            PDRectangle box = page.getCropBox();
            TextPosition position = ended.toPosition(page.getRotation(), box.getWidth(), box.getHeight());
            if (position != null) {
                keep(position, id);
            }
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            count++;
            fonts.add(font.getName() == null ? "(unnamed)" : font.getName());
            if (span != null) {
                inSpan(matrix, font, code, displacement);
                return;
            }
            String unicode = font.toUnicode(code);
            if (unicode == null || unicode.isEmpty() || unusable(unicode)) {
                unmapped++;
            }
            super.showGlyph(matrix, font, code, displacement);
        }

        /** A glyph of a span with an actual text: its place, measured as PDFBox measures a text position's. */
        private void inSpan(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            PDGraphicsState state = getGraphicsState();
            PDTextState text = state.getTextState();
            float size = text.getFontSize();
            float tx = font.isVertical() ? 0 : displacement.getX() * size * text.getHorizontalScaling() / 100f;
            float ty = font.isVertical() ? displacement.getY() * size : 0;
            Matrix next = Matrix.getTranslateInstance(tx, ty).multiply(getTextMatrix())
                    .multiply(state.getCurrentTransformationMatrix());
            PDRectangle box = getCurrentPage().getCropBox();
            float dx = box.getLowerLeftX();
            float dy = box.getLowerLeftY();
            Matrix moved = new Matrix(matrix.getScaleX(), matrix.getShearY(), matrix.getShearX(), matrix.getScaleY(),
                    matrix.getTranslateX() - dx, matrix.getTranslateY() - dy);
            Float height = fontHeights.get(font);
            if (height == null) {
                height = computeFontHeight(font);
                fontHeights.put(font, height);
            }
            span.add(moved, next.getTranslateX() - dx, next.getTranslateY() - dy,
                    Math.abs(height * matrix.getScalingFactorY()), font, size,
                    (int) (size * getTextMatrix().getScalingFactorX()), code);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            keep(text, currentId());
        }

        private void keep(TextPosition glyph, int id) {
            if (glyph.getUnicode().isBlank()) {
                spaces++;
            }
            onPage.add(glyph);
            all.append(glyph.getUnicode());
            if (id >= 0) {
                idOf.put(glyph, id);
            }
        }

        private static boolean unusable(String unicode) {
            return unicode.codePoints().anyMatch(cp -> cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF)
                    || (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r'));
        }
    }

    /**
     * An inline image ({@code BI … ID … EI} in a content stream) read past, not built: it carries no text and
     * no ruling line, and PDFBox would decode its data whole in memory to build it, which a few compressed
     * bytes can make gigabytes (an 8.7 KB PDF took 73 s and ran out of a 256 MB heap).
     */
    private static final class SkipInlineImage extends OperatorProcessor {

        SkipInlineImage(PDFStreamEngine context) {
            super(context);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            // Nothing to read in an image.
        }

        @Override
        public String getName() {
            return OperatorName.BEGIN_INLINE_IMAGE;
        }
    }

    /** The horizontal and vertical lines a page draws, in the coordinates of its text (y down from the top). */
    static final class Rulings extends PDFGraphicsStreamEngine {

        final List<float[]> horizontal = new ArrayList<>();
        final List<float[]> vertical = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>();
        private final float top;
        private final float left;
        private Point2D.Float current = new Point2D.Float();
        private Point2D.Float start = new Point2D.Float();

        /**
         * A glyph of a Type 3 font is drawn by paths of its own, which are text, not lines of the table: Chromium
         * draws the bold of a font that has none (a header in Lohit, Ani or Mukti) so, and the strokes and
         * head lines of its letters were taken for ruling lines, splitting the table's cells.
         */
        @Override
        protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement) {
            // No line of the table is drawn by a glyph.
        }

        Rulings(PDPage page) {
            super(page);
            addOperator(new SkipInlineImage(this));
            PDRectangle box = page.getCropBox();
            this.top = box.getUpperRightY();
            this.left = box.getLowerLeftX();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            segment(p0, p1);
            segment(p1, p2);
            segment(p2, p3);
            segment(p3, p0);
        }

        private void segment(Point2D from, Point2D to) {
            path.add(new float[] {(float) from.getX(), (float) from.getY(), (float) to.getX(), (float) to.getY()});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D.Float to = new Point2D.Float(x, y);
            segment(current, to);
            current = to;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            segment(current, start);
            current = start;
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            keep(false);
        }

        @Override
        public void fillPath(int windingRule) {
            keep(true);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            keep(false);
        }

        /** Keeps the path's straight segments; a filled path only where it is a thin bar (a line drawn as a box). */
        private void keep(boolean filled) {
            if (filled) {
                float minX = Float.MAX_VALUE;
                float maxX = -Float.MAX_VALUE;
                float minY = Float.MAX_VALUE;
                float maxY = -Float.MAX_VALUE;
                for (float[] s : path) {
                    minX = Math.min(minX, Math.min(s[0], s[2]));
                    maxX = Math.max(maxX, Math.max(s[0], s[2]));
                    minY = Math.min(minY, Math.min(s[1], s[3]));
                    maxY = Math.max(maxY, Math.max(s[1], s[3]));
                }
                path.clear();
                if (maxX - minX <= 3 && maxY - minY > 3) {
                    vertical.add(new float[] {(minX + maxX) / 2 - left, top - maxY, top - minY});
                } else if (maxY - minY <= 3 && maxX - minX > 3) {
                    horizontal.add(new float[] {top - (minY + maxY) / 2, minX - left, maxX - left});
                }
                return;
            }
            for (float[] s : path) {
                if (Math.abs(s[1] - s[3]) <= 1 && Math.abs(s[0] - s[2]) > 2) {
                    horizontal.add(new float[] {top - (s[1] + s[3]) / 2, Math.min(s[0], s[2]) - left,
                        Math.max(s[0], s[2]) - left});
                } else if (Math.abs(s[0] - s[2]) <= 1 && Math.abs(s[1] - s[3]) > 2) {
                    vertical.add(new float[] {(s[0] + s[2]) / 2 - left, top - Math.max(s[1], s[3]),
                        top - Math.min(s[1], s[3])});
                }
            }
            path.clear();
        }

        @Override
        public void drawImage(PDImage image) {
            // Images carry no ruling lines.
        }

        @Override
        public void clip(int windingRule) {
            // The clip does not draw.
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // A shading carries no ruling lines.
        }
    }
}
