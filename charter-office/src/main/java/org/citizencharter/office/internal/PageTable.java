package org.citizencharter.office.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * The table a PDF page draws with ruling lines: its rows and columns between the lines, its cells (a line
 * missing between two positions merges them), each cell's glyphs, and the glyphs above and below it.
 */
final class PageTable {

    private static final float SAME = 2f;

    /**
     * A cell: its top left position, how far it spans, and the glyphs inside it, in the order drawn.
     *
     * @param top the row of its top left position
     * @param left its column
     * @param down the rows it covers
     * @param across the columns it covers
     * @param glyphs its glyphs
     */
    record Region(int top, int left, int down, int across, List<TextPosition> glyphs) {
    }

    /** A text that cannot be placed in one cell of the table: the text of glyphs that stand in two. */
    static final class Unplaceable extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        Unplaceable(String message) {
            super(message);
        }
    }

    final int page;
    final List<TextPosition> above = new ArrayList<>();
    final List<TextPosition> below = new ArrayList<>();
    private final float[] xs;
    private final float[] ys;
    private final List<Region> regions = new ArrayList<>();

    private PageTable(int page, float[] xs, float[] ys) {
        this.page = page;
        this.xs = xs;
        this.ys = ys;
    }

    /**
     * A table whose cells are already known, one position each (a table rebuilt from text positions).
     *
     * @param page the page's number
     * @param rows its rows
     * @param columns its columns
     * @param cells its cells
     * @param above the glyphs above it
     * @param below the glyphs below it
     * @return the table
     */
    static PageTable ofCells(int page, int rows, int columns, List<Region> cells, List<TextPosition> above,
            List<TextPosition> below) {
        PageTable table = new PageTable(page, new float[columns + 1], new float[rows + 1]);
        table.regions.addAll(cells);
        table.above.addAll(above);
        table.below.addAll(below);
        return table;
    }

    int rows() {
        return ys.length - 1;
    }

    /**
     * Where a region's cell begins and ends across the page, between its ruling lines.
     *
     * @param region a region of this table
     * @return its left and right edges; empty for a table rebuilt from text positions, which has no lines
     */
    java.util.Optional<float[]> edges(Region region) {
        float left = xs[region.left()];
        float right = xs[region.left() + region.across()];
        return right > left ? java.util.Optional.of(new float[] {left, right}) : java.util.Optional.empty();
    }

    int columns() {
        return xs.length - 1;
    }

    List<Region> regions() {
        return regions;
    }

    /**
     * Whether this table may continue a table on the page before: its columns' edges are that table's. A table
     * of one row on its own page is taken only so (the end of a row that a page break cuts in two, alone on the
     * last page), not as a box drawn round some text.
     *
     * @param before the table of the page before, or null
     * @return whether its columns are this one's
     */
    boolean continues(PageTable before) {
        if (before == null || before.page + 1 != page || before.xs.length != xs.length) {
            return false;
        }
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(before.xs[i] - xs[i]) > SAME) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table of a page, or null when the page draws none (fewer than two columns, or no row, of lines). A
     * table of one row is a table only where it continues the table of the page before ({@link #continues}),
     * which the caller decides.
     *
     * @param page the page's number
     * @param rulings the page's lines
     * @param glyphs the page's glyphs
     * @param maxCells the most cells a table may have
     * @return the table, or null
     */
    static PageTable of(int page, PdfReader.Rulings rulings, List<TextPosition> glyphs, long maxCells) {
        return of(page, rulings.horizontal, rulings.vertical, glyphs, maxCells);
    }

    /**
     * The tables of a page, top to bottom: each a group of ruling lines that meet, so that a plan's table and a
     * block of signatures drawn apart under it are two tables, not one grid of both tables' lines (whose cells
     * took text of neither). Where one group at most draws a table, the page's one table as {@link #of} gives it,
     * from all its lines. A table of one row is taken only where it is the page's first and {@linkplain #continues
     * continues} the table of the page before. Each table has the glyphs inside its lines, and those of the page
     * outside every table from its top down to the next table's (the first has all above it too, the last all below
     * it): the text between two tables is below the upper one, and no text is any two tables'.
     *
     * @param page the page's number
     * @param rulings the page's lines
     * @param glyphs the page's glyphs
     * @param maxCells the most cells a table may have
     * @param before the last table of the page before, or null
     * @return the tables, perhaps none
     */
    static List<PageTable> all(int page, PdfReader.Rulings rulings, List<TextPosition> glyphs, long maxCells,
            PageTable before) {
        List<Group> groups = Group.of(rulings.horizontal, rulings.vertical);
        List<Group> drawn = new ArrayList<>();
        List<PageTable> alone = new ArrayList<>();
        for (Group group : groups.size() < 2 ? List.<Group>of() : groups) {
            PageTable table = of(page, group.horizontal, group.vertical, group.inside(glyphs), maxCells);
            if (table != null) {
                drawn.add(group);
                alone.add(table);
            }
        }
        if (drawn.size() < 2) {
            PageTable table = of(page, rulings, glyphs, maxCells);
            return table == null || table.rows() == 1 && !table.continues(before) ? List.of() : List.of(table);
        }
        List<Group> tables = new ArrayList<>();
        for (int k = 0; k < drawn.size(); k++) {
            if (alone.get(k).rows() > 1 || k == 0 && alone.get(k).continues(before)) {
                tables.add(drawn.get(k));
            }
        }
        List<TextPosition> outside = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            if (tables.stream().noneMatch(group -> group.holds(glyph))) {
                outside.add(glyph);
            }
        }
        List<PageTable> built = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            Group group = tables.get(k);
            float from = k == 0 ? -Float.MAX_VALUE : group.top;
            float to = k == tables.size() - 1 ? Float.MAX_VALUE : tables.get(k + 1).top;
            List<TextPosition> own = group.inside(glyphs);
            for (TextPosition glyph : outside) {
                float y = centreY(glyph);
                if (y >= from && y < to) {
                    own.add(glyph);
                }
            }
            built.add(of(page, group.horizontal, group.vertical, own, maxCells));
        }
        return built;
    }

    /** Ruling lines that meet, and where they reach. */
    private static final class Group {

        final List<float[]> horizontal = new ArrayList<>();
        final List<float[]> vertical = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;

        /** The groups of a page's lines, top to bottom: a horizontal and a vertical line that cross or touch meet. */
        static List<Group> of(List<float[]> horizontal, List<float[]> vertical) {
            int[] parent = new int[horizontal.size() + vertical.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            // Each line as Rulings keeps it: its position, then where it begins and ends, in that order.
            Integer[] byX = new Integer[vertical.size()];
            for (int v = 0; v < byX.length; v++) {
                byX[v] = v;
            }
            Arrays.sort(byX, (a, b) -> Float.compare(vertical.get(a)[0], vertical.get(b)[0]));
            float[] xs = new float[byX.length];
            for (int v = 0; v < byX.length; v++) {
                xs[v] = vertical.get(byX[v])[0];
            }
            for (int h = 0; h < horizontal.size(); h++) {
                float[] across = horizontal.get(h);
                int found = Arrays.binarySearch(xs, across[1] - SAME);
                int first = found >= 0 ? found : -found - 1;
                while (first > 0 && xs[first - 1] >= across[1] - SAME) {
                    first--;
                }
                for (int k = first; k < xs.length && xs[k] <= across[2] + SAME; k++) {
                    float[] down = vertical.get(byX[k]);
                    if (across[0] >= down[1] - SAME && across[0] <= down[2] + SAME) {
                        union(parent, h, horizontal.size() + byX[k]);
                    }
                }
            }
            Map<Integer, Group> byRoot = new LinkedHashMap<>();
            for (int i = 0; i < parent.length; i++) {
                Group group = byRoot.computeIfAbsent(find(parent, i), root -> new Group());
                boolean across = i < horizontal.size();
                group.add(across ? horizontal.get(i) : vertical.get(i - horizontal.size()), across);
            }
            List<Group> groups = new ArrayList<>();
            for (Group group : byRoot.values()) {
                group.split(groups);
            }
            // Groups whose reaches overlap are one table (lines inside it that meet no other line).
            for (boolean merged = true; merged;) {
                merged = false;
                for (int a = 0; a < groups.size() && !merged; a++) {
                    for (int b = a + 1; b < groups.size() && !merged; b++) {
                        if (groups.get(a).overlaps(groups.get(b))) {
                            groups.get(a).take(groups.remove(b));
                            merged = true;
                        }
                    }
                }
            }
            groups.sort((a, b) -> a.top != b.top ? Float.compare(a.top, b.top) : Float.compare(a.left, b.left));
            return groups;
        }

        /**
         * Adds this group to a list, cut in two where two tables drawn one right under the other share a line (as a
         * browser draws adjacent tables): at a line that no vertical line crosses, where the edges of the cells of the
         * row just above it and of the row just below it are not one within the other, and either each side holds two
         * rows or more or the edges of all the lines above and all below are not one within the other either. Within
         * one table the edges are one within the other (a header's merged cells have fewer than the row under them, a
         * totals row fewer than the row above it), but where a producer leaves out a line (Chromium draws no side of
         * a cell merged down beside the row under its first) a row alone may seem apart: it stays with the rows under
         * it, whose edges hold its own, where as a table of one row it would be no table and its text lost to the
         * grid.
         */
        void split(List<Group> into) {
            List<float[]> downward = new ArrayList<>(horizontal);
            downward.sort((a, b) -> Float.compare(a[0], b[0]));
            float tried = -Float.MAX_VALUE;
            for (float[] at : downward) {
                float y = at[0];
                if (y - tried <= SAME) {
                    continue;
                }
                tried = y;
                if (y <= top + SAME || y >= bottom - SAME
                        || vertical.stream().anyMatch(line -> line[1] < y - SAME && line[2] > y + SAME)) {
                    continue;
                }
                List<float[]> ending = vertical.stream().filter(line -> Math.abs(line[2] - y) <= SAME).toList();
                List<float[]> starting = vertical.stream().filter(line -> Math.abs(line[1] - y) <= SAME).toList();
                if (ending.isEmpty() || starting.isEmpty() || within(ending, starting) || within(starting, ending)) {
                    continue;
                }
                List<float[]> upper = vertical.stream().filter(line -> line[2] <= y + SAME).toList();
                List<float[]> lower = vertical.stream().filter(line -> line[1] >= y - SAME).toList();
                if (rows(downward, top, y) > 1 && rows(downward, y, bottom) > 1 || !within(upper, lower)
                        && !within(lower, upper)) {
                    Group above = new Group();
                    Group below = new Group();
                    for (float[] line : horizontal) {
                        if (line[0] <= y + SAME) {
                            above.add(line, true);
                        }
                        if (line[0] >= y - SAME) {
                            below.add(line, true);
                        }
                    }
                    upper.forEach(line -> above.add(line, false));
                    lower.forEach(line -> below.add(line, false));
                    into.add(above);
                    below.split(into);
                    return;
                }
            }
            into.add(this);
        }

        /** How many rows the horizontal lines between two heights (those at either height too) bound. */
        private static int rows(List<float[]> downward, float from, float to) {
            int rows = -1;
            float last = -Float.MAX_VALUE;
            for (float[] line : downward) {
                if (line[0] >= from - SAME && line[0] <= to + SAME && line[0] - last > SAME) {
                    rows++;
                    last = line[0];
                }
            }
            return rows;
        }

        /** Whether every line's position in one list is a line's position in the other. */
        private static boolean within(List<float[]> some, List<float[]> others) {
            return some.stream().allMatch(line -> others.stream()
                    .anyMatch(other -> Math.abs(other[0] - line[0]) <= SAME));
        }

        private void add(float[] line, boolean across) {
            if (across) {
                horizontal.add(line);
                reach(Math.min(line[1], line[2]), Math.max(line[1], line[2]), line[0], line[0]);
            } else {
                vertical.add(line);
                reach(line[0], line[0], Math.min(line[1], line[2]), Math.max(line[1], line[2]));
            }
        }

        private void reach(float fromX, float toX, float fromY, float toY) {
            left = Math.min(left, fromX);
            right = Math.max(right, toX);
            top = Math.min(top, fromY);
            bottom = Math.max(bottom, toY);
        }

        /** Whether two groups' reaches overlap by more than a line's width (two tables cut apart only touch). */
        private boolean overlaps(Group other) {
            return left < other.right - SAME && other.left < right - SAME && top < other.bottom - SAME
                    && other.top < bottom - SAME;
        }

        private void take(Group other) {
            horizontal.addAll(other.horizontal);
            vertical.addAll(other.vertical);
            reach(other.left, other.right, other.top, other.bottom);
        }

        /** Whether a glyph stands inside the lines' reach. */
        boolean holds(TextPosition glyph) {
            float x = centreX(glyph);
            float y = centreY(glyph);
            return x >= left - SAME && x <= right + SAME && y >= top - SAME && y <= bottom + SAME;
        }

        /** The glyphs inside the lines' reach. */
        List<TextPosition> inside(List<TextPosition> glyphs) {
            List<TextPosition> inside = new ArrayList<>();
            for (TextPosition glyph : glyphs) {
                if (holds(glyph)) {
                    inside.add(glyph);
                }
            }
            return inside;
        }
    }

    private static PageTable of(int page, List<float[]> horizontal, List<float[]> vertical, List<TextPosition> glyphs,
            long maxCells) {
        float[] xs = positions(vertical);
        float[] ys = outline(positions(horizontal), vertical, xs, glyphs);
        if (xs.length < 3 || ys.length < 2) {
            return null;
        }
        if ((long) (xs.length - 1) * (ys.length - 1) > maxCells) {
            throw new IllegalArgumentException("The PDF's table on page " + page + " has more cells than charter reads ("
                    + maxCells + ")");
        }
        PageTable table = new PageTable(page, xs, ys);
        table.build(horizontal, vertical, glyphs);
        return table;
    }

    /**
     * The row edges, with the table's outline where no line is drawn along it: where the lines down both sides
     * of the table reach above its top line (or below its bottom line) and text stands between, that band is a
     * row. Chromium draws no top line over the first row of a page that a table runs on to, the line being the
     * row above's, on the page before; without this, that row's text was taken for text above the table.
     */
    private static float[] outline(float[] ys, List<float[]> verticals, float[] xs, List<TextPosition> glyphs) {
        if (ys.length == 0 || xs.length < 2) {
            return ys;
        }
        float top = Math.max(reach(verticals, xs[0], true), reach(verticals, xs[xs.length - 1], true));
        float bottom = Math.min(reach(verticals, xs[0], false), reach(verticals, xs[xs.length - 1], false));
        boolean above = top < ys[0] - SAME && textBetween(glyphs, xs, top, ys[0]);
        boolean below = bottom > ys[ys.length - 1] + SAME && textBetween(glyphs, xs, ys[ys.length - 1], bottom);
        float[] edges = new float[ys.length + (above ? 1 : 0) + (below ? 1 : 0)];
        System.arraycopy(ys, 0, edges, above ? 1 : 0, ys.length);
        if (above) {
            edges[0] = top;
        }
        if (below) {
            edges[edges.length - 1] = bottom;
        }
        return edges;
    }

    /** How far up (or down) the lines at one edge of the table reach. */
    private static float reach(List<float[]> verticals, float x, boolean up) {
        float reach = up ? Float.MAX_VALUE : -Float.MAX_VALUE;
        for (float[] line : verticals) {
            if (Math.abs(line[0] - x) <= SAME) {
                reach = up ? Math.min(reach, line[1]) : Math.max(reach, line[2]);
            }
        }
        return reach;
    }

    /** Whether a glyph stands between the table's sides and between two heights, as cells place glyphs. */
    private static boolean textBetween(List<TextPosition> glyphs, float[] xs, float from, float to) {
        for (TextPosition glyph : glyphs) {
            float x = centreX(glyph);
            float y = centreY(glyph);
            if (x >= xs[0] && x <= xs[xs.length - 1] && y > from && y < to && !glyph.getUnicode().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private void build(List<float[]> horizontal, List<float[]> vertical, List<TextPosition> glyphs) {
        int rows = rows();
        int columns = columns();
        List<List<float[]>> verticals = byPosition(vertical, xs);
        List<List<float[]>> horizontals = byPosition(horizontal, ys);
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float middle = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c + 1 < columns; c++) {
                if (!covered(verticals.get(c + 1), middle)) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            float middle = (xs[c] + xs[c + 1]) / 2;
            for (int r = 0; r + 1 < rows; r++) {
                if (!covered(horizontals.get(r + 1), middle)) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        int[][] bounds = new int[parent.length][];
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            int r = i / columns;
            int c = i % columns;
            int[] b = bounds[root];
            if (b == null) {
                bounds[root] = new int[] {r, c, r, c};
            } else {
                b[0] = Math.min(b[0], r);
                b[1] = Math.min(b[1], c);
                b[2] = Math.max(b[2], r);
                b[3] = Math.max(b[3], c);
            }
        }
        List<int[]> cells = new ArrayList<>();
        for (int[] b : bounds) {
            if (b != null) {
                cells.add(b);
            }
        }
        cells.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<List<TextPosition>> inside = new ArrayList<>();
        int[] cellAt = new int[rows * columns];
        for (int i = 0; i < cells.size(); i++) {
            inside.add(new ArrayList<>());
            int[] b = cells.get(i);
            for (int r = b[0]; r <= b[2]; r++) {
                for (int c = b[1]; c <= b[3]; c++) {
                    cellAt[r * columns + c] = i;
                }
            }
        }
        for (TextPosition glyph : glyphs) {
            float x = centreX(glyph);
            float y = centreY(glyph);
            if (y < ys[0]) {
                above.add(glyph);
            } else if (y > ys[ys.length - 1]) {
                below.add(glyph);
            } else if (x < xs[0] || x > xs[xs.length - 1]) {
                (y < (ys[0] + ys[ys.length - 1]) / 2 ? above : below).add(glyph);
            } else {
                int row = band(ys, y) * columns;
                int cell = cellAt[row + band(xs, x)];
                // A span's glyphs read as one text (several codes, ActualTextSpan) must stand in one cell.
                boolean span = glyph.getCharacterCodes().length > 1 && !glyph.getUnicode().isBlank();
                if (span && (cellAt[row + band(xs, glyph.getXDirAdj() + SAME)] != cell
                        || cellAt[row + band(xs, glyph.getXDirAdj() + glyph.getWidthDirAdj() - SAME)] != cell)) {
                    throw new Unplaceable("The PDF's text layer on page " + page + " gives the text \""
                            + Reading.shortText(glyph.getUnicode()) + "\" for glyphs that stand in two cells of its"
                            + " table");
                }
                inside.get(cell).add(glyph);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            int[] b = cells.get(i);
            regions.add(new Region(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1, inside.get(i)));
        }
    }

    /** Where a glyph stands across: the middle of its width; a glyph is placed by its middle. */
    static float centreX(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
    }

    /** Where a glyph stands down the page: the middle of its height. */
    static float centreY(TextPosition glyph) {
        return glyph.getYDirAdj() - glyph.getHeightDir() / 2;
    }

    /** The band between two edges that a position falls in. */
    private static int band(float[] edges, float position) {
        int index = Arrays.binarySearch(edges, position);
        int band = index >= 0 ? index : -index - 2;
        return Math.max(0, Math.min(edges.length - 2, band));
    }

    /** Whether one of the lines at an edge covers the point half way along a cell's side. */
    private static boolean covered(List<float[]> lines, float along) {
        for (float[] line : lines) {
            if (line[1] - SAME <= along && along <= line[2] + SAME) {
                return true;
            }
        }
        return false;
    }

    /** The lines at each edge: every line goes to the edge its position was taken into. */
    private static List<List<float[]>> byPosition(List<float[]> lines, float[] positions) {
        List<List<float[]>> at = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            at.add(new ArrayList<>());
        }
        for (float[] line : lines) {
            int index = Arrays.binarySearch(positions, line[0]);
            int nearest = index >= 0 ? index : -index - 1;
            for (int i = Math.max(0, nearest - 1); i <= Math.min(positions.length - 1, nearest); i++) {
                if (Math.abs(positions[i] - line[0]) <= SAME) {
                    at.get(i).add(line);
                }
            }
        }
        return at;
    }

    /** The distinct positions of lines, those within two points of each other taken as one. */
    private static float[] positions(List<float[]> lines) {
        List<Float> sorted = new ArrayList<>();
        for (float[] line : lines) {
            sorted.add(line[0]);
        }
        sorted.sort(Float::compare);
        List<Float> distinct = new ArrayList<>();
        for (float position : sorted) {
            if (distinct.isEmpty() || position - distinct.get(distinct.size() - 1) > SAME) {
                distinct.add(position);
            }
        }
        float[] out = new float[distinct.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = distinct.get(i);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
