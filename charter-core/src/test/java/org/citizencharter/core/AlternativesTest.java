package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;

/** Which indicators are alternatives (domain.md §3), as the plan and its areas tell it. */
class AlternativesTest {

    @Test
    void aCodeExtendingAnIndicatorsCodeIsItsAlternative() {
        ActionPlan plan = plan(ActivityCode.of(1, 1), indicator(1, 1, 1, 4), indicator(1, 1, 1, 1, null),
                indicator(1, 1, 2, 2));
        assertThat(plan.alternatives().size()).isEqualTo(1);
        assertThat(plan.alternatives().get(IndicatorCode.of(1, 1, 1, 1))).isEqualTo(IndicatorCode.of(1, 1, 1));
        Area area = plan.areas().getOnly();
        assertThat(area.indicatorWeights()).isEqualTo(Weight.of(6));
        assertThat(area.allWeighted()).as("the alternative needs no weight of its own").isTrue();
    }

    /**
     * An indicator coded like its activity ("2.1" in [2.1], or a bare serial number) is a slip of its code
     * (CODE_HIERARCHY_MISMATCH), not the primary of every indicator below it: they keep their weights, and
     * one without a weight is missing one. Before, [2.1.1] and [2.1.2] were its alternatives, unweighted.
     */
    @Test
    void anIndicatorCodedLikeItsActivityHasNoAlternatives() {
        ActionPlan plan = plan(ActivityCode.of(2, 1), indicator(2, 1, 1, 3), indicator(2, 1, 2, 2),
                indicator(2, 1, null));
        assertThat(plan.alternatives().isEmpty()).isTrue();
        assertThat(plan.areas().getOnly().indicatorWeights()).isEqualTo(Weight.of(5));
        ActionPlan serial = plan(ActivityCode.of(2, 1), indicator(2, 1), indicator(2, 1, 1, null));
        assertThat(serial.alternatives().isEmpty()).isTrue();
        assertThat(serial.areas().getOnly().allWeighted()).isFalse();
    }

    @Test
    void aPrimaryCodedUnderAnotherAreaStillHasItsAlternative() {
        // [9.1.1] in activity [1.1] is a slip of its first part, but coded below the activity as indicators are.
        ActionPlan plan = plan(ActivityCode.of(1, 1), indicator(9, 1, 1, 4), indicator(9, 1, 1, 1, null));
        assertThat(plan.alternatives().get(IndicatorCode.of(9, 1, 1, 1))).isEqualTo(IndicatorCode.of(9, 1, 1));
        assertThat(plan.areas().getOnly().allWeighted()).isTrue();
    }

    /**
     * The area's sums against domain.md §3 stated plainly, on random areas whose codes mix depths, repeat, and
     * sit in and out of place: an indicator is an alternative when a shorter code it begins with is the code of
     * an indicator of the area coded below its own activity; the sum leaves alternatives out, and an
     * alternative needs no weight of its own.
     */
    @Test
    void anAreasSumsLeaveOutExactlyItsAlternatives() {
        SplittableRandom random = new SplittableRandom(21);
        int withAlternatives = 0;
        for (int round = 0; round < 2_000; round++) {
            MutableList<Activity> activities = Lists.mutable.empty();
            for (int a = 1 + random.nextInt(3); a > 0; a--) {
                ActivityCode activity = ActivityCode.of(1, 1 + random.nextInt(3));
                MutableList<Indicator> indicators = Lists.mutable.empty();
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    int[] code = new int[1 + random.nextInt(5)];
                    for (int k = 0; k < code.length; k++) {
                        code[k] = k < 2 && random.nextInt(8) > 0 ? activity.segments().get(k) : 1 + random.nextInt(2);
                    }
                    Integer weight = random.nextInt(4) == 0 ? null : 1 + random.nextInt(9);
                    Integer[] parts = new Integer[code.length + 1];
                    for (int k = 0; k < code.length; k++) {
                        parts[k] = code[k];
                    }
                    parts[code.length] = weight;
                    indicators.add(indicator(parts));
                }
                activities.add(new Activity(activity, BilingualText.EMPTY, indicators.toImmutable()));
            }
            Area area = new Area(AreaCode.of(1), BilingualText.EMPTY, Weight.of(5), activities.toImmutable());
            BigDecimal expected = BigDecimal.ZERO;
            boolean allWeighted = true;
            for (Activity activity : area.activities()) {
                for (Indicator indicator : activity.indicators()) {
                    boolean alternative = isAlternative(indicator.code(), area);
                    withAlternatives += alternative ? 1 : 0;
                    if (indicator.weight().isPresent() && !alternative) {
                        expected = expected.add(indicator.weight().get().value());
                    }
                    allWeighted &= indicator.weight().isPresent() || alternative;
                }
            }
            assertThat(area.indicatorWeights()).as("%s", area).isEqualTo(Weight.of(expected));
            assertThat(area.allWeighted()).as("%s", area).isEqualTo(allWeighted);
        }
        assertThat(withAlternatives).as("alternatives met").isGreaterThan(500);
    }

    private static boolean isAlternative(IndicatorCode code, Area area) {
        String text = code.segments().makeString(".") + ".";
        for (Activity activity : area.activities()) {
            for (Indicator other : activity.indicators()) {
                String prefix = other.code().segments().makeString(".") + ".";
                if (prefix.length() < text.length() && text.startsWith(prefix)
                        && other.code().segments().size() > activity.code().segments().size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An indicator of these code parts, the last of them its weight (null: none). */
    private static Indicator indicator(Integer... partsAndWeight) {
        int[] code = new int[partsAndWeight.length - 1];
        for (int i = 0; i < code.length; i++) {
            code[i] = partsAndWeight[i];
        }
        Integer weight = partsAndWeight[partsAndWeight.length - 1];
        Indicator.Builder builder = Indicator.builder(IndicatorCode.of(code), BilingualText.EMPTY)
                .unit(Unit.number()).target(Target.of(4));
        return (weight == null ? builder.noWeight() : builder.weight(Weight.of(weight))).build();
    }

    private static ActionPlan plan(ActivityCode activity, Indicator... indicators) {
        return ActionPlan.of(Office.named("o"), FiscalYear.of(2023), PlanKind.OTHER,
                Area.of(AreaCode.of(activity.segments().get(0)), BilingualText.EMPTY, Weight.of(5),
                        Activity.of(activity, BilingualText.EMPTY, indicators)));
    }
}
