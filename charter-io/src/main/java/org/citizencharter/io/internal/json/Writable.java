package org.citizencharter.io.internal.json;

import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;

/**
 * Whether a document can be written whole: the one thing in a model that JSON cannot hold is a host's
 * {@link Extensions} text that is not one JSON object. Checked before a document is streamed to its
 * output, so that a document that cannot be written leaves nothing there. Stateless and thread-safe.
 */
public final class Writable {

    private Writable() {
    }

    /**
     * Checks every extensions object of a plan, scorecard, office hierarchy or scoring policy.
     *
     * @param document the document
     * @throws InvalidInputException if one is not a JSON object
     */
    public static void check(Object document) {
        if (document instanceof ActionPlan plan) {
            check(plan.office());
            for (Area area : plan.areas()) {
                check(area.extensions());
                for (Activity activity : area.activities()) {
                    check(activity.extensions());
                    for (Indicator indicator : activity.indicators()) {
                        check(indicator.extensions());
                    }
                }
            }
            check(plan.extensions());
        } else if (document instanceof Scorecard card) {
            check(card.office());
            for (AreaResult area : card.areas()) {
                check(area.extensions());
            }
            for (IndicatorResult indicator : card.indicators()) {
                check(indicator.extensions());
            }
            check(card.extensions());
        } else if (document instanceof OfficeHierarchy hierarchy) {
            for (Office office : hierarchy.offices()) {
                check(office);
            }
            check(hierarchy.extensions());
        } else if (document instanceof ScoringPolicy policy) {
            check(policy.extensions());
        }
    }

    private static void check(Office office) {
        check(office.extensions());
    }

    private static void check(Extensions extensions) {
        if (!extensions.isEmpty()) {
            ExtensionsJson.canonical(extensions.json());
        }
    }
}
