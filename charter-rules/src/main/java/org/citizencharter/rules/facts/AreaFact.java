package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.Weight;

/**
 * An area of the plan being scored. Immutable.
 *
 * @param index the area's position in the plan, from 0
 * @param area the area
 * @param indicatorWeights the sum of its indicators' weights
 */
public record AreaFact(int index, Area area, Weight indicatorWeights) {

    /**
     * Checks the parts.
     *
     * @param index the position
     * @param area the area
     * @param indicatorWeights the sum of its indicators' weights
     */
    public AreaFact {
        requireNonNull(area, "area");
        requireNonNull(indicatorWeights, "indicatorWeights");
    }

    /**
     * The area's code.
     *
     * @return the code
     */
    public AreaCode code() {
        return area.code();
    }

    /**
     * The area's weight.
     *
     * @return the weight
     */
    public Weight weight() {
        return area.weight();
    }

    /**
     * Whether the indicators' weights add up to the area's weight. An indicator without a weight adds
     * nothing (WEIGHT_MISSING names it): the weights that are there must still make the area's.
     *
     * @return true if they do
     */
    public boolean weightsAddUp() {
        return indicatorWeights.isEqual(area.weight());
    }
}
