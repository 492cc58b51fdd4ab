package org.citizencharter.rules.facts;

import org.citizencharter.core.Target;

/**
 * The kind of an indicator's target, for rule conditions.
 */
public enum TargetKind {
    /** No target ({@link Target#NONE}). */
    NONE,
    /** One annual value ({@link Target.Single}). */
    SINGLE,
    /** A date ({@link Target.Deadline}). */
    DEADLINE,
    /** Five graded values ({@link Target.Graded}). */
    GRADED,
    /** Five graded dates ({@link Target.GradedDates}). */
    GRADED_DATES;

    /**
     * The kind of a target.
     *
     * @param target the target
     * @return its kind
     */
    public static TargetKind of(Target target) {
        if (target instanceof Target.Single) {
            return SINGLE;
        } else if (target instanceof Target.Deadline) {
            return DEADLINE;
        } else if (target instanceof Target.Graded) {
            return GRADED;
        } else if (target instanceof Target.GradedDates) {
            return GRADED_DATES;
        }
        return NONE;
    }
}
