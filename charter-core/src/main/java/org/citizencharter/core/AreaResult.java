package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An area's score: the sum of its indicators' scores, beside its weight. Immutable.
 *
 * @param code the area's code
 * @param name the area's name
 * @param weight the area's weight
 * @param score the sum of its indicators' scores, exact (rounded only when written)
 * @param extensions the host's own data about the area, carried over from the plan
 */
public record AreaResult(AreaCode code, BilingualText name, Weight weight, BigDecimal score, Extensions extensions) {

    /**
     * Checks the parts.
     *
     * @param code the area's code
     * @param name the area's name
     * @param weight the area's weight
     * @param score the area's score
     * @param extensions the host's own data
     */
    public AreaResult {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(weight, "weight");
        requireNonNull(score, "score");
        requireNonNull(extensions, "extensions");
    }

    /**
     * An area's score without the host's data.
     *
     * @param code the area's code
     * @param name the area's name
     * @param weight the area's weight
     * @param score the area's score
     */
    public AreaResult(AreaCode code, BilingualText name, Weight weight, BigDecimal score) {
        this(code, name, weight, score, Extensions.NONE);
    }
}
