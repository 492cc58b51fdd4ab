package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.citizencharter.core.Office;
import org.citizencharter.core.Scorecard;

/**
 * An office under the rolled-up office, with its scorecard if it had a plan for the period. Immutable.
 *
 * @param position the office's position among the subordinates, in hierarchy order, from 0
 * @param office the office
 * @param scorecard its scorecard, or null when it had no plan
 */
public record SubordinateFact(int position, Office office, Scorecard scorecard) {

    /**
     * Checks the parts.
     *
     * @param position the position
     * @param office the office
     * @param scorecard the scorecard, or null
     */
    public SubordinateFact {
        requireNonNull(office, "office");
    }

    /**
     * Whether the office had a plan for the period.
     *
     * @return true if it did
     */
    public boolean hasPlan() {
        return scorecard != null;
    }

    /**
     * The office's percent of total.
     *
     * @return the percent, or null when it had no plan
     */
    public BigDecimal percentOfTotal() {
        return scorecard == null ? null : scorecard.percentOfTotal().orElse(null);
    }
}
