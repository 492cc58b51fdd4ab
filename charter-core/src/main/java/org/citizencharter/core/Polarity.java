package org.citizencharter.core;

/**
 * Whether more is better or less is better for a single-target indicator.
 *
 * <p>Graded targets carry their direction in their columns (lower is better when the 100 % column
 * is below the 60 % column), and dates are better earlier, so polarity matters for single targets
 * of numbers and percents.
 */
public enum Polarity {
    /** More is better: score = w × min(1, A / T). */
    HIGHER,
    /** Less is better, such as days taken or complaints pending: score = w × min(1, T / A). */
    LOWER
}
