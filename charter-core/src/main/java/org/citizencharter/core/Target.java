package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The target (লক্ষ্যমাত্রা) of an indicator: one value, one date, graded values or dates, or none.
 *
 * <p>Sub-plans such as the Citizen's Charter plan set {@link Single one value} (optionally split into
 * quarterly targets) or a {@link Deadline} (possibly written as a range, whose last day counts); the
 * APA main plan sets {@link Graded graded values} or {@link GradedDates graded dates}, in the order of
 * {@link Grade#columns()}. A plan may lack a target ({@link #NONE}) or carry a zero, negative,
 * unordered or short one (fewer than five graded columns): those are findings when the plan is
 * scored, not exceptions. Each target answers for itself what domain.md §3 asks of it: its
 * {@link #kind()}, whether it {@link #isMissing() is missing}, whether it {@link #isUsable() can be
 * scored against}, its {@link #direction(Polarity) direction}. Immutable.
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
     * A deadline written as a range ("০১-১২-২০২৩ থেকে ৩১-১২-২০২৩"): its last day is the deadline.
     *
     * @param from the first day of the range
     * @param to the last day of the range, the deadline
     * @return the target
     */
    static Deadline between(LocalDate from, LocalDate to) {
        return new Deadline(to, Optional.of(from));
    }

    /**
     * Graded values, from the 100 % column towards the 60 % column (five in a usable target).
     *
     * @param columns the values
     * @return the target
     */
    static Graded graded(BigDecimal... columns) {
        return new Graded(Lists.immutable.of(columns));
    }

    /**
     * Graded dates, from the 100 % column towards the 60 % column (five in a usable target).
     *
     * @param columns the dates
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
     * The kind of this target.
     *
     * @return the kind
     */
    TargetKind kind();

    /**
     * Whether the target is missing (TARGET_MISSING): none (for a date, no deadline), a zero single
     * target, or fewer than five graded columns.
     *
     * @return true if missing
     */
    boolean isMissing();

    /**
     * Whether the indicator can be scored against this target (domain.md §3): a single target above
     * zero with no negative quarterly target; a deadline; five graded columns, none negative, strictly
     * ordered in one direction.
     *
     * @return true if usable
     */
    boolean isUsable();

    /**
     * Whether graded columns are strictly ordered in one direction; true for targets without columns.
     *
     * @return false only for graded columns out of order
     */
    default boolean isOrdered() {
        return true;
    }

    /**
     * Which way an achievement is better against this target: the polarity for a single target, the
     * columns' order for graded ones (lower when the 100 % column is below the last), earlier for a
     * deadline.
     *
     * @param polarity the indicator's polarity
     * @return the direction
     */
    Direction direction(Polarity polarity);

    /**
     * The annual target as an amount: the single target, or the 100 % graded column.
     *
     * @return the amount, or empty for dates and no target
     */
    default Optional<BigDecimal> annualAmount() {
        return Optional.empty();
    }

    /**
     * Every amount the target states (the annual and quarterly targets, or the graded columns), to
     * check for negative values and percents out of range.
     *
     * @return the amounts, possibly none
     */
    default ImmutableList<BigDecimal> amounts() {
        return Lists.immutable.empty();
    }

    /**
     * Every date the target states (the deadline and the start of its range, or the graded dates).
     *
     * @return the dates, possibly none
     */
    default ImmutableList<LocalDate> dates() {
        return Lists.immutable.empty();
    }

    /**
     * The last day on which completing a date indicator still earns marks: the deadline; for graded
     * dates, the 60 % column when earlier is better, else the fiscal year's last day.
     *
     * @param year the plan's fiscal year
     * @return the day, or empty for targets that are not dates
     */
    default Optional<LocalDate> lastScoringDay(FiscalYear year) {
        return Optional.empty();
    }

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

        @Override
        public TargetKind kind() {
            return TargetKind.SINGLE;
        }

        @Override
        public boolean isMissing() {
            return annual.signum() == 0;
        }

        @Override
        public boolean isUsable() {
            return annual.signum() > 0 && quarterly.noneSatisfy(value -> value.signum() < 0);
        }

        @Override
        public Direction direction(Polarity polarity) {
            return polarity == Polarity.LOWER ? Direction.LOWER : Direction.HIGHER;
        }

        @Override
        public Optional<BigDecimal> annualAmount() {
            return Optional.of(annual);
        }

        @Override
        public ImmutableList<BigDecimal> amounts() {
            return Lists.immutable.with(annual).newWithAll(quarterly);
        }

        /**
         * The sum of the quarterly targets.
         *
         * @return the sum, or empty when the plan sets none
         */
        public Optional<BigDecimal> quarterlySum() {
            return quarterly.isEmpty() ? Optional.empty()
                    : Optional.of(quarterly.injectInto(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /**
     * A date by which a task must be done, possibly written as a range whose last day is the deadline.
     *
     * @param date the deadline (the last day of a range)
     * @param from the first day, when the deadline was written as a range
     */
    record Deadline(LocalDate date, Optional<LocalDate> from) implements Target {
        /**
         * Checks that the dates are not null.
         *
         * @param date the deadline
         * @param from the first day of a range, or empty
         */
        public Deadline {
            requireNonNull(date, "date");
            requireNonNull(from, "from");
        }

        /**
         * A deadline of one day.
         *
         * @param date the deadline
         */
        public Deadline(LocalDate date) {
            this(date, Optional.empty());
        }

        @Override
        public boolean suits(UnitKind unit) {
            return unit == UnitKind.DATE;
        }

        @Override
        public TargetKind kind() {
            return TargetKind.DEADLINE;
        }

        @Override
        public boolean isMissing() {
            return false;
        }

        @Override
        public boolean isUsable() {
            return true;
        }

        @Override
        public Direction direction(Polarity polarity) {
            return Direction.LOWER;
        }

        @Override
        public ImmutableList<LocalDate> dates() {
            return from.isPresent() ? Lists.immutable.of(from.get(), date) : Lists.immutable.of(date);
        }

        @Override
        public Optional<LocalDate> lastScoringDay(FiscalYear year) {
            return Optional.of(date);
        }
    }

    /**
     * Five graded values of the APA main plan, in the order of {@link Grade#columns()}.
     *
     * @param columns the values of the 100, 90, 80, 70 and 60 % columns
     */
    record Graded(ImmutableList<BigDecimal> columns) implements Target {
        /**
         * Checks that there are one to five columns (fewer than five is kept, and is TARGET_MISSING).
         *
         * @param columns the values
         */
        public Graded {
            requireNonNull(columns, "columns");
            if (columns.isEmpty() || columns.size() > Grade.columns().size()) {
                throw InvalidInputException.of("A graded target has one to five columns", columns.makeString(", "));
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
         * @throws IndexOutOfBoundsException if the target stops before that column (fewer than five: {@link
         *     #isMissing()})
         */
        public BigDecimal column(Grade grade) {
            return columns.get(grade.ordinal());
        }

        @Override
        public boolean suits(UnitKind unit) {
            return unit != UnitKind.DATE;
        }

        @Override
        public TargetKind kind() {
            return TargetKind.GRADED;
        }

        @Override
        public boolean isMissing() {
            return columns.size() < Grade.columns().size();
        }

        @Override
        public boolean isUsable() {
            return !isMissing() && isOrdered() && columns.noneSatisfy(value -> value.signum() < 0);
        }

        @Override
        public boolean isOrdered() {
            return Grading.strictlyOneWay(columns);
        }

        @Override
        public Direction direction(Polarity polarity) {
            return columns.getFirst().compareTo(columns.getLast()) < 0 ? Direction.LOWER : Direction.HIGHER;
        }

        @Override
        public Optional<BigDecimal> annualAmount() {
            return Optional.of(columns.getFirst());
        }

        @Override
        public ImmutableList<BigDecimal> amounts() {
            return columns;
        }

        /**
         * The raw mark (0 to 100) of an achievement: 100 at or beyond the 100 % column, 0 short of the
         * 60 % column, between two columns g_low + 10 × (A − T_low) / (T_high − T_low). Exact.
         *
         * @param achieved the achievement
         * @return the raw mark
         * @throws IllegalStateException if the target is not {@link #isUsable() usable}
         */
        public Fraction raw(BigDecimal achieved) {
            return raw(Fraction.of(achieved));
        }

        /**
         * The raw mark of an exact achievement (an AVERAGE may be a quotient), as {@link #raw(BigDecimal)}.
         *
         * @param achieved the achievement
         * @return the raw mark
         * @throws IllegalStateException if the target is not {@link #isUsable() usable}
         */
        public Fraction raw(Fraction achieved) {
            return Grading.raw(achieved, columns.collect(Fraction::of), usable(this));
        }

        /**
         * The two columns an achievement fell between.
         *
         * @param achieved the achievement
         * @return the band
         */
        public GradeBand band(BigDecimal achieved) {
            return Grading.band(Fraction.of(achieved), columns.collect(Fraction::of), usable(this));
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
         * Checks that there are one to five columns (fewer than five is kept, and is TARGET_MISSING).
         *
         * @param columns the dates
         */
        public GradedDates {
            requireNonNull(columns, "columns");
            if (columns.isEmpty() || columns.size() > Grade.columns().size()) {
                throw InvalidInputException.of("A graded target has one to five columns", columns.makeString(", "));
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
         * @throws IndexOutOfBoundsException if the target stops before that column (fewer than five: {@link
         *     #isMissing()})
         */
        public LocalDate column(Grade grade) {
            return columns.get(grade.ordinal());
        }

        @Override
        public boolean suits(UnitKind unit) {
            return unit == UnitKind.DATE;
        }

        @Override
        public TargetKind kind() {
            return TargetKind.GRADED_DATES;
        }

        @Override
        public boolean isMissing() {
            return columns.size() < Grade.columns().size();
        }

        @Override
        public boolean isUsable() {
            return !isMissing() && isOrdered();
        }

        @Override
        public boolean isOrdered() {
            return Grading.strictlyOneWay(columns);
        }

        @Override
        public Direction direction(Polarity polarity) {
            return columns.getFirst().isBefore(columns.getLast()) ? Direction.LOWER : Direction.HIGHER;
        }

        @Override
        public ImmutableList<LocalDate> dates() {
            return columns;
        }

        @Override
        public Optional<LocalDate> lastScoringDay(FiscalYear year) {
            return Optional.of(direction(Polarity.HIGHER) == Direction.LOWER ? columns.getLast() : year.end());
        }

        /**
         * The raw mark (0 to 100) of a completion date: the graded formula on day numbers. Exact.
         *
         * @param completed the completion date
         * @return the raw mark
         * @throws IllegalStateException if the target is not {@link #isUsable() usable}
         */
        public Fraction raw(LocalDate completed) {
            return Grading.raw(Fraction.of(completed.toEpochDay()), columns.collect(d -> Fraction.of(d.toEpochDay())),
                    usable(this));
        }

        /**
         * The two columns a completion date fell between.
         *
         * @param completed the completion date
         * @return the band
         */
        public GradeBand band(LocalDate completed) {
            return Grading.band(Fraction.of(completed.toEpochDay()), columns.collect(d -> Fraction.of(d.toEpochDay())),
                    usable(this));
        }
    }

    private static boolean usable(Target target) {
        if (!target.isUsable()) {
            throw new IllegalStateException("The target (" + target + ") cannot be scored against");
        }
        return true;
    }

    /** No target. Use {@link Target#NONE}. */
    enum Missing implements Target {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean suits(UnitKind unit) {
            return true;
        }

        @Override
        public TargetKind kind() {
            return TargetKind.NONE;
        }

        @Override
        public boolean isMissing() {
            return true;
        }

        @Override
        public boolean isUsable() {
            return false;
        }

        @Override
        public Direction direction(Polarity polarity) {
            return polarity == Polarity.LOWER ? Direction.LOWER : Direction.HIGHER;
        }
    }
}
