package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * An activity (কার্যক্রম) of an area, with its indicators in the order of the plan.
 *
 * <p>Indicators whose codes repeat or do not extend the activity's code are kept as they are, for
 * scoring to report. Immutable.
 *
 * @param code the activity's code, such as "1.2"
 * @param name what the activity is
 * @param indicators its indicators, in order
 * @param extensions the host's own data about the activity
 */
public record Activity(ActivityCode code, BilingualText name, ImmutableList<Indicator> indicators,
        Extensions extensions) {

    /**
     * Checks the parts.
     *
     * @param code the activity's code
     * @param name what the activity is
     * @param indicators its indicators
     * @param extensions the host's own data
     */
    public Activity {
        requireNonNull(extensions, "extensions");
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(indicators, "indicators");
        if (indicators.contains(null)) {
            throw new NullPointerException("indicator");
        }
    }

    /**
     * An activity without extensions.
     *
     * @param code the activity's code
     * @param name what the activity is
     * @param indicators its indicators
     */
    public Activity(ActivityCode code, BilingualText name, ImmutableList<Indicator> indicators) {
        this(code, name, indicators, Extensions.NONE);
    }

    /**
     * An activity with indicators.
     *
     * @param code the code
     * @param name the name
     * @param indicators the indicators, in order
     * @return the activity
     */
    public static Activity of(ActivityCode code, BilingualText name, Indicator... indicators) {
        return new Activity(code, name, Lists.immutable.of(indicators));
    }

    /**
     * This activity with its indicators replaced.
     *
     * @param newIndicators the indicators
     * @return a new activity
     */
    public Activity withIndicators(ImmutableList<Indicator> newIndicators) {
        return new Activity(code, name, newIndicators, extensions);
    }
}
