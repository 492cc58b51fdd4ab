package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import org.citizencharter.core.Finding;

/**
 * A finding about one indicator, for rules that insert findings logically ({@code insertLogical}), so
 * that the finding follows later changes such as a {@link ScoreAdjustment}. Logical insertion merges
 * equal objects; the indicator's index keeps apart equal findings about two indicators that share a
 * code. The engine returns the finding inside. Immutable.
 *
 * @param index the indicator's {@link IndicatorFact#index() index}
 * @param finding the finding
 */
public record FindingFact(int index, Finding finding) {

    /**
     * Checks the parts.
     *
     * @param index the indicator's index
     * @param finding the finding
     */
    public FindingFact {
        requireNonNull(finding, "finding");
    }
}
