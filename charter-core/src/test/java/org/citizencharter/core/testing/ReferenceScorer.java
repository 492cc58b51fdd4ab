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
        BigDecimal total = BigDecimal.ZERO;
        for (Area area : plan.areas()) {
            BigDecimal areaScore = BigDecimal.ZERO;
            for (Activity activity : area.activities()) {
                if (!activity.code().isWithin(area.code())) {
                    findings.add(finding(FindingType.CODE_HIERARCHY_MISMATCH).area(area.code())
                            .argument("code", activity.code()).argument("parent", area.code())
                            .argument("what", "activity").expected(area.code().toString())
                            .actual(activity.code().toString()).build());
                }
                for (Indicator indicator : activity.indicators()) {
                    if (!indicator.code().isWithin(activity.code())) {
                        findings.add(finding(FindingType.CODE_HIERARCHY_MISMATCH).area(area.code())
                                .indicator(indicator.code()).argument("code", indicator.code())
                                .argument("parent", activity.code()).argument("what", "indicator")
                                .expected(activity.code().toString()).actual(indicator.code().toString()).build());
                    }
                    IndicatorResult result = indicator(area, activity, indicator, period, byQuarter, findings);
                    results.add(result);
                    areaScore = areaScore.add(result.score());
                }
            }
            Weight sum = area.indicatorWeights();
            if (!sum.isEqual(area.weight())) {
                findings.add(finding(FindingType.AREA_WEIGHT_MISMATCH).area(area.code())
                        .argument("areaWeight", area.weight()).argument("indicatorWeights", sum)
                        .expected(area.weight().toString()).actual(sum.toString()).build());
            }
            areas.add(new AreaResult(area.code(), area.name(), area.weight(), areaScore, area.extensions()));
            total = total.add(areaScore);
        }
        planFindings(plan, findings);
        Weight totalWeight = plan.areaWeights();
        Optional<BigDecimal> percent = totalWeight.isZero() ? Optional.empty()
                : Optional.of(total.multiply(HUNDRED).divide(totalWeight.value(), mc));
        return new Scorecard(plan.office(), plan.kind(), period, policy.ref(), totalWeight, total, percent,
                areas.toImmutable(), results.toImmutable(), findings.sortThis(Finding.ORDER).toImmutable(),
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
                findings.add(builder.build());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private IndicatorResult indicator(Area area, Activity activity, Indicator indicator, ReportingPeriod period,
            boolean byQuarter, MutableList<Finding> findings) {
        Context c = new Context(area, indicator, period, findings);
        valueFindings(c, byQuarter);
        Value achieved = byQuarter ? achievement(indicator, period) : indicator.reported().actual();
        Target target = indicator.target();
        Weight w = indicator.weight().orElse(Weight.ZERO);

        Value annual = Value.NOT_REPORTED;
        Value toDate = Value.NOT_REPORTED;
        Optional<BigDecimal> percentAnnual = Optional.empty();
        Optional<BigDecimal> percentToDate = Optional.empty();
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal onTrack = BigDecimal.ZERO;
        ScoreStatus status;
        String formula;
        Optional<org.citizencharter.core.GradeBand> band = Optional.empty();

        boolean usable = usableTarget(c);
        if (target instanceof Target.Single single) {
            annual = Value.of(single.annual());
            toDate = Value.of(targetToDate(indicator, single.annual(), single, period));
        } else if (target instanceof Target.Graded graded) {
            BigDecimal best = graded.columns().getFirst();
            annual = Value.of(best);
            toDate = Value.of(indicator.method() == CalculationMethod.SUM ? prorate(best, period) : best);
        } else if (target instanceof Target.Deadline deadline) {
            annual = Value.of(deadline.date());
            toDate = annual;
        } else if (target instanceof Target.GradedDates graded) {
            annual = Value.of(graded.columns().getFirst());
            toDate = annual;
        }
        if (achieved.amount().isPresent()) {
            BigDecimal a = achieved.amount().get();
            percentAnnual = annual.amount().filter(t -> t.signum() != 0).map(t -> percent(a, t));
            percentToDate = toDate.amount().filter(t -> t.signum() != 0).map(t -> percent(a, t));
        }

        if (!usable) {
            status = ScoreStatus.UNSCORED;
            formula = Explanation.UNSCORED;
        } else if (target instanceof Target.Single single) {
            formula = indicator.polarity() == Polarity.LOWER ? Explanation.SINGLE_TARGET_LOWER : Explanation.SINGLE_TARGET;
            if (achieved.amount().isEmpty()) {
                status = ScoreStatus.NO_ACHIEVEMENT;
            } else {
                status = ScoreStatus.SCORED;
                BigDecimal a = achieved.amount().get();
                score = single(w, a, single.annual(), indicator.polarity());
                onTrack = single(w, a, toDate.amount().orElseThrow(), indicator.polarity());
                overAchievement(c, a, single.annual(), indicator.polarity() == Polarity.HIGHER);
            }
        } else if (target instanceof Target.Graded graded) {
            formula = Explanation.GRADED;
            if (achieved.amount().isEmpty()) {
                status = ScoreStatus.NO_ACHIEVEMENT;
            } else {
                status = ScoreStatus.SCORED;
                BigDecimal a = achieved.amount().get();
                Graded g = graded(a, graded.columns());
                score = w.value().multiply(g.raw).movePointLeft(2);
                band = Optional.of(g.band);
                ImmutableList<BigDecimal> columnsToDate = indicator.method() == CalculationMethod.SUM
                        ? graded.columns().collect(column -> prorate(column, period)) : graded.columns();
                onTrack = w.value().multiply(graded(a, columnsToDate).raw).movePointLeft(2);
                BigDecimal best = graded.columns().getFirst();
                boolean higher = best.compareTo(graded.columns().getLast()) > 0;
                overAchievement(c, a, best, higher);
            }
        } else {
            // A deadline, or graded dates: the last acceptable day is the deadline for DEADLINE_MISSED.
            LocalDate lastDay = target instanceof Target.Deadline deadline ? deadline.date()
                    : ((Target.GradedDates) target).columns().getLast();
            formula = target instanceof Target.Deadline ? Explanation.DEADLINE : Explanation.GRADED_DATE;
            if (achieved.date().isPresent()) {
                status = ScoreStatus.SCORED;
                LocalDate done = achieved.date().get();
                if (target instanceof Target.Deadline) {
                    score = done.isAfter(lastDay) ? BigDecimal.ZERO : w.value();
                } else {
                    ImmutableList<BigDecimal> days = ((Target.GradedDates) target).columns()
                            .collect(day -> BigDecimal.valueOf(day.toEpochDay()));
                    Graded g = graded(BigDecimal.valueOf(done.toEpochDay()), days);
                    score = w.value().multiply(g.raw).movePointLeft(2);
                    band = Optional.of(g.band);
                }
                onTrack = score;
            } else if (lastDay.isBefore(period.end())) {
                status = ScoreStatus.NO_ACHIEVEMENT;
                c.add(finding(FindingType.DEADLINE_MISSED).argument("deadline", lastDay)
                        .expected(lastDay.toString()));
            } else {
                status = ScoreStatus.PENDING;
                onTrack = w.value();
            }
        }
        reportedFindings(c, byQuarter, achieved, percentAnnual, percentToDate, score, usable);
        Explanation explanation = new Explanation(formula, "", band, Lists.immutable.empty());
        return new IndicatorResult(indicator.code(), area.code(), activity.code(), indicator.name(), indicator.weight(),
                indicator.method(), status, achieved, annual, toDate, percentAnnual, percentToDate, score, onTrack,
                explanation, indicator.extensions());
    }

    private record Context(Area area, Indicator indicator, ReportingPeriod period, MutableList<Finding> findings) {
        void add(Finding.Builder builder) {
            findings.add(builder.area(area.code()).indicator(indicator.code()).build());
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
                if (date.isPresent() && (earliest == null || date.get().isBefore(earliest))) {
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
                return values.isEmpty() ? Value.NOT_REPORTED : Value.of(values.injectInto(BigDecimal.ZERO,
                        BigDecimal::add).divide(BigDecimal.valueOf(values.size()), mc));
            case CUMULATIVE:
                return values.isEmpty() ? Value.NOT_REPORTED : Value.of(values.getLast());
            default:
                throw new IllegalStateException("DATE method on a " + indicator.unit().kind());
        }
    }

    private BigDecimal targetToDate(Indicator indicator, BigDecimal annual, Target.Single single, ReportingPeriod period) {
        if (indicator.method() != CalculationMethod.SUM) {
            return annual;
        }
        ImmutableList<Quarter> counted = period.closedQuarters();
        if (!policy.missingQuarterCountsZero()) {
            counted = counted.select(q -> indicator.quarters().get(q).isReported());
        }
        if (single.hasQuarterlyTargets()) {
            return counted.injectInto(BigDecimal.ZERO, (sum, q) -> sum.add(single.quarterly(q)));
        }
        return annual.multiply(BigDecimal.valueOf(counted.size())).divide(BigDecimal.valueOf(4), mc);
    }

    private BigDecimal prorate(BigDecimal value, ReportingPeriod period) {
        return value.multiply(BigDecimal.valueOf(period.asOf().number())).divide(BigDecimal.valueOf(4), mc);
    }

    // ---------------------------------------------------------------------------------------------
    // §3 scoring

    private BigDecimal percent(BigDecimal a, BigDecimal t) {
        return a.multiply(HUNDRED).divide(t, mc);
    }

    private BigDecimal single(Weight w, BigDecimal a, BigDecimal t, Polarity polarity) {
        BigDecimal ratio;
        if (polarity == Polarity.HIGHER) {
            ratio = t.signum() <= 0 ? BigDecimal.ONE : a.divide(t, mc);
        } else {
            ratio = a.signum() == 0 ? BigDecimal.ONE : t.divide(a, mc);
        }
        return w.value().multiply(ratio.max(BigDecimal.ZERO).min(BigDecimal.ONE));
    }

    private record Graded(BigDecimal raw, org.citizencharter.core.GradeBand band) {
    }

    /** Columns in the order 100, 90, 80, 70, 60; strictly ordered one way (checked before). */
    private Graded graded(BigDecimal a, ImmutableList<BigDecimal> columns) {
        boolean higher = columns.getFirst().compareTo(columns.getLast()) > 0;
        int sign = higher ? 1 : -1;
        if (a.compareTo(columns.getFirst()) * sign >= 0) {
            return new Graded(HUNDRED, org.citizencharter.core.GradeBand.reached(org.citizencharter.core.Grade.EXCELLENT));
        }
        if (a.compareTo(columns.getLast()) * sign < 0) {
            return new Graded(BigDecimal.ZERO, org.citizencharter.core.GradeBand.belowAll());
        }
        for (int low = 1; low < 5; low++) {
            BigDecimal tLow = columns.get(low);
            if (a.compareTo(tLow) * sign >= 0) {
                BigDecimal tHigh = columns.get(low - 1);
                org.citizencharter.core.Grade grade = org.citizencharter.core.Grade.values()[low];
                BigDecimal raw = BigDecimal.valueOf(grade.percent())
                        .add(TEN.multiply(a.subtract(tLow).divide(tHigh.subtract(tLow), mc)));
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

    private boolean usableTarget(Context c) {
        Target target = c.indicator.target();
        if (target == Target.NONE || target instanceof Target.Single single && single.annual().signum() == 0) {
            c.add(finding(FindingType.TARGET_MISSING).actual(target == Target.NONE ? "NONE" : "0"));
            return false;
        }
        if (target instanceof Target.Single single) {
            return single.annual().signum() > 0;
        }
        ImmutableList<? extends Comparable<?>> columns = target instanceof Target.Graded graded ? graded.columns()
                : target instanceof Target.GradedDates dates ? dates.columns() : null;
        if (columns != null && !strictlyOrdered(columns)) {
            c.add(finding(FindingType.TARGETS_NOT_MONOTONIC).argument("columns", columns)
                    .actual(columns.makeString(" / ")));
            return false;
        }
        return true;
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
                ? Lists.immutable.of(deadline.date())
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
                if (byQuarter && period.isClosed(q) && unit != UnitKind.DATE && method != CalculationMethod.DATE) {
                    c.add(finding(FindingType.QUARTER_MISSING).quarter(q));
                }
                continue;
            }
            if (!period.isClosed(q)) {
                c.add(finding(FindingType.FUTURE_QUARTER_REPORTED).quarter(q).argument("asOf", period.asOf())
                        .actual(value.toString()));
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

    private void overAchievement(Context c, BigDecimal a, BigDecimal target, boolean higherIsBetter) {
        boolean beyond = higherIsBetter ? a.compareTo(target) > 0 : a.compareTo(target) < 0;
        if (beyond && (higherIsBetter || c.indicator.target() instanceof Target.Graded)) {
            c.add(finding(FindingType.OVER_ACHIEVEMENT).argument("achieved", a).argument("target", target)
                    .expected(target.toPlainString()).actual(a.toPlainString()));
        }
    }

    private void reportedFindings(Context c, boolean byQuarter, Value achieved, Optional<BigDecimal> percentAnnual,
            Optional<BigDecimal> percentToDate, BigDecimal score, boolean usable) {
        Indicator indicator = c.indicator;
        Value reportedActual = indicator.reported().actual();
        if (byQuarter && reportedActual.isReported() && !matches(reportedActual, achieved)) {
            c.add(finding(FindingType.REPORTED_TOTAL_MISMATCH).argument("reported", reportedActual)
                    .argument("computed", shown(achieved)).expected(shown(achieved).toString())
                    .actual(reportedActual.toString()));
        }
        Optional<BigDecimal> reportedPercent = indicator.reported().percent();
        if (reportedPercent.isPresent() && usable && indicator.unit().kind() != UnitKind.DATE
                && (achieved.isReported() ? percentAnnual.isPresent() || percentToDate.isPresent() : true)) {
            BigDecimal r = reportedPercent.get();
            ImmutableList<BigDecimal> candidates = achieved.isReported()
                    ? Lists.immutable.fromStream(java.util.stream.Stream.of(percentAnnual, percentToDate)
                            .flatMap(Optional::stream))
                    : Lists.immutable.of(BigDecimal.ZERO);
            if (candidates.noneSatisfy(p -> matches(r, p))) {
                BigDecimal ofAnnual = percentAnnual.orElse(BigDecimal.ZERO);
                BigDecimal toDate = percentToDate.orElse(ofAnnual);
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
