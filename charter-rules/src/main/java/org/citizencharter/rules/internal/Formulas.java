package org.citizencharter.rules.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Explanation;
import org.citizencharter.core.Grade;
import org.citizencharter.core.GradeBand;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.rules.facts.Achievement;
import org.citizencharter.rules.facts.IndicatorFact;
import org.citizencharter.rules.facts.IndicatorScore;
import org.citizencharter.rules.facts.ScoreAdjustment;
import org.citizencharter.rules.facts.ScoringContext;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The arithmetic the default rules call: exact decimals, divisions at the policy's precision, no
 * rounding. The rules decide which formula applies; this class only computes it. Not API.
 */
public final class Formulas {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

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
     * @return the achievement
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

    /**
     * The mean of the closed quarters that were reported.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the achievement, or nothing when no closed quarter was reported
     */
    public static Value average(IndicatorFact indicator, ScoringContext context) {
        QuarterValues quarters = indicator.indicator().quarters();
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (Quarter quarter : context.period().closedQuarters()) {
            BigDecimal amount = amountOf(quarters.get(quarter));
            if (amount != null) {
                sum = sum.add(amount);
                count++;
            }
        }
        return count == 0 ? Value.NOT_REPORTED
                : Value.of(sum.divide(BigDecimal.valueOf(count), context.mathContext()));
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

    /**
     * The earliest completion date reported in a closed quarter.
     *
     * @param indicator the indicator
     * @param context the scoring context
     * @return the achievement, or nothing
     */
    public static Value earliestDate(IndicatorFact indicator, ScoringContext context) {
        LocalDate earliest = null;
        for (Quarter quarter : context.period().closedQuarters()) {
            LocalDate date = indicator.indicator().quarters().get(quarter).date().orElse(null);
            if (date != null && (earliest == null || date.isBefore(earliest))) {
                earliest = date;
            }
        }
        return earliest == null ? Value.NOT_REPORTED : Value.of(earliest);
    }

    /**
     * An indicator's achievement with its targets and percents: the annual target and the target to
     * date (for a SUM, the quarterly targets of the counted quarters or annual × quarters / 4; otherwise
     * the annual target; graded targets use their 100 % column, pro rata for a SUM; dates their first
     * column or deadline), and 100 × A / T, 100 × A / T(q).
     *
     * @param indicator the indicator
     * @param achieved the achievement the aggregation rule computed
     * @param context the scoring context
     * @param rule the aggregation rule's name
     * @return the achievement fact
     */
    public static Achievement achievement(IndicatorFact indicator, Value achieved, ScoringContext context, String rule) {
        Value annual = Value.NOT_REPORTED;
        Value toDate = Value.NOT_REPORTED;
        Target target = indicator.target();
        Indicator model = indicator.indicator();
        boolean sum = model.method() == CalculationMethod.SUM;
        if (target instanceof Target.Single single) {
            annual = Value.of(single.annual());
            if (!sum) {
                toDate = annual;
            } else if (single.hasQuarterlyTargets()) {
                BigDecimal due = BigDecimal.ZERO;
                for (Quarter quarter : countedQuarters(model, context)) {
                    due = due.add(single.quarterly(quarter));
                }
                toDate = Value.of(due);
            } else {
                toDate = Value.of(single.annual().multiply(BigDecimal.valueOf(countedQuarters(model, context).size()))
                        .divide(FOUR, context.mathContext()));
            }
        } else if (target instanceof Target.Graded graded) {
            BigDecimal best = graded.column(Grade.EXCELLENT);
            annual = Value.of(best);
            toDate = Value.of(sum ? prorate(best, context) : best);
        } else if (target instanceof Target.Deadline deadline) {
            annual = Value.of(deadline.date());
            toDate = annual;
        } else if (target instanceof Target.GradedDates dates) {
            annual = Value.of(dates.column(Grade.EXCELLENT));
            toDate = annual;
        }
        BigDecimal amount = amountOf(achieved);
        BigDecimal ofAnnual = amount == null ? null : percent(amount, amountOf(annual), context.mathContext());
        BigDecimal ofToDate = amount == null ? null : percent(amount, amountOf(toDate), context.mathContext());
        return new Achievement(indicator, achieved, annual, toDate, ofAnnual, ofToDate, rule);
    }

    /** The closed quarters a SUM's target to date counts: all, or under the policy only the reported ones. */
    private static ImmutableList<Quarter> countedQuarters(Indicator indicator, ScoringContext context) {
        ImmutableList<Quarter> closed = context.period().closedQuarters();
        return context.policy().missingQuarterCountsZero() ? closed
                : closed.select(quarter -> indicator.quarters().get(quarter).isReported());
    }

    private static BigDecimal prorate(BigDecimal annual, ScoringContext context) {
        return annual.multiply(BigDecimal.valueOf(context.asOf().number())).divide(FOUR, context.mathContext());
    }

    private static BigDecimal percent(BigDecimal achieved, BigDecimal target, MathContext mathContext) {
        return target == null || target.signum() == 0 ? null : achieved.multiply(HUNDRED).divide(target, mathContext);
    }

    // ---------------------------------------------------------------------------------------------
    // Scoring (domain.md §3)

    /**
     * A single target: w × min(1, A / T), or w × min(1, T / A) when lower is better, never below 0; the
     * on-track score against the target to date (full when nothing is due yet).
     *
     * @param indicator the indicator
     * @param achievement its achievement, an amount, with its targets
     * @param context the scoring context
     * @param rule the scoring rule's name
     * @return the score
     */
    public static IndicatorScore single(IndicatorFact indicator, Achievement achievement, ScoringContext context,
            String rule) {
        Achievement targets = achievement;
        BigDecimal w = indicator.weight();
        BigDecimal a = achievement.amount();
        boolean lower = indicator.polarity() == Polarity.LOWER;
        BigDecimal score = w.multiply(ratio(a, targets.annualAmount(), lower, context.mathContext()));
        BigDecimal onTrack = w.multiply(ratio(a, targets.toDateAmount(), lower, context.mathContext()));
        String detail = (lower ? "w × min(1, T / A) = " : "w × min(1, A / T) = ") + plain(w) + " × min(1, "
                + (lower ? plain(targets.annualAmount()) + " / " + plain(a) : plain(a) + " / "
                + plain(targets.annualAmount())) + ")";
        return new IndicatorScore(indicator, ScoreStatus.SCORED, score, onTrack,
                lower ? Explanation.SINGLE_TARGET_LOWER : Explanation.SINGLE_TARGET, detail, null, rule);
    }

    /** min(1, A / T) or min(1, T / A), at least 0; 1 when the target is not above zero or A is zero (lower). */
    private static BigDecimal ratio(BigDecimal a, BigDecimal t, boolean lower, MathContext mathContext) {
        BigDecimal ratio;
        if (!lower) {
            ratio = t.signum() <= 0 ? BigDecimal.ONE : a.divide(t, mathContext);
        } else {
            ratio = a.signum() == 0 ? BigDecimal.ONE : t.divide(a, mathContext);
        }
        return ratio.min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }

    /**
     * Five graded values: linear between the two columns the achievement fell between, 100 at or
     * beyond the 100 % column, 0 short of the 60 % column; w × raw / 100. For a SUM the on-track score
     * uses the columns pro rata.
     *
     * @param indicator the indicator, with a graded target whose columns are strictly ordered
     * @param achievement its achievement, an amount
     * @param context the scoring context
     * @param rule the scoring rule's name
     * @return the score
     */
    public static IndicatorScore graded(IndicatorFact indicator, Achievement achievement, ScoringContext context,
            String rule) {
        ImmutableList<BigDecimal> columns = ((Target.Graded) indicator.target()).columns();
        BigDecimal a = achievement.amount();
        Interpolation at = interpolate(a, columns, context.mathContext());
        ImmutableList<BigDecimal> toDate = indicator.method() == CalculationMethod.SUM
                ? columns.collect(column -> prorate(column, context)) : columns;
        BigDecimal w = indicator.weight();
        return new IndicatorScore(indicator, ScoreStatus.SCORED, w.multiply(at.raw).movePointLeft(2),
                w.multiply(interpolate(a, toDate, context.mathContext()).raw).movePointLeft(2), Explanation.GRADED,
                "w × raw / 100 = " + plain(w) + " × " + plain(at.raw) + " / 100", at.band, rule);
    }

    /**
     * Five graded dates: the graded formula on day numbers.
     *
     * @param indicator the indicator, with graded dates strictly ordered
     * @param achievement the completion date
     * @param context the scoring context
     * @param rule the scoring rule's name
     * @return the score
     */
    public static IndicatorScore gradedDates(IndicatorFact indicator, Achievement achievement, ScoringContext context,
            String rule) {
        ImmutableList<BigDecimal> days = ((Target.GradedDates) indicator.target()).columns()
                .collect(date -> BigDecimal.valueOf(date.toEpochDay()));
        Interpolation at = interpolate(BigDecimal.valueOf(achievement.date().toEpochDay()), days, context.mathContext());
        BigDecimal w = indicator.weight();
        BigDecimal score = w.multiply(at.raw).movePointLeft(2);
        return new IndicatorScore(indicator, ScoreStatus.SCORED, score, score, Explanation.GRADED_DATE,
                "w × raw / 100 = " + plain(w) + " × " + plain(at.raw) + " / 100 (on day numbers)", at.band, rule);
    }

    private record Interpolation(BigDecimal raw, GradeBand band) {
    }

    /**
     * raw = g_low + 10 × (A − T_low) / (T_high − T_low), between the best column reached and the next.
     * Works for both directions, since the signs of the two differences agree.
     */
    private static Interpolation interpolate(BigDecimal a, ImmutableList<BigDecimal> columns, MathContext mathContext) {
        int direction = columns.getFirst().compareTo(columns.getLast()) > 0 ? 1 : -1;
        for (Grade grade : Grade.values()) {
            BigDecimal threshold = columns.get(grade.ordinal());
            if (a.compareTo(threshold) * direction >= 0) {
                if (grade == Grade.EXCELLENT) {
                    return new Interpolation(HUNDRED, GradeBand.reached(grade));
                }
                BigDecimal next = columns.get(grade.ordinal() - 1);
                BigDecimal fraction = a.subtract(threshold).divide(next.subtract(threshold), mathContext);
                return new Interpolation(BigDecimal.valueOf(grade.percent()).add(BigDecimal.TEN.multiply(fraction)),
                        GradeBand.reached(grade));
            }
        }
        return new Interpolation(BigDecimal.ZERO, GradeBand.belowAll());
    }

    /**
     * A deadline: the weight if completed on or before it, else 0.
     *
     * @param indicator the indicator
     * @param achievement the completion date
     * @param rule the scoring rule's name
     * @return the score
     */
    public static IndicatorScore deadline(IndicatorFact indicator, Achievement achievement, String rule) {
        LocalDate deadline = ((Target.Deadline) indicator.target()).date();
        boolean inTime = !achievement.date().isAfter(deadline);
        BigDecimal score = inTime ? indicator.weight() : BigDecimal.ZERO;
        return new IndicatorScore(indicator, ScoreStatus.SCORED, score, score, Explanation.DEADLINE,
                "completed " + achievement.date() + (inTime ? " on or before " : " after ") + deadline, null, rule);
    }

    /**
     * A date not completed whose last accepted day has not passed: 0 for now, on track.
     *
     * @param indicator the indicator
     * @param rule the scoring rule's name
     * @return the score
     */
    public static IndicatorScore pending(IndicatorFact indicator, String rule) {
        return new IndicatorScore(indicator, ScoreStatus.PENDING, BigDecimal.ZERO, indicator.weight(),
                formulaOf(indicator), "not completed; due " + indicator.lastAcceptedDay(), null, rule);
    }

    /**
     * Nothing achieved that counts: 0.
     *
     * @param indicator the indicator
     * @param rule the scoring rule's name
     * @return the score
     */
    public static IndicatorScore noAchievement(IndicatorFact indicator, String rule) {
        return new IndicatorScore(indicator, ScoreStatus.NO_ACHIEVEMENT, BigDecimal.ZERO, BigDecimal.ZERO,
                formulaOf(indicator), "nothing achieved", null, rule);
    }

    /**
     * A missing or unusable target: 0, not scored.
     *
     * @param indicator the indicator
     * @param rule the scoring rule's name
     * @return the score
     */
    public static IndicatorScore unscored(IndicatorFact indicator, String rule) {
        return new IndicatorScore(indicator, ScoreStatus.UNSCORED, BigDecimal.ZERO, BigDecimal.ZERO,
                Explanation.UNSCORED, "target missing or unusable", null, rule);
    }

    private static String formulaOf(IndicatorFact indicator) {
        return switch (indicator.targetKind()) {
            case SINGLE -> indicator.polarity() == Polarity.LOWER ? Explanation.SINGLE_TARGET_LOWER
                    : Explanation.SINGLE_TARGET;
            case GRADED -> Explanation.GRADED;
            case DEADLINE -> Explanation.DEADLINE;
            case GRADED_DATES -> Explanation.GRADED_DATE;
            case NONE -> Explanation.UNSCORED;
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Matching what the office wrote (domain.md §4)

    /**
     * Whether a reported number matches a computed one at the precision the office wrote, within the
     * policy's tolerance ("100" matches 99.6).
     *
     * @param reported the reported number
     * @param computed the computed number
     * @param context the scoring context
     * @return true if they match
     */
    public static boolean matches(BigDecimal reported, BigDecimal computed, ScoringContext context) {
        BigDecimal atReportedPrecision = computed.setScale(reported.scale(), RoundingMode.HALF_UP);
        return atReportedPrecision.subtract(reported).abs().compareTo(context.policy().tolerance()) <= 0;
    }

    /**
     * Whether a reported actual matches the computed achievement: dates exactly, numbers at the
     * precision written; nothing computed matches nothing.
     *
     * @param reported the reported actual
     * @param computed the achievement
     * @param context the scoring context
     * @return true if they match
     */
    public static boolean matches(Value reported, Value computed, ScoringContext context) {
        BigDecimal reportedAmount = amountOf(reported);
        BigDecimal computedAmount = amountOf(computed);
        if (reportedAmount != null && computedAmount != null) {
            return matches(reportedAmount, computedAmount, context);
        }
        return reported.equals(computed);
    }

    /**
     * Whether a reported percent matches the percent of the annual target or of the target to date; when
     * nothing was achieved, it must match 0.
     *
     * @param reported the reported percent
     * @param achievement the achievement, with its percents
     * @param context the scoring context
     * @return true if it matches either
     */
    public static boolean percentMatches(BigDecimal reported, Achievement achievement, ScoringContext context) {
        if (!achievement.reported()) {
            return matches(reported, BigDecimal.ZERO, context);
        }
        return achievement.ofAnnualTarget() != null && matches(reported, achievement.ofAnnualTarget(), context)
                || achievement.ofTargetToDate() != null && matches(reported, achievement.ofTargetToDate(), context);
    }

    /**
     * Whether a reported percent can be checked: the achievement is an amount with a computed percent, or
     * nothing was achieved.
     *
     * @param achievement the achievement, with its percents
     * @return true if it can
     */
    public static boolean percentCheckable(Achievement achievement) {
        return !achievement.reported() || achievement.amount() != null
                && (achievement.ofAnnualTarget() != null || achievement.ofTargetToDate() != null);
    }

    /**
     * An indicator's final score: the scoring rule's, or the lowest of the authors' adjustments, clamped
     * to 0..weight.
     *
     * @param indicator the indicator
     * @param scored the scoring rule's result
     * @param adjustments the {@link ScoreAdjustment}s for the indicator, in the order inserted
     * @return the final score
     */
    public static BigDecimal finalScore(IndicatorFact indicator, IndicatorScore scored, Collection<?> adjustments) {
        if (adjustments.isEmpty()) {
            return scored.score();
        }
        BigDecimal lowest = null;
        for (Object each : adjustments) {
            BigDecimal score = ((ScoreAdjustment) each).score();
            lowest = lowest == null ? score : lowest.min(score);
        }
        return lowest.max(BigDecimal.ZERO).min(indicator.weight());
    }

    /**
     * A computed figure as a finding shows it: rounded to the policy's scale, without trailing zeros.
     *
     * @param value the exact figure
     * @param context the scoring context
     * @return the figure for display
     */
    public static BigDecimal shown(BigDecimal value, ScoringContext context) {
        BigDecimal stripped = context.policy().round(value).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * A computed value as a finding shows it: amounts rounded as {@link #shown(BigDecimal, ScoringContext)}.
     *
     * @param value the value
     * @param context the scoring context
     * @return the value for display
     */
    public static Value shown(Value value, ScoringContext context) {
        BigDecimal amount = amountOf(value);
        return amount != null ? Value.of(shown(amount, context)) : value;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** The amount of a value, or null: {@code Value.amount()} would make an {@code Optional} each time. */
    private static BigDecimal amountOf(Value value) {
        return value instanceof Value.Amount amount ? amount.value() : null;
    }
}
