package org.citizencharter.core.testing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Code;
import org.citizencharter.core.Explanation;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Target;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.MutableMap;
import org.eclipse.collections.impl.factory.Maps;

/**
 * A plain-Java scorer written from {@code domain.md} (§2–§4) and {@code docs/scoring.md}, not from
 * the rules: it is what the Drools engine is checked against. Scores must agree to the last digit and
 * findings by id, severity and place.
 *
 * <p>It is deliberately simple and slow: one method per step of the contract, no cleverness.
 * Stateless and thread-safe.
 */
public final class ReferenceScorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final ScoringPolicy policy;
    private final MathContext mc;

    private ReferenceScorer(ScoringPolicy policy) {
        this.policy = policy;
        this.mc = policy.mathContext();
    }

    /**
     * A reference scorer under a policy.
     *
     * @param policy the policy
     * @return the scorer
     */
    public static ReferenceScorer of(ScoringPolicy policy) {
        return new ReferenceScorer(policy);
    }

    /**
     * A reference scorer under the default policy.
     *
     * @return the scorer
     */
    public static ReferenceScorer defaults() {
        return of(ScoringPolicy.defaults());
    }

    /**
     * Scores a plan as of a period.
     *
     * @param plan the plan
     * @param period the period
     * @return the scorecard
     */
    public Scorecard score(ActionPlan plan, ReportingPeriod period) {
        boolean byQuarter = plan.reportsByQuarter();
        MutableList<Finding> findings = Lists.mutable.empty();
        MutableList<IndicatorResult> results = Lists.mutable.empty();
        MutableList<AreaResult> areas = Lists.mutable.empty();
        org.eclipse.collections.api.map.ImmutableMap<org.citizencharter.core.IndicatorCode,
                org.citizencharter.core.IndicatorCode> alternatives = plan.alternatives();
        Fraction total = Fraction.ZERO;
        for (Area area : plan.areas()) {
            Fraction areaScore = Fraction.ZERO;
            for (Activity activity : area.activities()) {
                if (!activity.code().isWithin(area.code())) {
                    findings.add(finding(FindingType.CODE_HIERARCHY_MISMATCH).area(area.code()).activity(activity.code())
                            .argument("code", activity.code()).argument("parent", area.code())
                            .argument("what", "activity").expected(area.code().toString())
                            .actual(activity.code().toString()).build());
                }
                for (Indicator indicator : activity.indicators()) {
                    if (!indicator.code().isWithin(activity.code())) {
                        findings.add(finding(FindingType.CODE_HIERARCHY_MISMATCH).area(area.code())
                                .activity(activity.code())
                                .indicator(indicator.code()).argument("code", indicator.code())
                                .argument("parent", activity.code()).argument("what", "indicator")
                                .expected(activity.code().toString()).actual(indicator.code().toString()).build());
                    }
                    Indicator primary = null;
                    if (alternatives.containsKey(indicator.code())) {
                        primary = plan.indicators().detect(i -> i.code().equals(alternatives.get(indicator.code())));
                    }
                    // A primary: the first indicator with a code that an alternative extends.
                    boolean hasAlternative = alternatives.containsValue(indicator.code())
                            && plan.indicators().detect(i -> i.code().equals(indicator.code())) == indicator;
                    Fraction[] score = new Fraction[1];
                    IndicatorResult result = indicator(area, activity, indicator, primary, hasAlternative, period,
                            byQuarter, findings, score);
                    results.add(result);
                    areaScore = areaScore.plus(score[0]);
                }
            }
            Weight sum = area.indicatorWeights();
            if (!sum.isEqual(area.weight())) {
                findings.add(finding(FindingType.AREA_WEIGHT_MISMATCH).area(area.code())
                        .argument("areaWeight", area.weight()).argument("indicatorWeights", sum)
                        .expected(area.weight().toString()).actual(sum.toString()).build());
            }
            areas.add(new AreaResult(area.code(), area.name(), area.weight(), areaScore.toBigDecimal(),
                    area.extensions()));
            total = total.plus(areaScore);
        }
        planFindings(plan, findings);
        Weight totalWeight = plan.areaWeights();
        Optional<BigDecimal> percent = totalWeight.isZero() ? Optional.empty()
                : Optional.of(Fraction.HUNDRED.times(total).over(totalWeight.value()).toBigDecimal());
        return new Scorecard(plan.office(), plan.kind(), period, policy.ref(), totalWeight, total.toBigDecimal(),
                percent, areas.toImmutable(), results.toImmutable(), findings.sortThis(Finding.ORDER).toImmutable(),
                plan.extensions());
    }

    private void planFindings(ActionPlan plan, MutableList<Finding> findings) {
        Weight total = plan.areaWeights();
        Optional<Weight> expected = plan.declaredTotal();
        String source = "declared";
        if (expected.isEmpty() && policy.conventionalTotal(plan.kind()) != null) {
            expected = Optional.of(policy.conventionalTotal(plan.kind()));
            source = "conventional";
        }
        if (expected.isPresent() && !expected.get().isEqual(total)) {
            findings.add(finding(FindingType.PLAN_WEIGHT_MISMATCH).argument("total", total)
                    .argument("expected", expected.get()).argument("source", source)
                    .expected(expected.get().toString()).actual(total.toString()).build());
        }
        duplicates(plan.areas().collect(Area::code), plan.areas().collect(Area::code), null, "area", findings);
        ImmutableList<Activity> activities = plan.areas().flatCollect(Area::activities);
        duplicates(activities.collect(Activity::code),
                plan.areas().flatCollect(area -> area.activities().collect(activity -> area.code())), null,
                "activity", findings);
        duplicates(plan.indicators().collect(Indicator::code),
                plan.areas().flatCollect(area -> area.indicators().collect(indicator -> area.code())),
                plan.indicators().collect(Indicator::code), "indicator", findings);
    }

    private void duplicates(ImmutableList<? extends Code> codes, ImmutableList<org.citizencharter.core.AreaCode> areas,
            ImmutableList<org.citizencharter.core.IndicatorCode> indicators, String what, MutableList<Finding> findings) {
        MutableMap<Code, Integer> counts = Maps.mutable.empty();
        codes.forEach(code -> counts.merge(code, 1, Integer::sum));
        for (int i = 0; i < codes.size(); i++) {
            Code code = codes.get(i);
            if (counts.get(code) > 1 && codes.indexOf(code) == i) {
                Finding.Builder builder = finding(FindingType.DUPLICATE_CODE).area(areas.get(i))
                        .argument("code", code).argument("what", what).argument("count", counts.get(code))
                        .actual(code.toString());
                if (indicators != null) {
                    builder.indicator(indicators.get(i));
                }
                if (code instanceof org.citizencharter.core.ActivityCode activity) {
                    builder.activity(activity);
                }
                findings.add(builder.build());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private IndicatorResult indicator(Area area, Activity activity, Indicator indicator, Indicator primary,
            boolean hasAlternative, ReportingPeriod period, boolean byQuarter, MutableList<Finding> findings,
            Fraction[] finalScore) {
        Context c = new Context(area, activity, indicator, period, findings);
        valueFindings(c, byQuarter);
        Value achieved = byQuarter ? achievement(indicator, period) : indicator.reported().actual();
        if (achieved.date().isPresent() && achieved.date().get().isAfter(period.end())) {
            achieved = Value.NOT_REPORTED;   // a completion date after the report's quarter does not count
        }
        Fraction exactA = byQuarter ? exactAchievement(indicator, period)
                : achieved.amount().map(Fraction::of).orElse(null);
        Target target = indicator.target();
        Optional<Weight> weight = primary != null ? primary.weight() : indicator.weight();
        Fraction w = Fraction.of(weight.orElse(Weight.ZERO).value());
        if (indicator.weight().isEmpty() && primary == null) {
            c.add(finding(FindingType.WEIGHT_MISSING));
        }

        Value annual = Value.NOT_REPORTED;
        Value toDate = Value.NOT_REPORTED;
        Fraction t = null;
        Fraction tq = null;
        if (target instanceof Target.Single single) {
            annual = Value.of(single.annual());
            t = Fraction.of(single.annual());
            tq = targetToDate(indicator, single, period);
            toDate = indicator.method() == CalculationMethod.SUM ? Value.of(tq.toBigDecimal()) : annual;
        } else if (target instanceof Target.Graded graded) {
            BigDecimal best = graded.columns().getFirst();
            annual = Value.of(best);
            t = Fraction.of(best);
            tq = indicator.method() == CalculationMethod.SUM
                    ? t.times(Fraction.of(period.asOf().number())).over(Fraction.of(4)) : t;
            toDate = indicator.method() == CalculationMethod.SUM ? Value.of(tq.toBigDecimal()) : annual;
        } else if (target instanceof Target.Deadline deadline) {
            annual = Value.of(deadline.date());
            toDate = annual;
        } else if (target instanceof Target.GradedDates graded) {
            annual = Value.of(graded.columns().getFirst());
            toDate = annual;
        }
        boolean usable = usableTarget(c);
        Fraction percentAnnual = null;
        Fraction percentToDate = null;
        if (exactA != null && usable) {
            percentAnnual = t == null || t.isZero() ? null : Fraction.HUNDRED.times(exactA).over(t);
            percentToDate = tq == null || tq.isZero() ? null : Fraction.HUNDRED.times(exactA).over(tq);
        }

        Fraction score = Fraction.ZERO;
        Fraction onTrack = Fraction.ZERO;
        ScoreStatus status;
        String formula;
        Optional<org.citizencharter.core.GradeBand> band = Optional.empty();
        boolean primaryAchieved = primary != null && primaryAchieved(primary, period, byQuarter);
        LocalDate lastDay = target.lastScoringDay(period.fiscalYear()).orElse(null);
        if (primaryAchieved) {
            status = ScoreStatus.UNSCORED;
            formula = Explanation.UNSCORED;
        } else if (!usable || weight.isEmpty()) {
            status = ScoreStatus.UNSCORED;
            formula = Explanation.UNSCORED;
        } else if (target instanceof Target.Single single) {
            boolean lower = indicator.polarity() == Polarity.LOWER;
            formula = lower ? Explanation.SINGLE_TARGET_LOWER : Explanation.SINGLE_TARGET;
            if (exactA == null) {
                status = ScoreStatus.NO_ACHIEVEMENT;
                // Nothing due yet: on track, unless a primary gives way to its alternative (its weight once).
                onTrack = tq.isZero() && !hasAlternative ? w : Fraction.ZERO;
            } else {
                status = ScoreStatus.SCORED;
                score = single(w, exactA, t, lower);
                onTrack = tq.isZero() ? w : single(w, exactA, tq, lower);
            }
        } else if (target instanceof Target.Graded graded) {
            formula = Explanation.GRADED;
            if (exactA == null) {
                status = ScoreStatus.NO_ACHIEVEMENT;
            } else {
                status = ScoreStatus.SCORED;
                Graded g = graded(exactA, graded.columns().collect(Fraction::of));
                score = w.times(g.raw).over(Fraction.HUNDRED);
                band = Optional.of(g.band);
                onTrack = score;
            }
        } else {
            formula = target instanceof Target.Deadline ? Explanation.DEADLINE : Explanation.GRADED_DATE;
            if (achieved.date().isPresent()) {
                status = ScoreStatus.SCORED;
                LocalDate done = achieved.date().get();
                if (target instanceof Target.Deadline deadline) {
                    score = done.isAfter(deadline.date()) ? Fraction.ZERO : w;
                } else {
                    Graded g = graded(Fraction.of(done.toEpochDay()),
                            ((Target.GradedDates) target).columns().collect(day -> Fraction.of(day.toEpochDay())));
                    score = w.times(g.raw).over(Fraction.HUNDRED);
                    band = Optional.of(g.band);
                }
                onTrack = score;
            } else if (lastDay.isBefore(period.end())) {
                status = ScoreStatus.NO_ACHIEVEMENT;
            } else {
                status = ScoreStatus.PENDING;
            }
        }
        if (usable && target.kind().isDate() && achieved.date().isEmpty() && lastDay.isBefore(period.end())) {
            c.add(finding(FindingType.DEADLINE_MISSED).argument("deadline", lastDay).expected(lastDay.toString()));
        }
        if (usable && exactA != null && t != null && target.direction(indicator.polarity()).isBetter(exactA, t)) {
            BigDecimal best = target.annualAmount().orElseThrow();
            // shown as every figure is, rounded to the policy's scale (an average may not terminate)
            Value a = shown(achieved);
            c.add(finding(FindingType.OVER_ACHIEVEMENT).argument("achieved", a).argument("target", best)
                    .expected(best.toPlainString()).actual(a.toString()));
        }
        reportedFindings(c, byQuarter, achieved, exactA, percentAnnual, percentToDate, score, usable);
        finalScore[0] = score;
        Explanation explanation = new Explanation(formula, "", band, Lists.immutable.empty());
        return new IndicatorResult(indicator.code(), area.code(), activity.code(), indicator.name(), weight,
                indicator.method(), status, achieved, annual, toDate,
                Optional.ofNullable(percentAnnual).map(Fraction::toBigDecimal),
                Optional.ofNullable(percentToDate).map(Fraction::toBigDecimal), score.toBigDecimal(),
                onTrack.toBigDecimal(), explanation, indicator.extensions());
    }

    private boolean primaryAchieved(Indicator primary, ReportingPeriod period, boolean byQuarter) {
        Value achieved = byQuarter ? achievement(primary, period) : primary.reported().actual();
        if (achieved.date().isPresent()) {
            return !achieved.date().get().isAfter(period.end());
        }
        return achieved.isReported();
    }

    private record Context(Area area, Activity activity, Indicator indicator, ReportingPeriod period,
            MutableList<Finding> findings) {
        void add(Finding.Builder builder) {
            findings.add(builder.area(area.code()).activity(activity.code()).indicator(indicator.code()).build());
        }
    }

    private Finding.Builder finding(FindingType type) {
        return Finding.of(type).severity(policy.severityOf(type));
    }

    // ---------------------------------------------------------------------------------------------
    // §2 quarter to year

    private Value achievement(Indicator indicator, ReportingPeriod period) {
        if (indicator.unit().kind() == UnitKind.DATE) {
            LocalDate earliest = null;
            for (Quarter q : period.closedQuarters()) {
                Optional<LocalDate> date = indicator.quarters().get(q).date();
                if (date.isPresent() && !date.get().isAfter(period.end())
                        && (earliest == null || date.get().isBefore(earliest))) {
                    earliest = date.get();
                }
            }
            return earliest == null ? Value.NOT_REPORTED : Value.of(earliest);
        }
        MutableList<BigDecimal> values = Lists.mutable.empty();
        for (Quarter q : period.closedQuarters()) {
            indicator.quarters().get(q).amount().ifPresent(values::add);
        }
        switch (indicator.method()) {
            case SUM:
                if (values.isEmpty() && !policy.missingQuarterCountsZero()) {
                    return Value.NOT_REPORTED;
                }
                return Value.of(values.injectInto(BigDecimal.ZERO, BigDecimal::add));
            case AVERAGE:
                return values.isEmpty() ? Value.NOT_REPORTED : Value.of(Fraction.of(values.injectInto(BigDecimal.ZERO,
                        BigDecimal::add)).over(Fraction.of(values.size())).toBigDecimal());
            case CUMULATIVE:
                return values.isEmpty() ? Value.NOT_REPORTED : Value.of(values.getLast());
            default:
                throw new IllegalStateException("DATE method on a " + indicator.unit().kind());
        }
    }

    /** The achievement of an amount, exactly (an AVERAGE is a quotient); null for a date or nothing. */
    private Fraction exactAchievement(Indicator indicator, ReportingPeriod period) {
        Value achieved = achievement(indicator, period);
        if (achieved.amount().isEmpty()) {
            return null;
        }
        if (indicator.method() != CalculationMethod.AVERAGE) {
            return Fraction.of(achieved.amount().get());
        }
        Fraction sum = Fraction.ZERO;
        int count = 0;
        for (Quarter q : period.closedQuarters()) {
            if (indicator.quarters().get(q).amount().isPresent()) {
                sum = sum.plus(Fraction.of(indicator.quarters().get(q).amount().get()));
                count++;
            }
        }
        return sum.over(Fraction.of(count));
    }

    private Fraction targetToDate(Indicator indicator, Target.Single single, ReportingPeriod period) {
        if (indicator.method() != CalculationMethod.SUM) {
            return Fraction.of(single.annual());
        }
        ImmutableList<Quarter> counted = period.closedQuarters();
        if (!policy.missingQuarterCountsZero()) {
            counted = counted.select(q -> indicator.quarters().get(q).isReported());
        }
        if (single.hasQuarterlyTargets()) {
            return Fraction.of(counted.injectInto(BigDecimal.ZERO, (sum, q) -> sum.add(single.quarterly(q))));
        }
        return Fraction.of(single.annual()).times(Fraction.of(counted.size())).over(Fraction.of(4));
    }

    // ---------------------------------------------------------------------------------------------
    // §3 scoring

    private Fraction single(Fraction w, Fraction a, Fraction t, boolean lower) {
        Fraction ratio;
        if (!lower) {
            ratio = a.over(t);
        } else {
            ratio = a.isZero() ? Fraction.ONE : t.over(a);
        }
        return w.times(ratio.max(Fraction.ZERO).min(Fraction.ONE));
    }

    private record Graded(Fraction raw, org.citizencharter.core.GradeBand band) {
    }

    /** Columns in the order 100, 90, 80, 70, 60; strictly ordered one way (checked before). */
    private Graded graded(Fraction a, ImmutableList<Fraction> columns) {
        boolean higher = columns.getFirst().compareTo(columns.getLast()) > 0;
        int sign = higher ? 1 : -1;
        if (a.compareTo(columns.getFirst()) * sign >= 0) {
            return new Graded(Fraction.HUNDRED,
                    org.citizencharter.core.GradeBand.reached(org.citizencharter.core.Grade.EXCELLENT));
        }
        if (a.compareTo(columns.getLast()) * sign < 0) {
            return new Graded(Fraction.ZERO, org.citizencharter.core.GradeBand.belowAll());
        }
        for (int low = 1; low < 5; low++) {
            Fraction tLow = columns.get(low);
            if (a.compareTo(tLow) * sign >= 0) {
                Fraction tHigh = columns.get(low - 1);
                org.citizencharter.core.Grade grade = org.citizencharter.core.Grade.values()[low];
                Fraction raw = Fraction.of(grade.percent())
                        .plus(Fraction.of(10).times(a.minus(tLow)).over(tHigh.minus(tLow)));
                return new Graded(raw, org.citizencharter.core.GradeBand.reached(grade));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static boolean strictlyOrdered(ImmutableList<? extends Comparable<?>> columns) {
        int direction = 0;
        for (int i = 1; i < columns.size(); i++) {
            @SuppressWarnings("unchecked")
            int step = Integer.signum(((Comparable<Object>) columns.get(i - 1)).compareTo(columns.get(i)));
            if (step == 0 || (direction != 0 && step != direction)) {
                return false;
            }
            direction = step;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // §4 findings about one indicator

    /** TARGET_MISSING and TARGETS_NOT_MONOTONIC; whether the target can be scored against (§3). */
    private boolean usableTarget(Context c) {
        Target target = c.indicator.target();
        ImmutableList<? extends Comparable<?>> columns = target instanceof Target.Graded graded ? graded.columns()
                : target instanceof Target.GradedDates dates ? dates.columns() : null;
        boolean missing = target == Target.NONE
                || target instanceof Target.Single single && single.annual().signum() == 0
                || columns != null && columns.size() < 5;
        if (missing) {
            c.add(finding(FindingType.TARGET_MISSING).actual(target == Target.NONE ? "NONE"
                    : columns == null ? "0" : columns.makeString(" / ")));
        }
        boolean ordered = columns == null || strictlyOrdered(columns);
        if (!ordered) {
            c.add(finding(FindingType.TARGETS_NOT_MONOTONIC).argument("columns", columns)
                    .actual(columns.makeString(" / ")));
        }
        if (missing || !ordered) {
            return false;
        }
        if (target instanceof Target.Single single) {
            return single.annual().signum() > 0 && single.quarterly().noneSatisfy(q -> q.signum() < 0);
        }
        return !(target instanceof Target.Graded graded) || graded.columns().noneSatisfy(v -> v.signum() < 0);
    }

    private void valueFindings(Context c, boolean byQuarter) {
        Indicator indicator = c.indicator;
        ReportingPeriod period = c.period;
        Target target = indicator.target();
        boolean percentUnit = indicator.unit().kind() == UnitKind.PERCENT;

        ImmutableList<BigDecimal> targetAmounts = target instanceof Target.Single single
                ? Lists.immutable.of(single.annual()).newWithAll(single.quarterly())
                : target instanceof Target.Graded graded ? graded.columns() : Lists.immutable.empty();
        BigDecimal negativeTarget = targetAmounts.detect(value -> value.signum() < 0);
        if (negativeTarget != null) {
            c.add(finding(FindingType.NEGATIVE_VALUE).argument("value", negativeTarget).argument("field", "target")
                    .actual(negativeTarget.toPlainString()));
        }
        BigDecimal outOfRangeTarget = percentUnit ? targetAmounts.detect(ReferenceScorer::outOfRange) : null;
        if (outOfRangeTarget != null) {
            c.add(finding(FindingType.PERCENT_OUT_OF_RANGE).argument("value", outOfRangeTarget)
                    .actual(outOfRangeTarget.toPlainString()));
        }
        if (target instanceof Target.Single single && single.hasQuarterlyTargets()
                && indicator.method() == CalculationMethod.SUM) {
            BigDecimal sum = single.quarterly().injectInto(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(single.annual()) != 0) {
                c.add(finding(FindingType.QUARTER_TARGETS_MISMATCH).argument("quarterlySum", sum)
                        .argument("annual", single.annual()).expected(single.annual().toPlainString())
                        .actual(sum.toPlainString()));
            }
        }
        ImmutableList<LocalDate> targetDates = target instanceof Target.Deadline deadline
                ? (deadline.from().isPresent() ? Lists.immutable.of(deadline.from().get(), deadline.date())
                        : Lists.immutable.of(deadline.date()))
                : target instanceof Target.GradedDates dates ? dates.columns() : Lists.immutable.empty();
        LocalDate outsideTarget = targetDates.detect(date -> !period.fiscalYear().contains(date));
        if (outsideTarget != null) {
            c.add(outsideYear(outsideTarget, period));
        }
        UnitKind unit = indicator.unit().kind();
        CalculationMethod method = indicator.method();
        if ((unit == UnitKind.PERCENT && method == CalculationMethod.SUM)
                || (unit == UnitKind.DATE && method != CalculationMethod.DATE)) {
            c.add(finding(FindingType.AGGREGATION_UNIT_MISMATCH).argument("unit", unit).argument("method", method)
                    .expected(CalculationMethod.defaultFor(unit).name()).actual(method.name()));
        }
        BigDecimal previous = null;
        for (Quarter q : Quarter.all()) {
            Value value = indicator.quarters().get(q);
            if (!value.isReported()) {
                if (byQuarter && period.isClosed(q) && unit != UnitKind.DATE) {
                    c.add(finding(FindingType.QUARTER_MISSING).quarter(q));
                }
                continue;
            }
            if (!period.isClosed(q)) {
                c.add(finding(FindingType.FUTURE_QUARTER_REPORTED).quarter(q).argument("column", "QUARTER")
                        .argument("asOf", period.asOf())
                        .actual(value.toString()));
            } else if (value.date().isPresent() && value.date().get().isAfter(period.end())) {
                c.add(finding(FindingType.FUTURE_QUARTER_REPORTED).quarter(q).argument("column", "QUARTER")
                        .argument("asOf", period.asOf())
                        .expected(period.end().toString()).actual(value.toString()));
            }
            if (value.date().isPresent() && (value.date().get().isBefore(period.fiscalYear().startOf(q))
                    || value.date().get().isAfter(period.fiscalYear().endOf(q)))) {
                c.add(finding(FindingType.COMPLETION_DATE_MISPLACED).quarter(q).argument("date", value.date().get())
                        .actual(value.date().get().toString()));
            }
            valueChecks(c, value, Optional.of(q), percentUnit);
            if (method == CalculationMethod.CUMULATIVE && period.isClosed(q) && value.amount().isPresent()) {
                BigDecimal amount = value.amount().get();
                if (previous != null && amount.compareTo(previous) < 0) {
                    c.add(finding(FindingType.CUMULATIVE_DECREASE).quarter(q).argument("previous", previous)
                            .argument("value", amount).expected(previous.toPlainString())
                            .actual(amount.toPlainString()));
                }
                previous = amount;
            }
        }
        if (indicator.reported().actual().isReported()) {
            valueChecks(c, indicator.reported().actual(), Optional.empty(), percentUnit);
            Optional<LocalDate> done = indicator.reported().actual().date();
            if (!byQuarter && done.isPresent() && done.get().isAfter(period.end())) {
                c.add(finding(FindingType.FUTURE_QUARTER_REPORTED).argument("column", "ACTUAL")
                        .argument("date", done.get()).argument("asOf", period.asOf())
                        .expected(period.end().toString()).actual(done.get().toString()));
            }
        }
        Value halfYear = indicator.reported().halfYear();
        if (byQuarter && halfYear.isReported() && period.isClosed(Quarter.Q2)) {
            ReportingPeriod half = ReportingPeriod.of(period.fiscalYear(), Quarter.Q2);
            Value computed = achievement(indicator, half);
            boolean matches = halfYear.amount().isPresent() && computed.amount().isPresent()
                    ? matches(halfYear.amount().get(), exactAchievement(indicator, half))
                    : halfYear.equals(computed);
            if (!matches) {
                c.add(finding(FindingType.REPORTED_TOTAL_MISMATCH).quarter(Quarter.Q2).argument("reported", halfYear)
                        .argument("computed", shown(computed)).argument("field", "halfYear")
                        .expected(shown(computed).toString()).actual(halfYear.toString()));
            }
        }
    }

    private void valueChecks(Context c, Value value, Optional<Quarter> quarter, boolean percentUnit) {
        if (value.amount().isPresent()) {
            BigDecimal amount = value.amount().get();
            if (amount.signum() < 0) {
                Finding.Builder builder = finding(FindingType.NEGATIVE_VALUE).argument("value", amount)
                        .argument("field", "achievement").actual(amount.toPlainString());
                quarter.ifPresent(builder::quarter);
                c.add(builder);
            }
            if (percentUnit && outOfRange(amount)) {
                Finding.Builder builder = finding(FindingType.PERCENT_OUT_OF_RANGE).argument("value", amount)
                        .actual(amount.toPlainString());
                quarter.ifPresent(builder::quarter);
                c.add(builder);
            }
        }
        if (value.date().isPresent() && !c.period.fiscalYear().contains(value.date().get())) {
            Finding.Builder builder = outsideYear(value.date().get(), c.period);
            quarter.ifPresent(builder::quarter);
            c.add(builder);
        }
    }

    private Finding.Builder outsideYear(LocalDate date, ReportingPeriod period) {
        return finding(FindingType.DATE_OUTSIDE_FISCAL_YEAR).argument("date", date)
                .argument("fiscalYear", period.fiscalYear()).expected(period.fiscalYear().toString())
                .actual(date.toString());
    }

    private static boolean outOfRange(BigDecimal percent) {
        return percent.signum() < 0 || percent.compareTo(HUNDRED) > 0;
    }

    private void reportedFindings(Context c, boolean byQuarter, Value achieved, Fraction exactA,
            Fraction percentAnnual, Fraction percentToDate, Fraction score, boolean usable) {
        Indicator indicator = c.indicator;
        Value reportedActual = indicator.reported().actual();
        boolean actualMatches = reportedActual.amount().isPresent() && exactA != null
                ? matches(reportedActual.amount().get(), exactA) : reportedActual.equals(achieved);
        if (byQuarter && reportedActual.isReported() && !actualMatches) {
            c.add(finding(FindingType.REPORTED_TOTAL_MISMATCH).argument("reported", reportedActual)
                    .argument("computed", shown(achieved))
                    .expected(shown(achieved).toString()).actual(reportedActual.toString()));
        }
        Optional<BigDecimal> reportedPercent = indicator.reported().percent();
        if (reportedPercent.isPresent() && usable && indicator.unit().kind() != UnitKind.DATE
                && (achieved.isReported() ? percentAnnual != null || percentToDate != null : true)) {
            BigDecimal r = reportedPercent.get();
            boolean matches = achieved.isReported()
                    ? percentAnnual != null && matches(r, percentAnnual) || percentToDate != null && matches(r, percentToDate)
                    : r.signum() == 0;
            if (!matches) {
                Fraction ofAnnual = percentAnnual != null ? percentAnnual
                        : percentToDate != null ? percentToDate : Fraction.ZERO;
                Fraction toDate = percentToDate != null ? percentToDate : ofAnnual;
                c.add(finding(FindingType.REPORTED_PERCENT_MISMATCH).argument("reported", r)
                        .argument("ofAnnual", display(ofAnnual)).argument("toDate", display(toDate))
                        .expected(display(ofAnnual).toPlainString()).actual(r.toPlainString()));
            }
        }
        Optional<BigDecimal> reportedScore = indicator.reported().score();
        if (reportedScore.isPresent() && !matches(reportedScore.get(), score)) {
            c.add(finding(FindingType.REPORTED_SCORE_MISMATCH).argument("reported", reportedScore.get())
                    .argument("computed", display(score)).expected(display(score).toPlainString())
                    .actual(reportedScore.get().toPlainString()));
        }
    }

    /** A reported number matches an exact one at the precision the office wrote, within the tolerance. */
    private boolean matches(BigDecimal reported, Fraction computed) {
        return computed.round(reported.scale()).subtract(reported).abs().compareTo(policy.tolerance()) <= 0;
    }

    private BigDecimal display(Fraction value) {
        return display(value.round(policy.roundingScale()));
    }

    /** A reported value matches a computed one at the precision the office wrote, within the tolerance. */
    private boolean matches(Value reported, Value computed) {
        if (reported.date().isPresent() || computed.date().isPresent()) {
            return reported.equals(computed);
        }
        if (computed.amount().isEmpty()) {
            return false;
        }
        return matches(reported.amount().orElseThrow(), computed.amount().get());
    }

    private boolean matches(BigDecimal reported, BigDecimal computed) {
        BigDecimal rounded = computed.setScale(reported.scale(), RoundingMode.HALF_UP);
        return rounded.subtract(reported).abs().compareTo(policy.tolerance()) <= 0;
    }

    /** A computed figure as a finding shows it: rounded to the policy's scale, without trailing zeros. */
    private BigDecimal display(BigDecimal value) {
        BigDecimal stripped = policy.round(value).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    private Value shown(Value value) {
        return value.amount().isPresent() ? Value.of(display(value.amount().get())) : value;
    }
}
