package org.citizencharter.core;

/**
 * Whether an indicator could be scored, and if not, why.
 */
public enum ScoreStatus {
    /** Scored against its target. */
    SCORED,
    /** A date indicator not yet completed whose deadline has not passed by the end of the reported quarter: 0 for now, without a finding. */
    PENDING,
    /** Nothing was achieved that the method can count (an AVERAGE with no quarter reported, a date not completed): scored 0. */
    NO_ACHIEVEMENT,
    /** The target is missing or unusable: scored 0, with a finding. */
    UNSCORED
}
