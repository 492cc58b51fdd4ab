package org.citizencharter.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Target;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.rules.ScoringEngine;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;

/**
 * The scoring contract, as properties a customised engine proves with one {@code implements} line:
 *
 * <pre>{@code
 * class MyEngineTest implements ScoringEngineContract {
 *     public ScoringEngine engine() {
 *         return ScoringEngine.builder().rules(Path.of("rules/my-policy.drl")).build();
 *     }
 * }
 * }</pre>
 *
 * <p>Each default method is a JUnit 5 test over generated plans ({@link Property#cases()} of them,
 * 1,000 unless {@code -Dcharter.cases} says otherwise), naming the seed of a failing case. The
 * properties: every score lies between 0 and the weight; areas and the plan are exact sums; a higher
 * achievement never lowers a score (a lower one, where less is better; an earlier date); reordering
 * areas, activities or indicators changes nothing; a consistent plan has no error; each injected
 * inconsistency yields its own finding and no other error; graded scores are continuous at the
 * columns above the last.
 *
 * <p>It ships in charter-testkit, with the generators it draws from; it needs JUnit 5 and nothing
 * else. An engine built with default rules disabled ({@code disableRule}) keeps the contract as it is:
 * the contract does not expect a finding whose default rule the engine no longer runs ({@link
 * #reports(FindingType)}, which an engine that replaces such a rule under another name may override).
 * {@link #cases()} sets how many plans each property draws.
 */
public interface ScoringEngineContract {

    /**
     * The engine under test; called often, so return a shared instance.
     *
     * @return the engine
     */
    ScoringEngine engine();

    /**
     * Whether the engine reports a finding of the catalogue when its inconsistency is in a plan: true
     * when it runs every default rule named after the finding ({@code "NEGATIVE_VALUE"}, {@code
     * "NEGATIVE_VALUE in a target"} …), so that an engine with one of them disabled is not expected to
     * report it. {@link #eachInjectedInconsistencyYieldsItsOwnFindingAndNoOtherError()} leaves out the
     * findings it does not report. Override it for an engine that reports a finding by a rule of another
     * name.
     *
     * @param type the finding
     * @return true if the engine reports it
     */
    default boolean reports(FindingType type) {
        ImmutableList<String> running = engine().ruleNames();
        return ScoringEngine.defaults().ruleNames()
                .select(name -> name.equals(type.id()) || name.startsWith(type.id() + " "))
                .allSatisfy(running::contains);
    }

    /**
     * How many generated plans each property draws: {@link Property#cases()} unless overridden.
     *
     * @return the number of cases
     */
    default int cases() {
        return Property.cases();
    }

    /** Every indicator's score and on-track score lie between 0 and its weight. */
    @Test
    default void scoresLieBetweenZeroAndTheWeight() {
        Property.forAll("0 <= score <= weight", cases(), random -> {
            ActionPlan plan = anyPlan(random);
            Scorecard card = engine().score(plan, plan.period().orElseThrow());
            for (IndicatorResult result : card.indicators()) {
                BigDecimal weight = result.weight().map(w -> w.value()).orElse(BigDecimal.ZERO);
                assertTrue(result.score().signum() >= 0 && result.score().compareTo(weight) <= 0,
                        () -> "score of " + result.code() + " (" + result.score() + ") is not within 0.." + weight);
                assertTrue(result.onTrackScore().signum() >= 0 && result.onTrackScore().compareTo(weight) <= 0,
                        () -> "on-track score of " + result.code() + " (" + result.onTrackScore()
                                + ") is not within 0.." + weight);
            }
        });
    }

    /** An area's score is the sum of its indicators', the plan's the sum of its areas', to the 34 digits figures carry. */
    @Test
    default void areasAndThePlanAreExactSums() {
        Property.forAll("area = sum of indicators, plan = sum of areas", cases(), random -> {
            ActionPlan plan = anyPlan(random);
            Scorecard card = engine().score(plan, plan.period().orElseThrow());
            int next = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (int a = 0; a < plan.areas().size(); a++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < plan.areas().get(a).indicators().size(); k++) {
                    sum = sum.add(card.indicators().get(next++).score());
                }
                AreaResult area = card.areas().get(a);
                // Each figure is an exact fraction carried to 34 significant digits: sums agree to that precision.
                BigDecimal indicatorSum = sum;
                BigDecimal areaGap = area.score().subtract(indicatorSum).abs();
                assertTrue(areaGap.compareTo(new BigDecimal("1E-28")) <= 0,
                        () -> "area " + area.code() + ": " + area.score() + " is not the sum " + indicatorSum);
                total = total.add(area.score());
            }
            BigDecimal totalGap = card.totalScore().subtract(total).abs();
            BigDecimal areaSum = total;
            assertTrue(totalGap.compareTo(new BigDecimal("1E-28")) <= 0,
                    () -> "total score " + card.totalScore() + " is not the sum " + areaSum);
        });
    }

    /** Raising an achievement (lowering it where less is better; an earlier completion) never lowers its score. */
    @Test
    default void aBetterAchievementNeverLowersTheScore() {
        Property.forAll("monotonic in the achievement", cases(), random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ActionPlan plan = generator.plan();
            ReportingPeriod period = plan.period().orElseThrow();
            ImmutableList<Indicator> indicators = plan.indicators();
            int chosen = random.nextInt(indicators.size());
            Indicator before = indicators.get(chosen);
            Indicator after = improve(before, period, random);
            ActionPlan improved = plan.mapIndicators(indicator -> indicator == before ? after : indicator);
            BigDecimal old = engine().score(plan, period).indicators().get(chosen).score();
            BigDecimal now = engine().score(improved, period).indicators().get(chosen).score();
            assertTrue(now.compareTo(old) >= 0, () -> "score of " + before.code() + " fell from " + old + " to " + now
                    + " when " + before.quarters() + " became " + after.quarters());
        });
    }

    /** Areas, activities and indicators in another order score the same, with the same findings. */
    @Test
    default void reorderingChangesNothing() {
        Property.forAll("order does not matter", cases(), random -> {
            ActionPlan plan = PlanGenerator.using(random).plan();
            ActionPlan shuffled = plan.withAreas(shuffle(plan.areas().collect(area -> area.withActivities(shuffle(
                    area.activities().collect(activity -> activity.withIndicators(shuffle(activity.indicators(), random))),
                    random))), random));
            ReportingPeriod period = plan.period().orElseThrow();
            Scorecard one = engine().score(plan, period);
            Scorecard other = engine().score(shuffled, period);
            assertEquals(one.indicators().toSortedListBy(result -> result.code().toString()),
                    other.indicators().toSortedListBy(result -> result.code().toString()), "indicator results");
            assertEquals(one.areas().toSortedListBy(area -> area.code().toString()),
                    other.areas().toSortedListBy(area -> area.code().toString()), "area results");
            assertEquals(one.findings(), other.findings(), "findings");
            assertEquals(one.totalScore(), other.totalScore(), "total score");
            assertEquals(one.percentOfTotal(), other.percentOfTotal(), "percent of total");
        });
    }

    /** A consistent plan, as the generator makes it, has no ERROR finding. */
    @Test
    default void aConsistentPlanHasNoError() {
        Property.forAll("consistent plans have no errors", cases(), random -> {
            ActionPlan plan = PlanGenerator.using(random).plan();
            ImmutableList<Finding> errors = engine().score(plan, plan.period().orElseThrow()).findings(Severity.ERROR);
            assertTrue(errors.isEmpty(), () -> "errors in a consistent plan: " + errors);
        });
    }

    /** Each inconsistency of the catalogue, injected alone, yields its own finding and no other error. */
    @Test
    default void eachInjectedInconsistencyYieldsItsOwnFindingAndNoOtherError() {
        Property.forAll("injected inconsistencies are found alone", cases(), random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ReportingPeriod period = generator.period();
            FindingType type = generator.injectable(period);
            if (!reports(type)) {
                return;
            }
            ActionPlan plan = generator.inject(generator.plan(generator.kind(), random.nextInt(1, 25), period), period, type);
            Scorecard card = engine().score(plan, period);
            ImmutableList<String> ids = card.findings().collect(Finding::id);
            assertTrue(ids.contains(type.id()), () -> "findings after injecting " + type + ": " + ids);
            ImmutableList<Finding> others = card.findings(Severity.ERROR).reject(finding -> finding.id().equals(type.id()));
            assertTrue(others.isEmpty(), () -> "other errors after injecting " + type + ": " + others);
        });
    }

    /** Just below and just above each graded column but the last, the score differs by next to nothing. */
    @Test
    default void gradedScoresAreContinuousAtTheColumns() {
        Property.forAll("graded scores are continuous", cases(), random -> {
            boolean higher = random.nextBoolean();
            MutableList<BigDecimal> columns = Lists.mutable.of(BigDecimal.valueOf(random.nextInt(0, 1000), 1));
            for (int i = 1; i < 5; i++) {
                columns.add(columns.getLast().add(BigDecimal.valueOf(random.nextInt(1, 500), 1)));
            }
            ImmutableList<BigDecimal> ordered = higher ? columns.toReversed().toImmutable() : columns.toImmutable();
            int column = random.nextInt(0, 4);
            BigDecimal threshold = ordered.get(column);
            BigDecimal epsilon = new BigDecimal("0.000001");
            BigDecimal weight = BigDecimal.valueOf(random.nextInt(1, 2000), 2);
            BigDecimal below = graded(ordered, weight, threshold.subtract(epsilon));
            BigDecimal above = graded(ordered, weight, threshold.add(epsilon));
            BigDecimal jump = above.subtract(below).abs();
            assertTrue(jump.compareTo(weight.multiply(new BigDecimal("0.0001"))) <= 0,
                    () -> "jump of " + jump + " at column " + column + " of " + ordered);
        });
    }

    private BigDecimal graded(ImmutableList<BigDecimal> columns, BigDecimal weight, BigDecimal achieved) {
        FiscalYear year = FiscalYear.of(2023);
        Indicator indicator = Indicator.builder(IndicatorCode.of(1, 1, 1), BilingualText.EMPTY)
                .weight(Weight.of(weight)).method(CalculationMethod.CUMULATIVE)
                .target(new Target.Graded(columns)).quarter(Quarter.Q1, Value.of(achieved)).build();
        ActionPlan plan = ActionPlan.of(Office.named("contract"), year, PlanKind.APA,
                Area.of(AreaCode.of(1), BilingualText.EMPTY, Weight.of(weight),
                        Activity.of(ActivityCode.of(1, 1), BilingualText.EMPTY, indicator)));
        return engine().score(plan, ReportingPeriod.of(year, Quarter.Q1)).indicators().getOnly().score();
    }

    /** A consistent plan, an annual one, one with an injected inconsistency, or one with an alternative indicator. */
    private static ActionPlan anyPlan(RandomGenerator random) {
        PlanGenerator generator = PlanGenerator.using(random);
        int shape = random.nextInt(5);
        if (shape == 0) {
            return generator.annualPlan(generator.kind(), random.nextInt(1, 20), generator.fiscalYear());
        }
        ActionPlan plan = generator.plan();
        ReportingPeriod period = plan.period().orElseThrow();
        return switch (shape) {
            case 1 -> generator.inject(plan, period, generator.injectable(period));
            case 2 -> generator.withAlternative(plan, period, random.nextBoolean());
            default -> plan;
        };
    }

    private static <T> ImmutableList<T> shuffle(ImmutableList<T> items, RandomGenerator random) {
        MutableList<T> copy = items.toList();
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T held = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, held);
        }
        return copy.toImmutable();
    }

    /** The indicator with its achievement improved: more, less where less is better, or an earlier date. */
    private static Indicator improve(Indicator indicator, ReportingPeriod period, RandomGenerator random) {
        ImmutableList<Quarter> closed = period.closedQuarters();
        if (indicator.unit().kind() == UnitKind.DATE) {
            LocalDate earliest = closed.collect(q -> indicator.quarters().get(q).date().orElse(null))
                    .select(java.util.Objects::nonNull).minOptional(LocalDate::compareTo)
                    .orElse(period.end());
            return indicator.withQuarter(Quarter.Q1, Value.of(earliest.minusDays(random.nextInt(0, 60))));
        }
        boolean lessIsBetter = indicator.target() instanceof Target.Graded graded
                ? graded.columns().getFirst().compareTo(graded.columns().getLast()) < 0
                : indicator.polarity() == Polarity.LOWER;
        Quarter quarter;
        if (indicator.method() == CalculationMethod.CUMULATIVE) {
            quarter = closed.asReversed().detectIfNone(q -> indicator.quarters().get(q).isReported(), period::asOf);
        } else {
            quarter = closed.get(random.nextInt(closed.size()));
        }
        BigDecimal now = indicator.quarters().get(quarter).amount().orElse(BigDecimal.ZERO);
        BigDecimal step = BigDecimal.valueOf(random.nextInt(1, 1000), random.nextInt(0, 3));
        BigDecimal changed = lessIsBetter ? now.subtract(step).max(BigDecimal.ZERO) : now.add(step);
        if (indicator.method() == CalculationMethod.AVERAGE && !indicator.quarters().get(quarter).isReported()
                && lessIsBetter) {
            return indicator;
        }
        QuarterValues values = indicator.quarters().with(quarter, Value.of(changed));
        return indicator.toBuilder().quarters(values).build();
    }
}
