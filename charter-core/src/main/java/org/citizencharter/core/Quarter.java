package org.citizencharter.core;

import java.time.Month;
import java.util.Locale;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A quarter of a fiscal year: Q1 is July to September, Q2 October to December, Q3 January to March,
 * Q4 April to June.
 */
public enum Quarter {
    /** July to September: ১ম ত্রৈমাসিক. */
    Q1(Month.JULY, "১ম"),
    /** October to December: ২য় ত্রৈমাসিক. */
    Q2(Month.OCTOBER, "২য়"),
    /** January to March: ৩য় ত্রৈমাসিক. */
    Q3(Month.JANUARY, "৩য়"),
    /** April to June: ৪র্থ ত্রৈমাসিক. */
    Q4(Month.APRIL, "৪র্থ");

    /** The quarters in order, kept: {@code values()} copies its array at every call. */
    private static final Quarter[] VALUES = values();
    private static final ImmutableList<Quarter> ALL = Lists.immutable.of(VALUES);
    private static final ImmutableList<ImmutableList<Quarter>> UP_TO = Lists.immutable.of(
            ALL.take(1), ALL.take(2), ALL.take(3), ALL);

    private final Month firstMonth;
    private final String bengaliOrdinal;

    Quarter(Month firstMonth, String bengaliOrdinal) {
        this.firstMonth = firstMonth;
        this.bengaliOrdinal = bengaliOrdinal;
    }

    /**
     * The four quarters in order.
     *
     * @return Q1, Q2, Q3, Q4
     */
    public static ImmutableList<Quarter> all() {
        return ALL;
    }

    /**
     * The quarter with a number.
     *
     * @param number 1 to 4
     * @return the quarter
     * @throws InvalidInputException if the number is not 1 to 4
     */
    public static Quarter of(int number) {
        if (number < 1 || number > 4) {
            throw InvalidInputException.of("A quarter is numbered 1 to 4", Integer.toString(number));
        }
        return VALUES[number - 1];
    }

    /**
     * The quarter that holds a month.
     *
     * @param month the month
     * @return the quarter
     */
    public static Quarter ofMonth(Month month) {
        return of((month.getValue() + 5) % 12 / 3 + 1);
    }

    /**
     * Reads a quarter: "Q3", "q3", "3", "৩", or the Bengali ordinal "৩য়", optionally followed by
     * ত্রৈমাসিক, কোয়ার্টার or প্রান্তিক.
     *
     * @param text the text
     * @return the quarter
     * @throws InvalidInputException if the text names no quarter, such as "Q5"
     */
    public static Quarter parse(String text) {
        // The form charter writes, read without normalising: a plan's and each finding's quarter.
        if (text.length() == 2 && text.charAt(0) == 'Q' && text.charAt(1) >= '1' && text.charAt(1) <= '4') {
            return VALUES[text.charAt(1) - '1'];
        }
        String s = Numerals.normalizeForMatching(text).toUpperCase(Locale.ROOT);
        for (String suffix : new String[] {"ত্রৈমাসিক", "কোয়ার্টার", "প্রান্তিক"}) {
            String normalizedSuffix = Numerals.normalizeForMatching(suffix);
            if (s.endsWith(normalizedSuffix)) {
                s = s.substring(0, s.length() - normalizedSuffix.length()).strip();
                break;
            }
        }
        if (s.startsWith("Q")) {
            s = s.substring(1);
        }
        for (Quarter quarter : VALUES) {
            if (s.equals(Numerals.normalizeForMatching(quarter.bengaliOrdinal))) {
                return quarter;
            }
        }
        if (s.length() == 1 && Numerals.digitValue(s.charAt(0)) >= 1 && Numerals.digitValue(s.charAt(0)) <= 4) {
            return of(Numerals.digitValue(s.charAt(0)));
        }
        throw InvalidInputException.of("The quarter is not one of Q1, Q2, Q3, Q4", text);
    }

    /**
     * The quarter's number.
     *
     * @return 1 to 4
     */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The three months of the quarter, in order.
     *
     * @return the months
     */
    public ImmutableList<Month> months() {
        return Lists.immutable.of(firstMonth, firstMonth.plus(1), firstMonth.plus(2));
    }

    /**
     * The first month of the quarter.
     *
     * @return the month
     */
    public Month firstMonth() {
        return firstMonth;
    }

    /**
     * The quarters from Q1 up to and including this one.
     *
     * @return the quarters, in order
     */
    public ImmutableList<Quarter> andEarlier() {
        return UP_TO.get(ordinal());
    }

    /**
     * Whether this quarter comes after another in the fiscal year.
     *
     * @param other the other quarter
     * @return true if this one is later
     */
    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    /**
     * A short label: "৩য় ত্রৈমাসিক" in Bengali, "Q3" in English.
     *
     * @param language the language
     * @return the label
     */
    public String label(Language language) {
        return language == Language.BN ? bengaliOrdinal + " ত্রৈমাসিক" : name();
    }

    /**
     * The months as a span: "জানুয়ারি–মার্চ" in Bengali, "January–March" in English.
     *
     * @param language the language
     * @return the span
     */
    public String monthSpan(Language language) {
        return DateText.monthName(firstMonth, language) + "–" + DateText.monthName(firstMonth.plus(2), language);
    }
}
