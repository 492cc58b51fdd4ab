package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The result of scoring a plan for a period: per-indicator and per-area scores, the plan's total and
 * its percent of the sum of the area weights, and every finding, in {@link Finding#ORDER order}.
 *
 * <p>Figures are exact decimals: an area's score is exactly the sum of its indicators', the total
 * exactly the sum of the areas'. Quotients are exact fractions carried to 34 significant digits;
 * rounding (HALF_UP, to the scale the scorecard's {@link PolicyRef policy} carries) happens only when
 * a scorecard is written, and only through {@link #round(BigDecimal)}, so that JSON, text and reports
 * of one scorecard print the same figures. Immutable.
 *
 * @param office the office whose plan was scored
 * @param kind the kind of plan
 * @param period the fiscal year and the quarter scored as of
 * @param policy the policy that scored it
 * @param totalWeight the sum of the area weights
 * @param totalScore the sum of the area scores
 * @param percentOfTotal 100 × totalScore / totalWeight, or empty when the total weight is 0
 * @param areas the area results, in the plan's order
 * @param indicators the indicator results, in the plan's order
 * @param findings the findings, in {@link Finding#ORDER}
 * @param extensions the host's own data, carried over from the plan
 */
public record Scorecard(Office office, PlanKind kind, ReportingPeriod period, PolicyRef policy, Weight totalWeight,
        BigDecimal totalScore, Optional<BigDecimal> percentOfTotal, ImmutableList<AreaResult> areas,
        ImmutableList<IndicatorResult> indicators, ImmutableList<Finding> findings, Extensions extensions) {

    /**
     * Checks the parts.
     *
     * @param office the office
     * @param kind the kind
     * @param period the period
     * @param policy the policy
     * @param totalWeight the total weight
     * @param totalScore the total score
     * @param percentOfTotal the percent of the total
     * @param areas the area results
     * @param indicators the indicator results
     * @param findings the findings
     * @param extensions the host's own data
     */
    public Scorecard {
        requireNonNull(extensions, "extensions");
        requireNonNull(office, "office");
        requireNonNull(kind, "kind");
        requireNonNull(period, "period");
        requireNonNull(policy, "policy");
        requireNonNull(totalWeight, "totalWeight");
        requireNonNull(totalScore, "totalScore");
        requireNonNull(percentOfTotal, "percentOfTotal");
        requireNonNull(areas, "areas");
        requireNonNull(indicators, "indicators");
        requireNonNull(findings, "findings");
    }

    /**
     * A figure of this scorecard as it is written: rounded once, HALF_UP, to the scale of its policy.
     *
     * @param figure an exact or unrounded figure of this scorecard
     * @return the figure rounded
     */
    public BigDecimal round(BigDecimal figure) {
        return policy.round(figure);
    }

    /**
     * A figure of this scorecard as a score is shown in text and reports: at the scale of its policy,
     * every decimal written ({@link PolicyRef#format(BigDecimal, Language)}).
     *
     * @param figure an exact or unrounded figure of this scorecard
     * @param language the language of the digits
     * @return the figure written
     */
    public String format(BigDecimal figure, Language language) {
        return policy.format(figure, language);
    }

    /**
     * A figure of this scorecard as a percent or an amount is shown in text and reports: at the scale of
     * its policy, trailing zeros dropped ({@link PolicyRef#formatCompact(BigDecimal, Language)}).
     *
     * @param figure an exact or unrounded figure of this scorecard
     * @param language the language of the digits
     * @return the figure written
     */
    public String formatCompact(BigDecimal figure, Language language) {
        return policy.formatCompact(figure, language);
    }

    /**
     * The fiscal year scored.
     *
     * @return the fiscal year
     */
    public FiscalYear fiscalYear() {
        return period.fiscalYear();
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity
     * @return those findings, in order
     */
    public ImmutableList<Finding> findings(Severity severity) {
        return findings.select(finding -> finding.severity() == severity);
    }

    /**
     * Whether any finding is an error.
     *
     * @return true if there is at least one ERROR finding
     */
    public boolean hasErrors() {
        return findings.anySatisfy(finding -> finding.severity() == Severity.ERROR);
    }

    /**
     * The result of the first indicator with a code.
     *
     * @param code the indicator's code
     * @return its result, or empty if no indicator has the code
     */
    public Optional<IndicatorResult> indicator(IndicatorCode code) {
        return Optional.ofNullable(indicators.detect(result -> result.code().equals(code)));
    }

    /**
     * The result of the first area with a code.
     *
     * @param code the area's code
     * @return its result, or empty if no area has the code
     */
    public Optional<AreaResult> area(AreaCode code) {
        return Optional.ofNullable(areas.detect(result -> result.code().equals(code)));
    }
}
