package org.citizencharter.core.testing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;

/**
 * The quarter-to-year arithmetic of {@code domain.md} §2, written plainly for tests: the achievement
 * to date by each method, and the target to date. The generators use it to write consistent reported
 * values; reference scorers may build on it. Stateless and thread-safe.
 */
public final class Aggregation {

    /** Divisions: 16 significant digits, HALF_UP, as in the default policy. */
    public static final MathContext DIVISION = new MathContext(16, RoundingMode.HALF_UP);

    private Aggregation() {
    }

    /**
     * The achievement to date of an indicator by its method, for a plan that reports by quarter.
     *
     * @param indicator the indicator
     * @param period the period
     * @param missingCountsZero whether an empty closed quarter counts 0 in a SUM (it does by default)
     * @return the achievement, or {@link Value#NOT_REPORTED} when nothing counts
     */
    public static Value achievement(Indicator indicator, ReportingPeriod period, boolean missingCountsZero) {
        if (indicator.unit().kind() == org.citizencharter.core.UnitKind.DATE) {
            LocalDate earliest = null;
            for (Quarter quarter : period.closedQuarters()) {
                LocalDate date = indicator.quarters().get(quarter).date().orElse(null);
                if (date != null && (earliest == null || date.isBefore(earliest))) {
                    earliest = date;
                }
            }
            return earliest == null ? Value.NOT_REPORTED : Value.of(earliest);
        }
        BigDecimal sum = BigDecimal.ZERO;
        int reported = 0;
        BigDecimal latest = null;
        for (Quarter quarter : period.closedQuarters()) {
            Value value = indicator.quarters().get(quarter);
            if (value.isReported()) {
                BigDecimal amount = value.amount().orElseThrow();
                sum = sum.add(amount);
                reported++;
                latest = amount;
            }
        }
        return switch (indicator.method()) {
            case SUM -> reported == 0 && !missingCountsZero ? Value.NOT_REPORTED : Value.of(sum);
            case AVERAGE -> reported == 0 ? Value.NOT_REPORTED
                    : Value.of(sum.divide(BigDecimal.valueOf(reported), DIVISION));
            case CUMULATIVE -> latest == null ? Value.NOT_REPORTED : Value.of(latest);
            case DATE -> throw new IllegalStateException("DATE method on a non-date indicator");
        };
    }

    /**
     * The target to date of a single target: for SUM, the quarterly targets of Q1..q if the plan has
     * them, else annual × q / 4; for other methods, the annual target.
     *
     * @param indicator the indicator, with a single target
     * @param period the period
     * @return the target to date
     */
    public static BigDecimal targetToDate(Indicator indicator, ReportingPeriod period) {
        Target.Single target = (Target.Single) indicator.target();
        if (indicator.method() != org.citizencharter.core.CalculationMethod.SUM) {
            return target.annual();
        }
        if (target.hasQuarterlyTargets()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Quarter quarter : period.closedQuarters()) {
                sum = sum.add(target.quarterly(quarter));
            }
            return sum;
        }
        return target.annual().multiply(BigDecimal.valueOf(period.asOf().number()))
                .divide(BigDecimal.valueOf(4), DIVISION);
    }

    /**
     * 100 × part / whole, with 16 significant digits.
     *
     * @param part the achievement
     * @param whole the target, not zero
     * @return the percent
     */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, DIVISION);
    }
}
