package org.citizencharter.core;

/**
 * The kind of an indicator's {@link Target}: what the plan gives, whatever the plan's kind (one value
 * is a single target also in an APA plan; graded columns are a graded target).
 */
public enum TargetKind {
    /** No target ({@link Target#NONE}); for a date indicator, no deadline. */
    NONE,
    /** One annual value, with optional quarterly targets ({@link Target.Single}). */
    SINGLE,
    /** A deadline, possibly written as a range ({@link Target.Deadline}). */
    DEADLINE,
    /** Graded values, from the 100 % column ({@link Target.Graded}). */
    GRADED,
    /** Graded dates, from the 100 % column ({@link Target.GradedDates}). */
    GRADED_DATES;

    /**
     * Whether a target of this kind is a date or dates.
     *
     * @return true for {@link #DEADLINE} and {@link #GRADED_DATES}
     */
    public boolean isDate() {
        return this == DEADLINE || this == GRADED_DATES;
    }

    /**
     * Whether a target of this kind has graded columns.
     *
     * @return true for {@link #GRADED} and {@link #GRADED_DATES}
     */
    public boolean isGraded() {
        return this == GRADED || this == GRADED_DATES;
    }
}
