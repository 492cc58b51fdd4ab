package org.citizencharter.core;

/**
 * Which way an indicator's achievement is better: for a single target, its {@link Polarity}; for
 * graded columns, higher is better when the 100 % column is above the 60 % column, lower (or
 * earlier, for dates) when it is below; deadlines are met earlier.
 */
public enum Direction {
    /** More (or later) is better. */
    HIGHER,
    /** Less (or earlier) is better. */
    LOWER;

    /**
     * Whether one achievement is better than another in this direction.
     *
     * @param <T> the kind of value
     * @param value the achievement
     * @param than the value compared with
     * @return true if strictly better
     */
    public <T extends Comparable<? super T>> boolean isBetter(T value, T than) {
        int order = value.compareTo(than);
        return this == HIGHER ? order > 0 : order < 0;
    }
}
