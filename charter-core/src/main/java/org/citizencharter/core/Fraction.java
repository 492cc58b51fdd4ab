package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number: the figure a quotient (an average, a percent, a score) stays until it is
 * written.
 *
 * <p>domain.md §3: arithmetic is exact; a quotient is rounded once, HALF_UP, when it is written, and
 * nowhere before. {@code Fraction.of(333, 100).times(Fraction.of(250, 3)).over(Fraction.of(100))} is
 * exactly 2.775, which {@link #round(int) round(2)} writes 2.78. Where an unrounded figure is carried,
 * it is {@link #toBigDecimal()}: the fraction to {@link #SIGNIFICANT_DIGITS 34} significant digits.
 *
 * <p>Always in lowest terms with a positive denominator, so {@link #equals(Object)} is equality of
 * value. Immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

    /** The significant digits of an unrounded figure written as a decimal. */
    public static final int SIGNIFICANT_DIGITS = 34;

    private static final MathContext UNROUNDED = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    /** One hundred, to make a percent. */
    public static final Fraction HUNDRED = new Fraction(BigInteger.valueOf(100), BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * A fraction in lowest terms.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws ArithmeticException if the denominator is zero
     */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        requireNonNull(numerator, "numerator");
        requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("A fraction's denominator is zero (" + numerator + " / 0)");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (denominator.equals(BigInteger.ONE)) {
            return new Fraction(numerator, denominator);
        }
        if (numerator.bitLength() < Long.SIZE - 1 && denominator.bitLength() < Long.SIZE - 1) {
            // The usual case, in longs: BigInteger.gcd and divide cost several times more (docs/performance.md).
            long n = numerator.longValue();
            long d = denominator.longValue();
            long gcd = gcd(Math.abs(n), d);
            return gcd == 1 ? new Fraction(numerator, denominator)
                    : new Fraction(BigInteger.valueOf(n / gcd), BigInteger.valueOf(d / gcd));
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Fraction(numerator, denominator);
    }

    /**
     * A fraction of two whole numbers.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * A whole number.
     *
     * @param value the number
     * @return the fraction
     */
    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /**
     * A decimal, exactly: 11.115 is 2223 / 200.
     *
     * @param value the decimal
     * @return the fraction
     */
    public static Fraction of(BigDecimal value) {
        requireNonNull(value, "value");
        if (value.scale() <= 0) {
            return new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /**
     * Reads a fraction written "n/d" or as a decimal ("2.775"), as {@link #toString()} writes it.
     *
     * @param text the text
     * @return the fraction
     * @throws InvalidInputException if the text is neither
     */
    public static Fraction parse(String text) {
        requireNonNull(text, "text");
        try {
            int slash = text.indexOf('/');
            if (slash < 0) {
                return of(new BigDecimal(text.strip()));
            }
            return of(new BigInteger(text.substring(0, slash).strip()), new BigInteger(text.substring(slash + 1).strip()));
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of("A fraction is written n/d or as a decimal", text);
        }
    }

    /**
     * The numerator, in lowest terms.
     *
     * @return the numerator, signed
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * The denominator, in lowest terms.
     *
     * @return the denominator, positive
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * The sum.
     *
     * @param other the addend
     * @return this + other
     */
    public Fraction plus(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        if (fitsLong(numerator, other.denominator) && fitsLong(other.numerator, denominator)
                && fitsLong(denominator, other.denominator)) {
            // Small parts (most figures of a plan): one gcd, in longs (in of).
            return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }
        // Knuth's addition (TAOCP 4.5.1): the common factor of the denominators first, so that the gcd that
        // brings the sum to lowest terms is taken with that factor, never with the product of the
        // denominators, which grows with every term of a weighted sum (docs/performance.md).
        BigInteger common = gcd(denominator, other.denominator);
        if (common.equals(BigInteger.ONE)) {
            return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }
        BigInteger sum = numerator.multiply(other.denominator.divide(common))
                .add(other.numerator.multiply(denominator.divide(common)));
        BigInteger reduce = gcd(sum, common);
        return new Fraction(divide(sum, reduce), denominator.divide(common).multiply(divide(other.denominator, reduce)));
    }

    /**
     * The difference.
     *
     * @param other the subtrahend
     * @return this − other
     */
    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    /**
     * The product.
     *
     * @param other the factor
     * @return this × other
     */
    public Fraction times(Fraction other) {
        if (numerator.signum() == 0 || other.numerator.signum() == 0) {
            return ZERO;
        }
        if (fitsLong(numerator, other.numerator) && fitsLong(denominator, other.denominator)) {
            return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }
        // Larger parts: cross-cancelled first (Knuth), so that no gcd is taken of the products.
        BigInteger a = gcd(numerator, other.denominator);
        BigInteger b = gcd(other.numerator, denominator);
        return new Fraction(divide(numerator, a).multiply(divide(other.numerator, b)),
                divide(denominator, b).multiply(divide(other.denominator, a)));
    }

    /**
     * The product with a decimal.
     *
     * @param other the factor
     * @return this × other
     */
    public Fraction times(BigDecimal other) {
        return times(of(other));
    }

    /**
     * The quotient.
     *
     * @param divisor the divisor, not zero
     * @return this / divisor
     * @throws ArithmeticException if the divisor is zero
     */
    public Fraction over(Fraction divisor) {
        if (divisor.numerator.signum() == 0) {
            throw new ArithmeticException("Division by zero (" + this + " / 0)");
        }
        Fraction reciprocal = divisor.numerator.signum() > 0 ? new Fraction(divisor.denominator, divisor.numerator)
                : new Fraction(divisor.denominator.negate(), divisor.numerator.negate());
        return times(reciprocal);
    }

    /**
     * The quotient by a decimal.
     *
     * @param divisor the divisor, not zero
     * @return this / divisor
     */
    public Fraction over(BigDecimal divisor) {
        return over(of(divisor));
    }

    /**
     * The negation.
     *
     * @return −this
     */
    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    /**
     * The smaller of two fractions.
     *
     * @param other the other
     * @return the smaller (this one when equal)
     */
    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * The larger of two fractions.
     *
     * @param other the other
     * @return the larger (this one when equal)
     */
    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * This fraction kept between two bounds.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @return low if below it, high if above it, else this
     */
    public Fraction clamp(Fraction low, Fraction high) {
        return max(low).min(high);
    }

    /**
     * The sign.
     *
     * @return −1, 0 or 1
     */
    public int signum() {
        return numerator.signum();
    }

    /**
     * Whether this is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /**
     * The figure rounded once, HALF_UP, to a number of decimals: how a quotient is written.
     *
     * @param scale the decimals
     * @return the rounded decimal, with exactly that scale
     */
    public BigDecimal round(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /**
     * The unrounded figure as a decimal: exact when it has at most 34 significant digits, else rounded
     * HALF_UP to 34 significant digits (2/3 is 0.6666666666666666666666666666666667).
     *
     * @return the decimal
     */
    public BigDecimal toBigDecimal() {
        if (denominator.equals(BigInteger.ONE)) {
            return new BigDecimal(numerator);
        }
        if (denominator.bitLength() < Long.SIZE - 1) {
            // A denominator of 2^a 5^b makes a terminating decimal of max(a, b) places, with no trailing zero
            // (the fraction is in lowest terms): what the division gives, without dividing and stripping
            // zeros one digit at a time (docs/performance.md).
            long d = denominator.longValue();
            int twos = Long.numberOfTrailingZeros(d);
            d >>>= twos;
            int fives = 0;
            while (d % 5 == 0) {
                d /= 5;
                fives++;
            }
            int scale = Math.max(twos, fives);
            if (d == 1 && scale < POWERS_OF_FIVE.length) {
                BigDecimal exact = new BigDecimal(
                        numerator.multiply(BigInteger.valueOf(POWERS_OF_FIVE[scale - fives] << (scale - twos))), scale);
                if (exact.precision() <= SIGNIFICANT_DIGITS) {
                    return exact;
                }
            }
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), UNROUNDED);
    }

    /** 5^0 .. 5^18: 5^k × 2^j for j, k up to 18 stays within a long. */
    private static final long[] POWERS_OF_FIVE = new long[19];

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int i = 1; i < POWERS_OF_FIVE.length; i++) {
            POWERS_OF_FIVE[i] = POWERS_OF_FIVE[i - 1] * 5;
        }
    }

    /** The greatest common divisor of two longs, neither negative (binary: shifts and subtractions). */
    private static long gcd(long a, long b) {
        if (a == 0 || b == 0) {
            return a | b;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    /** The greatest common divisor of two integers, not negative; in longs when both fit. */
    private static BigInteger gcd(BigInteger a, BigInteger b) {
        if (a.bitLength() < Long.SIZE - 1 && b.bitLength() < Long.SIZE - 1) {
            return BigInteger.valueOf(gcd(Math.abs(a.longValue()), Math.abs(b.longValue())));
        }
        return a.gcd(b);
    }

    /** Whether the product of two integers (and a sum of two such) stays within a long. */
    private static boolean fitsLong(BigInteger a, BigInteger b) {
        return a.bitLength() + b.bitLength() < Long.SIZE - 2;
    }

    /** A quotient known to be exact, without dividing by one. */
    private static BigInteger divide(BigInteger dividend, BigInteger divisor) {
        return divisor.equals(BigInteger.ONE) ? dividend : dividend.divide(divisor);
    }

    /**
     * The unrounded figure ({@link #toBigDecimal()}) written plainly, without trailing zeros: "3", "2.775",
     * "0.6666666666666666666666666666666667". How a formula shows its figures.
     *
     * @return the text
     */
    public String toPlainString() {
        BigDecimal plain = toBigDecimal().stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0, RoundingMode.UNNECESSARY) : plain).toPlainString();
    }

    @Override
    public int compareTo(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction that && numerator.equals(that.numerator) && denominator.equals(that.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /**
     * The fraction as "n/d", or "n" when whole; {@link #parse(String)} reads it back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
