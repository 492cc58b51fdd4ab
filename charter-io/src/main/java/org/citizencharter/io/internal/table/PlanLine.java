package org.citizencharter.io.internal.table;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.Indicator;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * One row of a plan written as a table: an indicator with its activity and area, or an area or activity
 * that has nothing under it. The first row of an area carries the area's cells and the first row of an
 * activity the activity's, as offices write them. Not API; immutable.
 *
 * @param area the area
 * @param activity the activity, if the row has one
 * @param indicator the indicator, if the row has one
 * @param indicatorIndex the indicator's position among the plan's indicators, or -1
 * @param opensArea whether this is the area's first row
 * @param opensActivity whether this is the activity's first row
 * @param areaRows how many rows the area spans (on its first row)
 * @param activityRows how many rows the activity spans (on its first row)
 */
public record PlanLine(Area area, Optional<Activity> activity, Optional<Indicator> indicator, int indicatorIndex,
        boolean opensArea, boolean opensActivity, int areaRows, int activityRows) {

    /**
     * Checks the parts.
     *
     * @param area the area
     * @param activity the activity
     * @param indicator the indicator
     * @param indicatorIndex the indicator's position
     * @param opensArea whether it is the area's first row
     * @param opensActivity whether it is the activity's first row
     * @param areaRows the area's rows
     * @param activityRows the activity's rows
     */
    public PlanLine {
        requireNonNull(area, "area");
        requireNonNull(activity, "activity");
        requireNonNull(indicator, "indicator");
    }

    /**
     * The rows of a plan, in order.
     *
     * @param plan the plan
     * @return one row an indicator, and one for each area or activity with nothing under it
     */
    public static ImmutableList<PlanLine> of(ActionPlan plan) {
        MutableList<PlanLine> lines = Lists.mutable.empty();
        int index = 0;
        for (Area area : plan.areas()) {
            int areaRows = (int) area.activities().sumOfInt(activity -> Math.max(1, activity.indicators().size()));
            if (area.activities().isEmpty()) {
                lines.add(new PlanLine(area, Optional.empty(), Optional.empty(), -1, true, false, 1, 0));
            }
            boolean opensArea = true;
            for (Activity activity : area.activities()) {
                int activityRows = Math.max(1, activity.indicators().size());
                if (activity.indicators().isEmpty()) {
                    lines.add(new PlanLine(area, Optional.of(activity), Optional.empty(), -1, opensArea, true,
                            areaRows, 1));
                    opensArea = false;
                }
                boolean opensActivity = true;
                for (Indicator indicator : activity.indicators()) {
                    lines.add(new PlanLine(area, Optional.of(activity), Optional.of(indicator), index++, opensArea,
                            opensActivity, areaRows, activityRows));
                    opensArea = false;
                    opensActivity = false;
                }
            }
        }
        return lines.toImmutable();
    }
}
