package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.Value;

/**
 * An indicator's achievement to date and how it compares with its targets, derived by one of the
 * aggregation rules from its quarters by its method (or, in an annual evaluation, taken from its
 * reported actual). One per indicator. Immutable.
 *
 * <p>The annual target and the target to date are amounts for numbers and percents (for graded
 * targets, the 100 % column; for a SUM, the target to date is pro rata or the quarterly targets of the
 * closed quarters) and dates for dates. The achievement of an amount is also kept as an exact
 * {@link Fraction} ({@link #exact()}: an AVERAGE is a quotient). The percents are exact, 100 × A / T
 * and 100 × A / T(q), uncapped; null where the divisor is 0 or missing, for dates, when nothing was
 * achieved, and when the target is missing or unusable.
 *
 * @param indicator the indicator it belongs to, so that a rule can test both in one pattern
 *     ({@code Achievement( indicator.targetKind == TargetKind.SINGLE, amount != null )})
 * @param value the achievement, or {@link Value#NOT_REPORTED} when nothing counts (an amount to 34
 *     significant digits)
 * @param exact the achievement of an amount, exactly; null for a date or nothing
 * @param annual the annual target, or {@link Value#NOT_REPORTED} when there is none
 * @param toDate the target to date, or {@link Value#NOT_REPORTED} when there is none
 * @param ofAnnualTarget the achievement as a percent of the annual target, or null
 * @param ofTargetToDate the achievement as a percent of the target to date, or null
 * @param rule the name of the rule that derived it
 */
public record Achievement(IndicatorFact indicator, Value value, Fraction exact, Value annual, Value toDate,
        Fraction ofAnnualTarget, Fraction ofTargetToDate, String rule) {

    /**
     * Checks the parts.
     *
     * @param indicator the indicator
     * @param value the achievement
     * @param exact the exact amount, or null
     * @param annual the annual target
     * @param toDate the target to date
     * @param ofAnnualTarget the percent of the annual target
     * @param ofTargetToDate the percent of the target to date
     * @param rule the deriving rule
     */
    public Achievement {
        requireNonNull(indicator, "indicator");
        requireNonNull(value, "value");
        requireNonNull(annual, "annual");
        requireNonNull(toDate, "toDate");
        requireNonNull(rule, "rule");
    }

    /**
     * The indicator's {@link IndicatorFact#index() index}, to join facts that name it by index.
     *
     * @return the index
     */
    public int index() {
        return indicator.index();
    }

    /**
     * The amount achieved.
     *
     * @return the amount, or null for a date or nothing
     */
    public BigDecimal amount() {
        return ValueFact.amountOf(value);
    }

    /**
     * The completion date achieved.
     *
     * @return the date, or null for an amount or nothing
     */
    public LocalDate date() {
        return value.date().orElse(null);
    }

    /**
     * Whether anything counts as achieved.
     *
     * @return false when the achievement is {@link Value#NOT_REPORTED}
     */
    public boolean reported() {
        return value.isReported();
    }

    /**
     * The annual target as an amount.
     *
     * @return the amount, or null
     */
    public BigDecimal annualAmount() {
        return ValueFact.amountOf(annual);
    }

    /**
     * The target to date as an amount.
     *
     * @return the amount, or null
     */
    public BigDecimal toDateAmount() {
        return ValueFact.amountOf(toDate);
    }

    /**
     * T, the annual target as an exact figure, for the formulas of scoring.drl.
     *
     * @return the annual target, or null for dates and no target
     */
    public Fraction annualTarget() {
        BigDecimal amount = annualAmount();
        return amount == null ? null : Fraction.of(amount);
    }

    /**
     * T(q), the target to date as an exact figure, for the formulas of scoring.drl.
     *
     * @return the target to date, or null for dates and no target
     */
    public Fraction targetToDate() {
        BigDecimal amount = toDateAmount();
        return amount == null ? null : Fraction.of(amount);
    }

    /**
     * Whether a reported percent can be checked against this achievement: nothing was achieved (the
     * percent must then be 0), or a percent was computed.
     *
     * @return true if it can
     */
    public boolean percentCheckable() {
        return org.citizencharter.rules.internal.Formulas.percentCheckable(this);
    }
}
