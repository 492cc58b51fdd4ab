package org.citizencharter.core;

import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;
import org.eclipse.collections.api.set.MutableSet;

/** Finds alternative indicators: a code that extends another indicator's code. Not API. */
final class Alternatives {

    private Alternatives() {
    }

    /** Alternative code → primary code (the shortest indicator code it extends). */
    static ImmutableMap<IndicatorCode, IndicatorCode> of(ImmutableList<Indicator> indicators) {
        // A primary's code is shorter than its alternative's, so codes all of one depth (as in nearly every
        // plan) have no alternatives, and the search below need not hash them (issue 21).
        int shallowest = Integer.MAX_VALUE;
        int deepest = 0;
        for (Indicator indicator : indicators) {
            int depth = indicator.code().segments().size();
            shallowest = Math.min(shallowest, depth);
            deepest = Math.max(deepest, depth);
        }
        if (shallowest >= deepest) {
            return Maps.immutable.empty();
        }
        MutableSet<IndicatorCode> codes = Sets.mutable.withInitialCapacity(indicators.size());
        indicators.forEach(indicator -> codes.add(indicator.code()));
        MutableMap<IndicatorCode, IndicatorCode> found = null;
        for (Indicator indicator : indicators) {
            IndicatorCode primary = indicator.code().segments().size() > 1
                    ? primary(indicator.code(), codes::contains) : null;
            if (primary != null) {
                if (found == null) {
                    found = Maps.mutable.empty();
                }
                found.put(indicator.code(), primary);
            }
        }
        return found == null ? Maps.immutable.empty() : found.toImmutable();
    }

    static boolean isAlternative(IndicatorCode code, ImmutableList<Indicator> indicators) {
        // Only a shorter code can be a primary; usually every code has the same depth (issue 21: this is
        // asked of every indicator whenever an area's weights are summed).
        int depth = code.segments().size();
        if (!indicators.anySatisfy(indicator -> indicator.code().segments().size() < depth)) {
            return false;
        }
        return primary(code, candidate -> indicators.anySatisfy(indicator -> indicator.code().equals(candidate)))
                != null;
    }

    private static IndicatorCode primary(IndicatorCode code, java.util.function.Predicate<IndicatorCode> exists) {
        int[] segments = code.segments().toArray();
        for (int length = 1; length < segments.length; length++) {
            IndicatorCode prefix = IndicatorCode.of(java.util.Arrays.copyOf(segments, length));
            if (exists.test(prefix)) {
                return prefix;
            }
        }
        return null;
    }
}
