package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Value;

/** Writes the small values every document shares, in their canonical form. Stateless. */
final class Write {

    private Write() {
    }

    /**
     * The canonical text of a number: plain, in ASCII digits, with its scale (3.0 stays "3.0"); a number
     * of negative scale (1E+2) is written as the whole number it is ("100").
     *
     * @param value the number
     * @return the text
     */
    static String plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    /** 10^9: {@link #decimal} finds the digits nine at a time. */
    private static final long BILLION = 1_000_000_000L;
    private static final int BILLION_DIGITS = 9;
    private static final long LIMB = 0xFFFF_FFFFL;

    /**
     * {@code value.toString()}, faster where it is slow: for an unscaled value of 64 to 126 bits (the
     * 34-digit unrounded figures of a scorecard), whose digits BigInteger finds by dividing by 10^18 as a
     * two-word number, they are found here by dividing the four 32-bit limbs by 10^9, which the compiler
     * makes multiplications. The same text ({@code ScorecardFiguresTest} holds it to {@code toString});
     * a number that {@code toString} writes with an exponent is left to it.
     *
     * @param value the number
     * @return its text, as {@link BigDecimal#toString()} gives it
     */
    static String decimal(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        int bits = unscaled.bitLength();
        if (bits < Long.SIZE || bits > 2 * Long.SIZE - 2 || value.scale() < 0) {
            return value.toString();
        }
        BigInteger magnitude = unscaled.abs();
        long high = magnitude.shiftRight(Long.SIZE).longValue();
        long low = magnitude.longValue();
        long[] limbs = {high >>> Integer.SIZE, high & LIMB, low >>> Integer.SIZE, low & LIMB};
        // Groups of nine digits, least significant first: at most five for 126 bits.
        long[] groups = new long[5];
        int count = 0;
        boolean left = true;
        while (left) {
            long remainder = 0;
            left = false;
            for (int i = 0; i < limbs.length; i++) {
                long current = remainder << Integer.SIZE | limbs[i];
                limbs[i] = current / BILLION;
                remainder = current % BILLION;
                left |= limbs[i] != 0;
            }
            groups[count++] = remainder;
        }
        StringBuilder digits = new StringBuilder(count * BILLION_DIGITS).append(groups[count - 1]);
        for (int i = count - 2; i >= 0; i--) {
            String group = Long.toString(groups[i]);
            digits.append("000000000", group.length(), BILLION_DIGITS).append(group);
        }
        int precision = digits.length();
        int scale = value.scale();
        if (precision - 1 - scale < -6) {
            return value.toString();
        }
        if (scale > 0) {
            if (precision > scale) {
                digits.insert(precision - scale, '.');
            } else {
                digits.insert(0, "0.".concat("0".repeat(scale - precision)));
            }
        }
        return unscaled.signum() < 0 ? digits.insert(0, '-').toString() : digits.toString();
    }

    /**
     * Writes a number field, whatever the generator's settings for big decimals.
     *
     * @param out the generator
     * @param name the field
     * @param value the number
     * @throws IOException if writing fails
     */
    static void number(JsonGenerator out, String name, BigDecimal value) throws IOException {
        out.writeFieldName(name);
        out.writeNumber(plain(value));
    }

    /**
     * Writes an array field of numbers.
     *
     * @param out the generator
     * @param name the field
     * @param values the numbers
     * @throws IOException if writing fails
     */
    static void numbers(JsonGenerator out, String name, Iterable<BigDecimal> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (BigDecimal value : values) {
            out.writeNumber(plain(value));
        }
        out.writeEndArray();
    }

    /**
     * Writes a text field as {@code {"bn": ..., "en": ...}}.
     *
     * @param out the generator
     * @param name the field
     * @param text the text
     * @throws IOException if writing fails
     */
    static void text(JsonGenerator out, String name, BilingualText text) throws IOException {
        out.writeObjectFieldStart(name);
        out.writeStringField("bn", text.bn());
        out.writeStringField("en", text.en());
        out.writeEndObject();
    }

    /**
     * Writes a value as an element: a number, an ISO date, or null for nothing reported.
     *
     * @param out the generator
     * @param value the value
     * @throws IOException if writing fails
     */
    static void value(JsonGenerator out, Value value) throws IOException {
        if (value instanceof Value.Amount amount) {
            out.writeNumber(plain(amount.value()));
        } else if (value instanceof Value.OnDate date) {
            out.writeString(date.value().toString());
        } else {
            out.writeNull();
        }
    }

    /**
     * Writes a field whose value is a thing's canonical text ({@code toString()}), or null.
     *
     * @param out the generator
     * @param name the field
     * @param value the thing, or empty
     * @throws IOException if writing fails
     */
    static void stringOrNull(JsonGenerator out, String name, Optional<?> value) throws IOException {
        out.writeFieldName(name);
        if (value.isPresent()) {
            out.writeString(value.get().toString());
        } else {
            out.writeNull();
        }
    }
}
