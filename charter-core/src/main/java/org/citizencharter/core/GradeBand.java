package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a graded achievement fell: the column it reached and the next, better column it did not.
 *
 * <p>At or beyond the 100 % column, {@code reached} is {@link Grade#EXCELLENT} and {@code next} is
 * empty; short of the 60 % column, {@code reached} is empty and {@code next} is {@link Grade#POOR}.
 * Immutable.
 *
 * @param reached the best column reached, if any
 * @param next the next column, not reached, if any
 */
public record GradeBand(Optional<Grade> reached, Optional<Grade> next) {

    /**
     * Checks the parts.
     *
     * @param reached the best column reached
     * @param next the next column
     */
    public GradeBand {
        requireNonNull(reached, "reached");
        requireNonNull(next, "next");
        if (reached.isEmpty() && next.isEmpty()) {
            throw new IllegalArgumentException("A grade band names at least one column");
        }
    }

    /**
     * The band of an achievement that reached a column: between it and the next better one.
     *
     * @param reached the column reached
     * @return the band
     */
    public static GradeBand reached(Grade reached) {
        Optional<Grade> next = reached == Grade.EXCELLENT ? Optional.empty()
                : Optional.of(Grade.values()[reached.ordinal() - 1]);
        return new GradeBand(Optional.of(reached), next);
    }

    /**
     * The band of an achievement short of the 60 % column.
     *
     * @return the band
     */
    public static GradeBand belowAll() {
        return new GradeBand(Optional.empty(), Optional.of(Grade.POOR));
    }
}
