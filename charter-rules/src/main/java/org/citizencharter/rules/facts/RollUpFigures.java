package org.citizencharter.rules.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/**
 * The mean and minimum percent of total over the subordinates that had plans; derived by the rule
 * "Roll-up figures". Immutable.
 *
 * @param mean the mean, or null when no subordinate had a plan
 * @param minimum the minimum, or null when no subordinate had a plan
 */
public record RollUpFigures(BigDecimal mean, BigDecimal minimum) {

    /**
     * The figures over subordinates.
     *
     * @param subordinates the {@link SubordinateFact}s that had plans
     * @param mathContext the precision of the mean's division
     * @return the figures
     */
    public static RollUpFigures of(Collection<?> subordinates, MathContext mathContext) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal minimum = null;
        for (Object each : subordinates) {
            BigDecimal percent = ((SubordinateFact) each).percentOfTotal();
            sum = sum.add(percent);
            minimum = minimum == null ? percent : minimum.min(percent);
        }
        return subordinates.isEmpty() ? new RollUpFigures(null, null)
                : new RollUpFigures(sum.divide(BigDecimal.valueOf(subordinates.size()), mathContext), minimum);
    }
}
