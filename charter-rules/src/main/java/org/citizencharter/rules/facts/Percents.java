package org.citizencharter.rules.facts;

import java.math.BigDecimal;

/**
 * An indicator's achievement as a percent of its annual target and of its target to date (uncapped).
 * Absent (null) for dates, when a target is zero, and when nothing was achieved. Immutable.
 *
 * @param index the indicator's {@link IndicatorFact#index() index}
 * @param ofAnnualTarget 100 × A / T, or null
 * @param ofTargetToDate 100 × A / T(q), or null
 */
public record Percents(int index, BigDecimal ofAnnualTarget, BigDecimal ofTargetToDate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Whether a percent lies outside 0..100.
     *
     * @param percent the percent
     * @return true if it is below 0 or above 100
     */
    public static boolean outOfRange(BigDecimal percent) {
        return percent.signum() < 0 || percent.compareTo(HUNDRED) > 0;
    }
}
