package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * An activity area or strategic objective (কার্যক্রমের ক্ষেত্র, কৌশলগত উদ্দেশ্য) with its weight and
 * activities.
 *
 * <p>The weight need not equal the sum of its indicators' weights; when it does not, scoring reports
 * it. Immutable.
 *
 * @param code the area's code, such as "1"
 * @param name the area's name
 * @param weight the area's weight (মান)
 * @param activities its activities, in order
 * @param extensions the host's own data about the area
 */
public record Area(AreaCode code, BilingualText name, Weight weight, ImmutableList<Activity> activities,
        Extensions extensions) {

    /**
     * Checks the parts.
     *
     * @param code the area's code
     * @param name the area's name
     * @param weight the area's weight
     * @param activities its activities
     * @param extensions the host's own data
     */
    public Area {
        requireNonNull(extensions, "extensions");
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(weight, "weight");
        requireNonNull(activities, "activities");
        if (activities.contains(null)) {
            throw new NullPointerException("activity");
        }
    }

    /**
     * An area without extensions.
     *
     * @param code the area's code
     * @param name the area's name
     * @param weight the area's weight
     * @param activities its activities
     */
    public Area(AreaCode code, BilingualText name, Weight weight, ImmutableList<Activity> activities) {
        this(code, name, weight, activities, Extensions.NONE);
    }

    /**
     * An area with activities.
     *
     * @param code the code
     * @param name the name
     * @param weight the weight
     * @param activities the activities, in order
     * @return the area
     */
    public static Area of(AreaCode code, BilingualText name, Weight weight, Activity... activities) {
        return new Area(code, name, weight, Lists.immutable.of(activities));
    }

    /**
     * The indicators of all the area's activities, in order.
     *
     * @return the indicators
     */
    public ImmutableList<Indicator> indicators() {
        return activities.flatCollect(Activity::indicators);
    }

    /**
     * The sum of the weights of the area's indicators that have one, alternatives left out (an
     * alternative counts its primary's weight, once: domain.md §3).
     *
     * @return the sum
     */
    public Weight indicatorWeights() {
        // The alternatives found once for the area: asking of each indicator whether it is one took a pass over
        // the area's indicators for each, 7 % of the engine's time at 25 indicators (issue 21).
        ImmutableMap<IndicatorCode, IndicatorCode> alternatives = Alternatives.of(activities);
        BigDecimal sum = BigDecimal.ZERO;
        for (Activity activity : activities) {
            for (Indicator indicator : activity.indicators()) {
                Optional<Weight> weight = indicator.weight();
                if (weight.isPresent() && !alternatives.containsKey(indicator.code())) {
                    sum = sum.add(weight.get().value());
                }
            }
        }
        return Weight.of(sum);
    }

    /**
     * Whether every indicator of the area that is not an alternative has a weight.
     *
     * @return false if one has none (WEIGHT_MISSING)
     */
    public boolean allWeighted() {
        ImmutableMap<IndicatorCode, IndicatorCode> alternatives = Alternatives.of(activities);
        return activities.allSatisfy(activity -> activity.indicators().allSatisfy(indicator ->
                indicator.weight().isPresent() || alternatives.containsKey(indicator.code())));
    }

    /**
     * This area with its activities replaced.
     *
     * @param newActivities the activities
     * @return a new area
     */
    public Area withActivities(ImmutableList<Activity> newActivities) {
        return new Area(code, name, weight, newActivities, extensions);
    }

    /**
     * This area with another weight.
     *
     * @param newWeight the weight
     * @return a new area
     */
    public Area withWeight(Weight newWeight) {
        return new Area(code, name, newWeight, activities, extensions);
    }
}
