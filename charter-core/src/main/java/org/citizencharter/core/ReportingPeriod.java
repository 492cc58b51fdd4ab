package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The period a progress report covers: a fiscal year, reported as of the end of one of its quarters.
 *
 * <p>A report as of Q3 closes Q1, Q2 and Q3; Q4 is still in the future. {@link #toString()} writes
 * "2023-24 Q3", which {@link #parse(String)} reads back. Immutable.
 *
 * @param fiscalYear the fiscal year
 * @param asOf the last quarter the report covers
 */
public record ReportingPeriod(FiscalYear fiscalYear, Quarter asOf) implements Comparable<ReportingPeriod> {

    /**
     * Checks that neither part is null.
     *
     * @param fiscalYear the fiscal year
     * @param asOf the last quarter the report covers
     */
    public ReportingPeriod {
        requireNonNull(fiscalYear, "fiscalYear");
        requireNonNull(asOf, "asOf");
    }

    /**
     * The period of a fiscal year as of a quarter.
     *
     * @param fiscalYear the fiscal year
     * @param asOf the last quarter the report covers
     * @return the period
     */
    public static ReportingPeriod of(FiscalYear fiscalYear, Quarter asOf) {
        return new ReportingPeriod(fiscalYear, asOf);
    }

    /**
     * Reads "2023-24 Q3" or "২০২৩-২৪, ৩য় ত্রৈমাসিক" (any fiscal-year and quarter forms that
     * {@link FiscalYear#parse(String)} and {@link Quarter#parse(String)} read, separated by white space or a
     * comma).
     *
     * @param text the text
     * @return the period
     * @throws InvalidInputException if either part cannot be read
     */
    public static ReportingPeriod parse(String text) {
        String s = Numerals.normalizeForMatching(text.replace(',', ' '));
        int space = s.indexOf(' ');
        if (space < 0) {
            throw InvalidInputException.of("The reporting period cannot be read: write it like 2023-24 Q3", text);
        }
        return of(FiscalYear.parse(s.substring(0, space)), Quarter.parse(s.substring(space + 1)));
    }

    /**
     * Whether a quarter is closed: it is the reported quarter or an earlier one.
     *
     * @param quarter the quarter
     * @return true if the quarter has ended by the report
     */
    public boolean isClosed(Quarter quarter) {
        return !quarter.isAfter(asOf);
    }

    /**
     * The closed quarters, Q1 to the reported one.
     *
     * @return the quarters, in order
     */
    public ImmutableList<Quarter> closedQuarters() {
        return asOf.andEarlier();
    }

    /**
     * The last day the report covers: the end of the reported quarter.
     *
     * @return the date
     */
    public LocalDate end() {
        return fiscalYear.endOf(asOf);
    }

    /**
     * The period in a language: "২০২৩-২৪, ৩য় ত্রৈমাসিক" or "2023-24 Q3".
     *
     * @param language the language
     * @return the text
     */
    public String format(Language language) {
        return language == Language.BN
                ? fiscalYear.format(language) + ", " + asOf.label(language)
                : toString();
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byYear = fiscalYear.compareTo(other.fiscalYear);
        return byYear != 0 ? byYear : asOf.compareTo(other.asOf);
    }

    /**
     * The canonical form, "2023-24 Q3".
     *
     * @return the text
     */
    @Override
    public String toString() {
        return fiscalYear + " " + asOf;
    }
}
