package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.citizencharter.core.Value;

/**
 * An indicator's annual target and its target to date, as of the reported quarter. For graded targets
 * these are the 100 % column; for dates, the first (best) date. Immutable.
 *
 * @param index the indicator's {@link IndicatorFact#index() index}
 * @param annual the annual target, or {@link Value#NOT_REPORTED} when there is none
 * @param toDate the target to date, or {@link Value#NOT_REPORTED} when there is none
 */
public record TargetToDate(int index, Value annual, Value toDate) {

    /**
     * Checks the parts.
     *
     * @param index the indicator's index
     * @param annual the annual target
     * @param toDate the target to date
     */
    public TargetToDate {
        requireNonNull(annual, "annual");
        requireNonNull(toDate, "toDate");
    }

    /**
     * The annual target as an amount.
     *
     * @return the amount, or null
     */
    public BigDecimal annualAmount() {
        return annual.amount().orElse(null);
    }

    /**
     * The target to date as an amount.
     *
     * @return the amount, or null
     */
    public BigDecimal toDateAmount() {
        return toDate.amount().orElse(null);
    }
}
