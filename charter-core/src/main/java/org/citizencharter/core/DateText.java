package org.citizencharter.core;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and writes dates as offices write them.
 *
 * <p>Reading accepts DD-MM-YYYY, DD/MM/YYYY and DD.MM.YYYY, in Bengali or ASCII digits or both, with one or
 * two digits for the day and month and spaces around the separators ("২৫ / ০৩ / ২০২৪"); the day, the month's
 * name in Bengali or English and the year ("৩১ আগস্ট ২০২৩", "31 Aug, 2023"; the name may be broken by a space, as a
 * narrow cell breaks it onto two lines: "১৭ জানুয়া রি ২০২৪"); and the ISO form YYYY-MM-DD. The
 * era may follow the date ("খ্রি.", "খ্রিঃ", "খ্রিস্টাব্দ", "ইং"). A date that does not exist (31-02-2024) or
 * any other form is an
 * {@link InvalidInputException} that shows the text. Writing gives DD-MM-YYYY in the language's
 * digits, or a long form with the month's name ("১৫ জানুয়ারি ২০২৪", "15 January 2024").
 *
 * <p>Stateless and thread-safe.
 */
public final class DateText {

    /** Month names, loaded from ICU's data on first use only: reading dates needs none of it. */
    private static final class Months {
        static final String[] BENGALI = DateFormatSymbols.getInstance(new ULocale("bn")).getMonths();
        static final String[] ENGLISH = DateFormatSymbols.getInstance(ULocale.ENGLISH).getMonths();
    }

    /** What parts a date written with its month's name: spaces, and a comma after the month. */
    private static final Pattern WORDS = Pattern.compile("[\\s,]+");
    /** The era written after a date, longest first. */
    private static final String[] ERAS = {"খ্রিস্টাব্দ", "খ্রিষ্টাব্দ", "খ্রীস্টাব্দ", "খ্রি.", "খ্রিঃ", "খ্রি:", "খ্রীঃ",
        "খ্রী.", "খ্রি", "খ্রী", "ইং.", "ইং"};

    private DateText() {
    }

    /**
     * Reads a date written DD-MM-YYYY, DD/MM/YYYY or YYYY-MM-DD, in Bengali or ASCII digits.
     *
     * @param text the text, such as "১২-০১-২০১১" or "12/01/2011"
     * @return the date
     * @throws InvalidInputException if the text is not such a date, or the date does not exist
     */
    public static LocalDate parse(String text) {
        String s = withoutEra(text.strip());
        String[] words = WORDS.split(s);
        // The month's name may come in pieces, where a cell too narrow for it broke it onto two lines.
        int monthNamed = words.length >= 3
                ? MonthNames.month(String.join("", Arrays.asList(words).subList(1, words.length - 1))) : 0;
        if (monthNamed > 0) {
            return named(words[0], monthNamed, words[words.length - 1], text);
        }
        int[] parts = new int[3];
        int[] lengths = new int[3];
        char separator = 0;
        int part = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = Numerals.digitValue(c);
            if (digit >= 0) {
                if (lengths[part] == 4) {
                    throw unreadable(text);
                }
                parts[part] = parts[part] * 10 + digit;
                lengths[part]++;
            } else if (c == '-' || c == '/' || c == '.') {
                if (part == 2 || lengths[part] == 0 || (separator != 0 && separator != c)) {
                    throw unreadable(text);
                }
                separator = c;
                part++;
            } else if (c != ' ') {
                throw unreadable(text);
            }
        }
        if (part != 2 || lengths[2] == 0) {
            throw unreadable(text);
        }
        int day;
        int month;
        int year;
        if (lengths[0] == 4 && separator == '-' && lengths[1] == 2 && lengths[2] == 2) {
            year = parts[0];
            month = parts[1];
            day = parts[2];
        } else if (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4) {
            day = parts[0];
            month = parts[1];
            year = parts[2];
        } else {
            throw unreadable(text);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException noSuchDate) {
            throw InvalidInputException.of("The date does not exist", text);
        }
    }

    /**
     * Writes a date DD-MM-YYYY in a language's digits ("১২-০১-২০১১").
     *
     * @param date the date
     * @param language the language whose digits to use
     * @return the text
     */
    public static String format(LocalDate date, Language language) {
        String ascii = String.format(Locale.ROOT, "%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        return language == Language.BN ? Numerals.toBengaliDigits(ascii) : ascii;
    }

    /**
     * Writes a date with its month's name ("১৫ জানুয়ারি ২০২৪", "15 January 2024").
     *
     * @param date the date
     * @param language the language
     * @return the text
     */
    public static String formatLong(LocalDate date, Language language) {
        return Numerals.format(date.getDayOfMonth(), language) + " " + monthName(date.getMonth(), language) + " "
                + Numerals.format(date.getYear(), language);
    }

    /**
     * The name of a month of the Gregorian calendar, as ICU writes it for the language
     * ("জানুয়ারি", "January").
     *
     * @param month the month
     * @param language the language
     * @return the name
     */
    public static String monthName(Month month, Language language) {
        return (language == Language.BN ? Months.BENGALI : Months.ENGLISH)[month.getValue() - 1];
    }

    /** The date without the era written after it ("৩১-০৮-২০২৩ খ্রি.", "31/08/2023 ইং"). */
    private static String withoutEra(String text) {
        for (String era : ERAS) {
            if (text.endsWith(era) && text.length() > era.length()) {
                return text.substring(0, text.length() - era.length()).strip();
            }
        }
        return text;
    }

    /** A date written with its month's name: the day, the month, the year ("৩১ আগস্ট ২০২৩"). */
    private static LocalDate named(String dayText, int month, String yearText, String text) {
        int day = number(dayText, 2, text);
        int year = number(yearText, 4, text);
        if (yearText.length() != 4) {
            throw unreadable(text);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException noSuchDate) {
            throw InvalidInputException.of("The date does not exist", text);
        }
    }

    private static int number(String digits, int most, String text) {
        if (digits.isEmpty() || digits.length() > most) {
            throw unreadable(text);
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Numerals.digitValue(digits.charAt(i));
            if (digit < 0) {
                throw unreadable(text);
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** The names offices write the months by, in Bengali (both spellings in use) and English. */
    private static final class MonthNames {
        private static final String[][] NAMES = {
            {"জানুয়ারি", "জানুয়ারী", "january", "jan"},
            {"ফেব্রুয়ারি", "ফেব্রুয়ারী", "february", "feb"},
            {"মার্চ", "march", "mar"},
            {"এপ্রিল", "april", "apr"},
            {"মে", "may"},
            {"জুন", "june", "jun"},
            {"জুলাই", "july", "jul"},
            {"আগস্ট", "আগষ্ট", "august", "aug"},
            {"সেপ্টেম্বর", "september", "sep", "sept"},
            {"অক্টোবর", "october", "oct"},
            {"নভেম্বর", "november", "nov"},
            {"ডিসেম্বর", "december", "dec"},
        };

        /** Each name, য় written as য and its dot, and its month (1..12). */
        private static final Map<String, Integer> MONTHS = months();

        private static Map<String, Integer> months() {
            Map<String, Integer> months = new HashMap<>();
            for (int month = 0; month < NAMES.length; month++) {
                for (String name : NAMES[month]) {
                    months.put(name.replace("\u09DF", "\u09AF\u09BC"), month + 1);
                }
            }
            return Map.copyOf(months);
        }

        /** The month (1..12) a word names, or 0; য় written as one character or as য and its dot alike. */
        static int month(String word) {
            return MONTHS.getOrDefault(word.replace("\u09DF", "\u09AF\u09BC").toLowerCase(Locale.ROOT), 0);
        }
    }

    private static InvalidInputException unreadable(String text) {
        return InvalidInputException.of("The date cannot be read: write it DD-MM-YYYY or DD/MM/YYYY", text);
    }
}
