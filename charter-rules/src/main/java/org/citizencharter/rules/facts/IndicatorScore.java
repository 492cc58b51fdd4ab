package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

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
 * @param formula the formula's id ({@link org.citizencharter.core.Explanation} lists the default ones)
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
     * The indicator's {@link IndicatorFact#index() index}, to join facts that name it by index.
     *
     * @return the index
     */
    public int index() {
        return indicator.index();
    }
}
