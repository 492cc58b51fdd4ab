package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The weight (মান) of an area or an indicator: the marks it carries in the plan.
 *
 * <p>A non-negative decimal that keeps the scale it was written with, like
 * {@link java.math.BigDecimal}: {@code Weight.parse("৩")} and {@code Weight.parse("3.0")} are
 * {@linkplain #isEqual(Weight) equal in value} but not {@linkplain #equals(Object) equal}, so that a
 * plan can be written back exactly as it came. Compare weights with {@link #isEqual(Weight)} or
 * {@link #compareTo(Weight)}. Immutable.
 *
 * @param value the weight
 */
public record Weight(BigDecimal value) implements Comparable<Weight> {

    /** A weight of zero. */
    public static final Weight ZERO = new Weight(BigDecimal.ZERO);

    /**
     * Checks that the weight is not negative.
     *
     * @param value the weight
     */
    public Weight {
        requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw InvalidInputException.of("A weight must not be negative", value.toPlainString());
        }
    }

    /**
     * A weight of a value.
     *
     * @param value the weight
     * @return the weight
     * @throws InvalidInputException if the value is negative
     */
    public static Weight of(BigDecimal value) {
        return new Weight(value);
    }

    /**
     * A whole weight.
     *
     * @param value the weight
     * @return the weight
     * @throws InvalidInputException if the value is negative
     */
    public static Weight of(long value) {
        return new Weight(BigDecimal.valueOf(value));
    }

    /**
     * Reads a weight written in Bengali or ASCII digits ("১৮", "০৩", "2.5").
     *
     * @param text the text
     * @return the weight
     * @throws InvalidInputException if the text is not a non-negative number
     */
    public static Weight parse(String text) {
        return new Weight(Numerals.parseDecimal(text));
    }

    /**
     * The sum of two weights.
     *
     * @param other the other weight
     * @return a new weight
     */
    public Weight plus(Weight other) {
        return new Weight(value.add(other.value));
    }

    /**
     * Whether two weights have the same value, whatever their scale (3 and 3.0 are equal).
     *
     * @param other the other weight
     * @return true if the values are equal
     */
    public boolean isEqual(Weight other) {
        return value.compareTo(other.value) == 0;
    }

    /**
     * Whether the weight is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * The weight in a language's digits, as written ("১৮").
     *
     * @param language the language
     * @return the text
     */
    public String format(Language language) {
        return Numerals.format(value, language);
    }

    @Override
    public int compareTo(Weight other) {
        return value.compareTo(other.value);
    }

    /**
     * The weight in ASCII digits, as written ("18", "3.0"), which {@link #parse(String)} reads back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
