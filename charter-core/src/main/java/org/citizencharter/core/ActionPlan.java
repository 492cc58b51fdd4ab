package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * An office's performance plan for a fiscal year, with what the office reported against it: areas
 * with weights, their activities, and weighted indicators with targets and quarterly achievements.
 *
 * <p>A plan may be broken in every way a real one is (duplicate or misplaced codes, weights that do
 * not add up, empty quarters); nothing is dropped or merged, so that scoring can report each problem.
 * A plan may say the quarter its report was made as of ({@link #asOf()}); scoring can also be given
 * the period. Immutable.
 *
 * @param office the office whose plan it is
 * @param fiscalYear the fiscal year it covers
 * @param kind the kind of plan
 * @param declaredTotal the total of the area weights as the plan states it, if it states one
 * @param asOf the quarter the progress report was made as of, if the plan says
 * @param areas the areas, in order
 * @param extensions the host's own data about the plan
 */
public record ActionPlan(Office office, FiscalYear fiscalYear, PlanKind kind, Optional<Weight> declaredTotal,
        Optional<Quarter> asOf, ImmutableList<Area> areas, Extensions extensions) {

    /**
     * Checks the parts.
     *
     * @param office the office
     * @param fiscalYear the fiscal year
     * @param kind the kind
     * @param declaredTotal the declared total
     * @param asOf the quarter of the report
     * @param areas the areas
     * @param extensions the host's own data
     */
    public ActionPlan {
        requireNonNull(extensions, "extensions");
        requireNonNull(office, "office");
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(kind, "kind");
        requireNonNull(declaredTotal, "declaredTotal");
        requireNonNull(asOf, "asOf");
        requireNonNull(areas, "areas");
        if (areas.contains(null)) {
            throw new NullPointerException("area");
        }
    }

    /**
     * A plan without extensions.
     *
     * @param office the office
     * @param fiscalYear the fiscal year
     * @param kind the kind
     * @param declaredTotal the declared total
     * @param asOf the quarter of the report
     * @param areas the areas
     */
    public ActionPlan(Office office, FiscalYear fiscalYear, PlanKind kind, Optional<Weight> declaredTotal,
            Optional<Quarter> asOf, ImmutableList<Area> areas) {
        this(office, fiscalYear, kind, declaredTotal, asOf, areas, Extensions.NONE);
    }

    /**
     * A plan without a declared total or reporting quarter.
     *
     * @param office the office
     * @param fiscalYear the fiscal year
     * @param kind the kind
     * @param areas the areas, in order
     * @return the plan
     */
    public static ActionPlan of(Office office, FiscalYear fiscalYear, PlanKind kind, Area... areas) {
        return new ActionPlan(office, fiscalYear, kind, Optional.empty(), Optional.empty(),
                Lists.immutable.of(areas));
    }

    /**
     * Every indicator of the plan, in order.
     *
     * @return the indicators
     */
    public ImmutableList<Indicator> indicators() {
        return areas.flatCollect(Area::indicators);
    }

    /**
     * The reporting period, if the plan says which quarter it was reported as of.
     *
     * @return the period, or empty
     */
    public Optional<ReportingPeriod> period() {
        return asOf.map(quarter -> ReportingPeriod.of(fiscalYear, quarter));
    }

    /**
     * The sum of the area weights.
     *
     * @return the sum
     */
    public Weight areaWeights() {
        return areas.injectInto(Weight.ZERO, (sum, area) -> sum.plus(area.weight()));
    }

    /**
     * The alternative indicators of the plan (domain.md §3): an indicator whose code extends another
     * indicator's code ([1.1.1.1] under [1.1.1]) is an alternative to it. Each alternative maps to its
     * primary, the indicator with the shortest code it extends. A primary's code is longer than its
     * activity's: an indicator miscoded "2.1" in activity [2.1] (CODE_HIERARCHY_MISMATCH) has no
     * alternatives, so the activity's [2.1.1] and [2.1.2] are indicators of their own, weights and all.
     *
     * @return alternative code → primary code; usually empty
     */
    public ImmutableMap<IndicatorCode, IndicatorCode> alternatives() {
        return Alternatives.of(areas.flatCollect(Area::activities));
    }

    /**
     * Whether the plan reports by quarter: some indicator has a value in some quarter. A plan that does
     * not (an annual evaluation) takes the reported actual as the achievement.
     *
     * @return true if any quarter holds a value
     */
    public boolean reportsByQuarter() {
        for (Area area : areas) {
            for (Activity activity : area.activities()) {
                for (Indicator indicator : activity.indicators()) {
                    if (indicator.quarters().anyReported()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * This plan with other areas.
     *
     * @param newAreas the areas
     * @return a new plan
     */
    public ActionPlan withAreas(ImmutableList<Area> newAreas) {
        return new ActionPlan(office, fiscalYear, kind, declaredTotal, asOf, newAreas, extensions);
    }

    /**
     * This plan with a declared total.
     *
     * @param total the total of the area weights as the plan states it
     * @return a new plan
     */
    public ActionPlan withDeclaredTotal(Weight total) {
        return new ActionPlan(office, fiscalYear, kind, Optional.of(total), asOf, areas, extensions);
    }

    /**
     * This plan, reported as of a quarter.
     *
     * @param quarter the quarter of the report
     * @return a new plan
     */
    public ActionPlan withAsOf(Quarter quarter) {
        return new ActionPlan(office, fiscalYear, kind, declaredTotal, Optional.of(quarter), areas, extensions);
    }

    /**
     * This plan for another office.
     *
     * @param newOffice the office
     * @return a new plan
     */
    public ActionPlan withOffice(Office newOffice) {
        return new ActionPlan(newOffice, fiscalYear, kind, declaredTotal, asOf, areas, extensions);
    }

    /**
     * This plan with the host's own data.
     *
     * @param newExtensions the extensions
     * @return a new plan
     */
    public ActionPlan withExtensions(Extensions newExtensions) {
        return new ActionPlan(office, fiscalYear, kind, declaredTotal, asOf, areas, newExtensions);
    }

    /**
     * This plan with every indicator passed through a function.
     *
     * @param change the function, given each indicator in turn
     * @return a new plan
     */
    public ActionPlan mapIndicators(UnaryOperator<Indicator> change) {
        return withAreas(areas.collect(area -> area.withActivities(area.activities().collect(
                activity -> activity.withIndicators(activity.indicators().collect(change::apply))))));
    }

    /**
     * This plan with the value of one quarter of one indicator replaced.
     *
     * @param code the indicator's code, which must belong to exactly one indicator
     * @param quarter the quarter
     * @param value the new value
     * @return a new plan
     * @throws CharterException if no indicator, or more than one, has the code
     */
    public ActionPlan withAchievement(IndicatorCode code, Quarter quarter, Value value) {
        int count = indicators().count(indicator -> indicator.code().equals(code));
        if (count != 1) {
            throw new CharterException(count == 0
                    ? "No indicator has the code (" + code + ")"
                    : count + " indicators have the code (" + code + "); change one of them directly");
        }
        return mapIndicators(indicator -> indicator.code().equals(code) ? indicator.withQuarter(quarter, value)
                : indicator);
    }
}
