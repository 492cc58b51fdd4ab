package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizencharter.io.table.Tables.HEADER;
import static org.citizencharter.io.table.Tables.firstRow;
import static org.citizencharter.io.table.Tables.row;
import static org.citizencharter.io.table.Tables.tsv;

import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.ActionPlan;
import org.junit.jupiter.api.Test;

/** A grid, as office files give it with merged cells, reads as the same table copied out as text. */
class GridReadingTest {

    private static Grid.Row gridRow(int number, String[] texts, Grid.Merge... merges) {
        List<Grid.Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(new Grid.Cell(texts[i], i < merges.length ? merges[i] : Grid.Merge.NONE));
        }
        return Grid.Row.of(number, cells);
    }

    @Test
    void anAreaCellMergedDownItsRowsReadsAsContinuationRows() {
        String[] second = row("", "", "", "[১.১.২] দ্বিতীয় সূচক", "সংখ্যা", "২", "২", "১", "-", "-", "-", "", "");
        String[] mergedSecond = second.clone();
        mergedSecond[0] = firstRow()[0];
        mergedSecond[1] = firstRow()[1];
        mergedSecond[2] = firstRow()[2];
        Grid grid = Grid.of("merged.docx", List.of(gridRow(1, HEADER), gridRow(2, firstRow()),
                gridRow(3, mergedSecond, Grid.Merge.FROM_ABOVE, Grid.Merge.FROM_ABOVE, Grid.Merge.FROM_ABOVE)),
                List.of("জেলা সমবায় কার্যালয়"));

        ReadResult result = Tables.READER.read(grid);

        ActionPlan asText = Tables.read(tsv(HEADER, firstRow(), second));
        assertThat(result.plan()).isEqualTo(asText);
    }

    @Test
    void aGroupHeaderMergedAcrossItsColumnsReadsAsTheTwoRowHeader() {
        String[] top = HEADER.clone();
        String[] bottom = new String[HEADER.length];
        java.util.Arrays.fill(bottom, "");
        Grid.Merge[] topMerges = new Grid.Merge[HEADER.length];
        Grid.Merge[] bottomMerges = new Grid.Merge[HEADER.length];
        java.util.Arrays.fill(topMerges, Grid.Merge.NONE);
        java.util.Arrays.fill(bottomMerges, Grid.Merge.FROM_ABOVE);
        String[] ordinals = {"১ম", "২য়", "৩য়", "৪র্থ"};
        for (int q = 0; q < 4; q++) {
            top[7 + q] = "ত্রৈমাসিক অর্জন";
            topMerges[7 + q] = q == 0 ? Grid.Merge.NONE : Grid.Merge.FROM_LEFT;
            bottom[7 + q] = ordinals[q];
            bottomMerges[7 + q] = Grid.Merge.NONE;
        }
        Grid grid = Grid.of("grouped.xlsx", List.of(gridRow(1, top, topMerges), gridRow(2, bottom, bottomMerges),
                gridRow(3, firstRow())), List.of());

        assertThat(Tables.READER.read(grid).plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow())));
    }
}
