package org.citizencharter.core.testing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Reported;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.ImmutableMap;

/**
 * Seeded generators of performance plans: a {@link RandomGenerator} in, a plan out.
 *
 * <p>{@link #plan(PlanKind, int, ReportingPeriod)} makes a <em>consistent</em> plan: codes unique and in
 * place, indicator weights adding up to their area's, area weights to the kind's conventional total
 * (or to a declared total for {@link PlanKind#OTHER}), positive targets (graded and strictly ordered
 * for the APA main plan), every closed quarter reported and no later one, no negative value, percents
 * within 0..100, no achievement beyond its target, cumulative series that never go down, dates within
 * the fiscal year and no deadline missed (one deadline in four written as a range of days); about half
 * the indicators carry a reported actual and percent that agree with their quarters, some of them a
 * half-year subtotal that agrees too. Under the default policy such a plan has no finding at all. A
 * reported score depends on the rules that score it, so only {@link #withReportedScores} writes one (as
 * the default rules give it).
 *
 * <p>{@link #inject(ActionPlan, ReportingPeriod, FindingType)} returns the same plan with one
 * inconsistency of the catalogue added, changing as little as it can; where the plan has no indicator
 * that can carry it (say, no date indicator for DEADLINE_MISSED), it rebuilds one indicator, keeping its
 * code and weight, into one that can.
 *
 * <p>The same seed gives the same plans. Use one generator per thread (a {@code RandomGenerator} is
 * not thread-safe); it works with any property-testing tool, or with {@link Property}.
 */
public final class PlanGenerator {

    private static final ReferenceScorer DEFAULT_SCORES = ReferenceScorer.defaults();

    private static final String[][] WORDS = {
        {"সভা আয়োজন", "meetings held"},
        {"প্রশিক্ষণ আয়োজিত", "trainings held"},
        {"পরিদর্শন সম্পন্ন", "inspections done"},
        {"সেবা প্রদান প্রতিশ্রুতি হালনাগাদকৃত", "citizen's charter updated"},
        {"অভিযোগ নিষ্পত্তি", "grievances settled"},
        {"প্রতিবেদন প্রেরিত", "reports sent"},
        {"ওয়েবসাইট হালনাগাদকৃত", "website updated"},
        {"কর্মশালা আয়োজিত", "workshops held"},
        {"সিদ্ধান্ত বাস্তবায়িত", "decisions implemented"},
        {"সমবায় সমিতি নিরীক্ষিত", "cooperatives audited"},
    };

    private static final String[][] PLACES = {
        {"কক্সবাজার", "Cox's Bazar"}, {"পটুয়াখালী", "Patuakhali"}, {"মানিকগঞ্জ", "Manikganj"},
        {"রংপুর", "Rangpur"}, {"সিলেট", "Sylhet"}, {"খুলনা", "Khulna"}, {"বগুড়া", "Bogura"},
        {"চাঁদপুর", "Chandpur"}, {"নেত্রকোনা", "Netrokona"}, {"ঝিনাইদহ", "Jhenaidah"},
    };

    /** The shapes an indicator can take; each has its own consistent values. */
    enum Shape {
        SUM_NUMBER, SUM_NUMBER_QUARTERLY, AVERAGE_NUMBER, AVERAGE_PERCENT, CUMULATIVE_NUMBER, CUMULATIVE_PERCENT,
        LOWER_AVERAGE, DEADLINE, GRADED_HIGHER, GRADED_LOWER, GRADED_PERCENT, GRADED_DATE;

        static final ImmutableList<Shape> SUB_PLAN = Lists.immutable.of(SUM_NUMBER, SUM_NUMBER, SUM_NUMBER_QUARTERLY,
                AVERAGE_NUMBER, AVERAGE_PERCENT, AVERAGE_PERCENT, CUMULATIVE_NUMBER, CUMULATIVE_PERCENT, LOWER_AVERAGE,
                DEADLINE);
        static final ImmutableList<Shape> MAIN_PLAN = Lists.immutable.of(GRADED_HIGHER, GRADED_HIGHER, GRADED_LOWER,
                GRADED_PERCENT, GRADED_DATE);
    }

    private final RandomGenerator random;

    private PlanGenerator(RandomGenerator random) {
        this.random = requireNonNull(random, "random");
    }

    /**
     * A generator drawing from a random generator.
     *
     * @param random the source of randomness; the same seed gives the same plans
     * @return the generator
     */
    public static PlanGenerator using(RandomGenerator random) {
        return new PlanGenerator(random);
    }

    // ---------------------------------------------------------------------------------------------
    // Small values

    /**
     * A fiscal year from 2015-16 to 2030-31.
     *
     * @return the year
     */
    public FiscalYear fiscalYear() {
        return FiscalYear.of(random.nextInt(2015, 2031));
    }

    /**
     * A quarter.
     *
     * @return the quarter
     */
    public Quarter quarter() {
        return Quarter.of(random.nextInt(1, 5));
    }

    /**
     * A reporting period.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return ReportingPeriod.of(fiscalYear(), quarter());
    }

    /**
     * A kind of plan.
     *
     * @return the kind
     */
    public PlanKind kind() {
        PlanKind[] kinds = PlanKind.values();
        return kinds[random.nextInt(kinds.length)];
    }

    /**
     * A district office with a random name.
     *
     * @return the office
     */
    public Office office() {
        String[] place = PLACES[random.nextInt(PLACES.length)];
        return Office.of(OfficeId.of("office-" + Long.toHexString(random.nextLong() & 0xFFFFFFFFL)),
                BilingualText.of("জেলা সমবায় কার্যালয়, " + place[0], "District Cooperative Office, " + place[1]),
                OfficeLevel.DISTRICT).withExtensions(extensions(8));
    }

    // ---------------------------------------------------------------------------------------------
    // Plans

    /**
     * A consistent plan of a random kind, 1 to 30 indicators, reported as of a random period.
     *
     * @return the plan, with {@link ActionPlan#asOf()} set
     */
    public ActionPlan plan() {
        return plan(kind(), random.nextInt(1, 31), period());
    }

    /**
     * A consistent plan, reported by quarter as of a period (see the class description).
     *
     * @param kind the kind; {@link PlanKind#APA} gets graded targets, the others single targets and deadlines
     * @param indicators how many indicators, at least 1
     * @param period the period the report is made as of
     * @return the plan, with {@link ActionPlan#asOf()} set
     */
    public ActionPlan plan(PlanKind kind, int indicators, ReportingPeriod period) {
        return build(kind, indicators, period, false);
    }

    /**
     * A consistent annual evaluation: no quarterly values, a reported actual for every indicator.
     *
     * @param kind the kind
     * @param indicators how many indicators, at least 1
     * @param year the fiscal year; the plan is scored as of Q4
     * @return the plan, with {@link ActionPlan#asOf()} Q4
     */
    public ActionPlan annualPlan(PlanKind kind, int indicators, FiscalYear year) {
        return build(kind, indicators, ReportingPeriod.of(year, Quarter.Q4), true);
    }

    private ActionPlan build(PlanKind kind, int count, ReportingPeriod period, boolean annual) {
        if (count < 1) {
            throw new IllegalArgumentException("A plan has at least one indicator, not " + count);
        }
        Weight conventional = ScoringPolicy.defaults().conventionalTotal(kind);
        BigDecimal total = conventional != null ? conventional.value() : BigDecimal.valueOf(random.nextInt(10, 101));
        ImmutableList<BigDecimal> weights = split(total, count, 2, true);
        int areaCount = Math.min(count, random.nextInt(1, 6));
        ImmutableList<Integer> perArea = sizes(count, areaCount);
        MutableList<Area> areas = Lists.mutable.empty();
        int next = 0;
        for (int a = 0; a < areaCount; a++) {
            int inArea = perArea.get(a);
            int activityCount = Math.min(inArea, random.nextInt(1, 5));
            ImmutableList<Integer> perActivity = sizes(inArea, activityCount);
            MutableList<Activity> activities = Lists.mutable.empty();
            BigDecimal areaWeight = BigDecimal.ZERO;
            for (int b = 0; b < activityCount; b++) {
                MutableList<Indicator> indicators = Lists.mutable.empty();
                for (int c = 0; c < perActivity.get(b); c++) {
                    BigDecimal weight = weights.get(next++);
                    areaWeight = areaWeight.add(weight);
                    Shape shape = pick(kind == PlanKind.APA ? Shape.MAIN_PLAN : Shape.SUB_PLAN);
                    indicators.add(indicator(IndicatorCode.of(a + 1, b + 1, c + 1), Weight.of(weight), shape, period,
                            annual));
                }
                String[] words = WORDS[random.nextInt(WORDS.length)];
                activities.add(new Activity(ActivityCode.of(a + 1, b + 1),
                        BilingualText.of("কার্যক্রম: " + words[0], "Activity: " + words[1]), indicators.toImmutable()));
            }
            areas.add(new Area(AreaCode.of(a + 1), BilingualText.of("ক্ষেত্র " + (a + 1), "Area " + (a + 1)),
                    Weight.of(areaWeight), activities.toImmutable(), extensions(8)));
        }
        ActionPlan plan = new ActionPlan(office(), period.fiscalYear(), kind, Optional.empty(),
                Optional.of(period.asOf()), areas.toImmutable(), extensions(4));
        if (conventional == null || random.nextInt(4) == 0) {
            plan = plan.withDeclaredTotal(Weight.of(total));
        }
        return plan;
    }

    private Indicator indicator(IndicatorCode code, Weight weight, Shape shape, ReportingPeriod period,
            boolean annual) {
        String[] words = WORDS[random.nextInt(WORDS.length)];
        Indicator.Builder builder = Indicator.builder(code, BilingualText.of(words[0], words[1])).weight(weight)
                .extensions(extensions(8));
        FiscalYear year = period.fiscalYear();
        switch (shape) {
            case SUM_NUMBER, SUM_NUMBER_QUARTERLY -> {
                BigDecimal target = amount(1, 500);
                builder.unit(numberUnit()).method(CalculationMethod.SUM);
                if (shape == Shape.SUM_NUMBER_QUARTERLY) {
                    ImmutableList<BigDecimal> parts = split(target, 4, target.scale(), false);
                    builder.target(Target.of(target, parts.get(0), parts.get(1), parts.get(2), parts.get(3)));
                } else {
                    builder.target(Target.of(target));
                }
                builder.quarters(sumSeries(target, period));
            }
            case AVERAGE_NUMBER, AVERAGE_PERCENT -> {
                boolean percent = shape == Shape.AVERAGE_PERCENT;
                BigDecimal target = percent ? amount(1, 100) : amount(1, 500);
                builder.unit(percent ? Unit.percent() : numberUnit()).method(CalculationMethod.AVERAGE)
                        .target(Target.of(target)).quarters(boundedSeries(BigDecimal.ZERO, target, period, false));
            }
            case CUMULATIVE_NUMBER, CUMULATIVE_PERCENT -> {
                boolean percent = shape == Shape.CUMULATIVE_PERCENT;
                BigDecimal target = percent ? amount(1, 100) : amount(1, 500);
                builder.unit(percent ? Unit.percent() : numberUnit()).method(CalculationMethod.CUMULATIVE)
                        .target(Target.of(target)).quarters(boundedSeries(BigDecimal.ZERO, target, period, true));
            }
            case LOWER_AVERAGE -> {
                BigDecimal target = amount(1, 60);
                builder.unit(Unit.of(UnitKind.NUMBER, "দিন")).method(CalculationMethod.AVERAGE)
                        .polarity(Polarity.LOWER).target(Target.of(target))
                        .quarters(boundedSeries(target, target.multiply(BigDecimal.valueOf(3)), period, false));
            }
            case DEADLINE -> {
                LocalDate deadline = dateIn(year.start(), year.end());
                // One deadline in four written as a range of days ("০১-১২-২০২৩ থেকে ৩১-১২-২০২৩"): its last day counts.
                LocalDate from = deadline.minusDays(random.nextInt(1, 31));
                Target target = random.nextInt(4) == 0 && !from.isBefore(year.start()) ? Target.between(from, deadline)
                        : Target.by(deadline);
                builder.unit(Unit.date()).target(target).quarters(completion(deadline, period));
            }
            case GRADED_HIGHER, GRADED_PERCENT -> {
                boolean percent = shape == Shape.GRADED_PERCENT;
                ImmutableList<BigDecimal> columns = percent ? increasing(BigDecimal.valueOf(random.nextInt(0, 50)), 1, 10)
                        : increasing(amount(0, 400), 1, 50);
                CalculationMethod method = percent ? CalculationMethod.AVERAGE : pick(Lists.immutable.of(
                        CalculationMethod.SUM, CalculationMethod.CUMULATIVE, CalculationMethod.AVERAGE));
                BigDecimal best = columns.getLast();
                builder.unit(percent ? Unit.percent() : numberUnit()).method(method)
                        .target(new Target.Graded(columns.toReversed()))
                        .quarters(method == CalculationMethod.SUM ? sumSeries(best, period)
                                : boundedSeries(BigDecimal.ZERO, best, period, method == CalculationMethod.CUMULATIVE));
            }
            case GRADED_LOWER -> {
                // Lower is better (days taken, say): averaged, since a running total never goes down.
                ImmutableList<BigDecimal> columns = increasing(amount(1, 50), 1, 20);
                BigDecimal best = columns.getFirst();
                builder.unit(Unit.of(UnitKind.NUMBER, "দিন")).method(CalculationMethod.AVERAGE)
                        .target(new Target.Graded(columns))
                        .quarters(boundedSeries(best, best.multiply(BigDecimal.valueOf(4)), period, false));
            }
            case GRADED_DATE -> {
                LocalDate first = dateIn(year.start(), year.end().minusDays(40));
                MutableList<LocalDate> columns = Lists.mutable.of(first);
                for (int i = 1; i < 5; i++) {
                    columns.add(columns.getLast().plusDays(random.nextInt(1, 9)));
                }
                builder.unit(Unit.date()).target(new Target.GradedDates(columns.toImmutable()))
                        .quarters(completion(columns.getLast(), period));
            }
            default -> throw new IllegalStateException(shape.name());
        }
        Indicator indicator = builder.build();
        if (annual) {
            return annualReport(indicator, period);
        }
        return random.nextBoolean() ? withConsistentReport(indicator, period) : indicator;
    }

    private Unit numberUnit() {
        return pick(Lists.immutable.of(Unit.number(), Unit.number(), Unit.of(UnitKind.NUMBER, "সংখ্যা (হাজার)"),
                Unit.of(UnitKind.NUMBER, "লক্ষ টাকা")));
    }

    /** Values for Q1..asOf adding up to at most the target, nothing later. */
    private QuarterValues sumSeries(BigDecimal target, ReportingPeriod period) {
        BigDecimal total = fraction(target);
        ImmutableList<BigDecimal> parts = split(total, period.asOf().number(), target.scale(), false);
        QuarterValues values = QuarterValues.NONE;
        for (Quarter quarter : period.closedQuarters()) {
            values = values.with(quarter, Value.of(parts.get(quarter.ordinal())));
        }
        return values;
    }

    /** Values for Q1..asOf within [low, high], non-decreasing when asked, nothing later. */
    private QuarterValues boundedSeries(BigDecimal low, BigDecimal high, ReportingPeriod period, boolean rising) {
        int scale = Math.max(low.scale(), high.scale());
        MutableList<BigDecimal> values = Lists.mutable.empty();
        for (int i = 0; i < period.asOf().number(); i++) {
            values.add(low.add(fraction(high.subtract(low))).setScale(scale, RoundingMode.UNNECESSARY));
        }
        if (rising) {
            values.sortThis();
        }
        QuarterValues result = QuarterValues.NONE;
        for (Quarter quarter : period.closedQuarters()) {
            result = result.with(quarter, Value.of(values.get(quarter.ordinal())));
        }
        return result;
    }

    /**
     * A completion date in a closed quarter, or none when the deadline has not passed; never a missed
     * deadline (not completed, deadline before the end of the period).
     */
    private QuarterValues completion(LocalDate deadline, ReportingPeriod period) {
        boolean mustComplete = deadline.isBefore(period.end());
        if (!mustComplete && random.nextInt(3) == 0) {
            return QuarterValues.NONE;
        }
        Quarter quarter = Quarter.of(random.nextInt(1, period.asOf().number() + 1));
        FiscalYear year = period.fiscalYear();
        LocalDate done = dateIn(year.startOf(quarter), year.endOf(quarter));
        return QuarterValues.NONE.with(quarter, Value.of(done));
    }

    /**
     * The indicator with a reported actual, and for single targets a percent, that agree with its quarters;
     * one time in three a half-year subtotal too (once Q2 has closed), as the method gives it.
     */
    private Indicator withConsistentReport(Indicator indicator, ReportingPeriod period) {
        Value achieved = Aggregation.achievement(indicator, period, true);
        Reported reported = Reported.NONE.withActual(shown(achieved));
        if (indicator.target() instanceof Target.Single single && achieved.amount().isPresent()
                && single.annual().signum() > 0) {
            BigDecimal base = random.nextBoolean() ? single.annual() : Aggregation.targetToDate(indicator, period);
            if (base.signum() > 0) {
                BigDecimal percent = Aggregation.percent(achieved.amount().get(), base);
                reported = reported.withPercent(percent.setScale(random.nextBoolean() ? 0 : 2, RoundingMode.HALF_UP));
            }
        }
        if (period.isClosed(Quarter.Q2) && random.nextInt(3) == 0) {
            Value half = Aggregation.achievement(indicator, ReportingPeriod.of(period.fiscalYear(), Quarter.Q2), true);
            if (half.isReported()) {
                reported = reported.withHalfYear(shown(half));
            }
        }
        return indicator.withReported(withNotes(reported));
    }

    /** An indicator's reported figures without the score: for a change that changes what it scores. */
    private static Indicator withoutReportedScore(Indicator indicator) {
        Reported reported = indicator.reported();
        return indicator.withReported(new Reported(reported.actual(), reported.percent(), java.util.Optional.empty(),
                reported.evidence(), reported.remarks(), reported.halfYear()));
    }

    /** An annual evaluation's indicator: no quarters, the actual reported beside them. */
    private Indicator annualReport(Indicator indicator, ReportingPeriod period) {
        Value achieved = Aggregation.achievement(indicator, period, true);
        return indicator.toBuilder().quarters(QuarterValues.NONE).build()
                .withReported(withNotes(Reported.NONE.withActual(shown(achieved))));
    }

    private Reported withNotes(Reported reported) {
        Reported result = reported;
        if (random.nextInt(3) == 0) {
            result = result.withEvidence("সভার কার্যবিবরণী, স্মারক নং " + random.nextInt(1, 999));
        }
        if (random.nextInt(4) == 0) {
            result = result.withRemarks(random.nextBoolean() ? "লক্ষ্যমাত্রা অনুযায়ী" : "Completed as planned");
        }
        return result;
    }

    /** A computed achievement as an office writes it: averages to two decimals. */
    private static Value shown(Value achieved) {
        if (achieved.amount().isPresent() && achieved.amount().get().scale() > 2) {
            return Value.of(achieved.amount().get().setScale(2, RoundingMode.HALF_UP));
        }
        return achieved;
    }

    // ---------------------------------------------------------------------------------------------
    // Injected inconsistencies

    /**
     * Whether a finding can be injected into a plan reported as of a period: FUTURE_QUARTER_REPORTED
     * needs a quarter after the report's; CUMULATIVE_DECREASE needs two closed quarters, and so does
     * QUARTER_MISSING (emptying the only closed quarter of a plan could leave it with no quarterly value at
     * all, which makes it an annual evaluation); SUBORDINATE_REPORT_MISSING belongs to roll-ups, not plans.
     *
     * @param type the finding
     * @param period the period
     * @return true if {@link #inject} can add it
     */
    public static boolean canInject(FindingType type, ReportingPeriod period) {
        return switch (type) {
            case FUTURE_QUARTER_REPORTED -> period.asOf() != Quarter.Q4;
            case CUMULATIVE_DECREASE, QUARTER_MISSING, COMPLETION_DATE_MISPLACED -> period.asOf() != Quarter.Q1;
            case SUBORDINATE_REPORT_MISSING -> false;
            default -> true;
        };
    }

    /**
     * A finding of the catalogue that can be injected into a plan reported as of a period, at random.
     *
     * @param period the period
     * @return the finding's catalogue entry
     */
    public FindingType injectable(ReportingPeriod period) {
        FindingType[] types = FindingType.values();
        FindingType type;
        do {
            type = types[random.nextInt(types.length)];
        } while (!canInject(type, period));
        return type;
    }

    /**
     * The plan with one inconsistency added (see the class description). The plan should come from
     * {@link #plan(PlanKind, int, ReportingPeriod)} for the same period: consistent, reported by quarter.
     * Where the catalogue names several sources of a finding, one is drawn: for TARGET_MISSING no target, a
     * zero one or three graded columns; for DUPLICATE_CODE and CODE_HIERARCHY_MISMATCH an indicator, an
     * activity or (duplicated) an area; for NEGATIVE_VALUE and PERCENT_OUT_OF_RANGE a target or an
     * achievement; for FUTURE_QUARTER_REPORTED a later quarter's value or a completion date after the
     * report's quarter; for REPORTED_TOTAL_MISMATCH the reported actual or, once Q2 has closed, the
     * half-year subtotal; for OVER_ACHIEVEMENT more than a target, less than one where less is better, or
     * beyond a graded target's 100 % column; for AGGREGATION_UNIT_MISMATCH a percent summed or a date
     * indicator naming another method; for DATE_OUTSIDE_FISCAL_YEAR a deadline or a completion date.
     *
     * @param plan the plan
     * @param period the period it is scored as of
     * @param type the inconsistency
     * @return the plan with it
     * @throws IllegalArgumentException if {@link #canInject} says the period cannot carry it
     */
    public ActionPlan inject(ActionPlan plan, ReportingPeriod period, FindingType type) {
        if (!canInject(type, period)) {
            throw new IllegalArgumentException(type + " cannot be injected into a plan reported as of " + period);
        }
        return switch (type) {
            case AREA_WEIGHT_MISMATCH -> any(plan).change(indicator -> withoutReportedScore(
                    indicator.withWeight(indicator.weight().orElse(Weight.ZERO).plus(Weight.of(1)))));
            case PLAN_WEIGHT_MISMATCH -> plan.withDeclaredTotal(plan.areaWeights().plus(Weight.of(1)));
            case DUPLICATE_CODE -> switch (random.nextInt(3)) {
                // A copy after the original, weighing nothing, so that the weights still add up.
                case 0 -> any(plan).edit((indicators, index) ->
                        indicators.add(index + 1, weightless(indicators.get(index))));
                case 1 -> editAreas(plan, (areas, a) -> {
                    Area area = areas.get(a);
                    MutableList<Activity> activities = area.activities().toList();
                    int b = random.nextInt(activities.size());
                    activities.add(b + 1, weightless(activities.get(b)));
                    areas.set(a, area.withActivities(activities.toImmutable()));
                });
                default -> editAreas(plan, (areas, a) -> {
                    Area area = areas.get(a);
                    areas.add(a + 1, new Area(area.code(), area.name(), Weight.ZERO,
                            area.activities().collect(PlanGenerator::weightless), area.extensions()));
                });
            };
            case CODE_HIERARCHY_MISMATCH -> random.nextBoolean()
                    ? any(plan).change(indicator -> {
                        int[] segments = indicator.code().segments().toArray();
                        segments[0] = 999;
                        return indicator.withCode(IndicatorCode.of(segments));
                    })
                    // An activity under no area of its code (its indicators then under no activity of theirs).
                    : editAreas(plan, (areas, a) -> {
                        Area area = areas.get(a);
                        MutableList<Activity> activities = area.activities().toList();
                        int b = random.nextInt(activities.size());
                        Activity activity = activities.get(b);
                        int[] segments = activity.code().segments().toArray();
                        segments[0] = 999;
                        activities.set(b, new Activity(ActivityCode.of(segments), activity.name(),
                                activity.indicators(), activity.extensions()));
                        areas.set(a, area.withActivities(activities.toImmutable()));
                    });
            case TARGET_MISSING -> switch (random.nextInt(3)) {
                case 0 -> any(plan).change(indicator -> indicator.withTarget(Target.NONE).withReported(Reported.NONE));
                case 1 -> ensure(plan, Shape.SUM_NUMBER, period).change(
                        indicator -> indicator.withTarget(Target.of(BigDecimal.ZERO)).withReported(Reported.NONE));
                default -> ensure(plan, Shape.GRADED_HIGHER, period).change(indicator -> indicator.withTarget(
                        new Target.Graded(((Target.Graded) indicator.target()).columns().take(3)))
                        .withReported(Reported.NONE));
            };
            case TARGETS_NOT_MONOTONIC -> ensure(plan, Shape.GRADED_HIGHER, period).change(indicator -> {
                ImmutableList<BigDecimal> columns = ((Target.Graded) indicator.target()).columns();
                return indicator.withTarget(new Target.Graded(Lists.immutable.of(columns.get(0), columns.get(2),
                        columns.get(1), columns.get(3), columns.get(4)))).withReported(Reported.NONE);
            });
            case QUARTER_TARGETS_MISMATCH -> ensure(plan, Shape.SUM_NUMBER_QUARTERLY, period).change(indicator -> {
                Target.Single single = (Target.Single) indicator.target();
                return indicator.withTarget(Target.of(single.annual(), single.quarterly(Quarter.Q1),
                        single.quarterly(Quarter.Q2), single.quarterly(Quarter.Q3),
                        single.quarterly(Quarter.Q4).add(BigDecimal.ONE))).withReported(Reported.NONE);
            });
            case QUARTER_MISSING -> ensure(plan, Shape.SUM_NUMBER, period).change(
                    indicator -> indicator.withQuarter(closed(period), Value.NOT_REPORTED).withReported(Reported.NONE));
            case FUTURE_QUARTER_REPORTED -> random.nextBoolean()
                    ? ensure(plan, Shape.SUM_NUMBER, period).change(
                            indicator -> indicator.withQuarter(Quarter.of(random.nextInt(period.asOf().number() + 1, 5)),
                                    Value.of(random.nextInt(0, 5))))
                    : ensure(plan, Shape.DEADLINE, period).change(indicator -> {
                        // A completion date after the end of the report's quarter, in the column it falls in.
                        LocalDate late = dateIn(period.end().plusDays(1), period.fiscalYear().end());
                        return indicator.toBuilder()
                                .quarters(QuarterValues.NONE.with(period.fiscalYear().quarterOf(late), Value.of(late)))
                                .reported(Reported.NONE).build();
                    });
            case NEGATIVE_VALUE -> random.nextBoolean()
                    ? ensure(plan, Shape.SUM_NUMBER, period).change(
                            indicator -> indicator.withQuarter(closed(period), Value.of(-random.nextInt(1, 10)))
                                    .withReported(Reported.NONE))
                    : ensure(plan, Shape.SUM_NUMBER, period).change(indicator -> indicator.withTarget(
                            Target.of(((Target.Single) indicator.target()).annual().negate())).withReported(Reported.NONE));
            case PERCENT_OUT_OF_RANGE -> ensure(plan, Shape.AVERAGE_PERCENT, period).change(
                    indicator -> (random.nextBoolean()
                            ? indicator.withQuarter(closed(period), Value.of(random.nextInt(101, 200)))
                            : indicator.withTarget(Target.of(random.nextInt(101, 200)))).withReported(Reported.NONE));
            case OVER_ACHIEVEMENT -> switch (random.nextInt(3)) {
                case 0 -> ensure(plan, Shape.SUM_NUMBER, period).change(indicator -> {
                    BigDecimal target = ((Target.Single) indicator.target()).annual();
                    Quarter last = period.asOf();
                    BigDecimal now = indicator.quarters().get(last).amount().orElse(BigDecimal.ZERO);
                    return indicator.withQuarter(last, Value.of(now.add(target).add(BigDecimal.ONE)))
                            .withReported(Reported.NONE);
                });
                // Less is better: every quarter under the target (nothing at all, one time in two).
                case 1 -> ensure(plan, Shape.LOWER_AVERAGE, period).change(indicator -> {
                    BigDecimal target = ((Target.Single) indicator.target()).annual();
                    BigDecimal under = random.nextBoolean() ? BigDecimal.ZERO : target.subtract(BigDecimal.ONE)
                            .max(BigDecimal.ZERO);
                    return everyClosedQuarter(indicator, period, under).withReported(Reported.NONE);
                });
                // Beyond the 100 % column of a graded target.
                default -> ensure(plan, Shape.GRADED_HIGHER, period).change(indicator -> everyClosedQuarter(indicator,
                        period, ((Target.Graded) indicator.target()).columns().getFirst().add(BigDecimal.ONE))
                        .withReported(Reported.NONE));
            };
            case CUMULATIVE_DECREASE -> ensure(plan, Shape.CUMULATIVE_NUMBER, period).change(indicator -> {
                Indicator result = indicator.withTarget(Target.of(10)).withReported(Reported.NONE);
                for (Quarter quarter : period.closedQuarters()) {
                    result = result.withQuarter(quarter, Value.of(quarter == period.asOf() ? 4 : 5));
                }
                return result;
            });
            case AGGREGATION_UNIT_MISMATCH -> random.nextBoolean()
                    ? ensure(plan, Shape.AVERAGE_PERCENT, period).change(
                            indicator -> indicator.withMethod(CalculationMethod.SUM).withReported(Reported.NONE))
                    // A date indicator naming another method (it is aggregated by DATE all the same).
                    : ensure(plan, Shape.DEADLINE, period).change(indicator -> indicator.withMethod(
                            pick(Lists.immutable.of(CalculationMethod.SUM, CalculationMethod.AVERAGE,
                                    CalculationMethod.CUMULATIVE))));
            case REPORTED_TOTAL_MISMATCH -> ensure(plan, Shape.SUM_NUMBER, period).change(indicator -> {
                if (period.isClosed(Quarter.Q2) && random.nextBoolean()) {
                    // The half-year subtotal (অর্ধবার্ষিক) rather than the actual.
                    BigDecimal half = Aggregation.achievement(indicator, ReportingPeriod.of(period.fiscalYear(),
                            Quarter.Q2), true).amount().orElseThrow();
                    return indicator.withReported(indicator.reported().withHalfYear(Value.of(half.add(BigDecimal.ONE))));
                }
                BigDecimal achieved = Aggregation.achievement(indicator, period, true).amount().orElseThrow();
                return indicator.withReported(indicator.reported().withActual(Value.of(achieved.add(BigDecimal.ONE))));
            });
            case REPORTED_PERCENT_MISMATCH -> ensure(plan, Shape.SUM_NUMBER, period).change(indicator -> {
                BigDecimal achieved = Aggregation.achievement(indicator, period, true).amount().orElseThrow();
                BigDecimal highest = Aggregation.percent(achieved, ((Target.Single) indicator.target()).annual());
                BigDecimal toDate = Aggregation.targetToDate(indicator, period);
                if (toDate.signum() > 0) {
                    highest = highest.max(Aggregation.percent(achieved, toDate));
                }
                BigDecimal wrong = highest.setScale(0, RoundingMode.CEILING).add(BigDecimal.valueOf(7));
                return indicator.withReported(indicator.reported().withPercent(wrong));
            });
            case REPORTED_SCORE_MISMATCH -> any(plan).change(indicator -> indicator.withReported(
                    indicator.reported().withScore(indicator.weight().orElse(Weight.ZERO).value().add(BigDecimal.ONE))));
            case DATE_OUTSIDE_FISCAL_YEAR -> random.nextBoolean()
                    ? ensure(plan, Shape.DEADLINE, period).change(indicator -> withoutReportedScore(
                            indicator.withTarget(Target.by(period.fiscalYear().end().plusDays(random.nextInt(1, 60))))))
                    // Completed before the fiscal year began, written in Q1's column (where it does not fall either).
                    : ensure(plan, Shape.DEADLINE, period).change(indicator -> indicator.toBuilder()
                            .quarters(QuarterValues.NONE.with(Quarter.Q1,
                                    Value.of(period.fiscalYear().start().minusDays(random.nextInt(1, 60)))))
                            .reported(Reported.NONE).build());
            case DEADLINE_MISSED -> ensure(plan, Shape.DEADLINE, period).change(indicator ->
                    indicator.toBuilder().target(Target.by(dateIn(period.fiscalYear().start(), period.end().minusDays(1))))
                            .quarters(QuarterValues.NONE).reported(Reported.NONE).build());
            // A copy of an indicator under a code of its own and without a weight: every weight that was there
            // still adds up (taking one away would be AREA_WEIGHT_MISMATCH as well).
            case WEIGHT_MISSING -> any(plan).edit((indicators, index) -> {
                int[] segments = indicators.get(index).code().segments().toArray();
                int last = indicators.collectInt(i -> i.code().segments().size() == 3 ? i.code().segments().get(2) : 0)
                        .max();
                indicators.add(index + 1, withoutReportedScore(indicators.get(index).withoutWeight()
                        .withCode(IndicatorCode.of(segments[0], segments[1], last + 1))));
            });
            case COMPLETION_DATE_MISPLACED -> ensure(plan, Shape.DEADLINE, period).change(indicator -> {
                java.time.LocalDate done = dateIn(period.fiscalYear().startOf(Quarter.Q1),
                        period.fiscalYear().endOf(Quarter.Q1));
                return indicator.toBuilder().target(Target.by(period.fiscalYear().end()))
                        .quarters(QuarterValues.NONE.with(Quarter.Q2, Value.of(done)))
                        .reported(Reported.NONE.withActual(Value.of(done))).build();
            });
            case SUBORDINATE_REPORT_MISSING -> throw new IllegalArgumentException(type + " belongs to roll-ups");
        };
    }

    /**
     * The plan with an alternative indicator (domain.md §3) added right after one of its indicators, the
     * primary: its code extends the primary's by one part ([1.1.1.1] under [1.1.1]), it has no weight of
     * its own, and its target and achievements are drawn as for any indicator of the plan's kind (an annual
     * evaluation's alternative is annual too). Unless the primary keeps its achievements, they are taken
     * away (its quarters and reported figures emptied), so that the alternative is the one scored, with the
     * primary's weight, wherever the primary's method then finds no achievement (SUM still does: a closed
     * quarter left empty counts 0); the plan also has the findings of a primary left empty, and one such
     * alternative in six has no target (TARGET_MISSING, and unscored whichever of the two counts). A consistent plan
     * given an alternative whose primary keeps its achievements stays consistent (the alternative is scored
     * only if the primary had nothing to show yet, such as a deadline not yet met). Call it again for more
     * alternatives; an alternative is never chosen as a primary.
     *
     * @param plan the plan, from {@link #plan(PlanKind, int, ReportingPeriod)} or
     *     {@link #annualPlan(PlanKind, int, FiscalYear)}
     * @param period the period it is scored as of
     * @param primaryKept whether the primary keeps its achievements
     * @return the plan with the alternative
     */
    public ActionPlan withAlternative(ActionPlan plan, ReportingPeriod period, boolean primaryKept) {
        ImmutableMap<IndicatorCode, IndicatorCode> alternatives = plan.alternatives();
        ImmutableList<Located> primaries = indicators(plan)
                .reject(located -> alternatives.containsKey(located.indicator().code()));
        Located primary = primaries.get(random.nextInt(primaries.size()));
        int[] segments = primary.indicator().code().segments().toArray();
        int[] code = java.util.Arrays.copyOf(segments, segments.length + 1);
        do {
            code[segments.length]++;
        } while (alternatives.containsKey(IndicatorCode.of(code)));
        boolean annual = !plan.reportsByQuarter();
        Shape shape = pick(plan.kind() == PlanKind.APA ? Shape.MAIN_PLAN : Shape.SUB_PLAN);
        // Drawn without a weight, so its reported score, if any, was worked out for none: left out.
        Indicator drawn = withoutReportedScore(
                indicator(IndicatorCode.of(code), Weight.ZERO, shape, period, annual).withoutWeight());
        Indicator alternative = !primaryKept && random.nextInt(6) == 0 ? drawn.withTarget(Target.NONE) : drawn;
        return primary.edit((indicators, index) -> {
            if (!primaryKept) {
                Indicator emptied = indicators.get(index).toBuilder().quarters(QuarterValues.NONE).build()
                        .withReported(Reported.NONE);
                indicators.set(index, emptied);
            }
            int after = index + 1;
            while (after < indicators.size() && alternatives.containsKey(indicators.get(after).code())) {
                after++;
            }
            indicators.add(after, alternative);
        });
    }

    /**
     * The plan with about half its indicators reporting their score as the default rules give it
     * ({@link ReferenceScorer#defaults()}, domain.md §3), rounded to two decimals as offices write it: a
     * consistent plan stays consistent under the default policy (REPORTED_SCORE_MISMATCH compares at the
     * precision the office wrote), but not under rules that score otherwise, such as an author's floor.
     *
     * @param plan the plan
     * @param period the period it is scored as of
     * @return the plan with reported scores
     */
    public ActionPlan withReportedScores(ActionPlan plan, ReportingPeriod period) {
        ImmutableList<IndicatorResult> results = DEFAULT_SCORES.score(plan, period).indicators();
        int[] next = {0};
        return plan.mapIndicators(indicator -> {
            BigDecimal score = results.get(next[0]++).score();
            return random.nextBoolean() ? indicator
                    : indicator.withReported(indicator.reported().withScore(score.setScale(2, RoundingMode.HALF_UP)));
        });
    }

    /** The plan with its areas edited, given them and the index of one drawn at random. */
    private ActionPlan editAreas(ActionPlan plan, BiConsumer<MutableList<Area>, Integer> edit) {
        MutableList<Area> areas = plan.areas().toList();
        edit.accept(areas, random.nextInt(areas.size()));
        return plan.withAreas(areas.toImmutable());
    }

    /** A copy of an activity whose indicators weigh nothing. */
    private static Activity weightless(Activity activity) {
        return activity.withIndicators(activity.indicators().collect(PlanGenerator::weightless));
    }

    /** A copy of an indicator that weighs nothing (and reports no score worked out with its weight). */
    private static Indicator weightless(Indicator indicator) {
        return withoutReportedScore(indicator.withWeight(Weight.ZERO));
    }

    /** The indicator with the same value in every closed quarter, and none in later ones. */
    private static Indicator everyClosedQuarter(Indicator indicator, ReportingPeriod period, BigDecimal value) {
        QuarterValues values = QuarterValues.NONE;
        for (Quarter quarter : period.closedQuarters()) {
            values = values.with(quarter, Value.of(value));
        }
        return indicator.toBuilder().quarters(values).build();
    }

    /** One indicator of a plan, by its place: {area, activity, indicator} indexes. */
    private record Located(ActionPlan plan, int[] position) {

        Indicator indicator() {
            return plan.areas().get(position[0]).activities().get(position[1]).indicators().get(position[2]);
        }

        ActionPlan change(UnaryOperator<Indicator> change) {
            return edit((indicators, index) -> indicators.set(index, change.apply(indicators.get(index))));
        }

        ActionPlan edit(BiConsumer<MutableList<Indicator>, Integer> edit) {
            MutableList<Area> areas = plan.areas().toList();
            Area area = areas.get(position[0]);
            MutableList<Activity> activities = area.activities().toList();
            Activity activity = activities.get(position[1]);
            MutableList<Indicator> indicators = activity.indicators().toList();
            edit.accept(indicators, position[2]);
            activities.set(position[1], activity.withIndicators(indicators.toImmutable()));
            areas.set(position[0], area.withActivities(activities.toImmutable()));
            return plan.withAreas(areas.toImmutable());
        }
    }

    private Located any(ActionPlan plan) {
        ImmutableList<Located> all = indicators(plan);
        return all.get(random.nextInt(all.size()));
    }

    /** An indicator of a shape: one already in the plan if there is one, else one rebuilt into it. */
    private Located ensure(ActionPlan plan, Shape shape, ReportingPeriod period) {
        ImmutableList<Located> fitting = indicators(plan).select(located -> fits(located.indicator(), shape));
        if (fitting.notEmpty()) {
            return fitting.get(random.nextInt(fitting.size()));
        }
        Located chosen = any(plan);
        Indicator old = chosen.indicator();
        Indicator rebuilt = indicator(old.code(), old.weight().orElse(Weight.ZERO), shape, period, false);
        Indicator kept = old.weight().isPresent() ? rebuilt : withoutReportedScore(rebuilt.withoutWeight());
        return new Located(chosen.change(indicator -> kept), chosen.position());
    }

    private static ImmutableList<Located> indicators(ActionPlan plan) {
        MutableList<Located> result = Lists.mutable.empty();
        for (int a = 0; a < plan.areas().size(); a++) {
            Area area = plan.areas().get(a);
            for (int b = 0; b < area.activities().size(); b++) {
                for (int c = 0; c < area.activities().get(b).indicators().size(); c++) {
                    result.add(new Located(plan, new int[] {a, b, c}));
                }
            }
        }
        return result.toImmutable();
    }

    private static boolean fits(Indicator indicator, Shape shape) {
        return switch (shape) {
            case SUM_NUMBER -> indicator.unit().kind() == UnitKind.NUMBER && indicator.method() == CalculationMethod.SUM
                    && indicator.target() instanceof Target.Single single && single.annual().signum() > 0;
            case SUM_NUMBER_QUARTERLY -> fits(indicator, Shape.SUM_NUMBER)
                    && ((Target.Single) indicator.target()).hasQuarterlyTargets();
            case AVERAGE_PERCENT -> indicator.unit().kind() == UnitKind.PERCENT
                    && indicator.method() == CalculationMethod.AVERAGE && indicator.target() instanceof Target.Single;
            case CUMULATIVE_NUMBER -> indicator.unit().kind() == UnitKind.NUMBER
                    && indicator.method() == CalculationMethod.CUMULATIVE && indicator.target() instanceof Target.Single
                    && indicator.polarity() == Polarity.HIGHER;
            case DEADLINE -> indicator.target() instanceof Target.Deadline;
            case GRADED_HIGHER -> indicator.target() instanceof Target.Graded graded && graded.columns().size() == 5
                    && graded.columns().getFirst().compareTo(graded.columns().getLast()) > 0;
            default -> false;
        };
    }

    private Quarter closed(ReportingPeriod period) {
        return Quarter.of(random.nextInt(1, period.asOf().number() + 1));
    }

    /**
     * A host's own data one time in {@code oneIn}: a JSON object in charter-io's canonical form
     * (compact, members in the order written, numbers as written, non-ASCII text as it is).
     */
    private Extensions extensions(int oneIn) {
        if (random.nextInt(oneIn) != 0) {
            return Extensions.NONE;
        }
        String[] shapes = {
            "{\"hostRef\":\"%s\"}",
            "{\"hostRef\":\"%s\",\"seq\":%d,\"checked\":true}",
            "{\"source\":{\"system\":\"e-Nothi\",\"id\":\"%s\"},\"tags\":[\"সেবা\",%d,1.50,null]}",
        };
        String shape = shapes[random.nextInt(shapes.length)];
        return Extensions.of(String.format(java.util.Locale.ROOT, shape, Long.toHexString(random.nextLong()), random.nextInt(1000)));
    }

    // ---------------------------------------------------------------------------------------------
    // Numbers

    private <T> T pick(ImmutableList<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A positive amount in [low, high], whole four times in five, else with one or two decimals. */
    private BigDecimal amount(int low, int high) {
        int scale = random.nextInt(5) == 0 ? random.nextInt(1, 3) : 0;
        long unit = scale == 0 ? 1 : (scale == 1 ? 10 : 100);
        long value = random.nextLong(Math.max(1, low) * unit, high * unit + 1);
        return BigDecimal.valueOf(value, scale);
    }

    /** A value in [0, whole] with whole's scale. */
    private BigDecimal fraction(BigDecimal whole) {
        long units = whole.unscaledValue().longValueExact();
        return BigDecimal.valueOf(units <= 0 ? 0 : random.nextLong(0, units + 1), whole.scale());
    }

    /** A random day from first to last, both included. */
    private LocalDate dateIn(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return first.plusDays(days <= 0 ? 0 : random.nextLong(0, days + 1));
    }

    /** Five strictly increasing values from a start, by steps in [minStep, maxStep]. */
    private ImmutableList<BigDecimal> increasing(BigDecimal start, int minStep, int maxStep) {
        MutableList<BigDecimal> columns = Lists.mutable.of(start);
        for (int i = 1; i < 5; i++) {
            columns.add(columns.getLast().add(BigDecimal.valueOf(random.nextInt(minStep, maxStep + 1))));
        }
        return columns.toImmutable();
    }

    /** Sizes of {@code parts} groups, each at least 1, adding up to {@code total}. */
    private ImmutableList<Integer> sizes(int total, int parts) {
        MutableList<Integer> sizes = Lists.mutable.empty();
        int left = total;
        for (int i = parts; i > 1; i--) {
            int size = random.nextInt(1, left - i + 2);
            sizes.add(size);
            left -= size;
        }
        sizes.add(left);
        return sizes.toImmutable();
    }

    /**
     * Splits a total into parts at a scale: every part positive when asked (then the total must allow
     * it), else non-negative. Parts are written without needless trailing zeros.
     */
    private ImmutableList<BigDecimal> split(BigDecimal total, int parts, int scale, boolean positive) {
        long units = total.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        long minimum = positive ? 1 : 0;
        if (units < minimum * parts) {
            throw new IllegalArgumentException("Cannot split " + total + " into " + parts + " positive parts");
        }
        long[] cuts = new long[parts + 1];
        cuts[parts] = units - minimum * parts;
        for (int i = 1; i < parts; i++) {
            cuts[i] = random.nextLong(0, cuts[parts] + 1);
        }
        java.util.Arrays.sort(cuts, 1, parts);
        MutableList<BigDecimal> result = Lists.mutable.empty();
        for (int i = 0; i < parts; i++) {
            result.add(plain(BigDecimal.valueOf(cuts[i + 1] - cuts[i] + minimum, scale)));
        }
        return result.toImmutable();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}
