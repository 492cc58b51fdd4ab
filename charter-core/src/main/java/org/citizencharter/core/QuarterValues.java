package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What an office reported for an indicator in each quarter (১ম..৪র্থ ত্রৈমাসিক অর্জন): a value, or
 * {@link Value#NOT_REPORTED}. Immutable.
 *
 * @param q1 the value for Q1
 * @param q2 the value for Q2
 * @param q3 the value for Q3
 * @param q4 the value for Q4
 */
public record QuarterValues(Value q1, Value q2, Value q3, Value q4) {

    /** Nothing reported in any quarter. */
    public static final QuarterValues NONE =
            new QuarterValues(Value.NOT_REPORTED, Value.NOT_REPORTED, Value.NOT_REPORTED, Value.NOT_REPORTED);

    /**
     * Checks that no quarter is null; use {@link Value#NOT_REPORTED} for an empty one.
     *
     * @param q1 the value for Q1
     * @param q2 the value for Q2
     * @param q3 the value for Q3
     * @param q4 the value for Q4
     */
    public QuarterValues {
        requireNonNull(q1, "q1");
        requireNonNull(q2, "q2");
        requireNonNull(q3, "q3");
        requireNonNull(q4, "q4");
    }

    /**
     * The values of four quarters.
     *
     * @param q1 the value for Q1
     * @param q2 the value for Q2
     * @param q3 the value for Q3
     * @param q4 the value for Q4
     * @return the values
     */
    public static QuarterValues of(Value q1, Value q2, Value q3, Value q4) {
        return new QuarterValues(q1, q2, q3, q4);
    }

    /**
     * The value of one quarter.
     *
     * @param quarter the quarter
     * @return its value, possibly {@link Value#NOT_REPORTED}
     */
    public Value get(Quarter quarter) {
        return switch (quarter) {
            case Q1 -> q1;
            case Q2 -> q2;
            case Q3 -> q3;
            case Q4 -> q4;
        };
    }

    /**
     * These values with one quarter's replaced.
     *
     * @param quarter the quarter
     * @param value its new value
     * @return new values
     */
    public QuarterValues with(Quarter quarter, Value value) {
        return switch (quarter) {
            case Q1 -> new QuarterValues(value, q2, q3, q4);
            case Q2 -> new QuarterValues(q1, value, q3, q4);
            case Q3 -> new QuarterValues(q1, q2, value, q4);
            case Q4 -> new QuarterValues(q1, q2, q3, value);
        };
    }

    /**
     * The four values in order.
     *
     * @return Q1..Q4
     */
    public ImmutableList<Value> toList() {
        return Lists.immutable.of(q1, q2, q3, q4);
    }

    /**
     * Whether any quarter has a value.
     *
     * @return true if something was reported
     */
    public boolean anyReported() {
        return q1.isReported() || q2.isReported() || q3.isReported() || q4.isReported();
    }
}
