package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 10: a table of 300,000 rows is read under -Xmx512m. The grid a text table is split into
 * holds millions of positions, most of them a few short texts ("-", "১", "75%"); each such text is one
 * cell, not one a position (they were 94 MB of the 12 MB table's live heap).
 */
class TableGridMemoryTest {

    @Test
    void theRepeatedShortCellsOfALongTableAreOneCellEach() {
        StringBuilder table = new StringBuilder(String.join("\t", Tables.HEADER)).append('\n');
        for (int i = 1; i <= 2_000; i++) {
            table.append(i == 1 ? "প্রাতিষ্ঠানিক\t১৮\t[১.১] পরিবীক্ষণ\t" : "\t\t\t").append("[১.১.").append(i)
                    .append("] কমিটি পুনর্গঠিত\tসংখ্যা\t১\t৪\t১\t১\t১\t-\t৩\t৭৫%\n");
        }
        Grid grid = Tables.READER.grid(table.toString(), "big.tsv");
        Map<Grid.Cell, Boolean> distinct = new IdentityHashMap<>();
        long positions = 0;
        for (Grid.Row row : grid.rows()) {
            for (Grid.Cell cell : row.cells()) {
                distinct.put(cell, true);
                positions++;
            }
        }
        assertThat(positions).isGreaterThan(20_000);
        assertThat(distinct).as("one cell for each indicator's own text, and one for each short text that repeats")
                .hasSizeLessThan(2_000 + 100);
    }

    @Test
    void theShortCellsOfTheFirstRowsAreStillSharedAfterTensOfThousandsOfOneOffCodes() {
        // Each row's code is a short text of its own: they fill the map of shared texts (65,536) before the
        // table ends, and the "-" and "১" of the rows after that were one string and one cell each again.
        int rows = 70_000;
        StringBuilder table = new StringBuilder(String.join("\t", Tables.HEADER)).append('\n');
        for (int i = 1; i <= rows; i++) {
            table.append(i == 1 ? "প্রাতিষ্ঠানিক\t১৮\t[১.১] পরিবীক্ষণ\t" : "\t\t\t").append("[১.").append(i / 1000 + 1)
                    .append('.').append(i % 1000 + 1).append("]\tসংখ্যা\t১\t৪\t১\t১\t১\t-\t৩\t৭৫%\n");
        }
        Grid grid = Tables.READER.grid(table.toString(), "big.tsv");
        Map<Grid.Cell, Boolean> cells = new IdentityHashMap<>();
        Map<String, Boolean> texts = new IdentityHashMap<>();
        for (Grid.Row row : grid.rows()) {
            for (Grid.Cell cell : row.cells()) {
                cells.put(cell, true);
                texts.put(cell.text(), true);
            }
        }
        assertThat(cells).as("cells").hasSizeLessThan(rows + 100);
        assertThat(texts).as("texts").hasSizeLessThan(rows + 100);
    }
}
