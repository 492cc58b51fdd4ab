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
    void aFiguresTextIsWhatToStringGives() {
        Property.forAll("Write.decimal is BigDecimal.toString", random -> {
            // Unscaled values of every size to 130 bits, either sign, runs of zeros and nines among them
            // (a group of nine digits that is all zeros, or begins with them); scales from -3 to 45.
            byte[] bytes = new byte[17];
            random.nextBytes(bytes);
            BigInteger unscaled = new BigInteger(1, bytes).shiftRight(random.nextInt(6, 136));
            if (random.nextInt(4) == 0) {
                unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(1, 20)))
                        .add(BigInteger.valueOf(random.nextInt(-1, 2)));
            }
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(-3, 46));
            assertThat(Write.decimal(value)).as("%s", value).isEqualTo(value.toString());
        });
        assertThat(Write.decimal(new BigDecimal("0.6666666666666666666666666666666667")))
                .isEqualTo("0.6666666666666666666666666666666667");
        assertThat(Write.decimal(new BigDecimal("-1000000000000000000000.000000000000")))
                .isEqualTo("-1000000000000000000000.000000000000");
        assertThat(Write.decimal(new BigDecimal("1.23456789012345678901234E-9"))).isEqualTo("1.23456789012345678901234E-9");
    }

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

    /** Reading checks a figure against its exact value rounded from the value's text: as from the value. */
    @Test
    void anExactValueIsRoundedFromItsTextAsFromItsValue() {
        Property.forAll("exact value rounded from its text", random -> {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            for (int i = random.nextInt(1, 6); i > 0; i--) {
                text.append("0945".charAt(random.nextInt(4)));
            }
            if (random.nextInt(4) > 0) {
                text.append('.');
                for (int i = random.nextInt(1, 40); i > 0; i--) {
                    text.append("0123456789".charAt(random.nextInt(10)));
                }
            }
            if (random.nextInt(5) == 0) {
                text.append('E').append(random.nextInt(-8, 9));
            }
            BigDecimal value = new BigDecimal(text.toString());
            int scale = random.nextInt(0, 11);
            assertThat(ScorecardJson.rounded(text.toString(), value, scale)).as("%s to %d decimals", text, scale)
                    .isEqualTo(ScorecardJson.round(value, scale));
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
