package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A value an office reports or a scorer computes: an amount, a date, or nothing reported.
 *
 * <p>Quarterly achievements, reported actuals, achievements and targets to date are values. Numbers
 * and percents are {@link Amount amounts} (exact decimals that keep their scale), completion dates are
 * {@link OnDate dates}, and a quarter left empty or written "-" is {@link #NOT_REPORTED}. Immutable.
 */
public sealed interface Value permits Value.Amount, Value.OnDate, Value.NotReported {

    /** Nothing reported: the cell was blank or "-". */
    Value NOT_REPORTED = NotReported.INSTANCE;

    /**
     * An amount.
     *
     * @param amount the amount, kept with its scale
     * @return the value
     */
    static Value of(BigDecimal amount) {
        return new Amount(amount);
    }

    /**
     * A whole amount.
     *
     * @param amount the amount
     * @return the value
     */
    static Value of(long amount) {
        return new Amount(BigDecimal.valueOf(amount));
    }

    /**
     * A date.
     *
     * @param date the date
     * @return the value
     */
    static Value of(LocalDate date) {
        return new OnDate(date);
    }

    /**
     * Whether something was reported.
     *
     * @return false only for {@link #NOT_REPORTED}
     */
    default boolean isReported() {
        return !(this instanceof NotReported);
    }

    /**
     * The amount, if this is one.
     *
     * @return the amount, or empty for a date or nothing
     */
    default Optional<BigDecimal> amount() {
        return this instanceof Amount a ? Optional.of(a.value()) : Optional.empty();
    }

    /**
     * The date, if this is one.
     *
     * @return the date, or empty for an amount or nothing
     */
    default Optional<LocalDate> date() {
        return this instanceof OnDate d ? Optional.of(d.value()) : Optional.empty();
    }

    /**
     * The value as offices write it: the amount in the language's digits, the date DD-MM-YYYY, "-" for
     * nothing reported.
     *
     * @param language the language
     * @return the text
     */
    String format(Language language);

    /**
     * An amount: a count, a sum of money, a percent.
     *
     * @param value the amount, kept with the scale it was written or computed with
     */
    record Amount(BigDecimal value) implements Value {
        /**
         * Checks that the amount is not null.
         *
         * @param value the amount
         */
        public Amount {
            requireNonNull(value, "value");
        }

        @Override
        public String format(Language language) {
            return Numerals.format(value, language);
        }

        /**
         * The amount in plain ASCII ("17.50").
         *
         * @return the text
         */
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /**
     * A date, such as the day a task was completed.
     *
     * @param value the date
     */
    record OnDate(LocalDate value) implements Value {
        /**
         * Checks that the date is not null.
         *
         * @param value the date
         */
        public OnDate {
            requireNonNull(value, "value");
        }

        @Override
        public String format(Language language) {
            return DateText.format(value, language);
        }

        /**
         * The date in ISO form ("2011-01-12").
         *
         * @return the text
         */
        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** Nothing reported. Use {@link Value#NOT_REPORTED}. */
    enum NotReported implements Value {
        /** The one instance. */
        INSTANCE;

        @Override
        public String format(Language language) {
            return "-";
        }

        /**
         * "NOT_REPORTED".
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "NOT_REPORTED";
        }
    }
}
