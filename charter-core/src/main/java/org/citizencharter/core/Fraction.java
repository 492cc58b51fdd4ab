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
 * value. A fraction whose parts are both below 2^62 in size (nearly every figure of a plan) is held and
 * computed in longs, a larger one in {@link BigInteger}s, as {@link BigDecimal} keeps a small
 * unscaled value in a long: the same figures either way, at a fraction of the cost (docs/performance.md).
 * Immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

    /** The significant digits of an unrounded figure written as a decimal. */
    public static final int SIGNIFICANT_DIGITS = 34;

    private static final MathContext UNROUNDED = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

    /** Parts below this in size are kept in longs: their sums and negations stay within a long. */
    private static final long SMALL = 1L << 62;

    /** Zero. */
    public static final Fraction ZERO = new Fraction(0, 1);
    /** One. */
    public static final Fraction ONE = new Fraction(1, 1);
    /** One hundred, to make a percent. */
    public static final Fraction HUNDRED = new Fraction(100, 1);

    /** The parts when both are small ({@link #bigNumerator} null). */
    private final long numerator;
    private final long denominator;
    /** The parts when either is not small, else null: never both forms for one value. */
    private final BigInteger bigNumerator;
    private final BigInteger bigDenominator;

    private Fraction(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.bigNumerator = null;
        this.bigDenominator = null;
    }

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = 0;
        this.denominator = 0;
        this.bigNumerator = numerator;
        this.bigDenominator = denominator;
    }

    /** A fraction already in lowest terms with a positive denominator, in the form its size calls for. */
    private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
        if (isSmall(numerator) && isSmall(denominator)) {
            return new Fraction(numerator.longValue(), denominator.longValue());
        }
        return new Fraction(numerator, denominator);
    }

    /** A fraction of longs already in lowest terms with a positive denominator. */
    private static Fraction reduced(long numerator, long denominator) {
        if (isSmall(numerator) && denominator < SMALL) {
            return new Fraction(numerator, denominator);
        }
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    private static boolean isSmall(long value) {
        return value > -SMALL && value < SMALL;
    }

    private static boolean isSmall(BigInteger value) {
        return value.bitLength() < Long.SIZE && isSmall(value.longValue());
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
        if (isSmall(numerator) && isSmall(denominator)) {
            return of(numerator.longValue(), denominator.longValue());
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return reduced(numerator, denominator);
    }

    /**
     * A fraction of two whole numbers.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws ArithmeticException if the denominator is zero
     */
    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("A fraction's denominator is zero (" + numerator + " / 0)");
        }
        if (!isSmall(numerator) || !isSmall(denominator)) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        return new Fraction(numerator / gcd, denominator / gcd);
    }

    /**
     * A whole number.
     *
     * @param value the number
     * @return the fraction
     */
    public static Fraction of(long value) {
        return reduced(value, 1);
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
            return reduced(value.toBigIntegerExact(), BigInteger.ONE);
        }
        if (value.scale() < TENS.length && value.precision() < 18) {
            return of(value.unscaledValue().longValue(), TENS[value.scale()]);
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
        return bigNumerator == null ? BigInteger.valueOf(numerator) : bigNumerator;
    }

    /**
     * The denominator, in lowest terms.
     *
     * @return the denominator, positive
     */
    public BigInteger denominator() {
        return bigNumerator == null ? BigInteger.valueOf(denominator) : bigDenominator;
    }

    /**
     * The sum.
     *
     * @param other the addend
     * @return this + other
     */
    public Fraction plus(Fraction other) {
        if (bigNumerator == null && other.bigNumerator == null) {
            // Knuth's addition (TAOCP 4.5.1) in longs: the common factor of the denominators first, so that the
            // parts stay as small as the sum allows; beyond a long, the same in BigIntegers below.
            long common = denominator == other.denominator ? denominator : gcd(denominator, other.denominator);
            long left = denominator / common;
            long right = other.denominator / common;
            long a = numerator * right;
            long b = other.numerator * left;
            if (fits(numerator, right, a) && fits(other.numerator, left, b) && isSmall(a) && isSmall(b)) {
                long sum = a + b;
                long reduce = common == 1 ? 1 : gcd(Math.abs(sum), common);
                long lower = other.denominator / reduce;
                long denominatorOfSum = left * lower;
                if (fits(left, lower, denominatorOfSum)) {
                    return sum == 0 ? ZERO : reduced(sum / reduce, denominatorOfSum);
                }
            }
        }
        BigInteger n1 = numerator();
        BigInteger d1 = denominator();
        BigInteger n2 = other.numerator();
        BigInteger d2 = other.denominator();
        BigInteger common = d1.gcd(d2);
        BigInteger sum = n1.multiply(d2.divide(common)).add(n2.multiply(d1.divide(common)));
        if (sum.signum() == 0) {
            return ZERO;
        }
        BigInteger reduce = sum.gcd(common);
        return reduced(sum.divide(reduce), d1.divide(common).multiply(d2.divide(reduce)));
    }

    /** Whether x × y = product without overflow. */
    private static boolean fits(long x, long y, long product) {
        return Math.multiplyHigh(x, y) == product >> 63;
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
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        if (bigNumerator == null && other.bigNumerator == null) {
            // Cross-cancelled first (Knuth), so that the product is in lowest terms without a gcd of its own.
            long a = gcd(Math.abs(numerator), other.denominator);
            long b = gcd(Math.abs(other.numerator), denominator);
            long n1 = numerator / a;
            long n2 = other.numerator / b;
            long d1 = denominator / b;
            long d2 = other.denominator / a;
            long n = n1 * n2;
            long d = d1 * d2;
            if (fits(n1, n2, n) && fits(d1, d2, d)) {
                return reduced(n, d);
            }
        }
        BigInteger n1 = numerator();
        BigInteger d1 = denominator();
        BigInteger n2 = other.numerator();
        BigInteger d2 = other.denominator();
        BigInteger a = n1.gcd(d2);
        BigInteger b = n2.gcd(d1);
        return reduced(n1.divide(a).multiply(n2.divide(b)), d1.divide(b).multiply(d2.divide(a)));
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
        if (divisor.isZero()) {
            throw new ArithmeticException("Division by zero (" + this + " / 0)");
        }
        return times(divisor.reciprocal());
    }

    /** 1 / this, for a fraction that is not zero. */
    private Fraction reciprocal() {
        if (bigNumerator == null) {
            return numerator > 0 ? new Fraction(denominator, numerator) : new Fraction(-denominator, -numerator);
        }
        return bigNumerator.signum() > 0 ? new Fraction(bigDenominator, bigNumerator)
                : new Fraction(bigDenominator.negate(), bigNumerator.negate());
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
        return bigNumerator == null ? new Fraction(-numerator, denominator)
                : new Fraction(bigNumerator.negate(), bigDenominator);
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
        return bigNumerator == null ? Long.signum(numerator) : bigNumerator.signum();
    }

    /**
     * Whether this is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return bigNumerator == null && numerator == 0;
    }

    /**
     * The figure rounded once, HALF_UP, to a number of decimals: how a quotient is written.
     *
     * @param scale the decimals
     * @return the rounded decimal, with exactly that scale
     */
    public BigDecimal round(int scale) {
        return decimal(true).divide(decimal(false), scale, RoundingMode.HALF_UP);
    }

    /** The numerator or the denominator as a decimal (one held in a long when the part is small). */
    private BigDecimal decimal(boolean ofNumerator) {
        if (bigNumerator == null) {
            return BigDecimal.valueOf(ofNumerator ? numerator : denominator);
        }
        return new BigDecimal(ofNumerator ? bigNumerator : bigDenominator);
    }

    /**
     * The unrounded figure as a decimal: exact when it has at most 34 significant digits, else rounded
     * HALF_UP to 34 significant digits (2/3 is 0.6666666666666666666666666666666667).
     *
     * @return the decimal
     */
    public BigDecimal toBigDecimal() {
        if (bigNumerator == null) {
            if (denominator == 1) {
                return BigDecimal.valueOf(numerator);
            }
            // A denominator of 2^a 5^b makes a terminating decimal of max(a, b) places, with no trailing zero
            // (the fraction is in lowest terms): what the division gives, without dividing and stripping
            // zeros one digit at a time (docs/performance.md).
            long d = denominator;
            int twos = Long.numberOfTrailingZeros(d);
            d >>>= twos;
            int fives = 0;
            while (d % 5 == 0) {
                d /= 5;
                fives++;
            }
            int scale = Math.max(twos, fives);
            if (d == 1 && scale < POWERS_OF_FIVE.length) {
                BigDecimal exact = new BigDecimal(BigInteger.valueOf(numerator)
                        .multiply(BigInteger.valueOf(POWERS_OF_FIVE[scale - fives] << (scale - twos))), scale);
                if (exact.precision() <= SIGNIFICANT_DIGITS) {
                    return exact;
                }
            }
            if (denominator < QUOTIENT_LIMIT) {
                return quotient(numerator, denominator);
            }
        } else if (bigDenominator.equals(BigInteger.ONE)) {
            return new BigDecimal(bigNumerator);
        }
        return decimal(true).divide(decimal(false), UNROUNDED);
    }

    /** Denominators below this have their quotients worked out in longs: 10^9 times a remainder fits one. */
    private static final long QUOTIENT_LIMIT = 1L << 31;
    /** 10^0 .. 10^18: a whole part below 2^62 has at most 19 digits. */
    private static final long[] TENS = new long[19];
    /** The digits of a quotient one division of a remainder below 2^31 gives. */
    private static final int BLOCK = 9;

    /**
     * What the division to {@link #UNROUNDED} gives for small parts and a denominator below 2^31, worked
     * out in longs (the division scales the numerator into a BigInteger and makes a 34-digit one, a sixth
     * of the limit scorer's time: docs/performance.md): the 34 significant digits as two longs of 17, the
     * fraction's nine a division, and one more digit, which rounds HALF_UP; an exact quotient then loses its
     * trailing zeros down to scale 0, as the division strips them towards its preferred scale.
     * FractionProperties holds it to the division.
     */
    private static BigDecimal quotient(long numerator, long denominator) {
        int half = SIGNIFICANT_DIGITS / 2;
        long whole = Math.abs(numerator) / denominator;
        long remainder = Math.abs(numerator) % denominator;
        // The 34 significant digits as two longs of 17: the whole part's first, then the fraction's.
        long high = 0;
        long low = 0;
        int highRoom = half;
        int digits = 0;
        while (digits < TENS.length && whole >= TENS[digits]) {
            digits++;
        }
        int scale = SIGNIFICANT_DIGITS - digits;
        if (digits > half) {
            high = whole / TENS[digits - half];
            low = whole % TENS[digits - half];
            highRoom = 0;
        } else if (whole > 0) {
            high = whole;
            highRoom = half - digits;
        } else {
            // Zeros after the point are no significant digits (at most nine: the denominator is below 2^31).
            while (remainder * 10 < denominator) {
                remainder *= 10;
                scale++;
            }
        }
        for (int left = SIGNIFICANT_DIGITS - digits, m; left > 0; left -= m) {
            m = Math.min(BLOCK, highRoom > 0 ? highRoom : left);
            long product = remainder * TENS[m];
            long next = product / denominator;
            remainder = product % denominator;
            if (highRoom > 0) {
                high = high * TENS[m] + next;
                highRoom -= m;
            } else {
                low = low * TENS[m] + next;
            }
        }
        boolean exact = remainder == 0;
        if (remainder * 10 / denominator >= 5) {
            // No carry out of the low digits: at least 15 of them follow the point, and a run of k nines
            // there needs a denominator of 10^k or more, so at most nine.
            low++;
        }
        while (exact && scale > 0 && low % 10 == 0) {
            low = low / 10 + high % 10 * TENS[half - 1];
            high /= 10;
            scale--;
        }
        int sign = numerator < 0 ? -1 : 1;
        long shift = TENS[half];
        if (high <= (Long.MAX_VALUE - low) / shift) {
            return BigDecimal.valueOf(sign * (high * shift + low), scale);
        }
        long top = Math.multiplyHigh(high, shift);
        long bottom = high * shift + low;
        if (Long.compareUnsigned(bottom, low) < 0) {
            top++;
        }
        byte[] magnitude = new byte[2 * Long.BYTES];
        for (int i = 0; i < Long.BYTES; i++) {
            magnitude[i] = (byte) (top >>> (Long.SIZE - Byte.SIZE * (i + 1)));
            magnitude[i + Long.BYTES] = (byte) (bottom >>> (Long.SIZE - Byte.SIZE * (i + 1)));
        }
        return new BigDecimal(new BigInteger(sign, magnitude), scale);
    }

    /** 5^0 .. 5^18: 5^k × 2^j for j, k up to 18 stays within a long. */
    private static final long[] POWERS_OF_FIVE = new long[19];

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int i = 1; i < POWERS_OF_FIVE.length; i++) {
            POWERS_OF_FIVE[i] = POWERS_OF_FIVE[i - 1] * 5;
        }
        TENS[0] = 1;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1] * 10;
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
        if (bigNumerator == null && other.bigNumerator == null) {
            if (denominator == other.denominator) {
                return Long.compare(numerator, other.numerator);
            }
            long left = numerator * other.denominator;
            long right = other.numerator * denominator;
            if (fits(numerator, other.denominator, left) && fits(other.numerator, denominator, right)) {
                return Long.compare(left, right);
            }
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Fraction that)) {
            return false;
        }
        if (bigNumerator == null || that.bigNumerator == null) {
            // One value has one form only: a small fraction never equals a large one.
            return bigNumerator == that.bigNumerator && numerator == that.numerator && denominator == that.denominator;
        }
        return bigNumerator.equals(that.bigNumerator) && bigDenominator.equals(that.bigDenominator);
    }

    @Override
    public int hashCode() {
        return bigNumerator == null ? 31 * Long.hashCode(numerator) + Long.hashCode(denominator)
                : 31 * bigNumerator.hashCode() + bigDenominator.hashCode();
    }

    /**
     * The fraction as "n/d", or "n" when whole; {@link #parse(String)} reads it back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (bigNumerator == null) {
            return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
        }
        return bigDenominator.equals(BigInteger.ONE) ? bigNumerator.toString() : bigNumerator + "/" + bigDenominator;
    }
}
