package org.citizencharter.core;

import java.util.Arrays;
import java.util.function.Predicate;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;
import org.eclipse.collections.api.set.MutableSet;

/**
 * Finds alternative indicators: a code that extends another indicator's code. Only an indicator whose code
 * is longer than its activity's can be a primary: one coded like its activity or its area ("2.1" in
 * activity [2.1], a slip CODE_HIERARCHY_MISMATCH names) would otherwise take every indicator of the
 * activity as its alternatives and their weights with them. Not API.
 */
final class Alternatives {

    private Alternatives() {
    }

    /** Alternative code → primary code (the shortest indicator code it extends). */
    static ImmutableMap<IndicatorCode, IndicatorCode> of(ImmutableList<Activity> activities) {
        // A primary's code is shorter than its alternative's, so codes all of one depth (as in nearly every
        // plan) have no alternatives, and the search below need not hash them (issue 21).
        int shallowest = Integer.MAX_VALUE;
        int deepest = 0;
        for (Activity activity : activities) {
            for (Indicator indicator : activity.indicators()) {
                int depth = indicator.code().segments().size();
                shallowest = Math.min(shallowest, depth);
                deepest = Math.max(deepest, depth);
            }
        }
        if (shallowest >= deepest) {
            return Maps.immutable.empty();
        }
        MutableSet<IndicatorCode> primaries = Sets.mutable.empty();
        for (Activity activity : activities) {
            for (Indicator indicator : activity.indicators()) {
                if (canBePrimary(indicator, activity)) {
                    primaries.add(indicator.code());
                }
            }
        }
        MutableMap<IndicatorCode, IndicatorCode> found = null;
        for (Activity activity : activities) {
            for (Indicator indicator : activity.indicators()) {
                IndicatorCode primary = primary(indicator.code(), primaries::contains);
                if (primary != null) {
                    if (found == null) {
                        found = Maps.mutable.empty();
                    }
                    found.put(indicator.code(), primary);
                }
            }
        }
        return found == null ? Maps.immutable.empty() : found.toImmutable();
    }

    /** An indicator coded below its activity, as indicators are: [1.1.1] in [1.1], even [9.1.1] in [1.1]. */
    private static boolean canBePrimary(Indicator indicator, Activity activity) {
        return indicator.code().segments().size() > activity.code().segments().size();
    }

    private static IndicatorCode primary(IndicatorCode code, Predicate<IndicatorCode> isPrimary) {
        int[] segments = code.segments().toArray();
        for (int length = 1; length < segments.length; length++) {
            IndicatorCode prefix = IndicatorCode.of(Arrays.copyOf(segments, length));
            if (isPrimary.test(prefix)) {
                return prefix;
            }
        }
        return null;
    }
}
