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
 * Fraction's fast paths (lowest terms in longs, terminating decimals without dividing, Knuth's sum and
 * product) give exactly what BigInteger's gcd and BigDecimal's division give, scale included.
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
            assertIsTheDivision(Fraction.of(n, d));
        });
    }

    @Test
    void quotientOfSmallPartsAsTheDivisionGives() {
        Property.forAll("Fraction.toBigDecimal of parts below 2^62 is the division to 34 digits, scale included",
                random -> {
            // Numerators of every size up to 2^62, either sign; denominators of every size, both sides of 2^31
            // (worked out in longs below, divided above), nearly all not of the form 2^a 5^b.
            long numerator = random.nextLong(1L << random.nextInt(1, 63)) * (random.nextBoolean() ? 1 : -1);
            long denominator = 2 + random.nextLong(1L << random.nextInt(1, 62));
            if (random.nextInt(8) == 0) {
                denominator = (1L << 31) + random.nextInt(-3, 3);
            }
            assertIsTheDivision(Fraction.of(numerator, denominator));
        });
    }

    @Test
    void quotientsThatRoundUpStripOrStartWithZeros() {
        // 2/3 rounds up at the 34th digit; (2^62 - 1) / 3 has 19 whole digits; 1/2^30 and -7/2^30 terminate past
        // 19 decimals (exact, so stripped); 1/(2^31 - 1), the largest denominator worked out in longs, begins with
        // nine zeros after the point; 1/(2^31 + 1) and 1/7,000,000,000 are divided; 999,999,999,999 /
        // 1,000,000,001 runs to nines.
        long[][] cases = {{2, 3}, {-2, 3}, {1, 7_000_000_000L}, {(1L << 62) - 1, 3}, {1, 1L << 30},
            {-7, 1L << 30}, {1, (1L << 31) - 1}, {1, (1L << 31) + 1}, {999_999_999_999L, 1_000_000_001L}};
        for (long[] parts : cases) {
            assertIsTheDivision(Fraction.of(parts[0], parts[1]));
        }
        assertThat(Fraction.of(2, 3).toBigDecimal()).hasToString("0.6666666666666666666666666666666667");
    }

    @Test
    void arithmeticAsTheSchoolbookFormulasGive() {
        Property.forAll("plus, minus, times and over are a/b op c/d brought to lowest terms by BigInteger.gcd", random -> {
            Fraction x = fraction(random);
            Fraction y = fraction(random);
            BigInteger a = x.numerator();
            BigInteger b = x.denominator();
            BigInteger c = y.numerator();
            BigInteger d = y.denominator();
            assertLowestTerms(x.plus(y), a.multiply(d).add(c.multiply(b)), b.multiply(d));
            assertLowestTerms(x.minus(y), a.multiply(d).subtract(c.multiply(b)), b.multiply(d));
            assertLowestTerms(x.times(y), a.multiply(c), b.multiply(d));
            if (c.signum() != 0) {
                assertLowestTerms(x.over(y), a.multiply(d), b.multiply(c));
            }
            // A weighted sum, as an area's score is: denominators that grow with every term.
            Fraction sum = Fraction.ZERO;
            BigInteger n = BigInteger.ZERO;
            BigInteger m = BigInteger.ONE;
            for (int i = 0; i < 6; i++) {
                Fraction term = fraction(random).times(fraction(random)).min(Fraction.ONE);
                sum = sum.plus(term);
                n = n.multiply(term.denominator()).add(term.numerator().multiply(m));
                m = m.multiply(term.denominator());
            }
            assertLowestTerms(sum, n, m);
        });
    }

    @Test
    void oneValueOneFormWhateverTheWayToIt() {
        Property.forAll("equal values are equal, hash alike, compare as BigInteger does and read back from their text",
                random -> {
            Fraction x = fraction(random);
            Fraction y = fraction(random);
            BigInteger k = number(random).abs().add(BigInteger.ONE).multiply(BigInteger.valueOf(Long.MAX_VALUE));
            Fraction scaled = Fraction.of(x.numerator().multiply(k), x.denominator().multiply(k));
            assertThat(scaled).isEqualTo(x).hasSameHashCodeAs(x);
            assertThat(x.plus(y).minus(y)).isEqualTo(x).hasSameHashCodeAs(x);
            assertThat(Fraction.parse(x.toString())).isEqualTo(x);
            int expected = x.numerator().multiply(y.denominator()).compareTo(y.numerator().multiply(x.denominator()));
            assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(expected));
            assertThat(x.equals(y)).isEqualTo(expected == 0);
            assertThat(x.signum()).isEqualTo(x.numerator().signum());
            assertThat(x.isZero()).isEqualTo(x.numerator().signum() == 0);
            assertThat(x.negate().numerator()).isEqualTo(x.numerator().negate());
            assertThat(x.round(2)).isEqualTo(new BigDecimal(x.numerator())
                    .divide(new BigDecimal(x.denominator()), 2, RoundingMode.HALF_UP));
            int scale = random.nextInt(0, 25);
            assertThat(Fraction.of(new BigDecimal(x.numerator(), scale)))
                    .isEqualTo(Fraction.of(x.numerator(), BigInteger.TEN.pow(scale)));
        });
    }

    /** The fraction's decimal is BigDecimal's division to 34 digits (a whole number as itself), scale included. */
    private static void assertIsTheDivision(Fraction fraction) {
        BigDecimal expected = fraction.denominator().equals(BigInteger.ONE) ? new BigDecimal(fraction.numerator())
                : new BigDecimal(fraction.numerator()).divide(new BigDecimal(fraction.denominator()), UNROUNDED);
        assertThat(fraction.toBigDecimal()).as("%s", fraction).isEqualTo(expected);
        assertThat(fraction.toBigDecimal().scale()).as("%s", fraction).isEqualTo(expected.scale());
    }

    private static void assertLowestTerms(Fraction actual, BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        assertThat(actual.numerator()).isEqualTo(numerator.divide(gcd));
        assertThat(actual.denominator()).isEqualTo(denominator.divide(gcd));
    }

    /** Fractions as scoring makes them: small parts mostly, one in four beyond a long, zero sometimes. */
    private static Fraction fraction(RandomGenerator random) {
        BigInteger d = number(random).abs().add(BigInteger.ONE);
        if (random.nextInt(4) == 0) {
            d = d.multiply(BigInteger.valueOf(random.nextInt(1, 10_000)));
        }
        return Fraction.of(random.nextInt(10) == 0 ? BigInteger.ZERO : number(random), d);
    }

    /** Mostly small numbers, as plans have, sometimes beyond a long or about 2^62, where a fraction changes form. */
    private static BigInteger number(RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 4 -> BigInteger.ONE.shiftLeft(62).add(BigInteger.valueOf(random.nextInt(-3, 3)))
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
            case 0 -> BigInteger.valueOf(random.nextInt(-1000, 1000));
            case 1 -> BigInteger.valueOf(random.nextLong());
            case 2 -> BigInteger.valueOf(random.nextLong()).multiply(BigInteger.valueOf(random.nextLong()));
            default -> BigInteger.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000L)).multiply(BigInteger.TEN.pow(random.nextInt(0, 12)));
        };
    }
}
