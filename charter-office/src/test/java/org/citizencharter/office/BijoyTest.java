package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizencharter.office.internal.Bijoy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bijoy (SutonnyMJ) glyph codes to Unicode, on the words of domain.md's tables. */
class BijoyTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Kg©m¤úv`b m~PK|কর্মসম্পাদন সূচক",
        "Kvh©µ‡gi †ÿÎ|কার্যক্রমের ক্ষেত্র",
        "jÿ¨gvÎv|লক্ষ্যমাত্রা",
        "j¶¨gvÎv|লক্ষ্যমাত্রা",
        "cÖK…Z AR©b|প্রকৃত অর্জন",
        "AR©‡bi kZKiv nvi|অর্জনের শতকরা হার",
        "‡mev cÖ`vb cÖwZkÖæwZ|সেবা প্রদান প্রতিশ্রুতি",
        "PjwZ gv‡bi wb‡¤œ|চলতি মানের নিম্নে",
        "1g ˆÎgvwmK|১ম ত্রৈমাসিক",
        "‡KŠkjMZ D‡Ïk¨|কৌশলগত উদ্দেশ্য",
        "gšÍe¨|মন্তব্য",
        "gš—e¨|মন্তব্য",
        "e¨e¯’v|ব্যবস্থা",
        "cÖgvYK|প্রমাণক",
        "Kg©m¤úv`b m~P‡Ki gvb|কর্মসম্পাদন সূচকের মান",
        "AwZ DËg|অতি উত্তম",
        "evwl©K|বার্ষিক",
        "cwiKíbv|পরিকল্পনা",
        "24-25|২৪-২৫",
    })
    void convertsTheWordsOfThePlanTables(String bijoy, String unicode) {
        assertThat(Bijoy.toUnicode(bijoy)).isEqualTo(unicode);
    }

    @Test
    void knowsTheBijoyFontsByName() {
        assertThat(Bijoy.isBijoyFont("SutonnyMJ")).isTrue();
        assertThat(Bijoy.isBijoyFont("Sutonny MJ Bold")).isTrue();
        assertThat(Bijoy.isBijoyFont("SulekhaMJ")).isTrue();
        assertThat(Bijoy.isBijoyFont("SutonnyOMJ")).isFalse();
        assertThat(Bijoy.isBijoyFont("Nikosh")).isFalse();
        assertThat(Bijoy.isBijoyFont("Calibri")).isFalse();
        assertThat(Bijoy.isBijoyFont(null)).isFalse();
        assertThat(Bijoy.isBijoyFont("'SutonnyMJ' Bold Italic, serif")).isTrue();
        assertThat(Bijoy.isBijoyFont("SutonnyOMJ Regular, SutonnyMJ")).isFalse();
        assertThat(Bijoy.isBijoyFont("MJ")).isTrue();
        assertThat(Bijoy.isBijoyFont("J")).isFalse();
    }

    @Test
    void aFontNameOfManyStyleWordsIsNoOverflow() {
        // The style words were cut by a repeated group in a pattern, one level of the stack a word.
        assertThat(Bijoy.isBijoyFont("SutonnyMJ" + " Bold".repeat(100_000))).isTrue();
        assertThat(Bijoy.isBijoyFont("Nikosh" + "bold".repeat(100_000) + "x")).isFalse();
    }

    @Test
    void recognisesBijoyTextThatNoFontNames() {
        assertThat(Bijoy.looksLikeBijoy("Kg©m¤úv`b m~PK")).isTrue();
        assertThat(Bijoy.looksLikeBijoy("Performance indicator")).isFalse();
        assertThat(Bijoy.looksLikeBijoy("কর্মসম্পাদন সূচক")).isFalse();
        assertThat(Bijoy.looksLikeBijoy("25%")).isFalse();
    }
}
