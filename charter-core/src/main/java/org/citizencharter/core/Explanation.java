package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * How an indicator's score was reached: the formula, the figures put into it, and for graded targets
 * the two columns the achievement fell between. Rules that adjust a score add a note saying which
 * rule and why. Immutable.
 *
 * @param formula the formula's id: one of the constants of this class, or a rule author's own
 * @param detail the formula with the figures, such as {@code "w × min(1, A / T) = 4 × min(1, 20 / 90)"}
 * @param band for graded targets, the columns the achievement fell between
 * @param notes what rules that adjusted the score said, in the order they fired
 */
public record Explanation(String formula, String detail, Optional<GradeBand> band, ImmutableList<String> notes) {

    /** w × min(1, A / T): a single target, more is better. */
    public static final String SINGLE_TARGET = "SINGLE_TARGET";
    /** w × min(1, T / A): a single target, less is better. */
    public static final String SINGLE_TARGET_LOWER = "SINGLE_TARGET_LOWER";
    /** w if completed by the deadline, else 0. */
    public static final String DEADLINE = "DEADLINE";
    /** Linear between the graded columns: g_low + 10 × (A − T_low) / (T_high − T_low). */
    public static final String GRADED = "GRADED";
    /** The graded formula on day numbers, earlier being better. */
    public static final String GRADED_DATE = "GRADED_DATE";
    /** Not scored: the target is missing or unusable. */
    public static final String UNSCORED = "UNSCORED";

    /**
     * Checks the parts.
     *
     * @param formula the formula's id
     * @param detail the formula with figures
     * @param band the graded band
     * @param notes the adjustment notes
     */
    public Explanation {
        requireNonNull(formula, "formula");
        requireNonNull(detail, "detail");
        requireNonNull(band, "band");
        requireNonNull(notes, "notes");
    }

    /**
     * An explanation without a band or notes.
     *
     * @param formula the formula's id
     * @param detail the formula with figures
     * @return the explanation
     */
    public static Explanation of(String formula, String detail) {
        return new Explanation(formula, detail, Optional.empty(), Lists.immutable.empty());
    }

    /**
     * This explanation with a note added.
     *
     * @param note what a rule that adjusted the score said
     * @return a new explanation
     */
    public Explanation withNote(String note) {
        return new Explanation(formula, detail, band, notes.newWith(note));
    }
}
