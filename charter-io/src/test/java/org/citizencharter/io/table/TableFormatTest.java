package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizencharter.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A table's format is told from its first lines. */
class TableFormatTest {

    @Test
    void aLeadingPipeOrADelimiterRowIsMarkdown() {
        assertThat(TableFormat.detect("| a | b |\n|---|---|\n")).isEqualTo(TableFormat.MARKDOWN);
        assertThat(TableFormat.detect("\n\n  | a | b |\n")).isEqualTo(TableFormat.MARKDOWN);
        assertThat(TableFormat.detect("a | b\n--- | :---:\n")).isEqualTo(TableFormat.MARKDOWN);
    }

    @Test
    void aTabInTheHeaderIsTabSeparatedEvenWithCommas() {
        assertThat(TableFormat.detect("ক্ষেত্র, উদ্দেশ্য\tমান\n")).isEqualTo(TableFormat.TSV);
        assertThat(TableFormat.detect("\tমান\r\nx\t1")).isEqualTo(TableFormat.TSV);
    }

    @Test
    void aCommaWithoutTabsIsCommaSeparated() {
        assertThat(TableFormat.detect("Area,Area weight\nA,1\n")).isEqualTo(TableFormat.CSV);
    }

    @Test
    void aCsvHeaderUnderATitleWithoutCommasIsCommaSeparated() {
        assertThat(TableFormat.detect("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\n\nArea,Area weight,Activity,Indicator,Target\n"))
                .isEqualTo(TableFormat.CSV);
        // A sentence of the letter with a comma or three is not a header.
        assertThatThrownBy(() -> TableFormat.detect("অগ্রগতি প্রতিবেদন\nক, খ, গ, ঘ\n"))
                .hasMessageContaining("cannot be told");
    }

    @Test
    void otherwiseTheFormatCannotBeTold() {
        assertThatThrownBy(() -> TableFormat.detect("\nঅগ্রগতি প্রতিবেদন\n")).isInstanceOf(InvalidInputException.class)
                .hasMessage("line 2: The table's format cannot be told: its first line holds no tab, comma or pipe"
                        + " (অগ্রগতি প্রতিবেদন). Maybe copy the table with its cells separated by tabs, or save it as CSV.");
        assertThatThrownBy(() -> TableFormat.detect(" \n\t\n")).hasMessage("The input holds no table.");
    }

    @Test
    void delimiters() {
        assertThat(TableFormat.TSV.delimiter()).isEqualTo('\t');
        assertThat(TableFormat.CSV.delimiter()).isEqualTo(',');
        assertThat(TableFormat.MARKDOWN.delimiter()).isEqualTo('|');
    }
}
