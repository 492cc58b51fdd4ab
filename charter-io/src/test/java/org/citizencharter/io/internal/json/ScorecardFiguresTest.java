package org.citizencharter.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

/** A scorecard's figures rounded from their exact text, as BigDecimal rounds them. */
class ScorecardFiguresTest {

    @Test
    void aFigureIsRoundedFromItsTextAsSetScaleRoundsIt() {
        Property.forAll("rounded text", random -> {
            // Runs of 9s, 4s, 5s and 0s to reach every carry, tie and zero; up to 40 digits, either sign.
            StringBuilder digits = new StringBuilder();
            String kinds = "0123456789";
            for (int i = random.nextInt(1, 41); i > 0; i--) {
                digits.append(random.nextInt(3) == 0 ? kinds.charAt(random.nextInt(10)) : "9450".charAt(random.nextInt(4)));
            }
            BigInteger unscaled = new BigInteger(digits.toString());
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(1, 30));
            int scale = random.nextInt(0, Math.min(value.scale(), 11));
            String text = value.toString();
            if (text.indexOf('E') < 0) {
                assertThat(ScorecardJson.roundedText(text, scale)).as("%s to %d decimals", text, scale)
                        .isEqualTo(value.setScale(scale, RoundingMode.HALF_UP).toPlainString());
            }
        });
    }

    @Test
    void anExactFigureIsWrittenAsToStringWritesIt() {
        Property.forAll("exact text", random -> {
            // 1 to 46 digits (so below, within and above the 20 to 38 done with longs), either sign, any scale.
            StringBuilder digits = new StringBuilder().append((char) ('1' + random.nextInt(9)));
            for (int i = random.nextInt(0, 46); i > 0; i--) {
                digits.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            }
            BigInteger unscaled = new BigInteger(digits.toString());
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(-3, 70));
            assertThat(ScorecardJson.exactText(value)).isEqualTo(value.toString());
        });
        BigDecimal quotient = new BigDecimal("76.98924731182795698924731182795699");
        assertThat(ScorecardJson.exactText(quotient)).isEqualTo("76.98924731182795698924731182795699");
        assertThat(ScorecardJson.exactText(quotient.movePointLeft(36))).isEqualTo("7.698924731182795698924731182795699E-35");
        assertThat(ScorecardJson.exactText(quotient.movePointLeft(6))).isEqualTo("0.00007698924731182795698924731182795699");
    }

    @Test
    void carriesTiesAndZeros() {
        assertThat(ScorecardJson.roundedText("9.995", 2)).isEqualTo("10.00");
        assertThat(ScorecardJson.roundedText("-9.995", 2)).isEqualTo("-10.00");
        assertThat(ScorecardJson.roundedText("0.5", 0)).isEqualTo("1");
        assertThat(ScorecardJson.roundedText("-0.4", 0)).isEqualTo("0");
        assertThat(ScorecardJson.roundedText("-0.004", 2)).isEqualTo("0.00");
        assertThat(ScorecardJson.roundedText("66.666666666666666667", 2)).isEqualTo("66.67");
        assertThat(ScorecardJson.roundedText("12.344999", 2)).isEqualTo("12.34");
    }
}
