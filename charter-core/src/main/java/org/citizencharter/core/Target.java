package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The target (লক্ষ্যমাত্রা) of an indicator: one value, one date, five graded values or dates, or none.
 *
 * <p>Sub-plans such as the Citizen's Charter plan set {@link Single one value} (optionally split into
 * quarterly targets) or a {@link Deadline}; the APA main plan sets {@link Graded five graded values}
 * or {@link GradedDates five graded dates}, in the order of {@link Grade#columns()}. A plan may lack
 * a target ({@link #NONE}) or carry a zero, negative or unordered one: those are findings when the
 * plan is scored, not exceptions. Immutable.
 */
public sealed interface Target permits Target.Single, Target.Deadline, Target.Graded, Target.GradedDates,
        Target.Missing {

    /** No target was set. */
    Target NONE = Missing.INSTANCE;

    /**
     * An annual target without quarterly targets.
     *
     * @param annual the annual target
     * @return the target
     */
    static Single of(BigDecimal annual) {
        return new Single(annual, Lists.immutable.empty());
    }

    /**
     * A whole annual target without quarterly targets.
     *
     * @param annual the annual target
     * @return the target
     */
    static Single of(long annual) {
        return of(BigDecimal.valueOf(annual));
    }

    /**
     * An annual target with a target for each quarter.
     *
     * @param annual the annual target
     * @param q1 the target for Q1
     * @param q2 the target for Q2
     * @param q3 the target for Q3
     * @param q4 the target for Q4
     * @return the target
     */
    static Single of(BigDecimal annual, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4) {
        return new Single(annual, Lists.immutable.of(q1, q2, q3, q4));
    }

    /**
     * A deadline.
     *
     * @param date the date by which the task must be done
     * @return the target
     */
    static Deadline by(LocalDate date) {
        return new Deadline(date);
    }

    /**
     * Five graded values, from the 100 % column to the 60 % column.
     *
     * @param columns the five values
     * @return the target
     */
    static Graded graded(BigDecimal... columns) {
        return new Graded(Lists.immutable.of(columns));
    }

    /**
     * Five graded dates, from the 100 % column to the 60 % column.
     *
     * @param columns the five dates
     * @return the target
     */
    static GradedDates gradedDates(LocalDate... columns) {
        return new GradedDates(Lists.immutable.of(columns));
    }

    /**
     * Whether this target suits an indicator of a unit: amounts for numbers and percents, dates for dates.
     * {@link #NONE} suits every unit.
     *
     * @param unit the indicator's unit kind
     * @return true if the target can belong to such an indicator
     */
    boolean suits(UnitKind unit);

    /**
     * One annual target, as in the governance sub-plans, with optional quarterly targets.
     *
     * @param annual the annual target
     * @param quarterly the targets for Q1..Q4, or empty when the plan sets none
     */
    record Single(BigDecimal annual, ImmutableList<BigDecimal> quarterly) implements Target {
        /**
         * Checks the parts: quarterly targets are four or none.
         *
         * @param annual the annual target
         * @param quarterly the quarterly targets
         */
        public Single {
            requireNonNull(annual, "annual");
            requireNonNull(quarterly, "quarterly");
            if (!quarterly.isEmpty() && quarterly.size() != 4) {
                throw InvalidInputException.of("Quarterly targets are four, one a quarter, or none",
                        quarterly.makeString(", "));
            }
            if (quarterly.contains(null)) {
                throw new NullPointerException("quarterly target");
            }
        }

        /**
         * Whether the plan sets a target for each quarter.
         *
         * @return true if there are quarterly targets
         */
        public boolean hasQuarterlyTargets() {
            return !quarterly.isEmpty();
        }

        /**
         * The target for one quarter.
         *
         * @param quarter the quarter
         * @return the quarterly target
         * @throws IllegalStateException if the plan sets no quarterly targets
         */
        public BigDecimal quarterly(Quarter quarter) {
            if (quarterly.isEmpty()) {
                throw new IllegalStateException("The target (" + annual + ") has no quarterly targets");
            }
            return quarterly.get(quarter.ordinal());
        }

        @Override
        public boolean suits(UnitKind unit) {
            return unit != UnitKind.DATE;
        }
    }

    /**
     * A date by which a task must be done.
     *
     * @param date the deadline
     */
    record Deadline(LocalDate date) implements Target {
        /**
         * Checks that the date is not null.
         *
         * @param date the deadline
         */
        public Deadline {
            requireNonNull(date, "date");
        }

        @Override
        public boolean suits(UnitKind unit) {
            return unit == UnitKind.DATE;
        }
    }

    /**
     * Five graded values of the APA main plan, in the order of {@link Grade#columns()}.
     *
     * @param columns the values of the 100, 90, 80, 70 and 60 % columns
     */
    record Graded(ImmutableList<BigDecimal> columns) implements Target {
        /**
         * Checks that there are five columns.
         *
         * @param columns the five values
         */
        public Graded {
            requireNonNull(columns, "columns");
            if (columns.size() != Grade.columns().size()) {
                throw InvalidInputException.of("A graded target has five columns", columns.makeString(", "));
            }
            if (columns.contains(null)) {
                throw new NullPointerException("column");
            }
        }

        /**
         * The value of one column.
         *
         * @param grade the column
         * @return its value
         */
        public BigDecimal column(Grade grade) {
            return columns.get(grade.ordinal());
        }

        @Override
        public boolean suits(UnitKind unit) {
            return unit != UnitKind.DATE;
        }
    }

    /**
     * Five graded dates of the APA main plan, in the order of {@link Grade#columns()}; earlier is better
     * when the 100 % column is the earliest.
     *
     * @param columns the dates of the 100, 90, 80, 70 and 60 % columns
     */
    record GradedDates(ImmutableList<LocalDate> columns) implements Target {
        /**
         * Checks that there are five columns.
         *
         * @param columns the five dates
         */
        public GradedDates {
            requireNonNull(columns, "columns");
            if (columns.size() != Grade.columns().size()) {
                throw InvalidInputException.of("A graded target has five columns", columns.makeString(", "));
            }
            if (columns.contains(null)) {
                throw new NullPointerException("column");
            }
        }

        /**
         * The date of one column.
         *
         * @param grade the column
         * @return its date
         */
        public LocalDate column(Grade grade) {
            return columns.get(grade.ordinal());
        }

        @Override
        public boolean suits(UnitKind unit) {
            return unit == UnitKind.DATE;
        }
    }

    /** No target. Use {@link Target#NONE}. */
    enum Missing implements Target {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean suits(UnitKind unit) {
            return true;
        }
    }
}
