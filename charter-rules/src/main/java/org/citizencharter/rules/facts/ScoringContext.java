package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.MathContext;
import java.time.LocalDate;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.Code;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.MessageTemplate;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Weight;
import org.citizencharter.rules.internal.Formulas;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.MutableMap;

/**
 * The one fact about the scoring itself: the plan, the period, the policy, and figures about the
 * plan as a whole. Rules read it for the reported quarter, the policy's values, and to start findings.
 *
 * <p>Immutable.
 *
 * @param plan the plan being scored
 * @param period the period it is scored as of
 * @param policy the policy that governs its fiscal year
 * @param byQuarter whether the plan reports by quarter (some quarter of some indicator has a value);
 *     a plan that does not is an annual evaluation, whose reported actuals are its achievements
 * @param areaWeights the sum of the area weights
 * @param expectedTotal the total the area weights should add up to: the declared total, else the
 *     policy's conventional total for the kind; null when there is neither
 * @param expectedTotalSource "declared" or "conventional"; null when there is no expected total
 * @param duplicates the codes that more than one area, activity or indicator carries; usually none
 */
public record ScoringContext(ActionPlan plan, ReportingPeriod period, ScoringPolicy policy, boolean byQuarter,
        Weight areaWeights, Weight expectedTotal, String expectedTotalSource, ImmutableList<DuplicateCode> duplicates) {

    /**
     * Checks the parts.
     *
     * @param plan the plan
     * @param period the period
     * @param policy the policy
     * @param byQuarter whether the plan reports by quarter
     * @param areaWeights the sum of the area weights
     * @param expectedTotal the expected total, or null
     * @param expectedTotalSource where the expected total comes from, or null
     * @param duplicates the repeated codes
     */
    public ScoringContext {
        requireNonNull(duplicates, "duplicates");
        requireNonNull(plan, "plan");
        requireNonNull(period, "period");
        requireNonNull(policy, "policy");
        requireNonNull(areaWeights, "areaWeights");
    }

    /**
     * The context of scoring a plan as of a period under a policy.
     *
     * @param plan the plan
     * @param period the period
     * @param policy the policy
     * @return the context
     */
    public static ScoringContext of(ActionPlan plan, ReportingPeriod period, ScoringPolicy policy) {
        Weight expected = plan.declaredTotal().orElse(null);
        String source = expected != null ? "declared" : null;
        if (expected == null && policy.conventionalTotal(plan.kind()) != null) {
            expected = policy.conventionalTotal(plan.kind());
            source = "conventional";
        }
        return new ScoringContext(plan, period, policy, plan.reportsByQuarter(), plan.areaWeights(), expected, source,
                duplicates(plan));
    }

    /**
     * Whether some code is repeated: a cheap guard before {@link #duplicates()}.
     *
     * @return true if the plan repeats a code
     */
    public boolean hasDuplicates() {
        return duplicates.notEmpty();
    }

    private static ImmutableList<DuplicateCode> duplicates(ActionPlan plan) {
        if (!anyRepeated(plan)) {
            return Lists.immutable.empty();
        }
        return findDuplicates(plan);
    }

    /**
     * Whether any area, activity or indicator code repeats. Codes are packed into longs and sorted, which is
     * much cheaper than hashing them; a code too long to pack sends the plan to the exact search.
     */
    private static boolean anyRepeated(ActionPlan plan) {
        int areas = plan.areas().size();
        int activities = 0;
        int indicators = 0;
        for (Area area : plan.areas()) {
            activities += area.activities().size();
            for (Activity activity : area.activities()) {
                indicators += activity.indicators().size();
            }
        }
        long[] keys = new long[areas + activities + indicators];
        int next = 0;
        for (Area area : plan.areas()) {
            keys[next++] = pack(area.code());
            for (Activity activity : area.activities()) {
                keys[next++] = pack(activity.code());
                for (Indicator indicator : activity.indicators()) {
                    keys[next++] = pack(indicator.code());
                }
            }
        }
        java.util.Arrays.sort(keys);
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] == keys[i - 1] || keys[i] == UNPACKABLE) {
                return true;
            }
        }
        return keys.length > 0 && keys[0] == UNPACKABLE;
    }

    private static final long UNPACKABLE = -1;

    /** Depth in 3 bits, then up to four segments of 14 bits each; -1 when the code does not fit. */
    private static long pack(Code code) {
        org.eclipse.collections.api.list.primitive.ImmutableIntList segments = code.segments();
        if (segments.size() > 4) {
            return UNPACKABLE;
        }
        long key = segments.size();
        for (int i = 0; i < segments.size(); i++) {
            int segment = segments.get(i);
            if (segment >= 1 << 14) {
                return UNPACKABLE;
            }
            key = key << 14 | segment;
        }
        return key << (14 * (4 - segments.size()));
    }

    private static ImmutableList<DuplicateCode> findDuplicates(ActionPlan plan) {
        MutableList<DuplicateCode> found = Lists.mutable.empty();
        MutableList<Code> codes = Lists.mutable.empty();
        MutableList<AreaCode> areas = Lists.mutable.empty();
        MutableList<IndicatorCode> indicators = Lists.mutable.empty();
        for (String what : new String[] {"area", "activity", "indicator"}) {
            codes.clear();
            areas.clear();
            indicators.clear();
            for (Area area : plan.areas()) {
                if (what.equals("area")) {
                    codes.add(area.code());
                    areas.add(area.code());
                    indicators.add(null);
                    continue;
                }
                for (Activity activity : area.activities()) {
                    if (what.equals("activity")) {
                        codes.add(activity.code());
                        areas.add(area.code());
                        indicators.add(null);
                        continue;
                    }
                    for (Indicator indicator : activity.indicators()) {
                        codes.add(indicator.code());
                        areas.add(area.code());
                        indicators.add(indicator.code());
                    }
                }
            }
            MutableMap<Code, Integer> counts = Maps.mutable.empty();
            codes.forEach(code -> counts.merge(code, 1, Integer::sum));
            if (counts.size() == codes.size()) {
                continue;
            }
            for (int i = 0; i < codes.size(); i++) {
                Integer count = counts.remove(codes.get(i));
                if (count != null && count > 1) {
                    found.add(new DuplicateCode(what, codes.get(i), count, areas.get(i), indicators.get(i)));
                }
            }
        }
        return found.toImmutable();
    }

    /**
     * The quarter the report is made as of.
     *
     * @return the quarter
     */
    public Quarter asOf() {
        return period.asOf();
    }

    /**
     * The fiscal year scored.
     *
     * @return the year
     */
    public FiscalYear fiscalYear() {
        return period.fiscalYear();
    }

    /**
     * The last day of the reported quarter.
     *
     * @return the date
     */
    public LocalDate periodEnd() {
        return period.end();
    }

    /**
     * Whether the area weights add up to the expected total (true when there is none).
     *
     * @return true if they do
     */
    public boolean totalAsExpected() {
        return expectedTotal == null || expectedTotal.isEqual(areaWeights);
    }

    /**
     * The precision of divisions under the policy.
     *
     * @return the math context
     */
    public MathContext mathContext() {
        return policy.mathContext();
    }

    /**
     * Starts a finding of the catalogue, with the policy's severity.
     *
     * @param type the catalogue entry
     * @return a builder
     */
    public Finding.Builder finding(FindingType type) {
        return Finding.of(type).severity(policy.severityOf(type));
    }

    /**
     * Starts a finding of the catalogue about an indicator, with its area and code set.
     *
     * @param type the catalogue entry
     * @param indicator the indicator
     * @return a builder
     */
    public Finding.Builder finding(FindingType type, IndicatorFact indicator) {
        return finding(type).area(indicator.area()).activity(indicator.activity()).indicator(indicator.code());
    }

    /**
     * Starts a finding with a rule author's own id, with the policy's severity for it if the policy
     * sets one, else the severity given.
     *
     * @param id the finding's id
     * @param severity the severity unless the policy says otherwise
     * @param template the message template
     * @return a builder
     */
    public Finding.Builder finding(String id, Severity severity, MessageTemplate template) {
        return Finding.of(id, policy.severityOf(id, severity), template);
    }
    // ---------------------------------------------------------------------------------------------
    // Matching what the office wrote (domain.md §4), for the consistency rules

    /**
     * Whether a reported number matches a computed one at the precision the office wrote, within the
     * policy's tolerance ("100" matches 99.6; "2.78" matches an exact 2.775).
     *
     * @param reported the reported number
     * @param computed the computed figure, exact
     * @return true if they match
     */
    public boolean matches(java.math.BigDecimal reported, org.citizencharter.core.Fraction computed) {
        return Formulas.matches(reported, computed, this);
    }

    /**
     * Whether a reported actual matches the achievement: dates exactly, numbers at the precision written.
     *
     * @param reported the reported actual
     * @param achievement the achievement
     * @return true if they match
     */
    public boolean actualMatches(org.citizencharter.core.Value reported, Achievement achievement) {
        return Formulas.actualMatches(reported, achievement, this);
    }

    /**
     * What Q1..Q2 give by the indicator's method: what its half-year subtotal must be.
     *
     * @param indicator the indicator
     * @return the half-year achievement, or nothing
     */
    public org.citizencharter.core.Value halfYear(IndicatorFact indicator) {
        return Formulas.halfYear(indicator, this);
    }

    /**
     * Whether an indicator's reported half-year subtotal matches {@link #halfYear(IndicatorFact)}.
     *
     * @param indicator the indicator
     * @return true if it matches
     */
    public boolean halfYearMatches(IndicatorFact indicator) {
        return Formulas.halfYearMatches(indicator, this);
    }

    /**
     * Whether a reported percent matches the percent of the annual target or of the target to date;
     * with nothing achieved, it must be 0.
     *
     * @param reported the reported percent
     * @param achievement the achievement, with its percents
     * @return true if it matches
     */
    public boolean percentMatches(java.math.BigDecimal reported, Achievement achievement) {
        return Formulas.percentMatches(reported, achievement, this);
    }

    /**
     * A computed figure as a finding shows it: rounded to the policy's scale, without trailing zeros.
     *
     * @param figure the exact figure
     * @return the figure shown
     */
    public java.math.BigDecimal shown(org.citizencharter.core.Fraction figure) {
        return Formulas.shown(figure, this);
    }

    /**
     * A computed value as a finding shows it: an amount rounded as {@link #shown(org.citizencharter.core.Fraction)},
     * a date as it is.
     *
     * @param value the value
     * @return the value shown
     */
    public org.citizencharter.core.Value shown(org.citizencharter.core.Value value) {
        return Formulas.shown(value, this);
    }
    // ---------------------------------------------------------------------------------------------
    // Quarter to year (domain.md §2), for the aggregation rules

    /**
     * SUM: the values of the closed quarters added up; a closed quarter with nothing reported counts 0
     * (policy: {@code missingQuarterCountsZero}).
     *
     * @param indicator the indicator
     * @return the sum, or nothing
     */
    public org.citizencharter.core.Value sumOfClosedQuarters(IndicatorFact indicator) {
        return Formulas.sum(indicator, this);
    }

    /**
     * AVERAGE: the exact mean of the closed quarters that were reported.
     *
     * @param indicator the indicator
     * @return the mean, or null when none was reported
     */
    public org.citizencharter.core.Fraction averageOfClosedQuarters(IndicatorFact indicator) {
        return Formulas.average(indicator, this);
    }

    /**
     * CUMULATIVE: the latest closed quarter reported.
     *
     * @param indicator the indicator
     * @return its value, or nothing
     */
    public org.citizencharter.core.Value latestClosedQuarter(IndicatorFact indicator) {
        return Formulas.cumulative(indicator, this);
    }

    /**
     * DATE: the earliest completion date reported in a closed quarter, not after the end of the
     * report's quarter.
     *
     * @param indicator the indicator
     * @return the date, or nothing
     */
    public org.citizencharter.core.Value earliestCompletionDate(IndicatorFact indicator) {
        return Formulas.earliestDate(indicator, this);
    }

    /**
     * An annual evaluation: the reported actual (a completion date after the end of the report's
     * quarter does not count).
     *
     * @param indicator the indicator
     * @return the reported actual, or nothing
     */
    public org.citizencharter.core.Value reportedActual(IndicatorFact indicator) {
        return Formulas.reportedActual(indicator, this);
    }

    /**
     * The achievement fact: the achievement with the annual target, the target to date and the percents
     * of each (null where v2 says).
     *
     * @param indicator the indicator
     * @param achieved what the indicator achieved, or nothing
     * @param rule the aggregation rule's name
     * @return the achievement
     */
    public Achievement achievement(IndicatorFact indicator, org.citizencharter.core.Value achieved, String rule) {
        return Formulas.achievement(indicator, achieved, this, rule);
    }

    /**
     * The achievement fact of an exact achievement (an AVERAGE), as
     * {@link #achievement(IndicatorFact, org.citizencharter.core.Value, String)}.
     *
     * @param indicator the indicator
     * @param achieved the exact achievement, or null for none
     * @param rule the aggregation rule's name
     * @return the achievement
     */
    public Achievement achievement(IndicatorFact indicator, org.citizencharter.core.Fraction achieved, String rule) {
        return Formulas.achievement(indicator, achieved, this, rule);
    }
}
