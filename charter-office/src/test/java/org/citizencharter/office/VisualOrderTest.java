package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citizencharter.office.internal.VisualOrder;
import org.citizencharter.office.testing.PdfFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bengali in the order glyphs are drawn (a PDF's text layer as Word writes it) put back in Unicode's order. */
class VisualOrderTest {

    private static final List<String> WORDS = List.of("কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক অর্জন",
            "৪র্থ ত্রৈমাসিক", "প্রতিবেদন", "মন্তব্য", "কার্যক্রমের ক্ষেত্র", "কৌশলগত উদ্দেশ্য", "কর্মসম্পাদন সূচকের মান",
            "চলতি মানের নিম্নে", "অর্জনের শতকরা হার", "প্রকৃত অর্জন", "কোয়ার্টার", "প্রান্তিক", "বার্ষিক লক্ষ্যমাত্রা",
            "[১.১.১] কমিটি পুনর্গঠিত", "জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী", "সেবা প্রদান প্রতিশ্রুতি",
            "স্টেকহোল্ডারগণের সমন্বয়ে অবহিতকরণ সভা", "নির্দেশিকা", "ধর্মে", "অর্ধবার্ষিক", "ক্রমপুঞ্জিভূত", "২০২২-২৩",
            "অ্যাসিস্ট্যান্ট কমিশনার (ভূমি)", "এ্যাডভোকেট");

    /** Visual order as written out by hand, one word's signs at a time. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "কমর্সম্পাদন সূচক|কর্মসম্পাদন সূচক",
        "ৈত্রমািসক|ত্রৈমাসিক",
        "প্রিতেবদন|প্রতিবেদন",
        "কাযর্ক্রেমর েক্ষত্র|কার্যক্রমের ক্ষেত্র",
        "েকৗশলগত|কৌশলগত",
        "েকায়াটর্ার|কোয়ার্টার",
        "কাযর্ালয়|কার্যালয়",
        "কাযার্লয়|কার্যালয়",
        "িনেদর্িশকা|নির্দেশিকা",
        "অজর্েনর|অর্জনের",
        "৪থর্|৪র্থ",
        "ধেমর্|ধর্মে",
        "পুনগর্িঠত|পুনর্গঠিত",
        "েস্টকেহাল্ডারগেণর|স্টেকহোল্ডারগণের",
        "লক্ষ্যমাত্রা|লক্ষ্যমাত্রা",
        "মন্তব্য|মন্তব্য",
        "[১.২.১] ২৫%|[১.২.১] ২৫%",
        "অ্যািসস্ট্যান্ট কিমশনার|অ্যাসিস্ট্যান্ট কমিশনার",
    })
    void putsTheWordsOfThePlanTablesBackInUnicodesOrder(String visual, String logical) {
        assertThat(VisualOrder.toLogical(visual)).isEqualTo(logical);
    }

    @Test
    void readsBackWhatAShapingEngineWritesWhereverItPutsTheReph() {
        for (String word : WORDS) {
            assertThat(VisualOrder.toLogical(PdfFiles.visual(word, false))).as(word).isEqualTo(word);
            assertThat(VisualOrder.toLogical(PdfFiles.visual(word, true))).as(word).isEqualTo(word);
        }
    }

    @Test
    void tellsTheOrderFromSignsThatOnlyOneOrderExplains() {
        VisualOrder.Evidence visual = VisualOrder.evidence("সেবা প্রদান: " + PdfFiles.visual("সেবা প্রদান", false));
        assertThat(visual.visual()).isEqualTo(1);
        assertThat(visual.visualWord()).isEqualTo("েসবা");
        assertThat(visual.logical()).isZero();
        VisualOrder.Evidence logical = VisualOrder.evidence("চলতি মানের নিম্নে");
        assertThat(logical.visual()).isZero();
        assertThat(logical.logical()).isEqualTo(2);
        assertThat(logical.logicalWord()).isEqualTo("চলতি");
        // A reph with no letter after it is drawn after its cluster.
        assertThat(VisualOrder.evidence("৪থর্ ত্রৈমাসিক").visual()).isEqualTo(1);
        // Words that read the same in both orders, or are wrong in one but not impossible, are no evidence.
        assertThat(VisualOrder.evidence("প্রিতেবদন কমর্সম্পাদন লক্ষ্যমাত্রা ২০২২-২৩ Q1")).isEqualTo(VisualOrder.Evidence.NONE);
    }

    @Test
    void refusesWhatItCouldOnlyGuess() {
        assertThatThrownBy(() -> VisualOrder.toLogical("মানে ক")).hasMessage("a vowel sign with no letter after it in \"মানে\"");
        assertThatThrownBy(() -> VisualOrder.toLogical("ক ি")).hasMessage("a vowel sign with no letter after it in \"ি\"");
        assertThatThrownBy(() -> VisualOrder.toLogical("অ র্ক")).hasMessage("a reph (র্) with no letter before it in \"র্ক\"");
        assertThatThrownBy(() -> VisualOrder.toLogical("কা ্ক")).hasMessageContaining("sign with no letter before it");
    }
}
