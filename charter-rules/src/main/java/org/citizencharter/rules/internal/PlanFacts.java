package org.citizencharter.rules.internal;

import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.rules.facts.IndicatorFact;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * The indicator facts of a plan, in plan order, as the engine inserts them (and the limit scorer of the
 * benchmarks builds them): an alternative indicator is scored with its primary's weight. Not API.
 */
public final class PlanFacts {

    private PlanFacts() {
    }

    /**
     * The indicator facts of a plan.
     *
     * @param plan the plan
     * @param period the period it is scored as of
     * @param byQuarter whether the plan reports by quarter
     * @return the facts, in plan order, each with its index
     */
    public static ImmutableList<IndicatorFact> indicators(ActionPlan plan, ReportingPeriod period, boolean byQuarter) {
        MutableList<IndicatorFact> indicators = Lists.mutable.empty();
        for (Area area : plan.areas()) {
            for (Activity activity : area.activities()) {
                for (Indicator indicator : activity.indicators()) {
                    indicators.add(new IndicatorFact(indicators.size(), area.code(), activity.code(), indicator,
                            period, byQuarter));
                }
            }
        }
        ImmutableMap<IndicatorCode, IndicatorCode> alternatives = plan.alternatives();
        if (alternatives.notEmpty()) {
            boolean[] primaries = new boolean[indicators.size()];
            // An alternative is scored with its primary's weight: the first indicator with the primary's code.
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorFact fact = indicators.get(i);
                IndicatorCode primary = alternatives.get(fact.code());
                if (primary != null) {
                    IndicatorFact first = indicators.detect(candidate -> candidate.code().equals(primary));
                    indicators.set(i, new IndicatorFact(fact.index(), fact.area(), fact.activity(), fact.indicator(),
                            period, byQuarter, first.index(), first.indicator().weight(), fact.hasAlternative()));
                    primaries[first.index()] = true;
                }
            }
            for (int i = 0; i < primaries.length; i++) {
                if (primaries[i]) {
                    indicators.set(i, indicators.get(i).asPrimary());
                }
            }
        }
        return indicators.toImmutable();
    }
}
