package org.citizencharter.io.internal.bind;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;

/**
 * A value where a document has a string, number, boolean or null, with its text as written: or the object or
 * array found there instead, kept only to be refused by what reads it. The conversions ({@link #decimal()},
 * {@link #date()}, {@link #constant(Class)} ...) throw an {@link InvalidInputException} that carries the
 * pointer, line, column and text of this value. Not thread-safe.
 */
public final class Scalar extends Located {

    /** What kind of JSON value a scalar is. */
    public enum Kind {
        /** A string. */
        STRING("a string"),
        /** A whole number, written without a fraction or exponent. */
        INTEGER("a number"),
        /** A number with a fraction or an exponent. */
        DECIMAL("a number"),
        /** {@code true}. */
        TRUE("a boolean"),
        /** {@code false}. */
        FALSE("a boolean"),
        /** {@code null}. */
        NULL("null"),
        /** An object, where a scalar belongs. */
        OBJECT("an object"),
        /** An array, where a scalar belongs. */
        ARRAY("an array");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private final Kind kind;
    private final String text;

    /**
     * A scalar.
     *
     * @param kind what kind of value it is
     * @param text its text as written (a string's characters, a number's digits), or null for an object or
     *     array
     */
    public Scalar(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    @Override
    String describe() {
        return kind.description;
    }

    @Override
    String text() {
        return text;
    }

    /**
     * The value's text as written: a string's characters, a number's digits; null for an object or array.
     *
     * @return the text
     */
    public String written() {
        return text;
    }

    /**
     * Whether the value is JSON {@code null}.
     *
     * @return true for null
     */
    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /**
     * Whether the value is a JSON string.
     *
     * @return true for a string
     */
    public boolean isString() {
        return kind == Kind.STRING;
    }

    /**
     * This value as a string.
     *
     * @return the string
     * @throws InvalidInputException if it is not a string
     */
    public String string() {
        if (kind == Kind.STRING) {
            return text;
        }
        throw wrongType("a string");
    }

    /**
     * Reads this string with a parser of the core, such as {@code FiscalYear::parse}.
     *
     * @param <T> the type read
     * @param parser the parser
     * @return the value
     * @throws InvalidInputException if the value is not a string or the parser rejects it
     */
    public <T> T parse(Function<String, T> parser) {
        String value = string();
        return build(() -> parser.apply(value));
    }

    /**
     * This value as an exact decimal: a JSON number, read from its text (3.0 stays 3.0), or a string of
     * Bengali or ASCII digits read by {@link Numerals#parseDecimal(String)}.
     *
     * @return the decimal, never with a negative scale
     * @throws InvalidInputException if it is neither, or cannot be read
     */
    public BigDecimal decimal() {
        return decimal(Numerals.MAX_DIGITS);
    }

    /**
     * This value as an exact decimal, as {@link #decimal()} reads it, of at most a given number of digits
     * before and after the point when written out.
     *
     * @param maxDigits the most digits before the point, and after it
     * @return the decimal, never with a negative scale
     * @throws InvalidInputException if it is not a decimal, cannot be read or is too long
     */
    public BigDecimal decimal(int maxDigits) {
        if (kind == Kind.INTEGER || kind == Kind.DECIMAL) {
            return bounded(number(text, maxDigits), maxDigits);
        }
        if (kind == Kind.STRING) {
            return build(() -> bounded(Numerals.parseDecimal(text), maxDigits));
        }
        throw wrongType("a number, or a string of Bengali or ASCII digits");
    }

    /** A decimal from text of BigDecimal's grammar; an exponent beyond an int is an error, not a crash. */
    private BigDecimal number(String digits, int maxDigits) {
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException overflow) {
            throw error("The number has more than " + maxDigits + " digits when written out", digits);
        }
    }

    /** A number with an exponent is read as its plain value; one too large to write plainly is rejected. */
    private BigDecimal bounded(BigDecimal value, int maxDigits) {
        checkSize(value, maxDigits);
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private void checkSize(BigDecimal value, int maxDigits) {
        // In long: an exponent near Integer.MIN_VALUE makes precision - scale overflow an int (1E+2147483647).
        if (value.scale() > maxDigits || (long) value.precision() - value.scale() > maxDigits) {
            throw error("The number has more than " + maxDigits + " digits when written out", text);
        }
    }

    /**
     * This value as an exact decimal written as a string in the form of {@link BigDecimal#toString()}
     * ("0.8888888888888889", "1E+2"), with its scale kept.
     *
     * @param maxDigits the most digits before the point, and after it, when written out
     * @return the decimal
     * @throws InvalidInputException if it is not such a string
     */
    public BigDecimal exactDecimal(int maxDigits) {
        String value = string();
        if (!isExactDecimal(value)) {
            throw error(label() + " must be an exact decimal in ASCII digits, such as \"0.8888888888888889\"", value);
        }
        BigDecimal exact = number(value, maxDigits);
        checkSize(exact, maxDigits);
        return exact;
    }

    /** Whether a text is of the form -?[0-9]+(\.[0-9]+)?(E[+-]?[0-9]+)? (a scorecard has thousands: no regex). */
    private static boolean isExactDecimal(String value) {
        int at = value.startsWith("-") ? 1 : 0;
        int digits = digitsFrom(value, at);
        if (digits == 0) {
            return false;
        }
        at += digits;
        if (at < value.length() && value.charAt(at) == '.') {
            digits = digitsFrom(value, ++at);
            if (digits == 0) {
                return false;
            }
            at += digits;
        }
        if (at < value.length() && value.charAt(at) == 'E') {
            at++;
            if (at < value.length() && (value.charAt(at) == '+' || value.charAt(at) == '-')) {
                at++;
            }
            digits = digitsFrom(value, at);
            if (digits == 0) {
                return false;
            }
            at += digits;
        }
        return at == value.length();
    }

    /** How many ASCII digits a text has from an index on. */
    private static int digitsFrom(String value, int from) {
        int at = from;
        while (at < value.length() && value.charAt(at) >= '0' && value.charAt(at) <= '9') {
            at++;
        }
        return at - from;
    }

    /**
     * This value as a weight of at most a given number of digits before and after the point: a scorecard's
     * total weight is a sum of a plan's.
     *
     * @param maxDigits the most digits
     * @return the weight
     * @throws InvalidInputException if it is not a number, is negative or is too long
     */
    public Weight weight(int maxDigits) {
        BigDecimal value = decimal(maxDigits);
        return build(() -> Weight.of(value));
    }

    /**
     * This value as a weight.
     *
     * @return the weight
     * @throws InvalidInputException if it is not a number or is negative
     */
    public Weight weight() {
        BigDecimal value = decimal();
        return build(() -> Weight.of(value));
    }

    /**
     * This value as a whole JSON number that fits an int.
     *
     * @return the number
     * @throws InvalidInputException if it is not one
     */
    public int integer() {
        if (kind == Kind.INTEGER) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException tooLarge) {
                throw error(label() + " is too large", text);
            }
        }
        throw wrongType("a whole number");
    }

    /**
     * This value as a boolean.
     *
     * @return the boolean
     * @throws InvalidInputException if it is not true or false
     */
    public boolean bool() {
        if (kind == Kind.TRUE || kind == Kind.FALSE) {
            return kind == Kind.TRUE;
        }
        throw wrongType("true or false");
    }

    /**
     * This value as an ISO-8601 date, "2024-01-15".
     *
     * @return the date
     * @throws InvalidInputException if it is not a string of that form, or the date does not exist
     */
    public LocalDate date() {
        String value = string();
        if (!isIsoDate(value)) {
            throw error("The date cannot be read: write it YYYY-MM-DD, like 2024-01-15", value);
        }
        try {
            return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        } catch (DateTimeException noSuchDate) {
            throw error("The date does not exist", value);
        }
    }

    /** Whether the text is four ASCII digits, a hyphen, two digits, a hyphen and two digits. */
    private static boolean isIsoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    /**
     * This value as the name of a constant of an enum, exactly as declared ("CITIZEN_CHARTER").
     *
     * @param <E> the enum
     * @param type the enum's class
     * @return the constant
     * @throws InvalidInputException if the value names no constant
     */
    public <E extends Enum<E>> E constant(Class<E> type) {
        String value = string();
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException noSuchConstant) {
            // Told below, with the constants there are.
        }
        throw error(label() + " is not one of " + Lists.immutable.of(type.getEnumConstants()).makeString(", "),
                value);
    }
}
