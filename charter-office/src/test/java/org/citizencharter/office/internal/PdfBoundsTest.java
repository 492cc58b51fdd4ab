package org.citizencharter.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link PdfBounds} counts of a character map: the codes its ranges expand to, as PDFBox expands them. */
class PdfBoundsTest {

    private static long codes(String map) {
        return PdfBounds.rangedCodes(map.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void eachRangeCountsItsCodesWhateverItsDestination() {
        assertThat(codes("2 beginbfrange\n<0000> <FFFF> <0041>\n<0020> <007E> [<0041> <0042>]\nendbfrange")).isEqualTo(
                65_536 + 95);
        assertThat(codes("1 beginbfrange <10> <0f> <41> endbfrange")).isZero();
        assertThat(codes("1 beginbfrange <FFFFFFFF> <FFFFFFFF> <0041> endbfrange")).isOne();
    }

    @Test
    void everyBlockCountsAndNothingOutsideThem() {
        String block = "1 beginbfrange <0000> <00FF> <0041> endbfrange\n";
        assertThat(codes("1 beginbfchar <0000> <0041> endbfchar\n" + block + block + "<0000> <FFFF> <0041>"))
                .isEqualTo(512);
        // A block that never ends is counted to the end of the text, as PDFBox reads on to it.
        assertThat(codes("1 beginbfrange <0000> <00FF> <0041>")).isEqualTo(256);
    }

    @Test
    void aRangeInACommentCountsToo() {
        // PDFBox skips comments; counting them can only refuse more, never let more through.
        assertThat(codes("1 beginbfrange % <0000> <FFFF> <0041>\n<0000> <0001> <0041> endbfrange")).isEqualTo(65_536 + 2);
    }
}
