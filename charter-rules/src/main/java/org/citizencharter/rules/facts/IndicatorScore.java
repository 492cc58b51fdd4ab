package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import org.citizencharter.core.Explanation;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.GradeBand;
import org.citizencharter.core.ScoreStatus;

/**
 * The score a scoring rule gave an indicator, with how it got there. One per indicator; author rules
 * change it only through {@link ScoreAdjustment}. Immutable.
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
public record IndicatorScore(IndicatorFact indicator, ScoreStatus status, Fraction score, Fraction onTrackScore, String formula,
        String detail, GradeBand band, String rule) {

    /**
     * Checks the parts.
     *
     * @param indicator the indicator
     * @param status the status
     * @param score the score
     * @param onTrackScore the on-track score
     * @param formula the formula's id
     * @param detail the formula with figures
     * @param band the graded band, or null
     * @param rule the scoring rule
     */
    public IndicatorScore {
        requireNonNull(indicator, "indicator");
        requireNonNull(status, "status");
        requireNonNull(score, "score");
        requireNonNull(onTrackScore, "onTrackScore");
        requireNonNull(formula, "formula");
        requireNonNull(detail, "detail");
        requireNonNull(rule, "rule");
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
}
