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
