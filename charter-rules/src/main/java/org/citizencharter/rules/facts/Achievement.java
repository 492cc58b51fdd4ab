package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.citizencharter.core.Value;

/**
 * An indicator's achievement to date, derived by the aggregation rules from its quarters by its
 * method (or, in an annual evaluation, taken from its reported actual). One per indicator. Immutable.
 *
 * @param index the indicator's {@link IndicatorFact#index() index}
 * @param value the achievement, or {@link Value#NOT_REPORTED} when nothing counts
 * @param rule the name of the rule that derived it
 */
public record Achievement(int index, Value value, String rule) {

    /**
     * Checks the parts.
     *
     * @param index the indicator's index
     * @param value the achievement
     * @param rule the deriving rule
     */
    public Achievement {
        requireNonNull(value, "value");
        requireNonNull(rule, "rule");
    }

    /**
     * The amount achieved.
     *
     * @return the amount, or null for a date or nothing
     */
    public BigDecimal amount() {
        return value.amount().orElse(null);
    }

    /**
     * The completion date achieved.
     *
     * @return the date, or null for an amount or nothing
     */
    public LocalDate date() {
        return value.date().orElse(null);
    }

    /**
     * Whether anything counts as achieved.
     *
     * @return false when the achievement is {@link Value#NOT_REPORTED}
     */
    public boolean reported() {
        return value.isReported();
    }
}
