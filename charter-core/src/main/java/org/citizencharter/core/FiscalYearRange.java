package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The fiscal years a scoring policy governs: from one year, until one year, both, or all.
 *
 * <p>{@link #toString()} writes "2019-20..2024-25", "2025-26.." or ".." (all), which
 * {@link #parse(String)} reads back. Immutable.
 *
 * @param from the first year governed, or empty for no lower bound
 * @param until the last year governed, or empty for no upper bound
 */
public record FiscalYearRange(Optional<FiscalYear> from, Optional<FiscalYear> until) {

    private static final FiscalYearRange ALL = new FiscalYearRange(Optional.empty(), Optional.empty());

    /**
     * Checks that the range is not empty.
     *
     * @param from the first year governed
     * @param until the last year governed
     */
    public FiscalYearRange {
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        if (from.isPresent() && until.isPresent() && from.get().compareTo(until.get()) > 0) {
            throw InvalidInputException.of("The range of fiscal years ends before it begins",
                    from.get() + ".." + until.get());
        }
    }

    /**
     * Every fiscal year.
     *
     * @return the unbounded range
     */
    public static FiscalYearRange all() {
        return ALL;
    }

    /**
     * The years from one on, with no end.
     *
     * @param first the first year
     * @return the range
     */
    public static FiscalYearRange from(FiscalYear first) {
        return new FiscalYearRange(Optional.of(first), Optional.empty());
    }

    /**
     * The years up to and including one.
     *
     * @param last the last year
     * @return the range
     */
    public static FiscalYearRange until(FiscalYear last) {
        return new FiscalYearRange(Optional.empty(), Optional.of(last));
    }

    /**
     * The years from one to another, both included.
     *
     * @param first the first year
     * @param last the last year
     * @return the range
     */
    public static FiscalYearRange between(FiscalYear first, FiscalYear last) {
        return new FiscalYearRange(Optional.of(first), Optional.of(last));
    }

    /**
     * One fiscal year.
     *
     * @param year the year
     * @return the range holding just that year
     */
    public static FiscalYearRange only(FiscalYear year) {
        return between(year, year);
    }

    /**
     * Reads "2019-20..2024-25", "2025-26..", "..2024-25", ".." or a single year "2023-24".
     *
     * @param text the text
     * @return the range
     * @throws InvalidInputException if the text is not such a range
     */
    public static FiscalYearRange parse(String text) {
        String s = Numerals.normalizeForMatching(text).replace(" ", "");
        int dots = s.indexOf("..");
        if (dots < 0) {
            return only(FiscalYear.parse(s));
        }
        String first = s.substring(0, dots);
        String last = s.substring(dots + 2);
        return new FiscalYearRange(first.isEmpty() ? Optional.empty() : Optional.of(FiscalYear.parse(first)),
                last.isEmpty() ? Optional.empty() : Optional.of(FiscalYear.parse(last)));
    }

    /**
     * Whether a fiscal year is in the range.
     *
     * @param year the year
     * @return true if the range holds it
     */
    public boolean contains(FiscalYear year) {
        return from.map(first -> first.compareTo(year) <= 0).orElse(true)
                && until.map(last -> last.compareTo(year) >= 0).orElse(true);
    }

    /**
     * Whether two ranges share at least one year.
     *
     * @param other the other range
     * @return true if they overlap
     */
    public boolean overlaps(FiscalYearRange other) {
        boolean thisEndsBefore = until.isPresent() && other.from.isPresent()
                && until.get().compareTo(other.from.get()) < 0;
        boolean otherEndsBefore = other.until.isPresent() && from.isPresent()
                && other.until.get().compareTo(from.get()) < 0;
        return !thisEndsBefore && !otherEndsBefore;
    }

    /**
     * The canonical form, such as "2019-20..2024-25".
     *
     * @return the text
     */
    @Override
    public String toString() {
        return from.map(FiscalYear::toString).orElse("") + ".." + until.map(FiscalYear::toString).orElse("");
    }
}
