package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import org.citizencharter.core.AreaCode;
import org.citizencharter.core.Code;
import org.citizencharter.core.IndicatorCode;

/**
 * A code that more than one area, activity or indicator of the plan carries, at its first occurrence;
 * {@link ScoringContext#duplicates()} lists them. Immutable.
 *
 * @param what "area", "activity" or "indicator"
 * @param code the code
 * @param count how many carry it
 * @param area the area of the first occurrence
 * @param indicator the indicator code, for indicators; null otherwise
 */
public record DuplicateCode(String what, Code code, int count, AreaCode area, IndicatorCode indicator) {

    /**
     * Checks the parts.
     *
     * @param what the kind of code
     * @param code the code
     * @param count how many carry it
     * @param area the area of the first occurrence
     * @param indicator the indicator code, or null
     */
    public DuplicateCode {
        requireNonNull(what, "what");
        requireNonNull(code, "code");
        requireNonNull(area, "area");
    }

    /**
     * The code as an activity's, for a repeated activity code.
     *
     * @return the activity code, or null for areas and indicators
     */
    public org.citizencharter.core.ActivityCode activityCode() {
        return code instanceof org.citizencharter.core.ActivityCode activity ? activity : null;
    }
}
