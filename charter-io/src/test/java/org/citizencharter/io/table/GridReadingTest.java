package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizencharter.io.table.Tables.HEADER;
import static org.citizencharter.io.table.Tables.firstRow;
import static org.citizencharter.io.table.Tables.row;
import static org.citizencharter.io.table.Tables.tsv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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
    void aGridIsToldToHoldAPlansHeaderOrItsCodedRows() {
        Grid plan = Grid.of("plan.docx", List.of(gridRow(1, new String[] {"সেবা প্রদান প্রতিশ্রুতি ২০২৩-২৪", "", ""}),
                gridRow(2, new String[] {"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক"}),
                gridRow(3, new String[] {"সভা", "৪", "১"})), List.of());
        assertThat(TableReader.hasPlanHeader(plan)).as("a header under a title").isTrue();
        assertThat(TableReader.hasPlanHeader(rows(new String[] {"কর্মসম্পাদন সূচক", "একক"},
                new String[] {"সভা", "সংখ্যা"})))
                .as("an indicator with neither a target nor achievements").isFalse();
        assertThat(TableReader.hasPlanHeader(Grid.of("empty.docx", List.of(), List.of()))).isFalse();

        for (String coded : new String[] {"[২.১] ওয়েবসাইট হালনাগাদ", "১.২.১ সভা", "[১] প্রাতিষ্ঠানিক ব্যবস্থা",
            "(২.১.১) সেবা"}) {
            assertThat(TableReader.hasCodedRows(rows(new String[] {"", coded}))).as(coded).isTrue();
        }
        for (String plain : new String[] {"১২.০৮.২০২৩ খ্রি.", "তারিখ: ১২.০৮.২০২৩", "১. জনাব করিম", "(১) জনাব রহিম",
            "৩টি সভা",
            "১০০%", "২.৫", "[১]", "১.১"}) {
            assertThat(TableReader.hasCodedRows(rows(new String[] {plain, "স্বাক্ষর"}))).as(plain).isFalse();
        }
    }

    @Test
    void aLetterOfSeveralTextsAboveAndBlocksOfSignaturesAndAbbreviationsUnderAreTheDocuments() {
        // As offices keep a plan in a sheet: the reference number and the date at either side of the letterhead, and
        // under the table, after blank rows, who prepared and approved it (with a date) and a list of abbreviations.
        String[] second = row("", "", "", "[১.১.২] দ্বিতীয় সূচক", "সংখ্যা", "২", "২", "১", "-", "-", "-", "", "");
        String[] blank = new String[HEADER.length];
        java.util.Arrays.fill(blank, "");
        List<String[]> rows = List.of(
                padded("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "", "", "", "", "", "", "", "", "স্মারক নং ৪৭.৬১.০০০০.০০৩"),
                padded("জেলা সমবায় কার্যালয়", "", "", "", "", "", "", "", "", "তারিখ: ১২/০৮/২০২৩"),
                HEADER, firstRow(), second,
                padded("প্রস্তুতকারী", "", "যাচাইকারী", "অনুমোদনকারী"),
                padded("১২/০৮/২০২৩", "", "", "সীলমোহর"),
                padded("ক্রমিক", "শব্দসংক্ষেপ", "বিবরণ"),
                padded("১", "এপিএ", "বার্ষিক কর্মসম্পাদন চুক্তি"));
        int[] lines = {1, 2, 4, 5, 6, 9, 10, 12, 13};
        List<Grid.Row> gridRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            gridRows.add(gridRow(lines[i], rows.get(i)));
        }
        ReadResult result = Tables.READER.read(Grid.of("plan.xlsx", gridRows, List.of()));

        assertThat(result.plan()).isEqualTo(Tables.read(tsv(HEADER, firstRow(), second)));
        assertThat(result.notes()).extracting(TableNote::message).contains("The title \"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার,"
                + " স্মারক নং ৪৭.৬১.০০০০.০০৩\" above the header is read as the document's text");
        assertThat(result.notes()).filteredOn(note -> note.message().startsWith("The row under the table's last"
                + " indicator is not part of the plan")).extracting(TableNote::row).containsExactly(OptionalInt.of(9),
                OptionalInt.of(10), OptionalInt.of(12), OptionalInt.of(13));

        // A block after a blank row that holds a plan's row (a code, or a figure under a target) is the plan's, and
        // so is every block above it: nothing of a plan is left out for a guess, and the signatures, read as rows of
        // the plan, are refused where they stand.
        String[] third = row("", "", "", "[১.১.৩] তৃতীয় সূচক", "সংখ্যা", "২", "৫", "১", "-", "-", "-", "", "");
        List<Grid.Row> withMore = new ArrayList<>(gridRows);
        withMore.add(gridRow(15, third));
        assertThatThrownBy(() -> Tables.READER.read(Grid.of("plan.xlsx", withMore, List.of())))
                .hasMessageStartingWith("plan.xlsx, line 9, column \"মান\": The area has no weight (প্রস্তুতকারী)");
    }

    private static String[] padded(String... texts) {
        String[] row = new String[HEADER.length];
        java.util.Arrays.fill(row, "");
        System.arraycopy(texts, 0, row, 0, texts.length);
        return row;
    }

    private static Grid rows(String[]... texts) {
        List<Grid.Row> rows = new ArrayList<>();
        for (String[] row : texts) {
            rows.add(gridRow(rows.size() + 1, row));
        }
        return Grid.of("table", rows, List.of());
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
