package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * How an indicator's score was reached: the formula, the figures put into it, and for graded targets
 * the two columns the achievement fell between. Rules that adjust a score add a note saying which
 * rule and why. Immutable; equal when its formula, detail, band and notes are.
 *
 * <p>The detail may be given {@link #lazily lazily}: its text is then built the first time it is asked
 * for (by {@link #detail()}, {@link #equals}, {@link #hashCode} or {@link #toString}), so that scoring
 * pays for the text only where someone reads it.
 */
public final class Explanation {

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

    private final String formula;
    /** The detail's text, or until it is first asked for, the {@code Supplier<String>} that builds it. */
    private volatile Object detail;
    private final Optional<GradeBand> band;
    private final ImmutableList<String> notes;

    /**
     * Checks the parts.
     *
     * @param formula the formula's id: one of the constants of this class, or a rule author's own
     * @param detail the formula with the figures, such as {@code "w × min(1, A / T) = 4 × min(1, 20 / 90)"}
     * @param band for graded targets, the columns the achievement fell between
     * @param notes what rules that adjusted the score said, in the order they fired
     */
    public Explanation(String formula, String detail, Optional<GradeBand> band, ImmutableList<String> notes) {
        this(formula, (Object) requireNonNull(detail, "detail"), band, notes);
    }

    private Explanation(String formula, Object detail, Optional<GradeBand> band, ImmutableList<String> notes) {
        this.formula = requireNonNull(formula, "formula");
        this.detail = detail;
        this.band = requireNonNull(band, "band");
        this.notes = requireNonNull(notes, "notes");
    }

    /**
     * An explanation whose detail is built when it is first asked for, once. The supplier must give
     * the same text whenever it is called (it may be called by two threads at once) and never null.
     *
     * @param formula the formula's id
     * @param detail builds the formula with the figures
     * @param band the graded band
     * @param notes the adjustment notes
     * @return the explanation
     */
    public static Explanation lazily(String formula, Supplier<String> detail, Optional<GradeBand> band,
            ImmutableList<String> notes) {
        return new Explanation(formula, (Object) requireNonNull(detail, "detail"), band, notes);
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
     * The formula's id: one of the constants of this class, or a rule author's own.
     *
     * @return the id
     */
    public String formula() {
        return formula;
    }

    /**
     * The formula with the figures, such as {@code "w × min(1, A / T) = 4 × min(1, 20 / 90)"}.
     *
     * @return the text
     */
    public String detail() {
        Object text = detail;
        if (text instanceof String done) {
            return done;
        }
        @SuppressWarnings("unchecked")
        String built = requireNonNull(((Supplier<String>) text).get(), "detail");
        detail = built;
        return built;
    }

    /**
     * For graded targets, the columns the achievement fell between.
     *
     * @return the band, or empty
     */
    public Optional<GradeBand> band() {
        return band;
    }

    /**
     * What rules that adjusted the score said, in the order they fired.
     *
     * @return the notes
     */
    public ImmutableList<String> notes() {
        return notes;
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

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Explanation that && formula.equals(that.formula)
                && detail().equals(that.detail()) && band.equals(that.band) && notes.equals(that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formula, detail(), band, notes);
    }

    @Override
    public String toString() {
        return "Explanation[formula=" + formula + ", detail=" + detail() + ", band=" + band + ", notes=" + notes + "]";
    }
}
