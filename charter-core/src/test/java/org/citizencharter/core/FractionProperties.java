package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * Fraction's fast paths (lowest terms in longs, terminating decimals without dividing) give exactly
 * what BigInteger's gcd and BigDecimal's division give, scale included.
 */
class FractionProperties {

    private static final MathContext UNROUNDED = new MathContext(Fraction.SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

    @Test
    void lowestTermsAsBigIntegerGives() {
        Property.forAll("Fraction.of reduces as BigInteger.gcd does", random -> {
            BigInteger n = number(random);
            BigInteger d = number(random).abs().add(BigInteger.ONE);
            Fraction fraction = Fraction.of(n, d);
            BigInteger gcd = n.gcd(d);
            assertThat(fraction.numerator()).isEqualTo(n.divide(gcd));
            assertThat(fraction.denominator()).isEqualTo(d.divide(gcd));
        });
    }

    @Test
    void decimalAsTheDivisionGives() {
        Property.forAll("Fraction.toBigDecimal is the division to 34 digits", random -> {
            BigInteger n = number(random);
            // Denominators of 2^a 5^b (terminating) times, one time in three, something else.
            BigInteger d = BigInteger.TWO.pow(random.nextInt(0, 30)).multiply(BigInteger.valueOf(5).pow(random.nextInt(0, 30)));
            if (random.nextInt(3) == 0) {
                d = d.multiply(BigInteger.valueOf(random.nextInt(1, 1000)));
            }
            Fraction fraction = Fraction.of(n, d);
            BigDecimal expected = new BigDecimal(fraction.numerator()).divide(new BigDecimal(fraction.denominator()),
                    UNROUNDED);
            if (fraction.denominator().equals(BigInteger.ONE)) {
                expected = new BigDecimal(fraction.numerator());
            }
            assertThat(fraction.toBigDecimal()).isEqualTo(expected);
            assertThat(fraction.toBigDecimal().scale()).isEqualTo(expected.scale());
        });
    }

    /** Mostly small numbers, as plans have, sometimes beyond a long. */
    private static BigInteger number(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> BigInteger.valueOf(random.nextInt(-1000, 1000));
            case 1 -> BigInteger.valueOf(random.nextLong());
            case 2 -> BigInteger.valueOf(random.nextLong()).multiply(BigInteger.valueOf(random.nextLong()));
            default -> BigInteger.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000L)).multiply(BigInteger.TEN.pow(random.nextInt(0, 12)));
        };
    }
}
