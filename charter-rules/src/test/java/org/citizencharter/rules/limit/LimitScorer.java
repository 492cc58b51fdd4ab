package org.citizencharter.rules.limit;

import java.time.LocalDate;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Direction;
import org.citizencharter.core.Explanation;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Target;
import org.citizencharter.core.TargetKind;
import org.citizencharter.core.UnitKind;
import org.citizencharter.rules.facts.Achievement;
import org.citizencharter.rules.facts.Decrease;
import org.citizencharter.rules.facts.DuplicateCode;
import org.citizencharter.rules.facts.IndicatorFact;
import org.citizencharter.rules.facts.IndicatorScore;
import org.citizencharter.rules.facts.ScoringContext;
import org.citizencharter.rules.facts.ValueFact;
import org.citizencharter.rules.internal.PlanFacts;
import org.citizencharter.rules.internal.ScorecardAssembler;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The limit of the engine's work: every default rule of charter-rules' DRL as one plain-Java {@code if},
 * on the same facts and helpers as the rules ({@link ScoringContext}, {@link IndicatorFact},
 * {@link Achievement}, {@link IndicatorScore}'s factories, {@link Fraction}, {@link Target}, the
 * assembler), with no rule engine between them. Its scorecards equal the engine's, worked detail
 * included ({@code LimitScorerProperties} holds it to that), so the engine's cost over it is what Drools'
 * matching, agenda and sessions cost. The benchmarks measure the engine against it; the independent
 * contract oracle stays the testkit's {@code ReferenceScorer}.
 *
 * <p>Default rules and the default policy only (no author rules, no adjustments). Thread-safe.
 */
public final class LimitScorer {

    private final ScoringPolicy policy;

    private LimitScorer(ScoringPolicy policy) {
        this.policy = policy;
    }

    /**
     * The limit scorer under the default policy, as {@code ScoringEngine.defaults()}.
     *
     * @return the scorer
     */
    public static LimitScorer defaults() {
        return new LimitScorer(ScoringPolicy.defaults());
    }

    /**
     * Scores a plan as of a period, as the default engine does.
     *
     * @param plan the plan
     * @param period the period, of the plan's fiscal year
     * @return the scorecard
     */
    public Scorecard score(ActionPlan plan, ReportingPeriod period) {
        ScoringContext context = ScoringContext.of(plan, period, policy);
        ImmutableList<IndicatorFact> indicators = PlanFacts.indicators(plan, period, context.byQuarter());
        ScorecardAssembler out = new ScorecardAssembler(context, indicators);
        planRules(context, out);
        Achievement[] achievements = new Achievement[indicators.size()];
        for (int i = 0; i < achievements.length; i++) {
            IndicatorFact indicator = indicators.get(i);
            achievements[i] = aggregate(indicator, context);
            if (achievements[i] != null) {
                out.accept(achievements[i]);
            }
            indicatorRules(indicator, context, out);
        }
        for (int i = 0; i < achievements.length; i++) {
            Achievement a = achievements[i];
            if (a == null) {
                continue;
            }
            IndicatorScore score = score(a, achievements);
            if (score != null) {
                out.accept(score);
                // REPORTED_SCORE_MISMATCH (no adjustments: the final score is the rule's)
                IndicatorFact i2 = a.indicator();
                if (i2.reportedScore() != null && !context.matches(i2.reportedScore(), score.score())) {
                    out.accept(context.finding(FindingType.REPORTED_SCORE_MISMATCH, i2)
                            .argument("reported", i2.reportedScore()).argument("computed", context.shown(score.score()))
                            .expected(context.shown(score.score()).toPlainString())
                            .actual(i2.reportedScore().toPlainString()).build());
                }
            }
            achievementRules(a, context, out);
        }
        return out.build();
    }

    private static void planRules(ScoringContext context, ScorecardAssembler out) {
        ActionPlan plan = context.plan();
        for (Area area : plan.areas()) {
            // AREA_WEIGHT_MISMATCH
            if (!area.indicatorWeights().isEqual(area.weight())) {
                out.accept(context.finding(FindingType.AREA_WEIGHT_MISMATCH).area(area.code())
                        .argument("areaWeight", area.weight()).argument("indicatorWeights", area.indicatorWeights())
                        .expected(area.weight().toString()).actual(area.indicatorWeights().toString()).build());
            }
            for (Activity activity : area.activities()) {
                // CODE_HIERARCHY_MISMATCH of an activity
                if (!activity.code().isWithin(area.code())) {
                    out.accept(context.finding(FindingType.CODE_HIERARCHY_MISMATCH).area(area.code())
                            .activity(activity.code()).argument("code", activity.code())
                            .argument("parent", area.code()).argument("what", "activity")
                            .expected(area.code().toString()).actual(activity.code().toString()).build());
                }
            }
        }
        // PLAN_WEIGHT_MISMATCH
        if (!context.totalAsExpected()) {
            out.accept(context.finding(FindingType.PLAN_WEIGHT_MISMATCH)
                    .argument("total", context.areaWeights()).argument("expected", context.expectedTotal())
                    .argument("source", context.expectedTotalSource())
                    .expected(context.expectedTotal().toString()).actual(context.areaWeights().toString()).build());
        }
        // DUPLICATE_CODE of areas, activities, indicators
        if (context.hasDuplicates()) {
            for (DuplicateCode d : context.duplicates()) {
                Finding.Builder finding = context.finding(FindingType.DUPLICATE_CODE).area(d.area());
                if (d.what().equals("activity")) {
                    finding.activity(d.activityCode());
                } else if (d.what().equals("indicator")) {
                    finding.indicator(d.indicator());
                }
                out.accept(finding.argument("code", d.code()).argument("what", d.what()).argument("count", d.count())
                        .actual(d.code().toString()).build());
            }
        }
    }

    /** The aggregation rules: one achievement, or null where none applies (the engine then fails too). */
    private static Achievement aggregate(IndicatorFact i, ScoringContext context) {
        if (!i.byQuarter()) {
            return context.achievement(i, context.reportedActual(i), "Achievement of an annual report");
        }
        if (i.unitKind() == UnitKind.DATE) {
            return context.achievement(i, context.earliestCompletionDate(i), "Achievement by DATE");
        }
        return switch (i.method()) {
            case SUM -> context.achievement(i, context.sumOfClosedQuarters(i), "Achievement by SUM");
            case AVERAGE -> context.achievement(i, context.averageOfClosedQuarters(i), "Achievement by AVERAGE");
            case CUMULATIVE -> context.achievement(i, context.latestClosedQuarter(i), "Achievement by CUMULATIVE");
            case DATE -> null;
        };
    }

    /** The scoring rules of scoring.drl, in its order; null where none applies. */
    private static IndicatorScore score(Achievement a, Achievement[] achievements) {
        IndicatorFact i = a.indicator();
        boolean primaryAchieved = i.primaryIndex() >= 0 && achievements[i.primaryIndex()] != null
                && achievements[i.primaryIndex()].reported();
        if (primaryAchieved) {
            return i.alternative() ? IndicatorScore.unscored(i, "alternative to an indicator that was scored",
                    "Alternative not needed") : null;
        }
        Target target = i.target();
        if (!target.isUsable()) {
            return IndicatorScore.unscored(i, "target missing or unusable", "Unscored target");
        }
        if (!i.weighted()) {
            return IndicatorScore.unscored(i, "weight missing", "Unscored weight");
        }
        TargetKind kind = target.kind();
        if (kind == TargetKind.SINGLE && i.direction() == Direction.HIGHER && a.exact() != null) {
            Fraction w = i.w();
            Fraction A = a.exact();
            Fraction T = a.annualTarget();
            Fraction Tq = a.targetToDate();
            Fraction score = w.times(Fraction.ONE.min(A.over(T))).max(Fraction.ZERO);
            Fraction onTrack = Tq.isZero() ? w : w.times(Fraction.ONE.min(A.over(Tq))).max(Fraction.ZERO);
            return IndicatorScore.scored(a, score, onTrack, Explanation.SINGLE_TARGET, () -> "w × min(1, A / T) = "
                    + i.weight().toPlainString() + " × min(1, " + A.toPlainString() + " / " + T.toPlainString() + ")",
                    null, "Score a single target");
        }
        if (kind == TargetKind.SINGLE && i.direction() == Direction.LOWER && a.exact() != null) {
            Fraction w = i.w();
            Fraction A = a.exact();
            Fraction T = a.annualTarget();
            Fraction Tq = a.targetToDate();
            Fraction score = A.isZero() ? w : w.times(Fraction.ONE.min(T.over(A))).max(Fraction.ZERO);
            Fraction onTrack = Tq.isZero() || A.isZero() ? w : w.times(Fraction.ONE.min(Tq.over(A))).max(Fraction.ZERO);
            return IndicatorScore.scored(a, score, onTrack, Explanation.SINGLE_TARGET_LOWER, () -> "w × min(1, T / A) = "
                    + i.weight().toPlainString() + " × min(1, " + T.toPlainString() + " / " + A.toPlainString() + ")",
                    null, "Score a single target, lower is better");
        }
        if (kind == TargetKind.GRADED && a.exact() != null) {
            Target.Graded columns = (Target.Graded) target;
            Fraction w = i.w();
            Fraction raw = columns.raw(a.exact());
            Fraction score = w.times(raw).over(Fraction.HUNDRED);
            return IndicatorScore.scored(a, score, score, Explanation.GRADED, () -> "w × raw / 100 = "
                    + i.weight().toPlainString() + " × " + raw.toPlainString() + " / 100", columns.band(a.amount()),
                    "Score a graded target");
        }
        if ((kind == TargetKind.SINGLE || kind == TargetKind.GRADED) && !a.reported()) {
            Fraction Tq = a.targetToDate();
            // A primary with nothing achieved gives way to its alternative: on track 0 (the pair's weight once).
            boolean nothingDue = kind == TargetKind.SINGLE && Tq != null && Tq.isZero() && !i.hasAlternative();
            return IndicatorScore.noAchievement(i, nothingDue ? i.w() : Fraction.ZERO, "Nothing achieved");
        }
        if (kind == TargetKind.DEADLINE && a.date() != null) {
            LocalDate deadline = ((Target.Deadline) target).date();
            boolean inTime = !a.date().isAfter(deadline);
            Fraction score = inTime ? i.w() : Fraction.ZERO;
            return IndicatorScore.scored(a, score, score, Explanation.DEADLINE,
                    () -> "completed " + a.date() + (inTime ? " on or before " : " after ") + deadline, null,
                    "Score a deadline");
        }
        if (kind == TargetKind.GRADED_DATES && a.date() != null) {
            Target.GradedDates columns = (Target.GradedDates) target;
            Fraction w = i.w();
            Fraction raw = columns.raw(a.date());
            Fraction score = w.times(raw).over(Fraction.HUNDRED);
            return IndicatorScore.scored(a, score, score, Explanation.GRADED_DATE, () -> "w × raw / 100 = "
                    + i.weight().toPlainString() + " × " + raw.toPlainString() + " / 100 (on day numbers)",
                    columns.band(a.date()), "Score graded dates");
        }
        if (kind.isDate() && !a.reported()) {
            return i.deadlinePassed() ? IndicatorScore.noAchievement(i, Fraction.ZERO, "Date not achieved")
                    : IndicatorScore.pending(i, "Date pending");
        }
        return null;
    }

    /** The consistency rules on an indicator alone. */
    private static void indicatorRules(IndicatorFact i, ScoringContext context, ScorecardAssembler out) {
        if (!i.codeInPlace()) {
            out.accept(context.finding(FindingType.CODE_HIERARCHY_MISMATCH, i).argument("code", i.code())
                    .argument("parent", i.activity()).argument("what", "indicator")
                    .expected(i.activity().toString()).actual(i.code().toString()).build());
        }
        if (i.targetMissing()) {
            out.accept(context.finding(FindingType.TARGET_MISSING, i)
                    .actual(i.target().kind() == TargetKind.NONE ? "NONE"
                            : i.target().kind() == TargetKind.SINGLE ? "0" : i.gradedColumns().makeString(" / "))
                    .build());
        }
        if (i.weightMissing()) {
            out.accept(context.finding(FindingType.WEIGHT_MISSING, i).build());
        }
        if (!i.gradedOrdered()) {
            out.accept(context.finding(FindingType.TARGETS_NOT_MONOTONIC, i).argument("columns", i.gradedColumns())
                    .actual(i.gradedColumns().makeString(" / ")).build());
        }
        if (i.method() == CalculationMethod.SUM && !i.quarterlyTargetsAddUp()) {
            out.accept(context.finding(FindingType.QUARTER_TARGETS_MISMATCH, i)
                    .argument("quarterlySum", i.quarterlyTargetSum()).argument("annual", i.annualTarget())
                    .expected(i.annualTarget().toPlainString()).actual(i.quarterlyTargetSum().toPlainString()).build());
        }
        if (i.byQuarter() && i.unitKind() != UnitKind.DATE && i.anyMissingQuarter()) {
            for (Quarter q : i.missingQuarters()) {
                out.accept(context.finding(FindingType.QUARTER_MISSING, i).quarter(q).build());
            }
        }
        if (i.anyLateCompletionDate()) {
            for (ValueFact v : i.lateCompletionDates()) {
                Finding.Builder finding = context.finding(FindingType.FUTURE_QUARTER_REPORTED, i)
                        .argument("asOf", context.asOf()).expected(context.periodEnd().toString())
                        .actual(v.value().toString());
                if (v.quarterly()) {
                    finding.quarter(v.quarter()).argument("column", "QUARTER");
                } else {
                    finding.argument("column", "ACTUAL").argument("date", v.date());
                }
                out.accept(finding.build());
            }
        }
        if (i.anyMisplacedCompletionDate()) {
            for (ValueFact v : i.misplacedCompletionDates()) {
                out.accept(context.finding(FindingType.COMPLETION_DATE_MISPLACED, i).quarter(v.quarter())
                        .argument("date", v.date()).actual(v.date().toString()).build());
            }
        }
        if (i.anyFutureValue()) {
            for (ValueFact v : i.futureValues()) {
                out.accept(context.finding(FindingType.FUTURE_QUARTER_REPORTED, i).quarter(v.quarter())
                        .argument("column", "QUARTER").argument("asOf", context.asOf()).actual(v.value().toString()).build());
            }
        }
        if (i.negativeTarget() != null) {
            out.accept(context.finding(FindingType.NEGATIVE_VALUE, i).argument("value", i.negativeTarget())
                    .argument("field", "target").actual(i.negativeTarget().toPlainString()).build());
        }
        if (i.anyNegativeValue()) {
            for (ValueFact v : i.negativeValues()) {
                Finding.Builder finding = context.finding(FindingType.NEGATIVE_VALUE, i).argument("value", v.amount())
                        .argument("field", "achievement").actual(v.amount().toPlainString());
                if (v.quarterly()) {
                    finding.quarter(v.quarter());
                }
                out.accept(finding.build());
            }
        }
        if (i.percentTargetOutOfRange() != null) {
            out.accept(context.finding(FindingType.PERCENT_OUT_OF_RANGE, i)
                    .argument("value", i.percentTargetOutOfRange())
                    .actual(i.percentTargetOutOfRange().toPlainString()).build());
        }
        if (i.anyPercentOutOfRange()) {
            for (ValueFact v : i.percentsOutOfRange()) {
                Finding.Builder finding = context.finding(FindingType.PERCENT_OUT_OF_RANGE, i)
                        .argument("value", v.amount()).actual(v.amount().toPlainString());
                if (v.quarterly()) {
                    finding.quarter(v.quarter());
                }
                out.accept(finding.build());
            }
        }
        if (i.anyDecrease()) {
            for (Decrease d : i.decreases()) {
                out.accept(context.finding(FindingType.CUMULATIVE_DECREASE, i).quarter(d.quarter())
                        .argument("previous", d.previous()).argument("value", d.value())
                        .expected(d.previous().toPlainString()).actual(d.value().toPlainString()).build());
            }
        }
        if (i.unitKind() == UnitKind.PERCENT && i.method() == CalculationMethod.SUM
                || i.unitKind() == UnitKind.DATE && i.method() != CalculationMethod.DATE) {
            out.accept(context.finding(FindingType.AGGREGATION_UNIT_MISMATCH, i).argument("unit", i.unitKind())
                    .argument("method", i.method()).expected(CalculationMethod.defaultFor(i.unitKind()).name())
                    .actual(i.method().name()).build());
        }
        if (i.halfYearCheckable() && !context.halfYearMatches(i)) {
            out.accept(context.finding(FindingType.REPORTED_TOTAL_MISMATCH, i).quarter(Quarter.Q2)
                    .argument("reported", i.reportedHalfYear())
                    .argument("computed", context.shown(context.halfYear(i))).argument("field", "halfYear")
                    .expected(context.shown(context.halfYear(i)).toString())
                    .actual(i.reportedHalfYear().toString()).build());
        }
        if (i.targetDateOutsideYear() != null) {
            out.accept(context.finding(FindingType.DATE_OUTSIDE_FISCAL_YEAR, i)
                    .argument("date", i.targetDateOutsideYear()).argument("fiscalYear", context.fiscalYear())
                    .expected(context.fiscalYear().toString()).actual(i.targetDateOutsideYear().toString()).build());
        }
        if (i.anyDateOutsideYear()) {
            for (ValueFact v : i.datesOutsideYear()) {
                Finding.Builder finding = context.finding(FindingType.DATE_OUTSIDE_FISCAL_YEAR, i)
                        .argument("date", v.date()).argument("fiscalYear", context.fiscalYear())
                        .expected(context.fiscalYear().toString()).actual(v.date().toString());
                if (v.quarterly()) {
                    finding.quarter(v.quarter());
                }
                out.accept(finding.build());
            }
        }
    }

    /** The consistency rules on an achievement. */
    private static void achievementRules(Achievement a, ScoringContext context, ScorecardAssembler out) {
        IndicatorFact i = a.indicator();
        if (i.targetUsable() && a.amount() != null && i.beyondTarget(a.amount())) {
            out.accept(context.finding(FindingType.OVER_ACHIEVEMENT, i).argument("achieved", context.shown(a.value()))
                    .argument("target", i.annualTarget())
                    .expected(i.annualTarget().toPlainString()).actual(context.shown(a.value()).toString()).build());
        }
        if (i.byQuarter() && i.hasReportedActual() && !context.actualMatches(i.reportedActual(), a)) {
            out.accept(context.finding(FindingType.REPORTED_TOTAL_MISMATCH, i).argument("reported", i.reportedActual())
                    .argument("computed", context.shown(a.value()))
                    .expected(context.shown(a.value()).toString()).actual(i.reportedActual().toString()).build());
        }
        if (i.reportedPercent() != null && i.targetUsable() && i.unitKind() != UnitKind.DATE && a.percentCheckable()
                && !context.percentMatches(i.reportedPercent(), a)) {
            Fraction ofAnnual = a.ofAnnualTarget() != null ? a.ofAnnualTarget()
                    : a.ofTargetToDate() != null ? a.ofTargetToDate() : Fraction.ZERO;
            Fraction toDate = a.ofTargetToDate() != null ? a.ofTargetToDate() : ofAnnual;
            out.accept(context.finding(FindingType.REPORTED_PERCENT_MISMATCH, i)
                    .argument("reported", i.reportedPercent())
                    .argument("ofAnnual", context.shown(ofAnnual)).argument("toDate", context.shown(toDate))
                    .expected(context.shown(ofAnnual).toPlainString()).actual(i.reportedPercent().toPlainString())
                    .build());
        }
        if (i.target().kind().isDate() && i.targetUsable() && i.deadlinePassed() && !a.reported()) {
            out.accept(context.finding(FindingType.DEADLINE_MISSED, i).argument("deadline", i.lastAcceptedDay())
                    .expected(i.lastAcceptedDay().toString()).build());
        }
    }
}
