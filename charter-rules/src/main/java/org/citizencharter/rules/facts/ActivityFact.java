package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.AreaCode;

/**
 * An activity of the plan being scored. Immutable.
 *
 * @param index the activity's position among all the plan's activities, from 0
 * @param area the code of its area
 * @param activity the activity
 */
public record ActivityFact(int index, AreaCode area, Activity activity) {

    /**
     * Checks the parts.
     *
     * @param index the position
     * @param area the area's code
     * @param activity the activity
     */
    public ActivityFact {
        requireNonNull(area, "area");
        requireNonNull(activity, "activity");
    }

    /**
     * The activity's code.
     *
     * @return the code
     */
    public ActivityCode code() {
        return activity.code();
    }

    /**
     * Whether the activity's code extends its area's.
     *
     * @return true if it does
     */
    public boolean codeInPlace() {
        return activity.code().isWithin(area);
    }
}
