package org.citizencharter.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.rules.facts.Achievement;
import org.citizencharter.rules.facts.IndicatorFact;
import org.citizencharter.rules.facts.IndicatorScore;
import org.citizencharter.rules.facts.ScoreAdjustment;
import org.citizencharter.rules.facts.ScoringContext;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The arithmetic the default rules call, exactly (domain.md §3: a quotient stays an exact fraction
 * until it is written). The rules decide which formula applies; this class only computes it. Not API.
 */
public final class Formulas {

    private static final Fraction FOUR = Fraction.of(4);

    private Formulas() {
    }

    // ---------------------------------------------------------------------------------------------
    // Quarter to year (domain.md §2)

    /**
     * The sum of the closed quarters; an empty closed quarter counts 0 unless the policy says not,
     * and then nothing reported is no achievement.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the achievement, or nothing
     */
    public static Value sum(IndicatorFact indicator, ScoringContext context) {
        QuarterValues quarters = indicator.indicator().quarters();
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (Quarter quarter : context.period().closedQuarters()) {
            BigDecimal amount = amountOf(quarters.get(quarter));
            if (amount != null) {
                sum = sum.add(amount);
                any = true;
            }
        }
        return any || context.policy().missingQuarterCountsZero() ? Value.of(sum) : Value.NOT_REPORTED;
    }

    private static Fraction sum(QuarterValues quarters, ImmutableList<Quarter> counted, ScoringContext context) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (Quarter quarter : counted) {
            BigDecimal amount = amountOf(quarters.get(quarter));
            if (amount != null) {
                sum = sum.add(amount);
                any = true;
            }
        }
        return any || context.policy().missingQuarterCountsZero() ? Fraction.of(sum) : null;
    }

    /**
     * The mean of the closed quarters that were reported, exactly.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the achievement, or null when no closed quarter was reported
     */
    public static Fraction average(IndicatorFact indicator, ScoringContext context) {
        return average(indicator.indicator().quarters(), context.period().closedQuarters());
    }

    private static Fraction average(QuarterValues quarters, ImmutableList<Quarter> counted) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (Quarter quarter : counted) {
            BigDecimal amount = amountOf(quarters.get(quarter));
            if (amount != null) {
                sum = sum.add(amount);
                count++;
            }
        }
        return count == 0 ? null : Fraction.of(sum).over(Fraction.of(count));
    }

    /**
     * The value of the latest closed quarter that was reported.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the achievement, or nothing
     */
    public static Value cumulative(IndicatorFact indicator, ScoringContext context) {
        QuarterValues quarters = indicator.indicator().quarters();
        for (Quarter quarter : context.period().closedQuarters().asReversed()) {
            if (quarters.get(quarter).isReported()) {
                return quarters.get(quarter);
            }
        }
        return Value.NOT_REPORTED;
    }

    private static Fraction cumulative(QuarterValues quarters, ImmutableList<Quarter> counted) {
        for (Quarter quarter : counted.asReversed()) {
            BigDecimal amount = amountOf(quarters.get(quarter));
            if (amount != null) {
                return Fraction.of(amount);
            }
        }
        return null;
    }

    /**
     * The earliest completion date reported in a closed quarter, leaving out dates after the end of the
     * report's quarter (they do not count: FUTURE_QUARTER_REPORTED).
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the achievement, or nothing
     */
    public static Value earliestDate(IndicatorFact indicator, ScoringContext context) {
        return earliestDate(indicator.indicator().quarters(), context.period().closedQuarters(), context.periodEnd());
    }

    private static Value earliestDate(QuarterValues quarters, ImmutableList<Quarter> counted, LocalDate end) {
        LocalDate earliest = null;
        for (Quarter quarter : counted) {
            LocalDate date = quarters.get(quarter).date().orElse(null);
            if (date != null && !date.isAfter(end) && (earliest == null || date.isBefore(earliest))) {
                earliest = date;
            }
        }
        return earliest == null ? Value.NOT_REPORTED : Value.of(earliest);
    }

    /**
     * The reported actual of an annual evaluation, as its achievement; a completion date after the end
     * of the report's quarter does not count.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the achievement
     */
    public static Value reportedActual(IndicatorFact indicator, ScoringContext context) {
        Value actual = indicator.reportedActual();
        LocalDate date = actual.date().orElse(null);
        return date != null && date.isAfter(context.periodEnd()) ? Value.NOT_REPORTED : actual;
    }

    /**
     * What Q1..Q2 give by the indicator's method: the half-year subtotal a report may carry.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the subtotal, an amount, a date or nothing
     */
    public static Value halfYear(IndicatorFact indicator, ScoringContext context) {
        ImmutableList<Quarter> half = org.eclipse.collections.api.factory.Lists.immutable.of(Quarter.Q1, Quarter.Q2);
        QuarterValues quarters = indicator.indicator().quarters();
        if (indicator.unitKind() == org.citizencharter.core.UnitKind.DATE) {
            return earliestDate(quarters, half, context.fiscalYear().endOf(Quarter.Q2));
        }
        Fraction value = switch (indicator.method()) {
            case SUM -> sum(quarters, half, context);
            case AVERAGE -> average(quarters, half);
            case CUMULATIVE -> cumulative(quarters, half);
            case DATE -> null;
        };
        return value == null ? Value.NOT_REPORTED : Value.of(value.toBigDecimal());
    }

    /**
     * An indicator's achievement of an amount with its targets and percents.
     *
     * @param indicator the indicator
     * @param achieved the achievement, exactly, or null when nothing counts
     * @param context the scoring context
     * @param rule the aggregation rule's name
     * @return the achievement fact
     */
    public static Achievement achievement(IndicatorFact indicator, Fraction achieved, ScoringContext context,
            String rule) {
        return achievement(indicator, achieved == null ? Value.NOT_REPORTED : Value.of(achieved.toBigDecimal()),
                achieved, context, rule);
    }

    /**
     * An indicator's achievement (a date, an amount as written, or nothing) with its targets and percents.
     *
     * @param indicator the indicator
     * @param achieved the achievement
     * @param context the scoring context
     * @param rule the aggregation rule's name
     * @return the achievement fact
     */
    public static Achievement achievement(IndicatorFact indicator, Value achieved, ScoringContext context, String rule) {
        BigDecimal amount = amountOf(achieved);
        return achievement(indicator, achieved, amount == null ? null : Fraction.of(amount), context, rule);
    }

    /**
     * The annual target and the target to date (domain.md §2: for a SUM the quarterly targets of the
     * counted quarters or annual × q / 4, graded columns pro rata; otherwise the annual target; dates
     * their deadline or 100 % column), and the percents 100 × A / T and 100 × A / T(q): exact, absent
     * where the divisor is 0 or missing, where nothing is achieved, and where the target is missing or
     * unusable.
     */
    private static Achievement achievement(IndicatorFact indicator, Value achieved, Fraction exact,
            ScoringContext context, String rule) {
        Value annual = Value.NOT_REPORTED;
        Fraction annualAmount = null;
        Fraction toDateAmount = null;
        Value toDate = Value.NOT_REPORTED;
        Target target = indicator.target();
        boolean sum = indicator.method() == CalculationMethod.SUM;
        switch (target.kind()) {
            case SINGLE -> {
                Target.Single single = (Target.Single) target;
                annualAmount = Fraction.of(single.annual());
                toDateAmount = !sum ? annualAmount : targetToDate(indicator.indicator(), single, context);
            }
            case GRADED -> {
                annualAmount = Fraction.of(target.annualAmount().orElseThrow());
                toDateAmount = sum ? annualAmount.times(Fraction.of(context.asOf().number())).over(FOUR) : annualAmount;
            }
            case DEADLINE, GRADED_DATES -> {
                annual = Value.of(target.dates().getLast());
                if (target.kind() == org.citizencharter.core.TargetKind.GRADED_DATES) {
                    annual = Value.of(target.dates().getFirst());
                }
                toDate = annual;
            }
            case NONE -> {
            }
        }
        if (annualAmount != null) {
            annual = Value.of(target.annualAmount().orElseThrow());
            toDate = toDateAmount == annualAmount ? annual : Value.of(toDateAmount.toBigDecimal());
        }
        Fraction ofAnnual = null;
        Fraction ofToDate = null;
        if (exact != null && target.isUsable()) {
            ofAnnual = percent(exact, annualAmount);
            ofToDate = percent(exact, toDateAmount);
        }
        return new Achievement(indicator, achieved, exact, annual, toDate, ofAnnual, ofToDate, rule);
    }

    private static Fraction targetToDate(Indicator indicator, Target.Single single, ScoringContext context) {
        ImmutableList<Quarter> closed = context.period().closedQuarters();
        ImmutableList<Quarter> counted = context.policy().missingQuarterCountsZero() ? closed
                : closed.select(quarter -> indicator.quarters().get(quarter).isReported());
        if (single.hasQuarterlyTargets()) {
            BigDecimal due = BigDecimal.ZERO;
            for (Quarter quarter : counted) {
                due = due.add(single.quarterly(quarter));
            }
            return Fraction.of(due);
        }
        return Fraction.of(single.annual()).times(Fraction.of(counted.size())).over(FOUR);
    }

    private static Fraction percent(Fraction achieved, Fraction target) {
        return target == null || target.isZero() ? null : Fraction.HUNDRED.times(achieved).over(target);
    }

    // Scoring (domain.md §3) is stated in scoring.drl itself, on Fraction, Target and IndicatorScore.

    // ---------------------------------------------------------------------------------------------
    // Matching what the office wrote (domain.md §4)

    /**
     * Whether a reported number matches a computed one at the precision the office wrote, within the
     * policy's tolerance ("100" matches 99.6; "2.78" matches an exact 2.775).
     *
     * @param reported the reported number
     * @param computed the computed figure, exact
     * @param context the scoring context
     * @return true if they match
     */
    public static boolean matches(BigDecimal reported, Fraction computed, ScoringContext context) {
        return computed.round(reported.scale()).subtract(reported).abs().compareTo(context.policy().tolerance()) <= 0;
    }

    /**
     * Whether a reported actual (or half-year subtotal) matches what the quarters give: dates exactly,
     * numbers at the precision written; nothing computed matches nothing.
     *
     * @param reported the reported value
     * @param computed the computed value (an amount to 34 significant digits is exact enough: it is
     *     compared at the precision the office wrote)
     * @param exact the computed amount exactly, or null
     * @param context the scoring context
     * @return true if they match
     */
    public static boolean matches(Value reported, Value computed, Fraction exact, ScoringContext context) {
        BigDecimal reportedAmount = amountOf(reported);
        if (reportedAmount != null && exact != null) {
            return matches(reportedAmount, exact, context);
        }
        return reported.equals(computed);
    }

    /**
     * Whether a reported actual matches the achievement.
     *
     * @param reported the reported actual
     * @param achievement the achievement
     * @param context the scoring context
     * @return true if they match
     */
    public static boolean actualMatches(Value reported, Achievement achievement, ScoringContext context) {
        return matches(reported, achievement.value(), achievement.exact(), context);
    }

    /**
     * Whether a reported half-year subtotal matches what Q1..Q2 give.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return true if it matches
     */
    public static boolean halfYearMatches(IndicatorFact indicator, ScoringContext context) {
        Value computed = halfYear(indicator, context);
        BigDecimal amount = amountOf(computed);
        Fraction exact = amount == null ? null : exactHalfYear(indicator, context);
        return matches(indicator.reportedHalfYear(), computed, exact, context);
    }

    private static Fraction exactHalfYear(IndicatorFact indicator, ScoringContext context) {
        ImmutableList<Quarter> half = org.eclipse.collections.api.factory.Lists.immutable.of(Quarter.Q1, Quarter.Q2);
        QuarterValues quarters = indicator.indicator().quarters();
        return switch (indicator.method()) {
            case SUM -> sum(quarters, half, context);
            case AVERAGE -> average(quarters, half);
            case CUMULATIVE -> cumulative(quarters, half);
            case DATE -> null;
        };
    }

    /**
     * Whether a reported percent matches the percent of the annual target or of the target to date;
     * when nothing was achieved, it must be 0.
     *
     * @param reported the reported percent
     * @param achievement the achievement, with its percents
     * @param context the scoring context
     * @return true if it matches either
     */
    public static boolean percentMatches(BigDecimal reported, Achievement achievement, ScoringContext context) {
        if (!achievement.reported()) {
            return reported.signum() == 0 || matches(reported, Fraction.ZERO, context);
        }
        return achievement.ofAnnualTarget() != null && matches(reported, achievement.ofAnnualTarget(), context)
                || achievement.ofTargetToDate() != null && matches(reported, achievement.ofTargetToDate(), context);
    }

    /**
     * Whether a reported percent can be checked: nothing was achieved, or a percent was computed.
     *
     * @param achievement the achievement, with its percents
     * @return true if it can
     */
    public static boolean percentCheckable(Achievement achievement) {
        return !achievement.reported()
                || achievement.exact() != null && (achievement.ofAnnualTarget() != null
                        || achievement.ofTargetToDate() != null);
    }

    /**
     * An indicator's final score: the scoring rule's, or the lowest of the authors' adjustments, clamped
     * to 0..weight.
     *
     * @param indicator the indicator
     * @param scored the scoring rule's result
     * @param adjustments the {@link ScoreAdjustment}s for the indicator, in the order inserted
     * @return the final score, exact
     */
    public static Fraction finalScore(IndicatorFact indicator, IndicatorScore scored, Collection<?> adjustments) {
        if (adjustments.isEmpty()) {
            return scored.score();
        }
        Fraction lowest = null;
        for (Object each : adjustments) {
            Fraction score = Fraction.of(((ScoreAdjustment) each).score());
            lowest = lowest == null ? score : lowest.min(score);
        }
        return lowest.max(Fraction.ZERO).min(indicator.w());
    }

    /**
     * A computed figure as a finding shows it: rounded to the policy's scale, without trailing zeros.
     *
     * @param value the exact figure
     * @param context the scoring context
     * @return the figure for display
     */
    public static BigDecimal shown(Fraction value, ScoringContext context) {
        return stripped(value.round(context.policy().roundingScale()));
    }

    /**
     * A computed value as a finding shows it: amounts rounded as {@link #shown(Fraction, ScoringContext)}.
     *
     * @param value the value
     * @param context the scoring context
     * @return the value for display
     */
    public static Value shown(Value value, ScoringContext context) {
        BigDecimal amount = amountOf(value);
        return amount != null ? Value.of(stripped(context.policy().round(amount))) : value;
    }

    private static BigDecimal stripped(BigDecimal rounded) {
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** The amount of a value, or null: {@code Value.amount()} would make an {@code Optional} each time. */
    private static BigDecimal amountOf(Value value) {
        return value instanceof Value.Amount amount ? amount.value() : null;
    }
}
