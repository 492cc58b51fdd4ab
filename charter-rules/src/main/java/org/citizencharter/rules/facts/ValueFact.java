package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Value;

/**
 * One value an office wrote for an indicator: a quarter's achievement, or the reported actual beside
 * the quarters ({@link #quarter()} null). The lists of {@link IndicatorFact} hold them, for rules to
 * match with {@code from}. Immutable.
 *
 * @param index the indicator's {@link IndicatorFact#index() index}
 * @param quarter the quarter, or null for the reported actual
 * @param value the value, possibly {@link Value#NOT_REPORTED}
 * @param closed whether the quarter has closed by the report (true for the reported actual)
 */
public record ValueFact(int index, Quarter quarter, Value value, boolean closed) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the parts.
     *
     * @param index the indicator's index
     * @param quarter the quarter
     * @param value the value
     * @param closed whether the quarter has closed
     */
    public ValueFact {
        requireNonNull(value, "value");
    }

    /**
     * The quarter's number, 1 to 4, or 0 for the reported actual.
     *
     * @return the number
     */
    public int number() {
        return quarter == null ? 0 : quarter.number();
    }

    /**
     * Whether this is a quarter's value (not the reported actual).
     *
     * @return true for a quarter
     */
    public boolean quarterly() {
        return quarter != null;
    }

    /**
     * Whether something was written.
     *
     * @return false for {@link Value#NOT_REPORTED}
     */
    public boolean reported() {
        return value.isReported();
    }

    /**
     * The amount, if the value is one.
     *
     * @return the amount, or null
     */
    public BigDecimal amount() {
        return amountOf(value);
    }

    /**
     * Whether the value is a negative amount.
     *
     * @return true if it is
     */
    public boolean negative() {
        BigDecimal amount = amountOf(value);
        return amount != null && amount.signum() < 0;
    }

    /**
     * Whether the value is an amount outside 0..100 (which matters for a percent indicator).
     *
     * @return true if it is
     */
    public boolean outsidePercentRange() {
        BigDecimal amount = amountOf(value);
        return amount != null && outsidePercentRange(amount);
    }

    /**
     * Whether a percent lies outside 0..100.
     *
     * @param percent the percent
     * @return true if it is below 0 or above 100
     */
    public static boolean outsidePercentRange(BigDecimal percent) {
        return percent.signum() < 0 || percent.compareTo(HUNDRED) > 0;
    }

    /**
     * The date, if the value is one.
     *
     * @return the date, or null
     */
    public LocalDate date() {
        return value.date().orElse(null);
    }

    /**
     * The amount of a value, or null: {@code Value.amount()} would make an {@code Optional} each time, and
     * the facts read amounts for every indicator of every plan.
     */
    static BigDecimal amountOf(Value value) {
        return value instanceof Value.Amount amount ? amount.value() : null;
    }
}
