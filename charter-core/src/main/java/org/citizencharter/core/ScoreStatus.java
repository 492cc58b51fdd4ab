package org.citizencharter.core;

/**
 * Whether an indicator could be scored, and if not, why (domain.md §6).
 */
public enum ScoreStatus {
    /** Scored against its target. */
    SCORED,
    /** A date indicator not yet completed whose last day that earns marks has not passed by the end of the reported quarter: 0 for now, without a finding. */
    PENDING,
    /** Nothing was achieved that the method can count (an AVERAGE with no quarter reported, a date not completed and past due): scored 0. */
    NO_ACHIEVEMENT,
    /** The target is missing or unusable, or the weight is missing (or an alternative indicator whose primary was scored): 0, not scored. */
    UNSCORED
}
