package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

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
        ImmutableList<Indicator> all = indicators();
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (Indicator indicator : all) {
            if (indicator.weight().isPresent() && !Alternatives.isAlternative(indicator.code(), activities)) {
                sum = sum.add(indicator.weight().get().value());
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
        ImmutableList<Indicator> all = indicators();
        return all.allSatisfy(indicator -> indicator.weight().isPresent()
                || Alternatives.isAlternative(indicator.code(), activities));
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
