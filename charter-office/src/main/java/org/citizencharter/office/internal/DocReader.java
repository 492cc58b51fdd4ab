package org.citizencharter.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.citizencharter.io.table.Grid;

/**
 * A Word 97-2003 document (.doc) to a grid, with Apache POI's HWPF, as {@link DocxReader} reads a .docx: its
 * tables (every one, or the one asked for), cells merged across and down spread, the paragraphs before the table
 * as document text. A .doc has no grid of columns: a cell merged across is a wider cell, so a table's columns are
 * the edges of every row's cells together, and a cell covers the columns between its edges.
 */
public final class DocReader {

    /** Edges closer than this (in twips, 1/1440 inch) are one: Word rounds a column's width row by row. */
    private static final int SAME_EDGE = 15;

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    private final Reading reading;
    private final FontNotes fonts;

    private DocReader(Reading reading) {
        this.reading = reading;
        this.fonts = new FontNotes(reading);
    }

    /**
     * Reads a document.
     *
     * @param bytes the file
     * @param reading the reading
     * @return the grid
     */
    public static Grid read(byte[] bytes, Reading reading) {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocReader(reading).grid(document.getRange());
        } catch (EncryptedDocumentException protectedWithAPassword) {
            throw Formats.encrypted(reading);
        } catch (OldWordFileFormatException older) {
            throw reading.error("The file is a Word 6.0/95 document, older than the Word 97-2003 documents charter"
                    + " reads").withHint("Open it in Word or LibreOffice and save it as .docx");
        } catch (IOException e) {
            throw WordTables.unreadable(reading, e);
        }
    }

    private Grid grid(Range body) {
        WordTables<Table> tables = new WordTables<>();
        int i = 0;
        while (i < body.numParagraphs()) {
            Paragraph paragraph = body.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = body.getTable(paragraph);
                String first = table.numRows() == 0 || table.getRow(0).numCells() == 0 ? ""
                        : plainText(table.getRow(0).getCell(0).text());
                tables.table(table, table.numRows(), Math.max(0, columns(table).size() - 1), first);
                i += Math.max(1, table.numParagraphs());
            } else {
                tables.paragraph(paragraphText(paragraph, "a paragraph before the table"));
                i++;
            }
        }
        return tables.read(reading, fonts, this::rows);
    }

    private void rows(Table table, int index, CellMatrix matrix) {
        NavigableMap<Integer, Integer> columns = columns(table);
        for (int rowNumber = 1; rowNumber <= table.numRows(); rowNumber++) {
            TableRow row = table.getRow(rowNumber - 1);
            int r = matrix.addRow(matrix.rowCount() + 1);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue; // the rest of the cell before it, which spans it (Word 97's old merge across)
                }
                String where = "table " + (index + 1) + ", row " + rowNumber + ", cell " + (c + 1);
                TableCell last = cell;
                while (cell.isFirstMerged() && c + 1 < row.numCells() && row.getCell(c + 1).isMerged()
                        && !row.getCell(c + 1).isFirstMerged()) {
                    last = row.getCell(++c);
                }
                int column = column(columns, cell.getLeftEdge());
                int span = Math.max(1, column(columns, last.getLeftEdge() + last.getWidth()) - column);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    matrix.putFromAbove(r, column, span);
                } else {
                    matrix.put(r, column, 1, span, cellText(cell, where));
                }
            }
        }
    }

    /** The table's columns: the left and right edges of every row's cells, each edge to its column from 0. */
    private static NavigableMap<Integer, Integer> columns(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                edges.add(row.getCell(c).getLeftEdge());
                edges.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        TreeMap<Integer, Integer> columns = new TreeMap<>();
        int last = Integer.MIN_VALUE;
        for (int edge : edges) {
            if (columns.isEmpty() || edge - last > SAME_EDGE) {
                columns.put(edge, columns.size());
            }
            last = edge;
        }
        return columns;
    }

    /** The column at an edge: that of the nearest edge at or before it (or just after, within a rounding). */
    private static int column(NavigableMap<Integer, Integer> columns, int edge) {
        Map.Entry<Integer, Integer> at = columns.floorEntry(edge + SAME_EDGE);
        return at == null ? 0 : at.getValue();
    }

    private String cellText(TableCell cell, String where) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            paragraphs.add(paragraphText(cell.getParagraph(p), where));
        }
        return WordTables.cellText(paragraphs);
    }

    private String paragraphText(Paragraph paragraph, String where) {
        FontRuns text = new FontRuns(fonts, where);
        Fields fields = new Fields();
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            if (!run.isMarkedDeleted()) {
                text.add(fields.shown(run.text()), run.getFontName());
            }
        }
        return text.text();
    }

    /** Text without Word's marks and field codes: what a reader of the document sees. */
    private static String plainText(String text) {
        return new Fields().shown(text);
    }

    /**
     * Word's marks taken out of text read run by run: a field's code (between its begin and separator marks)
     * left out and its result kept, a line or page break made a new line, the paragraph, cell and row marks and
     * the other control characters dropped.
     */
    private static final class Fields {

        /** For each field open, from the outermost: whether its code is being read (before its separator). */
        private final List<Boolean> inCode = new ArrayList<>();

        String shown(String text) {
            StringBuilder shown = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == FIELD_BEGIN) {
                    inCode.add(true);
                } else if (c == FIELD_SEPARATOR && !inCode.isEmpty()) {
                    inCode.set(inCode.size() - 1, false);
                } else if (c == FIELD_END && !inCode.isEmpty()) {
                    inCode.remove(inCode.size() - 1);
                } else if (!inCode.contains(true)) {
                    if (c == '\u000B' || c == '\u000C') {
                        shown.append('\n');
                    } else if (c == '\u001E') {
                        shown.append('-'); // a non-breaking hyphen
                    } else if (c >= ' ' || c == '\t') {
                        shown.append(c);
                    }
                }
            }
            return shown.toString();
        }
    }
}
