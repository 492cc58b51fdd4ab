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
}
