package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * An office and the offices under it, scored for one period: each office's scorecard, the mean and the
 * minimum percent of total over the subordinates that reported, and a SUBORDINATE_REPORT_MISSING
 * finding for each subordinate without a plan. Immutable.
 *
 * @param office the office rolled up
 * @param period the period
 * @param own the office's own scorecard, if it has a plan
 * @param subordinates the scorecards of the offices under it that have plans, in hierarchy order
 * @param meanPercentOfTotal the mean of the subordinates' percents of total, if any reported
 * @param minimumPercentOfTotal the least of the subordinates' percents of total, if any reported
 * @param findings the roll-up's own findings (missing reports), in {@link Finding#ORDER}
 */
public record RollUp(Office office, ReportingPeriod period, Optional<Scorecard> own,
        ImmutableList<Scorecard> subordinates, Optional<BigDecimal> meanPercentOfTotal,
        Optional<BigDecimal> minimumPercentOfTotal, ImmutableList<Finding> findings) {

    /**
     * Checks the parts.
     *
     * @param office the office
     * @param period the period
     * @param own its own scorecard
     * @param subordinates the subordinates' scorecards
     * @param meanPercentOfTotal the mean percent
     * @param minimumPercentOfTotal the minimum percent
     * @param findings the findings
     */
    public RollUp {
        requireNonNull(office, "office");
        requireNonNull(period, "period");
        requireNonNull(own, "own");
        requireNonNull(subordinates, "subordinates");
        requireNonNull(meanPercentOfTotal, "meanPercentOfTotal");
        requireNonNull(minimumPercentOfTotal, "minimumPercentOfTotal");
        requireNonNull(findings, "findings");
    }
}
