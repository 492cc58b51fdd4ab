package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator's score and everything that explains it.
 *
 * <p>Figures are exact (rounded only when written): the achievement to date from the quarters by the
 * method, the annual target and the target to date, the achievement as a percent of each (absent for
 * dates, where the divisor is 0, when nothing was achieved, and for an indicator unscored for want
 * of a usable target), the score and the on-track score (the score against the target to date).
 * Quotients are the exact fraction to 34 significant digits ({@link Fraction#toBigDecimal()}). For
 * graded targets the annual target is the 100 % column. Immutable.
 *
 * @param code the indicator's code
 * @param area the code of its area
 * @param activity the code of its activity
 * @param name its name
 * @param weight its weight; for an alternative indicator, the primary's; empty where it has none
 * @param method how its quarters were aggregated
 * @param status whether it was scored
 * @param achieved the achievement to date, or {@link Value#NOT_REPORTED}
 * @param annualTarget the annual target, or {@link Value#NOT_REPORTED} when there is none
 * @param targetToDate the target to date, or {@link Value#NOT_REPORTED} when there is none
 * @param percentOfAnnualTarget 100 × A / T
 * @param percentOfTargetToDate 100 × A / T(q), uncapped
 * @param score the score, from 0 to the weight
 * @param onTrackScore the score against the target to date
 * @param explanation how the score was reached
 * @param extensions the host's own data about the indicator, carried over from the plan
 */
public record IndicatorResult(IndicatorCode code, AreaCode area, ActivityCode activity, BilingualText name,
        Optional<Weight> weight, CalculationMethod method, ScoreStatus status, Value achieved, Value annualTarget,
        Value targetToDate, Optional<BigDecimal> percentOfAnnualTarget, Optional<BigDecimal> percentOfTargetToDate,
        BigDecimal score, BigDecimal onTrackScore, Explanation explanation, Extensions extensions) {

    /**
     * Checks the parts.
     *
     * @param code the indicator's code
     * @param area its area's code
     * @param activity its activity's code
     * @param name its name
     * @param weight its weight
     * @param method its method
     * @param status its status
     * @param achieved the achievement
     * @param annualTarget the annual target
     * @param targetToDate the target to date
     * @param percentOfAnnualTarget percent of the annual target
     * @param percentOfTargetToDate percent of the target to date
     * @param score the score
     * @param onTrackScore the on-track score
     * @param explanation the explanation
     * @param extensions the host's own data
     */
    public IndicatorResult {
        requireNonNull(code, "code");
        requireNonNull(area, "area");
        requireNonNull(activity, "activity");
        requireNonNull(name, "name");
        requireNonNull(weight, "weight");
        requireNonNull(method, "method");
        requireNonNull(status, "status");
        requireNonNull(achieved, "achieved");
        requireNonNull(annualTarget, "annualTarget");
        requireNonNull(targetToDate, "targetToDate");
        requireNonNull(percentOfAnnualTarget, "percentOfAnnualTarget");
        requireNonNull(percentOfTargetToDate, "percentOfTargetToDate");
        requireNonNull(score, "score");
        requireNonNull(onTrackScore, "onTrackScore");
        requireNonNull(explanation, "explanation");
        requireNonNull(extensions, "extensions");
    }

    /**
     * A result without the host's data.
     *
     * @param code the indicator's code
     * @param area its area's code
     * @param activity its activity's code
     * @param name its name
     * @param weight its weight
     * @param method its method
     * @param status its status
     * @param achieved the achievement
     * @param annualTarget the annual target
     * @param targetToDate the target to date
     * @param percentOfAnnualTarget percent of the annual target
     * @param percentOfTargetToDate percent of the target to date
     * @param score the score
     * @param onTrackScore the on-track score
     * @param explanation the explanation
     */
    public IndicatorResult(IndicatorCode code, AreaCode area, ActivityCode activity, BilingualText name,
            Optional<Weight> weight, CalculationMethod method, ScoreStatus status, Value achieved, Value annualTarget,
            Value targetToDate, Optional<BigDecimal> percentOfAnnualTarget, Optional<BigDecimal> percentOfTargetToDate,
            BigDecimal score, BigDecimal onTrackScore, Explanation explanation) {
        this(code, area, activity, name, weight, method, status, achieved, annualTarget, targetToDate,
                percentOfAnnualTarget, percentOfTargetToDate, score, onTrackScore, explanation, Extensions.NONE);
    }

    /**
     * This result with another score, as a rule author's adjustment sets it, and a note saying why.
     *
     * @param newScore the score
     * @param note the note for the explanation
     * @return a new result
     */
    public IndicatorResult withScore(BigDecimal newScore, String note) {
        return new IndicatorResult(code, area, activity, name, weight, method, status, achieved, annualTarget,
                targetToDate, percentOfAnnualTarget, percentOfTargetToDate, newScore, onTrackScore,
                explanation.withNote(note), extensions);
    }
}
