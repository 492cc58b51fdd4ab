package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.citizencharter.core.Quarter;

/**
 * A running total that went down: a reported closed quarter whose value is below the previous
 * reported one. {@link IndicatorFact#decreases()} lists them. Immutable.
 *
 * @param quarter the quarter where it went down
 * @param previous the previous reported value
 * @param value the value in the quarter
 */
public record Decrease(Quarter quarter, BigDecimal previous, BigDecimal value) {

    /**
     * Checks the parts.
     *
     * @param quarter the quarter
     * @param previous the previous value
     * @param value the value
     */
    public Decrease {
        requireNonNull(quarter, "quarter");
        requireNonNull(previous, "previous");
        requireNonNull(value, "value");
    }
}
