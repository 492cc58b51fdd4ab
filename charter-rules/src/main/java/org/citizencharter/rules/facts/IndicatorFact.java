package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Direction;
import org.citizencharter.core.Explanation;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.Weight;
import java.util.Optional;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Target;
import org.citizencharter.core.TargetKind;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * An indicator of the plan being scored, with accessors for rule conditions.
 *
 * <p>Derived facts about the indicator ({@link Achievement}, {@link IndicatorScore}) refer to it by
 * {@link #index()}, so that a rule joins them with {@code Achievement( index == $i.index )}. The values
 * the office wrote that break a rule of the catalogue come as lists ({@link #missingQuarters()},
 * {@link #negativeValues()}, ...), for rules to match with {@code from}; most are empty. Immutable.
 *
 * @param index the indicator's position in the plan, from 0
 * @param area the code of its area
 * @param activity the code of its activity
 * @param indicator the indicator
 * @param period the period the plan is scored as of
 * @param byQuarter whether the plan reports by quarter (see {@link ScoringContext#byQuarter()})
 * @param primaryIndex for an alternative indicator (domain.md §3), the index of its primary; else -1
 * @param countedWeight the weight the indicator is scored with: its own, or for an alternative its
 *     primary's; empty where there is none (WEIGHT_MISSING)
 * @param hasAlternative whether an alternative indicator has this one as its primary (its
 *     {@code primaryIndex} is this index): the scoring rules look for a primary's achievement only
 *     among these, which keeps every other achievement out of their {@code not} nodes
 */
public record IndicatorFact(int index, AreaCode area, ActivityCode activity, Indicator indicator,
        ReportingPeriod period, boolean byQuarter, int primaryIndex, Optional<Weight> countedWeight,
        boolean hasAlternative) {

    /** The four quarters, kept: {@code Quarter.values()} copies its array at every call. */
    private static final Quarter[] QUARTERS = Quarter.values();

    /**
     * Checks the parts.
     *
     * @param index the position
     * @param area the area's code
     * @param activity the activity's code
     * @param indicator the indicator
     * @param period the period
     * @param byQuarter whether the plan reports by quarter
     * @param primaryIndex the index of the primary, or -1
     * @param countedWeight the weight it is scored with, or empty
     * @param hasAlternative whether an alternative has it as its primary
     */
    public IndicatorFact {
        requireNonNull(countedWeight, "countedWeight");
        requireNonNull(area, "area");
        requireNonNull(activity, "activity");
        requireNonNull(indicator, "indicator");
        requireNonNull(period, "period");
    }

    /**
     * The indicator's code.
     *
     * @return the code
     */
    public IndicatorCode code() {
        return indicator.code();
    }

    /**
     * What the indicator measures. (Not called {@code unit}: that is a keyword of the rule language.)
     *
     * @return the unit's kind
     */
    public UnitKind unitKind() {
        return indicator.unit().kind();
    }

    /**
     * How its quarters make its achievement.
     *
     * @return the method
     */
    public CalculationMethod method() {
        return indicator.method();
    }

    /**
     * Whether more or less is better.
     *
     * @return the polarity
     */
    public Polarity polarity() {
        return indicator.polarity();
    }

    /**
     * An indicator of the plan that is not an alternative, scored with its own weight.
     *
     * @param index its position
     * @param area its area's code
     * @param activity its activity's code
     * @param indicator the indicator
     * @param period the period
     * @param byQuarter whether the plan reports by quarter
     */
    public IndicatorFact(int index, AreaCode area, ActivityCode activity, Indicator indicator, ReportingPeriod period,
            boolean byQuarter) {
        this(index, area, activity, indicator, period, byQuarter, -1, indicator.weight(), false);
    }

    /**
     * An indicator of the plan that no alternative names as its primary.
     *
     * @param index its position
     * @param area its area's code
     * @param activity its activity's code
     * @param indicator the indicator
     * @param period the period
     * @param byQuarter whether the plan reports by quarter
     * @param primaryIndex the index of its primary, or -1
     * @param countedWeight the weight it is scored with, or empty
     */
    public IndicatorFact(int index, AreaCode area, ActivityCode activity, Indicator indicator, ReportingPeriod period,
            boolean byQuarter, int primaryIndex, Optional<Weight> countedWeight) {
        this(index, area, activity, indicator, period, byQuarter, primaryIndex, countedWeight, false);
    }

    /**
     * The same indicator, marked as the primary of an alternative.
     *
     * @return the fact with {@link #hasAlternative()} true
     */
    public IndicatorFact asPrimary() {
        return new IndicatorFact(index, area, activity, indicator, period, byQuarter, primaryIndex, countedWeight, true);
    }

    /**
     * The weight the indicator is scored with (its primary's, for an alternative).
     *
     * @return the weight as a number, 0 where it has none
     */
    public BigDecimal weight() {
        return countedWeight.isPresent() ? countedWeight.get().value() : BigDecimal.ZERO;
    }

    /**
     * The weight the indicator is scored with, exactly, for formulas: w.
     *
     * @return the weight, 0 where it has none
     */
    public Fraction w() {
        return Fraction.of(weight());
    }

    /**
     * Whether the indicator has a weight to be scored with: its own, or its primary's.
     *
     * @return false where the weight is missing (it is then unscored)
     */
    public boolean weighted() {
        return countedWeight.isPresent();
    }

    /**
     * Whether the indicator is an alternative to another ([1.1.1.1] under [1.1.1]): it is scored, with
     * its primary's weight, only where the primary has no achievement.
     *
     * @return true for an alternative
     */
    public boolean alternative() {
        return primaryIndex >= 0;
    }

    /**
     * Whether the plan lacks this indicator's weight: it has none, and is not an alternative.
     *
     * @return true for WEIGHT_MISSING
     */
    public boolean weightMissing() {
        return indicator.weight().isEmpty() && !alternative();
    }

    /**
     * Which way an achievement is better: the polarity for a single target, the columns' order for
     * graded ones, earlier for dates.
     *
     * @return the direction
     */
    public Direction direction() {
        return indicator.target().direction(indicator.polarity());
    }

    /**
     * The indicator's target.
     *
     * @return the target
     */
    public Target target() {
        return indicator.target();
    }

    /**
     * The kind of the indicator's target.
     *
     * @return the kind
     */
    public TargetKind targetKind() {
        return indicator.target().kind();
    }

    /**
     * The id of the formula the indicator's target is scored by ({@link Explanation}):
     * by its target's kind, and for a single target its polarity.
     *
     * @return the formula's id
     */
    public String formula() {
        return switch (indicator.target().kind()) {
            case SINGLE -> indicator.polarity() == Polarity.LOWER ? Explanation.SINGLE_TARGET_LOWER
                    : Explanation.SINGLE_TARGET;
            case GRADED -> Explanation.GRADED;
            case DEADLINE -> Explanation.DEADLINE;
            case GRADED_DATES -> Explanation.GRADED_DATE;
            case NONE -> Explanation.UNSCORED;
        };
    }

    /**
     * Whether the indicator's code extends its activity's.
     *
     * @return true if it does
     */
    public boolean codeInPlace() {
        return indicator.code().isWithin(activity);
    }

    /**
     * The single annual target, or the 100 % column of a graded one.
     *
     * @return the value, or null for dates and no target
     */
    public BigDecimal annualTarget() {
        return indicator.target().annualAmount().orElse(null);
    }

    /**
     * Whether the target is missing (TARGET_MISSING): none (a date without a deadline), a zero single
     * target, fewer than five graded columns.
     *
     * @return true if so
     */
    public boolean targetMissing() {
        return indicator.target().isMissing();
    }

    /**
     * Whether graded targets (values or dates) are strictly ordered in one direction; true for other targets.
     *
     * @return true unless a graded target is out of order
     */
    public boolean gradedOrdered() {
        return indicator.target().isOrdered();
    }

    /**
     * Whether the target can be scored against (domain.md §3): see {@link Target#isUsable()}.
     *
     * @return true if it can
     */
    public boolean targetUsable() {
        return indicator.target().isUsable();
    }

    /**
     * Whether more is better: see {@link #direction()}.
     *
     * @return true unless less (or earlier) is better
     */
    public boolean higherIsBetter() {
        return direction() == Direction.HIGHER;
    }

    /**
     * The columns of a graded target, values or dates, from the 100 % column.
     *
     * @return the columns, or an empty list for other targets
     */
    public ImmutableList<?> gradedColumns() {
        Target target = indicator.target();
        return target.kind() == TargetKind.GRADED ? target.amounts()
                : target.kind() == TargetKind.GRADED_DATES ? target.dates() : Lists.immutable.empty();
    }

    /**
     * Whether the quarterly targets, if a single target has them, add up to the annual target.
     *
     * @return false only when there are quarterly targets and their sum differs
     */
    public boolean quarterlyTargetsAddUp() {
        BigDecimal sum = quarterlyTargetSum();
        return sum == null || sum.compareTo(((Target.Single) indicator.target()).annual()) == 0;
    }

    /**
     * The sum of the quarterly targets, when a single target has them.
     *
     * @return the sum, or null when there are none
     */
    public BigDecimal quarterlyTargetSum() {
        if (indicator.target() instanceof Target.Single single && single.hasQuarterlyTargets()) {
            return single.quarterly().injectInto(BigDecimal.ZERO, BigDecimal::add);
        }
        return null;
    }

    /**
     * Whether an achievement is better than the usable annual target in the indicator's direction
     * (OVER_ACHIEVEMENT): above it, or below it when less is better; beyond the 100 % column of a
     * graded target. Never for dates.
     *
     * @param achieved the achievement
     * @return true if it is beyond
     */
    public boolean beyondTarget(BigDecimal achieved) {
        BigDecimal target = annualTarget();
        return target != null && indicator.target().isUsable() && direction().isBetter(achieved, target);
    }

    /**
     * The first target value outside 0..100, for a percent indicator.
     *
     * @return the value, or null if all are within range or the indicator is not a percent
     */
    public BigDecimal percentTargetOutOfRange() {
        return unitKind() == UnitKind.PERCENT ? indicator.target().amounts().detect(ValueFact::outsidePercentRange)
                : null;
    }

    /**
     * The first negative value among the targets (annual, quarterly, graded columns).
     *
     * @return the value, or null if none is negative
     */
    public BigDecimal negativeTarget() {
        return indicator.target().amounts().detect(value -> value.signum() < 0);
    }

    /**
     * The first target date outside the fiscal year (deadline and its range, or graded date columns).
     *
     * @return the date, or null if all are within it
     */
    public java.time.LocalDate targetDateOutsideYear() {
        FiscalYear year = period.fiscalYear();
        return indicator.target().dates().detect(date -> !year.contains(date));
    }

    /**
     * The last day on which completing a date indicator still earns marks: the deadline (a range's
     * last day); for graded dates the 60 % column when earlier is better, else the year's last day.
     *
     * @return the date, or null for other targets
     */
    public java.time.LocalDate lastAcceptedDay() {
        return indicator.target().lastScoringDay(period.fiscalYear()).orElse(null);
    }

    /**
     * Whether a closed quarter has nothing reported: a cheap guard before {@link #missingQuarters()}.
     *
     * @return true if one has
     */
    public boolean anyMissingQuarter() {
        QuarterValues quarters = indicator.quarters();
        for (Quarter quarter : period.closedQuarters()) {
            if (!quarters.get(quarter).isReported()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closed quarters with nothing reported.
     *
     * @return the quarters, in order; usually none
     */
    public ImmutableList<Quarter> missingQuarters() {
        return anyMissingQuarter()
                ? period.closedQuarters().reject(quarter -> indicator.quarters().get(quarter).isReported())
                : Lists.immutable.empty();
    }

    /**
     * Whether a quarter after the report's has a value: a cheap guard before {@link #futureValues()}.
     *
     * @return true if one has
     */
    public boolean anyFutureValue() {
        for (Quarter quarter : QUARTERS) {
            if (!period.isClosed(quarter) && indicator.quarters().get(quarter).isReported()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values reported for quarters after the report's.
     *
     * @return the values, in order; usually none
     */
    public ImmutableList<ValueFact> futureValues() {
        return anyFutureValue() ? written().reject(ValueFact::closed) : Lists.immutable.empty();
    }

    /**
     * Whether a value written is a negative amount: a cheap guard before {@link #negativeValues()}.
     *
     * @return true if one is
     */
    public boolean anyNegativeValue() {
        return anyWritten(value -> value.signum() < 0);
    }

    /**
     * The negative amounts written: quarterly values and the reported actual.
     *
     * @return the values, quarters first; usually none
     */
    public ImmutableList<ValueFact> negativeValues() {
        return anyNegativeValue() ? written().select(ValueFact::negative) : Lists.immutable.empty();
    }

    /**
     * Whether a percent indicator has an amount written outside 0..100: a cheap guard before
     * {@link #percentsOutOfRange()}.
     *
     * @return true if it has
     */
    public boolean anyPercentOutOfRange() {
        return unitKind() == UnitKind.PERCENT && anyWritten(ValueFact::outsidePercentRange);
    }

    /**
     * For a percent indicator, the amounts written outside 0..100.
     *
     * @return the values, quarters first; none for other indicators
     */
    public ImmutableList<ValueFact> percentsOutOfRange() {
        return anyPercentOutOfRange() ? written().select(ValueFact::outsidePercentRange) : Lists.immutable.empty();
    }

    /**
     * Whether a completion date written falls outside the fiscal year: a cheap guard before
     * {@link #datesOutsideYear()}.
     *
     * @return true if one does
     */
    public boolean anyDateOutsideYear() {
        if (unitKind() != UnitKind.DATE) {
            return false;
        }
        FiscalYear year = period.fiscalYear();
        for (Quarter quarter : QUARTERS) {
            java.time.LocalDate date = indicator.quarters().get(quarter).date().orElse(null);
            if (date != null && !year.contains(date)) {
                return true;
            }
        }
        java.time.LocalDate actual = indicator.reported().actual().date().orElse(null);
        return actual != null && !year.contains(actual);
    }

    /**
     * The completion dates written outside the fiscal year.
     *
     * @return the values, quarters first; usually none
     */
    public ImmutableList<ValueFact> datesOutsideYear() {
        if (!anyDateOutsideYear()) {
            return Lists.immutable.empty();
        }
        FiscalYear year = period.fiscalYear();
        return written().select(value -> value.date() != null && !year.contains(value.date()));
    }

    /**
     * The completion dates that do not count because they fall after the end of the report's quarter
     * (FUTURE_QUARTER_REPORTED): dates in the columns of closed quarters, and in an annual evaluation
     * the reported actual.
     *
     * @return the values; usually none
     */
    public ImmutableList<ValueFact> lateCompletionDates() {
        if (unitKind() != UnitKind.DATE) {
            return Lists.immutable.empty();
        }
        java.time.LocalDate end = period.end();
        MutableList<ValueFact> late = Lists.mutable.empty();
        for (Quarter quarter : QUARTERS) {
            java.time.LocalDate date = indicator.quarters().get(quarter).date().orElse(null);
            if (date != null && period.isClosed(quarter) && date.isAfter(end)) {
                late.add(new ValueFact(index, quarter, indicator.quarters().get(quarter), true));
            }
        }
        java.time.LocalDate actual = indicator.reported().actual().date().orElse(null);
        if (!byQuarter && actual != null && actual.isAfter(end)) {
            late.add(new ValueFact(index, null, indicator.reported().actual(), true));
        }
        return late.toImmutable();
    }

    /**
     * Whether a completion date falls after the end of the report's quarter: a guard before
     * {@link #lateCompletionDates()}.
     *
     * @return true if one does
     */
    public boolean anyLateCompletionDate() {
        return unitKind() == UnitKind.DATE && lateCompletionDates().notEmpty();
    }

    /**
     * The completion dates written in the column of a quarter they do not fall in
     * (COMPLETION_DATE_MISPLACED).
     *
     * @return the values; usually none
     */
    public ImmutableList<ValueFact> misplacedCompletionDates() {
        if (unitKind() != UnitKind.DATE) {
            return Lists.immutable.empty();
        }
        FiscalYear year = period.fiscalYear();
        MutableList<ValueFact> misplaced = Lists.mutable.empty();
        for (Quarter quarter : QUARTERS) {
            java.time.LocalDate date = indicator.quarters().get(quarter).date().orElse(null);
            if (date != null && (date.isBefore(year.startOf(quarter)) || date.isAfter(year.endOf(quarter)))) {
                misplaced.add(new ValueFact(index, quarter, indicator.quarters().get(quarter),
                        period.isClosed(quarter)));
            }
        }
        return misplaced.toImmutable();
    }

    /**
     * Whether a completion date stands in the column of a quarter it does not fall in: a guard before
     * {@link #misplacedCompletionDates()}.
     *
     * @return true if one does
     */
    public boolean anyMisplacedCompletionDate() {
        return unitKind() == UnitKind.DATE && misplacedCompletionDates().notEmpty();
    }

    /**
     * The half-year subtotal (অর্ধবার্ষিক) the office reported.
     *
     * @return the value, or {@link Value#NOT_REPORTED}
     */
    public Value reportedHalfYear() {
        return indicator.reported().halfYear();
    }

    /**
     * Whether a half-year subtotal can be checked: the office wrote one, the plan reports by quarter
     * and the half year (Q2) has closed.
     *
     * @return true if it can
     */
    public boolean halfYearCheckable() {
        return byQuarter && indicator.reported().halfYear().isReported() && period.isClosed(Quarter.Q2);
    }

    /**
     * Whether a CUMULATIVE series goes down: a cheap guard before {@link #decreases()}.
     *
     * @return true if it does
     */
    public boolean anyDecrease() {
        if (indicator.method() != CalculationMethod.CUMULATIVE) {
            return false;
        }
        BigDecimal previous = null;
        for (Quarter quarter : period.closedQuarters()) {
            BigDecimal amount = ValueFact.amountOf(indicator.quarters().get(quarter));
            if (amount != null) {
                if (previous != null && amount.compareTo(previous) < 0) {
                    return true;
                }
                previous = amount;
            }
        }
        return false;
    }

    /**
     * For a CUMULATIVE indicator, each reported closed quarter whose value is below the previous reported one.
     *
     * @return the decreases, in order; none for other methods
     */
    public ImmutableList<Decrease> decreases() {
        if (!anyDecrease()) {
            return Lists.immutable.empty();
        }
        MutableList<Decrease> decreases = Lists.mutable.empty();
        BigDecimal previous = null;
        for (Quarter quarter : period.closedQuarters()) {
            BigDecimal amount = ValueFact.amountOf(indicator.quarters().get(quarter));
            if (amount != null) {
                if (previous != null && amount.compareTo(previous) < 0) {
                    decreases.add(new Decrease(quarter, previous, amount));
                }
                previous = amount;
            }
        }
        return decreases.toImmutable();
    }

    /** Whether an amount written (a quarter or the reported actual) satisfies a test, without allocating. */
    private boolean anyWritten(java.util.function.Predicate<BigDecimal> test) {
        QuarterValues quarters = indicator.quarters();
        for (Quarter quarter : QUARTERS) {
            if (quarters.get(quarter) instanceof Value.Amount amount && test.test(amount.value())) {
                return true;
            }
        }
        return indicator.reported().actual() instanceof Value.Amount amount && test.test(amount.value());
    }

    /** Every value written: the quarters reported, then the reported actual if there is one. */
    private ImmutableList<ValueFact> written() {
        MutableList<ValueFact> values = Lists.mutable.empty();
        for (Quarter quarter : Quarter.all()) {
            Value value = indicator.quarters().get(quarter);
            if (value.isReported()) {
                values.add(new ValueFact(index, quarter, value, period.isClosed(quarter)));
            }
        }
        if (indicator.reported().actual().isReported()) {
            values.add(new ValueFact(index, null, indicator.reported().actual(), true));
        }
        return values.toImmutable();
    }

    /**
     * Whether the last day a date target accepts has passed by the end of the reported quarter.
     *
     * @return true if the deadline (or the 60 % column of graded dates) is before the period's end; false
     *     for other targets
     */
    public boolean deadlinePassed() {
        java.time.LocalDate last = lastAcceptedDay();
        return last != null && last.isBefore(period.end());
    }

    /**
     * The actual achievement the office reported.
     *
     * @return the value, or {@link Value#NOT_REPORTED}
     */
    public Value reportedActual() {
        return indicator.reported().actual();
    }

    /**
     * Whether the office reported an actual achievement.
     *
     * @return true if it did
     */
    public boolean hasReportedActual() {
        return indicator.reported().actual().isReported();
    }

    /**
     * The percent achieved the office reported.
     *
     * @return the percent, or null
     */
    public BigDecimal reportedPercent() {
        return indicator.reported().percent().orElse(null);
    }

    /**
     * The score the office reported.
     *
     * @return the score, or null
     */
    public BigDecimal reportedScore() {
        return indicator.reported().score().orElse(null);
    }
}
