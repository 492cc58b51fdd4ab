package org.citizencharter.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * A fiscal year of the Government of Bangladesh: "2023-24" runs from 1 July 2023 to 30 June 2024.
 *
 * <p>{@link #parse(String)} reads "2023-24", "২০২৩-২৪", "2023-2024" and "২০২৩–২০২৪";
 * {@link #toString()} writes "2023-24", which {@code parse} reads back. Immutable.
 *
 * @param startYear the calendar year in which the fiscal year begins, on 1 July
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** The earliest start year accepted (the Republic's first fiscal year began in 1972). */
    public static final int MIN_START_YEAR = 1900;
    /** The latest start year accepted. */
    public static final int MAX_START_YEAR = 2999;

    /**
     * Checks that the year is in range.
     *
     * @param startYear the calendar year in which the fiscal year begins
     */
    public FiscalYear {
        if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
            throw InvalidInputException.of("The fiscal year must begin between " + MIN_START_YEAR + " and "
                    + MAX_START_YEAR, Integer.toString(startYear));
        }
    }

    /**
     * The fiscal year that begins in July of a calendar year.
     *
     * @param startYear the calendar year, such as 2023 for "2023-24"
     * @return the fiscal year
     */
    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /**
     * The fiscal year that contains a date.
     *
     * @param date the date
     * @return the fiscal year
     */
    public static FiscalYear containing(LocalDate date) {
        return of(date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads a fiscal year written "2023-24" or "2023-2024", in Bengali or ASCII digits, with a hyphen,
     * an en dash or a slash.
     *
     * @param text the text
     * @return the fiscal year
     * @throws InvalidInputException if the text is not a fiscal year, or its years are not
     *     consecutive ("2023-25")
     */
    public static FiscalYear parse(String text) {
        String s = Numerals.normalizeForMatching(text).replace(" ", "");
        int separator = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '\u2013' || c == '/') {
                if (separator >= 0) {
                    throw unreadable(text);
                }
                separator = i;
            } else if (Numerals.digitValue(c) < 0) {
                throw unreadable(text);
            }
        }
        if (separator != 4 || (s.length() != 7 && s.length() != 9)) {
            throw unreadable(text);
        }
        int start = Numerals.parseInt(s.substring(0, 4));
        int end = Numerals.parseInt(s.substring(5));
        int expectedEnd = s.length() == 7 ? (start + 1) % 100 : start + 1;
        if (end != expectedEnd) {
            throw InvalidInputException.of("The fiscal year must span two consecutive years", text)
                    .withHint("Write " + of(start));
        }
        return of(start);
    }

    /**
     * The calendar year in which the fiscal year ends, on 30 June.
     *
     * @return the end year
     */
    public int endYear() {
        return startYear + 1;
    }

    /**
     * The first day: 1 July of the start year.
     *
     * @return the date
     */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.JULY, 1);
    }

    /**
     * The last day: 30 June of the end year.
     *
     * @return the date
     */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.JUNE, 30);
    }

    /**
     * Whether a date falls within the fiscal year, both ends included.
     *
     * @param date the date
     * @return true if the date is in the year
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * The quarter of the fiscal year that holds a date.
     *
     * @param date a date within the fiscal year
     * @return the quarter
     * @throws IllegalArgumentException if the date is outside the fiscal year
     */
    public Quarter quarterOf(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException("The date (" + date + ") is outside the fiscal year (" + this + ")");
        }
        return Quarter.ofMonth(date.getMonth());
    }

    /**
     * The first day of a quarter of this fiscal year.
     *
     * @param quarter the quarter
     * @return the date
     */
    public LocalDate startOf(Quarter quarter) {
        return start().plusMonths(3L * quarter.ordinal());
    }

    /**
     * The last day of a quarter of this fiscal year.
     *
     * @param quarter the quarter
     * @return the date
     */
    public LocalDate endOf(Quarter quarter) {
        return startOf(quarter).plusMonths(3).minusDays(1);
    }

    /**
     * The number of days in the fiscal year: 365, or 366 when it holds a 29 February.
     *
     * @return the length in days
     */
    public int lengthInDays() {
        return (int) ChronoUnit.DAYS.between(start(), end()) + 1;
    }

    /**
     * The next fiscal year.
     *
     * @return the year after this one
     */
    public FiscalYear next() {
        return of(startYear + 1);
    }

    /**
     * The previous fiscal year.
     *
     * @return the year before this one
     */
    public FiscalYear previous() {
        return of(startYear - 1);
    }

    /**
     * The fiscal year in a language's digits: "২০২৩-২৪" or "2023-24".
     *
     * @param language the language
     * @return the text
     */
    public String format(Language language) {
        return language == Language.BN ? Numerals.toBengaliDigits(toString()) : toString();
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /**
     * The canonical form, "2023-24", which {@link #parse(String)} reads back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        // "%04d-%02d" without a Formatter (a scorecard writes its year): the start year has four digits.
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "-0" : "-") + end;
    }

    private static InvalidInputException unreadable(String text) {
        return InvalidInputException.of("The fiscal year cannot be read: write it like 2023-24", text);
    }
}
