package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.citizencharter.core.Explanation;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.GradeBand;
import org.citizencharter.core.ScoreStatus;
import org.eclipse.collections.api.factory.Lists;

/**
 * The score a scoring rule gave an indicator, with how it got there. One per indicator; author rules
 * change it only through {@link ScoreAdjustment}. Immutable; equal when all its parts are.
 *
 * <p>The default scoring rules give the detail {@link #scored(Achievement, Fraction, Fraction, String,
 * Supplier, GradeBand, String) lazily}: its text is built only when it is asked for (by
 * {@link #detail()}, or through the scorecard's {@link Explanation}).
 */
public final class IndicatorScore {

    private final IndicatorFact indicator;
    private final ScoreStatus status;
    private final Fraction score;
    private final Fraction onTrackScore;
    private final String formula;
    /** Holds the detail, built on first use where it was given as a supplier. */
    private final Explanation detail;
    private final GradeBand band;
    private final String rule;

    /**
     * Checks the parts.
     *
     * @param indicator the indicator scored
     * @param status whether it was scored
     * @param score the score, from 0 to the weight, exact
     * @param onTrackScore the score against the target to date, exact
     * @param formula the formula's id ({@link Explanation} lists the default ones)
     * @param detail the formula with its figures
     * @param band for graded targets, the columns the achievement fell between; else null
     * @param rule the name of the rule that scored it
     */
    public IndicatorScore(IndicatorFact indicator, ScoreStatus status, Fraction score, Fraction onTrackScore,
            String formula, String detail, GradeBand band, String rule) {
        this(indicator, status, score, onTrackScore, Explanation.of(formula, detail), band, rule);
    }

    /** A score whose formula and detail are those of an explanation (the detail perhaps still to be built). */
    private IndicatorScore(IndicatorFact indicator, ScoreStatus status, Fraction score, Fraction onTrackScore,
            Explanation detail, GradeBand band, String rule) {
        this.indicator = requireNonNull(indicator, "indicator");
        this.status = requireNonNull(status, "status");
        this.score = requireNonNull(score, "score");
        this.onTrackScore = requireNonNull(onTrackScore, "onTrackScore");
        this.formula = detail.formula();
        this.detail = detail;
        this.band = band;
        this.rule = requireNonNull(rule, "rule");
    }

    /**
     * An indicator scored by a formula.
     *
     * @param achievement what the indicator achieved
     * @param score the score, exact
     * @param onTrackScore the score against the target to date, exact
     * @param formula the formula's id ({@link Explanation})
     * @param detail the formula with its figures
     * @param band for graded targets, the columns the achievement fell between; else null
     * @param rule the scoring rule's name
     * @return the score, status SCORED
     */
    public static IndicatorScore scored(Achievement achievement, Fraction score, Fraction onTrackScore, String formula,
            String detail, GradeBand band, String rule) {
        return new IndicatorScore(achievement.indicator(), ScoreStatus.SCORED, score, onTrackScore, formula, detail,
                band, rule);
    }

    /**
     * An indicator scored by a formula, its detail built only when it is asked for.
     *
     * @param achievement what the indicator achieved
     * @param score the score, exact
     * @param onTrackScore the score against the target to date, exact
     * @param formula the formula's id ({@link Explanation})
     * @param detail builds the formula with its figures: the same text at every call, never null
     * @param band for graded targets, the columns the achievement fell between; else null
     * @param rule the scoring rule's name
     * @return the score, status SCORED
     */
    public static IndicatorScore scored(Achievement achievement, Fraction score, Fraction onTrackScore, String formula,
            Supplier<String> detail, GradeBand band, String rule) {
        return new IndicatorScore(achievement.indicator(), ScoreStatus.SCORED, score, onTrackScore,
                Explanation.lazily(formula, detail, Optional.empty(), Lists.immutable.empty()), band, rule);
    }

    /**
     * An indicator not scored (a missing or unusable target, a missing weight, an alternative not needed):
     * 0, on track 0.
     *
     * @param indicator the indicator
     * @param why why it is not scored
     * @param rule the scoring rule's name
     * @return the score, status UNSCORED
     */
    public static IndicatorScore unscored(IndicatorFact indicator, String why, String rule) {
        return new IndicatorScore(indicator, ScoreStatus.UNSCORED, Fraction.ZERO, Fraction.ZERO,
                Explanation.UNSCORED, why, null, rule);
    }

    /**
     * A date not completed whose last day that earns marks has not passed: 0 for now, on track 0.
     *
     * @param indicator the indicator
     * @param rule the scoring rule's name
     * @return the score, status PENDING
     */
    public static IndicatorScore pending(IndicatorFact indicator, String rule) {
        return new IndicatorScore(indicator, ScoreStatus.PENDING, Fraction.ZERO, Fraction.ZERO, indicator.formula(),
                "not completed; due " + indicator.lastAcceptedDay(), null, rule);
    }

    /**
     * Nothing achieved that counts: 0.
     *
     * @param indicator the indicator
     * @param onTrackScore the on-track score (w for a single target where nothing was due yet, else 0)
     * @param rule the scoring rule's name
     * @return the score, status NO_ACHIEVEMENT
     */
    public static IndicatorScore noAchievement(IndicatorFact indicator, Fraction onTrackScore, String rule) {
        return new IndicatorScore(indicator, ScoreStatus.NO_ACHIEVEMENT, Fraction.ZERO, onTrackScore,
                indicator.formula(), "nothing achieved", null, rule);
    }

    /**
     * The indicator scored.
     *
     * @return the indicator
     */
    public IndicatorFact indicator() {
        return indicator;
    }

    /**
     * Whether it was scored.
     *
     * @return the status
     */
    public ScoreStatus status() {
        return status;
    }

    /**
     * The score, from 0 to the weight, exact.
     *
     * @return the score
     */
    public Fraction score() {
        return score;
    }

    /**
     * The score against the target to date, exact.
     *
     * @return the on-track score
     */
    public Fraction onTrackScore() {
        return onTrackScore;
    }

    /**
     * The formula's id ({@link Explanation} lists the default ones).
     *
     * @return the id
     */
    public String formula() {
        return formula;
    }

    /**
     * The formula with its figures.
     *
     * @return the text
     */
    public String detail() {
        return detail.detail();
    }

    /**
     * For graded targets, the columns the achievement fell between.
     *
     * @return the band, or null
     */
    public GradeBand band() {
        return band;
    }

    /**
     * The name of the rule that scored it.
     *
     * @return the rule's name
     */
    public String rule() {
        return rule;
    }

    /**
     * The indicator's {@link IndicatorFact#index() index}, to join facts that name it by index.
     *
     * @return the index
     */
    public int index() {
        return indicator.index();
    }

    /**
     * The final score: this one, or the lowest of the authors' adjustments, clamped to 0..weight.
     *
     * @param adjustments the {@link ScoreAdjustment}s of the indicator
     * @return the final score, exact
     */
    public Fraction finalScore(java.util.Collection<?> adjustments) {
        return org.citizencharter.rules.internal.Formulas.finalScore(indicator, this, adjustments);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IndicatorScore that && indicator.equals(that.indicator)
                && status == that.status && score.equals(that.score) && onTrackScore.equals(that.onTrackScore)
                && formula.equals(that.formula) && detail().equals(that.detail()) && Objects.equals(band, that.band)
                && rule.equals(that.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, status, score, onTrackScore, formula, detail(), band, rule);
    }

    @Override
    public String toString() {
        return "IndicatorScore[indicator=" + indicator + ", status=" + status + ", score=" + score + ", onTrackScore="
                + onTrackScore + ", formula=" + formula + ", detail=" + detail() + ", band=" + band + ", rule=" + rule
                + "]";
    }
}
