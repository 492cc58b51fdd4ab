package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import org.citizencharter.core.FindingType;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Office;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.ScoringPolicy;

/**
 * The one fact about a roll-up: the office rolled up, the period and the policy. Immutable.
 *
 * @param office the office whose subordinates are rolled up
 * @param period the period
 * @param policy the policy of the period's fiscal year
 */
public record RollUpContext(Office office, ReportingPeriod period, ScoringPolicy policy) {

    /**
     * Checks the parts.
     *
     * @param office the office
     * @param period the period
     * @param policy the policy
     */
    public RollUpContext {
        requireNonNull(office, "office");
        requireNonNull(period, "period");
        requireNonNull(policy, "policy");
    }

    /**
     * Starts a finding of the catalogue with the policy's severity.
     *
     * @param type the catalogue entry
     * @return a builder
     */
    public Finding.Builder finding(FindingType type) {
        return Finding.of(type).severity(policy.severityOf(type));
    }
}
