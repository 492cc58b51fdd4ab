package org.citizencharter.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.io.table.Grid;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A web page (a portal page saved from the browser, a Word document saved as a web page) to a grid, with
 * jsoup: the tables that hold no other table and have at least two rows and two columns (layout tables
 * are left), every one or the one asked for; rowspan and colspan spread; the page's text around the table
 * as document text.
 */
public final class HtmlReader {

    private static final int MAX_SPAN = 1000;
    private static final int LINES_BEFORE = 100;
    private static final int LINES_AFTER = 30;
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "caption", "section", "article", "header", "footer", "ul", "ol", "dd", "dt",
            "blockquote", "pre", "hr", "center");
    /**
     * Elements whose text no one sees on the page: scripts, styles, the head (whose title is read on its own),
     * and a drawing's {@code <title>} and {@code <desc>} (a tooltip, as on the bars of charter's own report).
     */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "desc");
    /** A rule: its selectors, then its declarations in braces (tried only where a selector can start). */
    private static final Pattern RULE = Pattern.compile("(?<![^{}])([^{}]++)\\{([^}]*+)\\}");
    private static final Pattern FAMILY = Pattern.compile("(?i)(?:^|;|\\s)font-family\\s*:\\s*([^;]+)");

    private final Reading reading;
    private final FontNotes fonts;
    private final Map<String, String> classFonts = new HashMap<>();
    private final Map<String, String> tagFonts = new HashMap<>();
    /** The lines of each letterhead set out in a table before the plan's, which stand in the page's text for it. */
    private final Map<Element, List<String>> letterheads = new HashMap<>();

    private HtmlReader(Reading reading) {
        this.reading = reading;
        this.fonts = new FontNotes(reading);
    }

    /**
     * Reads a page.
     *
     * @param bytes the file; its character set from a byte order mark or the page's meta tag, else UTF-8
     * @param reading the reading
     * @return the grid
     */
    public static Grid read(byte[] bytes, Reading reading) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw reading.error("The page cannot be read: " + e.getMessage()).withCause(e);
        }
        return new HtmlReader(reading).grid(page);
    }

    private Grid grid(Document page) {
        for (Element style : page.select("style")) {
            styleRules(style.data());
        }
        List<Element> tables = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Element table : page.select("table")) {
            if (table.select("table").size() > 1) {
                continue;
            }
            List<Element> rows = rows(table);
            int width = width(rows);
            if (rows.size() < 2 || width < 2) {
                continue;
            }
            tables.add(table);
            widths.add(width);
            described.add(rows.size() + " rows, " + width + " columns, beginning \""
                    + Reading.shortText(table.text()) + "\"");
        }
        List<Integer> chosen = reading.chooseTables(widths, described, index -> reading.alone(
                matrix -> fonts.quietly(() -> rows(tables.get(index), index, matrix))));
        CellMatrix matrix = new CellMatrix(reading.source(), reading.limits());
        for (int index : chosen) {
            rows(tables.get(index), index, matrix);
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Set<Element> skipped = Set.copyOf(chosen.stream().map(tables::get).toList());
        // A table left out is no text of the page (a list of abbreviations would name kinds of plan, a block of
        // signatures dates), but for a letterhead before the plan's, as in Word.
        Set<Element> leftOut = new HashSet<>(tables);
        leftOut.removeAll(skipped);
        List<String> taken = new ArrayList<>();
        for (int index = 0; index < chosen.get(0); index++) {
            Element table = tables.get(index);
            int at = index;
            Optional<List<String>> lines = reading.letterhead(rows(table).size(), fonts,
                    cells -> rows(table, at, cells));
            if (lines.isPresent()) {
                letterheads.put(table, lines.get());
                taken.add(String.valueOf(index + 1));
            }
        }
        pageText(page, skipped, leftOut, before, after);
        fonts.report();
        List<String> kept = before.subList(Math.max(0, before.size() - LINES_BEFORE), before.size());
        List<String> below = after.subList(0, Math.min(after.size(), LINES_AFTER));
        if (!kept.isEmpty() || !below.isEmpty()) {
            reading.note("Took " + kept.size() + " line(s) of the page before the table and " + below.size()
                    + " after it as the document's text.");
        }
        reading.noteLetterheads(taken);
        return matrix.toGrid(kept, below, reading.notes());
    }

    /** Adds a table's rows to the grid being read, each numbered by the matrix's row count after it. */
    private void rows(Element table, int index, CellMatrix matrix) {
        List<Element> rows = rows(table);
        int firstRow = matrix.rowCount();
        for (int i = 0; i < rows.size(); i++) {
            matrix.addRow(matrix.rowCount() + 1);
        }
        for (int i = 0; i < rows.size(); i++) {
            int r = firstRow + i;
            int column = 0;
            int cellNumber = 0;
            for (Element cell : rows.get(i).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                cellNumber++;
                column = matrix.nextFree(r, column);
                int across = span(cell.attr("colspan"));
                int down = span(cell.attr("rowspan"));
                matrix.put(r, column, Math.min(down, rows.size() - i), across,
                        text(cell, "table " + (index + 1) + ", row " + (i + 1) + ", cell " + cellNumber));
                column += across;
            }
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static int width(List<Element> rows) {
        int widest = 0;
        for (Element row : rows) {
            int width = 0;
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    width += span(cell.attr("colspan"));
                }
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }

    private static int span(String attribute) {
        String digits = attribute.strip();
        if (!digits.matches("[0-9]{1,6}")) {
            return 1;
        }
        int span = Integer.parseInt(digits);
        return span < 1 ? 1 : Math.min(span, MAX_SPAN);
    }

    private String text(Element cell, String where) {
        FontRuns out = new FontRuns(fonts, where);
        collect(cell, out, Set.of());
        return lines(out.text()).stream().reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private void pageText(Document page, Set<Element> tables, Set<Element> leftOut, List<String> before,
            List<String> after) {
        String title = page.title();
        String titleLine = title.isBlank() ? "" : fonts.convert(title, null, "the page's title") + "\n";
        Element body = page.body();
        if (body == null) {
            before.addAll(lines(titleLine));
            return;
        }
        FontRuns out = new FontRuns(fonts, "the page's text");
        FontRuns[] current = {out};
        List<String> afterText = new ArrayList<>();
        boolean[] passed = {false};
        walk(body, current, passed, tables, leftOut, afterText);
        before.addAll(lines(titleLine + out.text()));
        after.addAll(afterText);
    }

    /** The page's text around the tables, its text nodes in one font after the other converted together. */
    private void walk(Element element, FontRuns[] current, boolean[] passed, Set<Element> tables,
            Set<Element> leftOut, List<String> afterText) {
        for (Node node : element.childNodes()) {
            if (node instanceof Element child) {
                if (tables.contains(child)) {
                    if (!passed[0]) {
                        passed[0] = true;
                        current[0] = new FontRuns(fonts, "the page's text");
                    }
                    continue;
                }
                if (letterheads.containsKey(child)) {
                    current[0].add("\n" + String.join("\n", letterheads.get(child)) + "\n", null);
                    continue;
                }
                if (SKIPPED.contains(child.normalName()) || leftOut.contains(child)) {
                    continue;
                }
                boolean block = BLOCKS.contains(child.normalName());
                if (block) {
                    current[0].add("\n", null);
                }
                walk(child, current, passed, tables, leftOut, afterText);
                if (block) {
                    current[0].add("\n", null);
                }
            } else if (node instanceof TextNode text) {
                current[0].add(text.text(), fontOf(text));
            }
        }
        if (element.normalName().equals("body") && passed[0]) {
            afterText.addAll(lines(current[0].text()));
        }
    }

    /** A cell's text, its text nodes in one font after the other converted together (a block ends a run). */
    private void collect(Element element, FontRuns out, Set<Element> skipped) {
        for (Node node : element.childNodes()) {
            if (node instanceof Element child) {
                if (SKIPPED.contains(child.normalName()) || skipped.contains(child)) {
                    continue;
                }
                boolean block = BLOCKS.contains(child.normalName());
                if (block) {
                    out.add("\n", null);
                }
                collect(child, out, skipped);
                if (block) {
                    out.add("\n", null);
                }
            } else if (node instanceof TextNode text) {
                out.add(text.text(), fontOf(text));
            }
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace('\u00A0', ' ').split("\n")) {
            String collapsed = line.replaceAll("[ \\t\\r\\f]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }

    /** The font a text is set in: the nearest element's inline style, font face, class or tag rule. */
    private String fontOf(TextNode text) {
        for (Node node = text.parent(); node instanceof Element element; node = element.parent()) {
            String font = family(element.attr("style"));
            if (font == null && element.normalName().equals("font") && element.hasAttr("face")) {
                font = first(element.attr("face"));
            }
            if (font == null) {
                for (String name : element.classNames()) {
                    font = classFonts.get(name.toLowerCase(Locale.ROOT));
                    if (font != null) {
                        break;
                    }
                }
            }
            if (font == null) {
                font = tagFonts.get(element.normalName());
            }
            if (font != null) {
                return font;
            }
        }
        return null;
    }

    private void styleRules(String css) {
        Matcher rule = RULE.matcher(withoutComments(css).replace("<!--", "").replace("-->", ""));
        while (rule.find()) {
            String font = family(rule.group(2));
            if (font == null) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                String plain = selector.strip().toLowerCase(Locale.ROOT);
                int dot = plain.indexOf('.');
                if (plain.matches("[a-z0-9]*\\.[a-z0-9_-]+")) {
                    classFonts.put(plain.substring(dot + 1), font);
                } else if (plain.matches("[a-z][a-z0-9]*")) {
                    tagFonts.put(plain, font);
                }
            }
        }
    }

    /** The style sheet without its comments; one left open stays (a search from each "/*" to the end was quadratic). */
    private static String withoutComments(String css) {
        StringBuilder kept = new StringBuilder(css.length());
        int from = 0;
        for (int open = css.indexOf("/*"); open >= 0; open = css.indexOf("/*", from)) {
            int close = css.indexOf("*/", open + 2);
            if (close < 0) {
                break;
            }
            kept.append(css, from, open);
            from = close + 2;
        }
        return kept.append(css, from, css.length()).toString();
    }

    private static String family(String style) {
        if (style == null || style.isEmpty()) {
            return null;
        }
        Matcher family = FAMILY.matcher(style);
        return family.find() ? first(family.group(1)) : null;
    }

    private static String first(String families) {
        String first = families.split(",")[0].replace("\"", "").replace("'", "").strip();
        return first.isEmpty() ? null : first;
    }
}
