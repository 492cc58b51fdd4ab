package org.citizencharter.io.internal.table;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What the text around a table (its title, the lines before and after it) says about the plan: the
 * fiscal year ("২০২২-২৩ অর্থ বছরের …"), the quarter ("৩য় ত্রৈমাসিক", "জানুয়ারী-মার্চ/২০২৪") and the
 * office ("জেলা সমবায় অফিসারের কার্যালয়" over "পটুয়াখালী।"). Not API; stateless.
 */
public final class DocumentContext {

    private static final Vocabulary WORDS = Vocabulary.standard();
    /** An office's name: ending in an office word ("… কার্যালয়"), or in English "Office of the …". */
    private static final Pattern OFFICE = Pattern.compile(
            ".*(কার্যালয়|কার্যালয়|অফিস|দপ্তর|দপ্তর|দফতর|অধিদপ্তর|মন্ত্রণালয়|মন্ত্রণালয়|বিভাগ|Office|Directorate)[।,.]?"
            + "|(?:[Tt]he )?Office of (?:the )?\\p{Lu}[^,]*+");

    /**
     * A whole word, taken whole (possessive, and only where a word starts), so that a line of one long word
     * costs its length, not its square.
     */
    private static final String WORD = "(?<![\\p{L}\\p{M}])(\\p{L}[\\p{L}\\p{M}]*+)";
    /**
     * Two month names with a dash or a word for "to" between them ("জানুয়ারী-মার্চ", "জুলাই - ডিসেম্বর",
     * "জুলাই/২০২৩ হতে মার্চ/২০২৪", "July 2023 to March 2024"; the first may have its calendar year), then, as
     * group 3, a calendar year if one follows that does not begin a fiscal year: "জানুয়ারী-মার্চ/2024",
     * "(জানুয়ারী- মার্চ)/2023", not "জুলাই-জুন 2023-24" (digits made ASCII).
     */
    private static final Pattern MONTHS = Pattern.compile(WORD + "(?:\\s*+[/,'’]?\\s*+[0-9]{4})?"
            + "\\s*+(?:[-–—]|(?<=\\s)(?:হতে|থেকে|to)(?=\\s))\\s*+" + WORD
            + "(?:\\s*+[)\\]]?\\s*+[/,'’]?\\s*+([0-9]{4})(?![0-9]|\\s*[-–—/]\\s*[0-9]))?");

    /**
     * A quarter's end written with "up to" after it, in Bengali ("ডিসেম্বর/২০২৩ পর্যন্ত", "৩১ ডিসেম্বর ২০২৩ পর্যন্ত"),
     * or before it, in English ("as of 31 December 2023", "up to March 2024", "till December 31, 2023"), digits
     * made ASCII, lower case: in English the day (group 1 or 3), the month (2) and the calendar year (4); in
     * Bengali the day (5), the month (6) and the year (7).
     */
    private static final Pattern MONTH_UP_TO = Pattern.compile("(?:(?:up to|till|until|through|as of|as on)\\s++"
            + "(?:([0-9]{1,2})(?:st|nd|rd|th)?\\s++)?" + WORD + "(?:\\s++([0-9]{1,2})(?:st|nd|rd|th)?)?"
            + "(?:\\s*+,?\\s*+([0-9]{4}))?(?![0-9]))"
            + "|(?:(?<![0-9])([0-9]{1,2})\\s*+)?" + WORD + "(?:\\s*+[/,'’-]?\\s*+([0-9]{4}))?\\s*+পর্যন্ত");
    /** A date written in figures with "up to" after it or before it: "৩১/১২/২০২৩ পর্যন্ত", "as of 31-12-2023". */
    private static final Pattern DATE_UP_TO = Pattern.compile("(?:up to|till|until|through|as of|as on)\\s++"
            + "([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})(?![0-9])"
            + "|(?<![0-9])([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})\\s*+পর্যন্ত");

    /**
     * A fiscal year in two-digit years beside a word for one, before or after it ("FY 23-24", "অর্থবছর: ২৩-২৪",
     * "২৩-২৪ অর্থবছরের"), digits made ASCII, lower case: the years as groups 1 and 2, or 3 and 4. Without the word,
     * two numbers with a dash between them are no year.
     */
    private static final Pattern SHORT_FISCAL_YEAR = Pattern.compile(
            "(?:(?<!\\p{L})fy|fiscal year|অর্থ\\s?বছর)[\\s:ঃ]*+([0-9]{2})\\s*+[-–—/]\\s*+['’]?([0-9]{2})(?![0-9])"
            + "|(?<![0-9])([0-9]{2})\\s*+[-–—/]\\s*+['’]?([0-9]{2})\\s*+(?:fy(?!\\p{L})|fiscal year|অর্থ\\s?বছর)");

    /** The Latin acronyms of the kinds of plan, as words written in capitals: "NIS", "GRS"; never "capacity". */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{M}])(APA|NIS|GRS|RTI)(?![\\p{L}\\p{M}])");

    /** A quarter as English headers name it, a word of its own: "Q3", "Progress report q3". */
    private static final Pattern Q_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}])[Qq]([1-4])(?![\\p{L}\\p{M}\\p{Nd}])");
    /**
     * A word for a quarter followed by its number, in lower case with ASCII digits: "quarter 3", "ত্রৈমাসিক-3"
     * ("ত্রৈমাসিক-৩"), not "quarter 2024".
     */
    private static final Pattern WORD_NUMBER = Pattern.compile(WORDS.keys("QUARTER_WORD")
            .collect(Pattern::quote).makeString("(?:", "|", ")[\\s\\-–—.:]*([1-4])(?![0-9])"));

    /**
     * The colon after a form's label, ASCII or the visarga typists use for one before a space ("নামঃ …"; not the
     * letter inside a word, "আন্তঃবাহিনী").
     */
    private static final Pattern LABEL = Pattern.compile("\\s*+(?::|ঃ(?=\\s|$))\\s*+");
    /** A label that asks for an office's name ("দপ্তর/সংস্থার নাম", "অফিসের নাম", "Name of the office"). */
    private static final Pattern OFFICE_LABEL = Pattern.compile(
            "কার্যালয়|অফিস|দপ্তর|দফতর|সংস্থা|মন্ত্রণালয়|বিভাগ|(?i:office|ministry|division|agency)");

    /** "Half" before "yearly" in Bengali, as a key: "অর্ধবার্ষিক" is half-yearly, "বার্ষিক" annual. */
    private static final String HALF = Vocabulary.key("অর্ধ");

    /** A Markdown heading's or quotation's marks at the start of a line. */
    private static final Pattern MARKDOWN_START = Pattern.compile("^(?:#{1,6}|>+)\\s+");
    /** A whole line in bold or italics, in Markdown. */
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3})(.+?)\\1");

    /** The number of an item in a list ("১।", "২)", "(৩)", "4."): a line to whom a letter goes, not its sender. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\(?[0-9০-৯]{1,3}[।).]");

    private DocumentContext() {
    }

    /**
     * The fiscal years the lines name, each with the first line that names it.
     *
     * @param lines the text
     * @return year → line, in the order found
     */
    public static Map<FiscalYear, String> years(ImmutableList<String> lines) {
        Map<FiscalYear, String> years = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher year = HeaderMatcher.YEAR.matcher(Numerals.toAsciiDigits(line));
            while (year.find()) {
                HeaderMatcher.yearIn(year.group()).ifPresent(found -> years.putIfAbsent(found, line));
            }
            for (MonthSpan span : monthSpans(line)) {
                span.fiscalYear().ifPresent(found -> years.putIfAbsent(found, line));
            }
            for (MonthSpan end : quarterEnds(line)) {
                end.fiscalYear().ifPresent(found -> years.putIfAbsent(found, line));
            }
            Matcher shortYear = SHORT_FISCAL_YEAR.matcher(
                    Numerals.toAsciiDigits(Numerals.normalizeForMatching(line)).toLowerCase(Locale.ROOT));
            while (shortYear.find()) {
                int first = shortYear.group(1) != null ? 1 : 3;
                HeaderMatcher.twoDigitYears(shortYear.group(first), shortYear.group(first + 1))
                        .ifPresent(found -> years.putIfAbsent(found, line));
            }
        }
        return years;
    }

    /**
     * The fiscal year a header or a line names ("লক্ষ্যমাত্রা ২০২৩-২৪", "২০২২-২০২৩ অর্থবছর").
     *
     * @param text the text
     * @return the year, or empty
     */
    public static Optional<FiscalYear> yearIn(String text) {
        return HeaderMatcher.yearIn(text);
    }

    /**
     * The quarters the lines name ("৩য় ত্রৈমাসিক", "জানুয়ারী-মার্চ"), each with the first line that names it.
     *
     * @param lines the text
     * @return quarter → line, in the order found
     */
    public static Map<Quarter, String> quarters(ImmutableList<String> lines) {
        Map<Quarter, String> quarters = new LinkedHashMap<>();
        for (String line : lines) {
            String key = Vocabulary.key(line);
            for (int q = 1; q <= 4; q++) {
                for (String ordinal : WORDS.keys("QUARTER_" + q)) {
                    for (String word : WORDS.keys("QUARTER_WORD")) {
                        if (!ordinal.matches("[a-z]+") && key.contains(ordinal + word)) {
                            quarters.putIfAbsent(Quarter.of(q), line);
                        }
                    }
                }
            }
            String lower = Numerals.toAsciiDigits(Numerals.normalizeForMatching(line)).toLowerCase(Locale.ROOT);
            for (Matcher number : List.of(Q_WORD.matcher(lower), WORD_NUMBER.matcher(lower))) {
                while (number.find()) {
                    quarters.putIfAbsent(Quarter.of(Integer.parseInt(number.group(1))), line);
                }
            }
            reportPeriod(key).ifPresent(quarter -> quarters.putIfAbsent(quarter, line));
            for (MonthSpan span : monthSpans(line)) {
                quarters.putIfAbsent(span.quarter(), line);
            }
            for (MonthSpan end : quarterEnds(line)) {
                quarters.putIfAbsent(end.quarter(), line);
            }
            // "জুলাই'২৩ হতে মার্চ'২৪ পর্যন্ত মোট অর্জন", "মার্চ পর্যন্ত অর্জন": a total to the end of the quarter
            HeaderMatcher.toDate(key).ifPresent(toDate -> quarters.putIfAbsent(toDate.quarter(), line));
        }
        return quarters;
    }

    /**
     * The quarter a report's name says it closes: "অর্ধবার্ষিক অগ্রগতি প্রতিবেদন" Q2, "বার্ষিক মূল্যায়ন প্রতিবেদন" Q4.
     * The annual phrases stand inside the half-yearly ones ("অর্ধ" + "বার্ষিক …"), so they count only where
     * "অর্ধ" does not come before them.
     */
    private static Optional<Quarter> reportPeriod(String key) {
        if (WORDS.keys("REPORT_Q2").anySatisfy(key::contains)) {
            return Optional.of(Quarter.Q2);
        }
        for (String phrase : WORDS.keys("REPORT_Q4")) {
            for (int at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
                if (!key.startsWith(HALF, at - HALF.length())) {
                    return Optional.of(Quarter.Q4);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The kinds of plan named by the first line that names any ("জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা, ২০২৩-২৪"),
     * in the order of {@link PlanKind}. A sub-plan's name is taken over the APA's, which the title of a sub-plan
     * often names too ("বার্ষিক কর্মসম্পাদন চুক্তির আওতায় সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা"): the APA is one of
     * them only where the line names no other.
     *
     * @param lines the text
     * @return the line with the kinds it names, or empty if no line names one
     */
    public static Optional<KindsNamed> planKinds(ImmutableList<String> lines) {
        for (String line : lines) {
            String key = Vocabulary.key(line);
            Matcher acronyms = ACRONYM.matcher(line);
            Set<String> written = new HashSet<>();
            while (acronyms.find()) {
                written.add(acronyms.group(1));
            }
            List<PlanKind> named = new ArrayList<>();
            for (PlanKind kind : PlanKind.values()) {
                if (written.contains(kind.name()) || WORDS.keys("PLAN_" + kind.name()).anySatisfy(key::contains)) {
                    named.add(kind);
                }
            }
            if (named.size() > 1) {
                named.remove(PlanKind.APA);
            }
            if (!named.isEmpty()) {
                return Optional.of(new KindsNamed(line.strip(), List.copyOf(named)));
            }
        }
        return Optional.empty();
    }

    /**
     * The kinds of plan a line of text names.
     *
     * @param line the line
     * @param kinds the kinds, at least one
     */
    public record KindsNamed(String line, List<PlanKind> kinds) {
    }

    /**
     * A span of months that names a quarter (or runs from July to its end: "জুলাই-ডিসেম্বর" is Q2), with the
     * calendar year written after it, or 0.
     */
    private record MonthSpan(Quarter quarter, int calendarYear) {

        /**
         * The fiscal year of the span's last month ("জানুয়ারী-মার্চ/২০২৪" is in 2023-24, "জুলাই-ডিসেম্বর, ২০২৩" too):
         * Q1 and Q2 end in the year the fiscal year starts in, Q3 and Q4 in the next.
         */
        Optional<FiscalYear> fiscalYear() {
            int start = quarter.number() <= 2 ? calendarYear : calendarYear - 1;
            return calendarYear == 0 || start < FiscalYear.MIN_START_YEAR || start > FiscalYear.MAX_START_YEAR
                    ? Optional.empty() : Optional.of(FiscalYear.of(start));
        }
    }

    /** The spans of months written with a dash in a line, each with its calendar year if one follows. */
    private static Iterable<MonthSpan> monthSpans(String line) {
        List<MonthSpan> found = new ArrayList<>();
        Matcher span = MONTHS.matcher(Numerals.toAsciiDigits(line));
        while (span.find()) {
            if (isMonth(span.group(1)) && isMonth(span.group(2))) {
                int calendarYear = span.group(3) == null ? 0 : Integer.parseInt(span.group(3));
                HeaderMatcher.monthsQuarter(span.group(1) + "-" + span.group(2))
                        .ifPresent(quarter -> found.add(new MonthSpan(quarter, calendarYear)));
            }
        }
        return found;
    }

    private static boolean isMonth(String word) {
        return month(word) > 0;
    }

    /** The month a word names, 1 to 12, or 0. */
    private static int month(String word) {
        String key = Vocabulary.key(word);
        for (int month = 1; month <= 12; month++) {
            if (WORDS.is("MONTH_" + month, key)) {
                return month;
            }
        }
        return 0;
    }

    /**
     * The ends of quarters a line reports up to: "ডিসেম্বর/২০২৩ পর্যন্ত অগ্রগতি", "৩১ ডিসেম্বর ২০২৩ পর্যন্ত", "as of 31
     * December 2023", "৩১/১২/২০২৩ পর্যন্ত" (Q2, in 2023-24 where the year is written). A month must end a quarter,
     * and a day written with it must be the month's last: "১৫ ডিসেম্বর পর্যন্ত" names no quarter.
     */
    private static Iterable<MonthSpan> quarterEnds(String line) {
        String text = Numerals.toAsciiDigits(Numerals.normalizeForMatching(line)).toLowerCase(Locale.ROOT);
        List<MonthSpan> found = new ArrayList<>();
        Matcher named = MONTH_UP_TO.matcher(text);
        while (named.find()) {
            boolean english = named.group(2) != null;
            int month = month(english ? named.group(2) : named.group(6));
            String day = english ? named.group(1) != null ? named.group(1) : named.group(3) : named.group(5);
            String year = english ? named.group(4) : named.group(7);
            quarterEnd(month, day, year).ifPresent(found::add);
        }
        Matcher figures = DATE_UP_TO.matcher(text);
        while (figures.find()) {
            int first = figures.group(1) != null ? 1 : 4;
            int month = Integer.parseInt(figures.group(first + 1));
            quarterEnd(month <= 12 ? month : 0, figures.group(first), figures.group(first + 2)).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<MonthSpan> quarterEnd(int month, String day, String year) {
        if (month == 0 || month % 3 != 0) {
            return Optional.empty();
        }
        int lastDay = Month.of(month).minLength();
        if (day != null && Integer.parseInt(day) != lastDay) {
            return Optional.empty();
        }
        Quarter quarter = Quarter.ofMonth(Month.of(month));
        return Optional.of(new MonthSpan(quarter, year == null ? 0 : Integer.parseInt(year)));
    }

    /**
     * The office the text names: the first short line, not an item of a list ("২। …"), that ends in an office
     * word ("কার্যালয়", "অফিস", "দপ্তর" …), with the next line when that is a place of one or two words
     * ("পটুয়াখালী।"); or that names an office and then its places after commas ("জেলা সমবায় অফিসারের কার্যালয়,
     * পটুয়াখালী").
     *
     * @param lines the text
     * @return the office's name, or empty
     */
    public static Optional<String> office(ImmutableList<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = plain(lines.get(i));
            if (line.isEmpty() || line.length() > 80 || LABEL.matcher(line).find()
                    || LIST_ITEM.matcher(line).lookingAt() || !namesAnOffice(line)) {
                continue;
            }
            String name = trimEnd(line);
            if (!name.contains(",")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String next = plain(lines.get(j));
                    if (next.isEmpty()) {
                        continue;
                    }
                    String place = trimEnd(next);
                    if (isPlace(place)) {
                        name = name + ", " + place;
                    }
                    break;
                }
            }
            return Optional.of(name);
        }
        return labelledOffice(lines);
    }

    /**
     * The office a form's labelled line names ("দপ্তর/সংস্থার নাম: উপজেলা সমবায় কার্যালয়, কলাপাড়া", "অফিসের নামঃ
     * …", "Name of the office: …"): the value, where the label speaks of an office and the value names one. Of
     * several ("মন্ত্রণালয়/বিভাগ: …" over "দপ্তর/সংস্থা: …"), the last, which forms put under the offices above it.
     */
    private static Optional<String> labelledOffice(ImmutableList<String> lines) {
        Optional<String> found = Optional.empty();
        for (String text : lines) {
            String line = plain(text);
            Matcher label = LABEL.matcher(line);
            if (line.length() > 120 || !label.find()) {
                continue;
            }
            String value = trimEnd(plain(line.substring(label.end())));
            if (OFFICE_LABEL.matcher(line.substring(0, label.start())).find() && !value.isEmpty()
                    && namesAnOffice(value)) {
                found = Optional.of(value);
            }
        }
        return found;
    }

    /**
     * A line of text without the marks of Markdown around it: a heading's "#", a quotation's "&gt;", the "**" or
     * "__" of bold and the "*" or "_" of italics around the whole line ("## জেলা সমবায় কার্যালয়", "**পটুয়াখালী**").
     */
    private static String plain(String line) {
        String text = MARKDOWN_START.matcher(line.strip()).replaceFirst("");
        Matcher emphasis = EMPHASIS.matcher(text);
        return emphasis.matches() ? emphasis.group(2).strip() : text;
    }

    /**
     * Whether a line is an office's name: it ends in an office word ("… কার্যালয়।") or begins "Office of the", or it
     * is an office's name followed by its places after commas ("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী", "উপজেলা
     * নির্বাহী অফিসারের কার্যালয়, কলাপাড়া, পটুয়াখালী", "Office of the Deputy Commissioner, Manikganj").
     */
    private static boolean namesAnOffice(String line) {
        if (OFFICE.matcher(line).matches()) {
            return true;
        }
        String[] parts = trimEnd(line).split(",");
        if (parts.length < 2 || !OFFICE.matcher(parts[0].strip()).matches()) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!isPlace(part) && !OFFICE.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The level an office's name tells: a word it begins with ("উপজেলা …", "জেলা …", "বিভাগীয় …", "District …"),
     * else a ministry's or a department's word before its places ("… মন্ত্রণালয়", "সমবায় অধিদপ্তর, …").
     *
     * @param name the office's name, as {@link #office(ImmutableList)} finds it
     * @return the level, or empty where the name does not tell it
     */
    public static Optional<OfficeLevel> level(String name) {
        String office = Vocabulary.key(name.split(",")[0]);
        for (OfficeLevel level : List.of(OfficeLevel.UPAZILA, OfficeLevel.DISTRICT, OfficeLevel.DIVISIONAL)) {
            if (WORDS.keys("LEVEL_" + level.name()).anySatisfy(office::startsWith)) {
                return Optional.of(level);
            }
        }
        for (OfficeLevel level : List.of(OfficeLevel.MINISTRY, OfficeLevel.DEPARTMENT)) {
            if (WORDS.keys("LEVEL_" + level.name()).anySatisfy(office::contains)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** A place's name: one or two words, no digits, no web address ("পটুয়াখালী", "কক্স বাজার"). */
    private static boolean isPlace(String text) {
        return !text.isEmpty() && text.split("\\s+").length <= 2 && !text.contains("www") && !text.contains(".")
                && text.chars().noneMatch(Character::isDigit) && !OFFICE.matcher(text).matches();
    }

    private static String trimEnd(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && "।,.".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
