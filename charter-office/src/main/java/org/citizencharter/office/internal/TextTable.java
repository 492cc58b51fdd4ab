package org.citizencharter.office.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * The table a PDF page sets out in columns of text without ruling lines, where its columns can be told
 * from the text's positions alone: every line of the table holds two or more texts (a text: glyphs with
 * less than an em between them), the texts of all lines fall in the same columns (the columns are where
 * no line's text lies, and no two texts of one line fall in one column), and the first line names every
 * column. One row a line of text. Anything else is not guessed at: a line with a single text inside the
 * table (a cell run on to a second line, or a row of its own, cannot be told apart), a line of the body
 * that fills fewer than half the columns the fullest line fills (cells run on to a second line), a line whose texts
 * straddle the others' columns, a first line that leaves a column unnamed. Lines set apart from the table
 * by a gap wider than 2.5 lines (a footer, a reference line) are not part of it.
 */
final class TextTable {

    /**
     * What a page gives: a table, or why it cannot be read, or neither (no text set out in columns).
     *
     * @param table the table, or null
     * @param header its first line's texts, or null
     * @param problem why the text cannot be read as a table, or null
     * @param setApart how many lines of two or more texts, set apart from the table by a wider gap, were left
     *     out of it as document text
     */
    record Result(PageTable table, String header, String problem, int setApart) {
    }

    /** A text of a line: glyphs with less than an em between them. */
    private static final class Chunk {
        final List<TextPosition> glyphs = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;

        void add(TextPosition glyph) {
            glyphs.add(glyph);
            left = Math.min(left, glyph.getXDirAdj());
            right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }

        String text() {
            return String.join(" ", PdfReader.lines(glyphs, false));
        }
    }

    private TextTable() {
    }

    /**
     * The table of a page's text.
     *
     * @param page the page's number
     * @param glyphs the page's glyphs, in the order drawn
     * @param maxCells the most cells a table may have
     * @return the table, or why there is none
     */
    static Result of(int page, List<TextPosition> glyphs, long maxCells) {
        List<List<TextPosition>> lines = lines(glyphs);
        List<List<Chunk>> chunked = new ArrayList<>();
        float em = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            List<Chunk> chunks = chunks(lines.get(i));
            chunked.add(chunks);
            if (chunks.size() >= 2) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || first == last) {
            return new Result(null, null, null, 0);
        }
        // A line set apart from the one before it by more than 2.5 times the usual distance between lines (a
        // footer, a reference line above the table) ends one block of lines; the table is the block with the
        // most lines of two or more texts.
        float[] baselines = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            baselines[i] = lines.get(i).get(0).getYDirAdj();
        }
        float[] pitches = new float[last - first];
        for (int i = first; i < last; i++) {
            pitches[i - first] = baselines[i + 1] - baselines[i];
        }
        java.util.Arrays.sort(pitches);
        float apart = 2.5f * pitches[(pitches.length - 1) / 2];
        int bestFirst = -1;
        int bestLast = -1;
        int bestCount = 0;
        boolean tie = false;
        int start = first;
        for (int i = first; i <= last; i++) {
            if (i == last || baselines[i + 1] - baselines[i] > apart) {
                int blockFirst = -1;
                int blockLast = -1;
                int count = 0;
                for (int k = start; k <= i; k++) {
                    if (chunked.get(k).size() >= 2) {
                        blockFirst = blockFirst < 0 ? k : blockFirst;
                        blockLast = k;
                        count++;
                    }
                }
                if (count > bestCount) {
                    bestFirst = blockFirst;
                    bestLast = blockLast;
                    bestCount = count;
                    tie = false;
                } else if (count == bestCount && count >= 2) {
                    tie = true;
                }
                start = i + 1;
            }
        }
        if (bestCount < 2) {
            return new Result(null, null, null, 0);
        }
        if (tie) {
            return problem("it sets out two blocks of text in columns as long as each other, set apart by a wider gap,"
                    + " and which is the table would be a guess");
        }
        int setApart = 0;
        for (int i = first; i <= last; i++) {
            if ((i < bestFirst || i > bestLast) && chunked.get(i).size() >= 2) {
                setApart++;
            }
        }
        first = bestFirst;
        last = bestLast;
        for (TextPosition glyph : glyphs) {
            em = Math.max(em, glyph.getFontSizeInPt());
        }
        em = Math.max(em, 1f);
        List<float[]> columns = new ArrayList<>();
        List<Chunk> all = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            List<Chunk> line = chunked.get(i);
            if (line.size() < 2) {
                return problem("its line \"" + Reading.shortText(line.get(0).text()) + "\" holds a single text, and a"
                        + " cell's text run on to a second line cannot be told from a row of its own");
            }
            all.addAll(line);
        }
        all.sort((a, b) -> Float.compare(a.left, b.left));
        for (Chunk chunk : all) {
            float[] open = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (open != null && chunk.left < open[1] + em) {
                open[1] = Math.max(open[1], chunk.right);
            } else {
                columns.add(new float[] {chunk.left, chunk.right});
            }
        }
        if (columns.size() < 2) {
            return problem("its texts do not leave a gap between columns on every line");
        }
        int rows = last - first + 1;
        if ((long) rows * columns.size() > maxCells) {
            return problem("it has more cells than charter reads (" + maxCells + ")");
        }
        List<PageTable.Region> cells = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        int fullest = 0;
        for (int i = first + 1; i <= last; i++) {
            fullest = Math.max(fullest, chunked.get(i).size());
        }
        for (int i = first; i <= last; i++) {
            if (i > first && chunked.get(i).size() * 2 < fullest) {
                return problem("its line \"" + Reading.shortText(chunked.get(i).get(0).text()) + " …\" fills "
                        + chunked.get(i).size() + " of the columns where other lines fill " + fullest + ", and cells"
                        + " whose text runs on to a second line cannot be told from a row of their own");
            }
            Chunk[] placed = new Chunk[columns.size()];
            for (Chunk chunk : chunked.get(i)) {
                int column = column(columns, chunk);
                if (placed[column] != null) {
                    return problem("on one line the texts \"" + Reading.shortText(placed[column].text()) + "\" and \""
                            + Reading.shortText(chunk.text()) + "\" fall in one column, as other lines' texts set"
                            + " the columns: they are not the same on every line");
                }
                placed[column] = chunk;
            }
            for (int c = 0; c < placed.length; c++) {
                if (i == first) {
                    if (placed[c] == null || placed[c].text().codePoints().noneMatch(Character::isLetter)) {
                        return problem("its first line does not name every column (column " + (c + 1)
                                + " has " + (placed[c] == null ? "no text" : "\"" + placed[c].text() + "\"")
                                + "), so no header row can be recognised");
                    }
                    header.append(header.length() == 0 ? "" : " | ").append(placed[c].text());
                }
                cells.add(new PageTable.Region(i - first, c, 1, 1,
                        placed[c] == null ? List.of() : placed[c].glyphs));
            }
        }
        List<TextPosition> above = new ArrayList<>();
        lines.subList(0, first).forEach(above::addAll);
        List<TextPosition> below = new ArrayList<>();
        lines.subList(last + 1, lines.size()).forEach(below::addAll);
        return new Result(PageTable.ofCells(page, rows, columns.size(), cells, above, below), header.toString(), null,
                setApart);
    }

    private static Result problem(String problem) {
        return new Result(null, null, problem, 0);
    }

    private static int column(List<float[]> columns, Chunk chunk) {
        for (int c = 0; c < columns.size(); c++) {
            if (chunk.left >= columns.get(c)[0] && chunk.right <= columns.get(c)[1]) {
                return c;
            }
        }
        throw new IllegalStateException("A text outside every column");
    }

    /** The glyphs by line, top to bottom, in the order drawn within a line. */
    private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<Float> keys = new ArrayList<>();
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            int at = -1;
            for (int k = 0; k < keys.size(); k++) {
                if (Math.abs(keys.get(k) - glyph.getYDirAdj()) <= PdfReader.SAME_LINE) {
                    at = k;
                    break;
                }
            }
            if (at < 0) {
                keys.add(glyph.getYDirAdj());
                lines.add(new ArrayList<>());
                at = lines.size() - 1;
            }
            lines.get(at).add(glyph);
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> Float.compare(keys.get(a), keys.get(b)));
        List<List<TextPosition>> sorted = new ArrayList<>();
        for (int k : order) {
            if (lines.get(k).stream().anyMatch(glyph -> !glyph.getUnicode().isBlank())) {
                sorted.add(lines.get(k));
            }
        }
        return sorted;
    }

    /** A line's texts: glyphs split where more than an em lies between one and the next. */
    private static List<Chunk> chunks(List<TextPosition> line) {
        List<Chunk> chunks = new ArrayList<>();
        Chunk current = null;
        for (TextPosition glyph : line) {
            boolean blank = glyph.getUnicode().isBlank();
            if (current != null && glyph.getXDirAdj() - current.right > Math.max(1f, glyph.getFontSizeInPt())) {
                chunks.add(current);
                current = null;
            }
            if (blank) {
                if (current != null) {
                    current.glyphs.add(glyph);
                }
                continue;
            }
            if (current == null) {
                current = new Chunk();
            }
            current.add(glyph);
        }
        if (current != null) {
            chunks.add(current);
        }
        return chunks;
    }
}
