package org.citizencharter.io.internal.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Grade;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Quarter;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Recognises a table's columns by meaning (domain.md §5): each header is made a
 * {@link Vocabulary#key(String) key} and matched against the {@link Vocabulary vocabulary}; then a row of
 * column numbers (with gaps) and a row of grade percents under the header are skipped.
 *
 * <p>The header is the first row, after any title rows of one text above it; or its first two rows,
 * when they recognise more columns than the first alone (a group header over its sub-columns, a header
 * wrapped onto two rows, as Word's merged cells give it) and the second holds no indicator's code under
 * the first's indicator column (a row of data, whatever words its other cells hold). A header charter
 * does not read is no error: its column is kept as text on each indicator, and the notes say so. Only a
 * table without its essential columns (the indicator, and a target or achievements) is refused, naming
 * what was found and what is missing. Not API; stateless.
 */
public final class HeaderMatcher {

    /** How many unrecognised headers an error lists before "… and n more". */
    private static final int LISTED = 20;

    private static final Vocabulary WORDS = Vocabulary.standard();
    /** A header longer than this is no header of the vocabulary's: it is not matched (a hostile input). */
    private static final int LONGEST_HEADER = 200;

    /** How many rows of one text each may stand above a header as its letterhead, at most. */
    private static final int LETTERHEAD_ROWS = 12;
    private static final String PLAIN_WEIGHT = Vocabulary.key("মান");
    private static final String ENGLISH_WEIGHT = Vocabulary.key("Weight");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<![0-9])[0-9]{4}(?![0-9])");
    /** Years of two digits, one or two, with a word for "to" between them or not (keys have no spaces). */
    private static final Pattern SHORT_YEARS = Pattern.compile("[0-9]{2}(?:(?:থেকে|হতে|to)?[0-9]{2})?");
    private static final Pattern ENGLISH_QUARTER = Pattern.compile("(?:q|quarter)([1-4])");
    /** Two two-digit years with a dash between them: "23-24", "২৩/২৪", "23-'24". */
    private static final Pattern SHORT_YEAR_PAIR = Pattern.compile(
            "(?<![0-9])([0-9]{2})\\s*[-–—/]\\s*['’]?([0-9]{2})(?![0-9])");
    /** A fiscal year in text with ASCII digits: "2023-24", "2023-2024", "2023 - 24", "2023-'24". */
    static final Pattern YEAR = Pattern.compile("(?<![0-9])([0-9]{4})\\s*[-–—/]\\s*['’]?([0-9]{4}|[0-9]{2})(?![0-9])");
    /** The columns named by a word of their own, in the order they are tried. */
    private static final ImmutableList<ColumnKind> NAMED = Lists.immutable.of(ColumnKind.AREA,
            ColumnKind.AREA_WEIGHT, ColumnKind.ACTIVITY, ColumnKind.INDICATOR, ColumnKind.METHOD, ColumnKind.UNIT,
            ColumnKind.INDICATOR_WEIGHT, ColumnKind.TARGET_TO_DATE_COMPUTED, ColumnKind.ACTUAL_COMPUTED,
            ColumnKind.PERCENT_OF_ANNUAL_COMPUTED, ColumnKind.PERCENT_TO_DATE_COMPUTED, ColumnKind.SCORE_COMPUTED,
            ColumnKind.ACTUAL, ColumnKind.PERCENT, ColumnKind.SCORE, ColumnKind.EVIDENCE, ColumnKind.REMARKS,
            ColumnKind.HALF_YEAR, ColumnKind.GRADE_100, ColumnKind.GRADE_90, ColumnKind.GRADE_80, ColumnKind.GRADE_70,
            ColumnKind.GRADE_60, ColumnKind.NO_GRADE);

    private static final ImmutableList<String> TARGET_WORDS = byLength("TARGET_WORDS");
    /** The words of a fiscal year around its digits ("২০২৩-২৪ অর্থবছরের", "FY 2023-24"), longest first. */
    private static final ImmutableList<String> YEAR_WORDS = byLength("YEAR_WORD");
    /** What a target's header may hold beside its words: a year's words, "(অসাধারণ)", "বার্ষিক"; longest first. */
    private static final ImmutableList<String> TARGET_NOISE = WORDS.keys("YEAR_WORD")
            .newWithAll(WORDS.keys("TARGET_NOISE")).toSortedListBy(word -> -word.length()).toImmutable();
    private static final ImmutableList<String> ACHIEVEMENT_WORDS = byLength("ACHIEVEMENT_WORD");
    private static final ImmutableList<String> MONTH_WORDS = monthWords();
    private static final ImmutableList<String> UP_TO_WORDS = byLength("UP_TO");
    /** The words that join a span of months or end it ("থেকে", "to", "পর্যন্ত"), longest first. */
    private static final ImmutableList<String> SPAN_WORDS = UP_TO_WORDS.newWithAll(WORDS.keys("SPAN_JOIN"))
            .toSortedListBy(word -> -word.length()).toImmutable();
    /** The reported columns a header may name with the months they run to. */
    private static final ImmutableList<ColumnKind> TO_DATE_KINDS = Lists.immutable.of(ColumnKind.ACTUAL,
            ColumnKind.PERCENT);
    /** Their names' keys, each with its column. */
    private static final ImmutableList<Map.Entry<String, ColumnKind>> TO_DATE_NAMES = TO_DATE_KINDS.flatCollect(
            kind -> kind.keys().collect(name -> Map.entry(name, kind)));
    /**
     * Every ordinal with every word for a quarter, in either order ("১মত্রৈমাসিক", "quarter1st"), and every word
     * with the quarter's number after it ("ত্রৈমাসিক১", as "কোয়ার্টার ১", "প্রান্তিক-১"), longest first.
     */
    private static final ImmutableList<Map.Entry<String, Quarter>> QUARTER_PREFIXES = quarterPrefixes();

    private HeaderMatcher() {
    }

    private static ImmutableList<String> byLength(String what) {
        return WORDS.keys(what).toSortedListBy(word -> -word.length()).toImmutable();
    }

    private static ImmutableList<Map.Entry<String, Quarter>> quarterPrefixes() {
        MutableList<Map.Entry<String, Quarter>> prefixes = Lists.mutable.empty();
        for (int q = 1; q <= 4; q++) {
            for (String ordinal : WORDS.keys("QUARTER_" + q)) {
                for (String word : WORDS.keys("QUARTER_WORD")) {
                    prefixes.add(Map.entry(ordinal + word, Quarter.of(q)));
                    prefixes.add(Map.entry(word + ordinal, Quarter.of(q)));
                }
            }
            for (String word : WORDS.keys("QUARTER_WORD")) {
                prefixes.add(Map.entry(word + q, Quarter.of(q)));
            }
        }
        return prefixes.sortThisBy(entry -> -entry.getKey().length()).toImmutable();
    }

    private static ImmutableList<String> monthWords() {
        MutableList<String> words = Lists.mutable.empty();
        for (int month = 1; month <= 12; month++) {
            WORDS.keys("MONTH_" + month).select(word -> word.length() > 2).into(words);
        }
        return words.sortThisBy(word -> -word.length()).toImmutable();
    }

    /**
     * A column's header: the text shown in messages, the keys it may be recognised by (in order of
     * preference), the row it stands on, and the text of a group over it.
     */
    private record Cell(String shown, ImmutableList<String> keys, int line, String group, String typed) {

        Cell(String shown, ImmutableList<String> keys, int line, String group) {
            this(shown, keys, line, group, "");
        }

        /** This header as the Bijoy text it was typed in shows it. */
        Cell asShown(Cell typedCell) {
            return new Cell(shown, keys, line, group, typedCell.shown());
        }
    }

    /** One way of reading the header: what each column is, and how many columns were recognised. */
    private record Reading(ImmutableList<Cell> cells, ImmutableList<Optional<ColumnKind>> kinds, int recognised,
            int headerRows) {

        /** How many different kinds of column the reading names (a column named twice counts once). */
        int kindsNamed() {
            return (int) kinds.stream().flatMap(Optional::stream).distinct().count();
        }

        boolean hasEssentials() {
            boolean indicator = kinds.contains(Optional.of(ColumnKind.INDICATOR));
            boolean target = kinds.contains(Optional.of(ColumnKind.TARGET))
                    || ColumnKind.grades().allSatisfy(g -> kinds.contains(Optional.of(g)));
            boolean achieved = kinds.contains(Optional.of(ColumnKind.ACTUAL))
                    || ColumnKind.quarters().anySatisfy(q -> kinds.contains(Optional.of(q)));
            return indicator && (target || achieved);
        }
    }

    /**
     * Recognises the columns of a table.
     *
     * @param table the rows, header first (after any title rows)
     * @param notes where to say how each column was taken
     * @return the layout
     * @throws InvalidInputException if the table is empty or lacks its essential columns
     */
    public static Layout match(RawTable table, Notes notes) {
        if (table.rows().isEmpty()) {
            throw InvalidInputException.of("The input holds no table").withSource(table.source());
        }
        Header header = header(table, notes);
        if (!header.best().hasEssentials()) {
            RawRow first = table.rows().get(header.start());
            throw unrecognised(table, first, header.one(), header.start() + 1 < table.rows().size()
                    ? read(twoRows(first, table.rows().get(header.start() + 1))) : null);
        }
        return layout(table, header.start(), header.best(), header.titles().toImmutable(), notes);
    }

    /**
     * Whether a table's header names the columns a plan's must have (the indicator, and a target or
     * achievements), found as {@link #match(RawTable, Notes)} finds them, title rows above it and all; whether
     * the rest of the header reads is not asked.
     *
     * @param table the rows, header first (after any title rows)
     * @return true if it does
     */
    public static boolean namesEssentials(RawTable table) {
        return !table.rows().isEmpty() && header(table, new Notes()).best().hasEssentials();
    }

    /** Where a header starts, how it reads best, and how its first row alone reads. */
    private record Header(int start, Reading best, Reading one, MutableList<String> titles) {
    }

    /**
     * The header of a table that holds a row: the title rows above it put in the notes. Where it lacks the
     * essential columns, the header under a letter of rows of several texts ({@link #letterOfSeveralTexts}), if
     * there is one: a table read before without it reads as it did.
     */
    private static Header header(RawTable table, Notes notes) {
        Header header = header(table, letterhead(table));
        if (!header.best().hasEssentials()) {
            int letter = letterOfSeveralTexts(table);
            Header under = letter > 0 ? header(table, letter) : header;
            if (under.best().hasEssentials()) {
                header = under;
            }
        }
        for (int row = 0; row < header.start(); row++) {
            notes.add(Notes.Kind.SKIPPED, table.rows().get(row).line(), 0, "The title "
                    + Notes.quoted(titleText(table.rows().get(row))) + " above the header is read as the document's"
                    + " text");
        }
        return header;
    }

    /** The header under the title rows and a letterhead of so many rows. */
    private static Header header(RawTable table, int letterhead) {
        int start = 0;
        while (start + 1 < table.rows().size()
                && (start < letterhead || start < 3 && isTitle(table.rows().get(start)))) {
            start++;
        }
        if (start > 0 && isGroupOver(table.rows().get(start - 1), table.rows().get(start))) {
            start--;
        }
        while (start + 1 < table.rows().size() && isTextAbove(table.rows().get(start), table.rows().get(start + 1))) {
            start++;
        }
        MutableList<String> titles = Lists.mutable.empty();
        for (int row = 0; row < start; row++) {
            titles.add(titleText(table.rows().get(row)));
        }
        RawRow first = table.rows().get(start);
        Reading one = orBijoy(read(oneRow(first)), first, null);
        Reading best = one;
        if (start + 1 < table.rows().size()) {
            RawRow second = table.rows().get(start + 1);
            Reading two = orBijoy(read(twoRows(first, second)), first, second);
            // Two rows are the header where they recognise more columns, or more kinds of column (a group written
            // over each of its columns names them all alike in one row: "১ম ত্রৈমাসিক" over its target and its
            // achievement). A second row that holds an indicator's code under the first row's indicator column is
            // the first row of data, whatever words its unread cells hold.
            boolean twoIsBetter = two.hasEssentials() && (!one.hasEssentials()
                    || (two.recognised() > one.recognised() || two.kindsNamed() > one.kindsNamed())
                    && !holdsAnIndicatorCode(one, second));
            if (twoIsBetter) {
                best = two;
            }
            if (start + 2 < table.rows().size() && !holdsAnIndicatorCode(one, second)) {
                // Three rows: an outer group over groups over the columns ("অগ্রগতি পরিবীক্ষণ" over "১ম কোয়ার্টার"
                // over "লক্ষ্যমাত্রা", "অর্জন"), read as two with the upper two folded into one row of groups.
                RawRow third = table.rows().get(start + 2);
                RawRow groups = folded(first, second);
                Reading three = orBijoy(read(twoRows(groups, third)), groups, third);
                // The top row must name columns the lower two do not: lines of a letter above a header are no
                // outer group.
                Reading lower = orBijoy(read(twoRows(second, third)), second, third);
                boolean threeIsBetter = three.hasEssentials() && (!best.hasEssentials()
                        || three.recognised() > best.recognised() || three.kindsNamed() > best.kindsNamed())
                        && three.recognised() > lower.recognised() && !holdsAnIndicatorCode(best, third);
                if (threeIsBetter) {
                    best = new Reading(three.cells(), three.kinds(), three.recognised(), 3);
                    // An outer group names no column, but may name the year or the quarter ("অগ্রগতি পরিবীক্ষণ
                    // ২০২৩-২৪"): it is among the header's texts, as an unread header's is.
                    for (int column = 0; column < first.cells().size(); column++) {
                        String outer = first.cell(column).strip();
                        if (!outer.isEmpty() && !second.cell(column).isBlank() && !titles.contains(outer)) {
                            titles.add(outer);
                        }
                    }
                }
            }
        }
        return new Header(start, best, one, titles);
    }

    /**
     * The upper two rows of a header of three as one row of groups: over each column, the inner group (carried
     * right over the blank cells it spans, until the next inner or outer group), else the outer one (carried
     * likewise). The nearer group names the columns ("১ম কোয়ার্টার" over "লক্ষ্যমাত্রা", "অর্জন"); the outer one
     * is mostly a heading over them all ("অগ্রগতি পরিবীক্ষণ").
     */
    private static RawRow folded(RawRow top, RawRow middle) {
        int width = Math.max(top.cells().size(), middle.cells().size());
        MutableList<String> groups = Lists.mutable.empty();
        String outer = "";
        String inner = "";
        for (int column = 0; column < width; column++) {
            String upper = top.cell(column).strip();
            String mid = middle.cell(column).strip();
            if (!upper.isEmpty()) {
                outer = upper;
                inner = "";
            }
            if (!mid.isEmpty()) {
                inner = mid;
            }
            groups.add(inner.isEmpty() ? outer : inner);
        }
        return new RawRow(top.line(), groups.toImmutable());
    }

    /**
     * Whether a row holds an indicator's code of two parts or more ("[১.১.১] …", "1.1") under a header's
     * indicator column, read as the plan's rows are read.
     */
    private static boolean holdsAnIndicatorCode(Reading header, RawRow row) {
        int indicator = header.kinds().indexOf(Optional.of(ColumnKind.INDICATOR));
        if (indicator < 0) {
            return false;
        }
        Matcher code = PlanAssembler.CODE.matcher(row.cell(indicator));
        return code.matches() && code.group(2).indexOf('.') >= 0;
    }

    /**
     * How many columns a table's header recognises, read in one row or two, for a table that lacks its
     * essential columns: the closest of several is the one whose error is worth showing.
     *
     * @param table the rows, header first
     * @return the count
     */
    static int recognised(RawTable table) {
        if (table.rows().isEmpty()) {
            return 0;
        }
        RawRow first = table.rows().get(0);
        int one = orBijoy(read(oneRow(first)), first, null).recognised();
        if (table.rows().size() < 2) {
            return one;
        }
        RawRow second = table.rows().get(1);
        return Math.max(one, orBijoy(read(twoRows(first, second)), first, second).recognised());
    }

    /**
     * A row with every cell that may be typed in a Bijoy font as the Bengali it shows, and every cell that
     * may be English typed in such a font and converted letter by letter as that English.
     */
    private static RawRow bijoy(RawRow row) {
        return new RawRow(row.line(), row.cells().collect(cell -> Bijoy.mayBe(cell) ? Bijoy.toUnicode(cell)
                : Bijoy.typedEnglish(cell).filter(HeaderMatcher::namesAColumn).orElse(cell)));
    }

    /** Whether a header names a column by itself (English converted back from a Bijoy font must). */
    private static boolean namesAColumn(String header) {
        String key = Vocabulary.key(header);
        return !key.isEmpty() && key.length() <= LONGEST_HEADER && recognise(key, ColumnKind.INDICATOR).isPresent();
    }

    /**
     * A reading of the header as written, where a column it does not recognise is recognised in the
     * Bengali that a Bijoy font shows for it ("Kg©m¤úv`b m~PK" is "কর্মসম্পাদন সূচক"), taken so; where any
     * is, the table is typed in such a font, and its other headers are shown as such text too.
     */
    private static Reading orBijoy(Reading written, RawRow first, RawRow second) {
        boolean unknown = false;
        for (int column = 0; column < written.cells().size(); column++) {
            unknown |= written.kinds().get(column).isEmpty() && !written.cells().get(column).shown().isEmpty();
        }
        if (!unknown) {
            return written;
        }
        RawRow firstShown = bijoy(first);
        RawRow secondShown = second == null ? null : bijoy(second);
        if (firstShown.equals(first) && (second == null || secondShown.equals(second))) {
            return written; // nothing is Bijoy: no second reading
        }
        Reading bijoy = read(second == null ? oneRow(firstShown) : twoRows(firstShown, secondShown));
        if (bijoy.cells().size() != written.cells().size()) {
            return written;
        }
        boolean any = false;
        for (int column = 0; column < written.cells().size(); column++) {
            any |= written.kinds().get(column).isEmpty() && bijoy.kinds().get(column).isPresent();
        }
        if (!any) {
            return written;
        }
        MutableList<Cell> cells = Lists.mutable.empty();
        MutableList<Optional<ColumnKind>> kinds = Lists.mutable.empty();
        int recognised = 0;
        for (int column = 0; column < written.cells().size(); column++) {
            Cell as = written.cells().get(column);
            Optional<ColumnKind> kind = written.kinds().get(column);
            Cell converted = bijoy.cells().get(column);
            // Bijoy as typed is shown as Bengali; English that a converter turned into Bengali letters only
            // where it names a column
            boolean typed = kind.isEmpty() && (Bijoy.mayBe(as.shown())
                    || bijoy.kinds().get(column).isPresent() && !converted.shown().equals(as.shown()));
            cells.add(typed ? converted.asShown(as) : as);
            // a column read in the light of its neighbour's Bengali ("মান" after the area) is read so too
            kind = kind.isEmpty() ? bijoy.kinds().get(column) : kind;
            kinds.add(kind);
            recognised += kind.isPresent() ? 1 : 0;
        }
        return new Reading(cells.toImmutable(), kinds.toImmutable(), recognised,
                Math.max(written.headerRows(), bijoy.headerRows()));
    }

    /**
     * How many rows of one text each stand above a header that has the essential columns without them
     * (a letterhead as Excel saves it, a row a line: the government, the office, its place, the subject,
     * "ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪"), or 0. Such rows are titles whatever they name: a row naming
     * a quarter alone could be the upper row of a header, but not over a header complete without it.
     */
    private static int letterhead(RawTable table) {
        int rows = 0;
        while (rows + 1 < table.rows().size() && rows < LETTERHEAD_ROWS
                && table.rows().get(rows).cells().count(cell -> !cell.isEmpty()) == 1) {
            rows++;
        }
        if (rows == 0 || rows + 1 >= table.rows().size()) {
            return 0;
        }
        RawRow first = table.rows().get(rows);
        RawRow second = table.rows().get(rows + 1);
        boolean complete = orBijoy(read(oneRow(first)), first, null).hasEssentials()
                || orBijoy(read(twoRows(first, second)), first, second).hasEssentials();
        return complete ? rows : 0;
    }

    /**
     * How many rows of the letter stand above a header where some of them hold several texts (a reference number at
     * one side of the sheet and a date at the other, cells of a block above the table), or 0: up to
     * {@value #LETTERHEAD_ROWS} rows that each name one column at most and hold no code with a name, above a row that
     * names two columns or more and, alone or with the row under it, the essential ones.
     */
    private static int letterOfSeveralTexts(RawTable table) {
        for (int k = 1; k <= LETTERHEAD_ROWS && k + 1 < table.rows().size(); k++) {
            RawRow above = table.rows().get(k - 1);
            if (orBijoy(read(oneRow(above)), above, null).recognised() > 1
                    || PlanAssembler.holdsCodedName(above)) {
                return 0;
            }
            RawRow first = table.rows().get(k);
            RawRow second = table.rows().get(k + 1);
            Reading one = orBijoy(read(oneRow(first)), first, null);
            if (one.recognised() > 1 && (one.hasEssentials()
                    || orBijoy(read(twoRows(first, second)), first, second).hasEssentials())) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Whether a row of one text right above the header is a group over some of its columns rather than a title:
     * read with the header as its upper row, it names more columns than the header alone ("ত্রৈমাসিক অর্জন" over
     * ১ম ২য় ৩য় ৪র্থ makes them the quarters).
     */
    private static boolean isGroupOver(RawRow above, RawRow header) {
        return orBijoy(read(twoRows(above, header)), above, header).recognised()
                > orBijoy(read(oneRow(header)), header, null).recognised();
    }

    /**
     * Whether a row right above a header complete without it is the document's text rather than the header's
     * upper row: it begins in the first column, over a header recognised by itself, and read as the upper row it
     * names no more columns, and no fiscal year of the target, than the header alone (a line of the letter with
     * commas right above a CSV table's header: "…কর্মপরিকল্পনা ২০২২-২৩, ৩য় ত্রৈমাসিক"). A group's upper row
     * leaves the first column's header to the row under it, or is blank there.
     */
    private static boolean isTextAbove(RawRow above, RawRow header) {
        if (above.cell(0).isEmpty() || header.cell(0).isEmpty()
                || orBijoy(read(oneRow(above)), above, null).hasEssentials()) {
            return false;
        }
        Reading alone = orBijoy(read(oneRow(header)), header, null);
        if (!alone.hasEssentials() || alone.kinds().getFirst().isEmpty()) {
            return false;
        }
        Reading both = orBijoy(read(twoRows(above, header)), above, header);
        return both.recognised() <= alone.recognised() && targetYear(both).equals(targetYear(alone));
    }

    /** A column of targets, whose header may name the plan's year: annual, graded or a quarter's. */
    private static boolean isTargetColumn(ColumnKind kind) {
        return kind == ColumnKind.TARGET || kind.grade().isPresent() || ColumnKind.quarterTargets().contains(kind);
    }

    /** The fiscal year the first target column's header names, if any. */
    private static Optional<FiscalYear> targetYear(Reading reading) {
        for (int column = 0; column < reading.kinds().size(); column++) {
            Optional<ColumnKind> kind = reading.kinds().get(column);
            if (kind.isPresent() && isTargetColumn(kind.get())) {
                Optional<FiscalYear> year = targetYearIn(reading.cells().get(column).shown());
                if (year.isPresent()) {
                    return year;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text of a row above the table: its one text, or the texts of a line of the letter that commas split
     * into cells, joined again.
     *
     * @param row a row above the table's header
     * @return its texts, joined by ", "
     */
    public static String titleText(RawRow row) {
        return row.cells().reject(String::isEmpty).collect(String::strip).makeString(", ");
    }

    /** A row above the header that holds one text only: the plan's title, copied with its table. */
    private static boolean isTitle(RawRow row) {
        ImmutableList<String> texts = row.cells().reject(String::isEmpty);
        if (texts.size() != 1) {
            return false;
        }
        String key = Vocabulary.key(texts.getFirst());
        for (ColumnKind kind : NAMED) {
            if (kind.isNamedBy(key)) {
                return false;
            }
        }
        return !isTarget(key) && quarterOf(key).isEmpty();
    }

    private static Layout layout(RawTable table, int start, Reading reading, ImmutableList<String> titles,
            Notes notes) {
        MutableList<String> headers = Lists.mutable.empty();
        MutableList<Optional<ColumnKind>> kinds = Lists.mutable.empty();
        Map<ColumnKind, Integer> seen = new EnumMap<>(ColumnKind.class);
        MutableList<String> headerTexts = Lists.mutable.withAll(titles);
        Optional<FiscalYear> year = Optional.empty();
        int yearColumn = -1;
        boolean bijoy = false;
        ImmutableList<Cell> cells = reading.cells();
        for (int column = 0; column < cells.size(); column++) {
            Cell cell = cells.get(column);
            headers.add(cell.shown());
            Optional<ColumnKind> kind = reading.kinds().get(column);
            boolean toDate = kind.isPresent() && TO_DATE_KINDS.contains(kind.get())
                    && toDate(Vocabulary.key(cell.shown())).isPresent();
            if (!cell.shown().isEmpty() && (kind.isEmpty() || toDate)) {
                // A header charter does not read may name the year or the quarter of the report, and so does a
                // total to date named by its months ("মোট অর্জন (জুলাই-মার্চ)").
                headerTexts.add(cell.shown());
            }
            if (kind.isPresent() && seen.containsKey(kind.get())) {
                int other = seen.get(kind.get());
                Optional<FiscalYear> mine = targetYearIn(cell.shown());
                Optional<FiscalYear> theirs = targetYearIn(cells.get(other).shown());
                if (kind.get() == ColumnKind.TARGET && mine.isPresent() && theirs.isPresent() && !mine.equals(theirs)) {
                    // Two target columns of two years: the one of the plan's year is chosen later.
                    kinds.add(kind);
                    continue;
                }
                notes.add(Notes.Kind.KEPT, cell.line(), column + 1, "The header " + Notes.quoted(cell.shown())
                        + " names the " + kind.get().describe() + " again (column " + (other + 1)
                        + " is that column): its cells are kept as text on each indicator");
                kinds.add(Optional.empty());
                continue;
            }
            kinds.add(kind);
            if (!cell.typed().isEmpty() && Bijoy.mayBe(cell.typed())) {
                bijoy = true;
                notes.add(Notes.Kind.TEXT, cell.line(), column + 1, "The header " + Notes.quoted(cell.typed())
                        + " is text typed in an old Bijoy font (SutonnyMJ); it reads " + Notes.quoted(cell.shown()));
            } else if (!cell.typed().isEmpty()) {
                notes.add(Notes.Kind.TEXT, cell.line(), column + 1, "The header " + Notes.quoted(cell.typed())
                        + " is English typed in an old Bijoy font and converted to Bengali letters; it reads "
                        + Notes.quoted(cell.shown()));
            }
            if (kind.isPresent()) {
                seen.put(kind.get(), column);
                notes.add(Notes.Kind.COLUMN, cell.line(), column + 1, "The header " + Notes.quoted(cell.shown())
                        + " is read as the " + kind.get().describe());
                if (WORDS.hasFold(cell.shown())) {
                    notes.add(Notes.Kind.TEXT, cell.line(), column + 1, "The header " + Notes.quoted(cell.shown())
                            + " holds traces of the old Bijoy fonts (SutonnyMJ) or a common misspelling;"
                            + " it was matched as " + Notes.quoted(kind.get().header(Language.BN)));
                }
                if (isTargetColumn(kind.get()) && year.isEmpty()) {
                    Optional<FiscalYear> named = targetYearIn(cell.shown());
                    if (named.isPresent()) {
                        year = named;
                        yearColumn = column;
                    }
                }
            } else if (!cell.shown().isEmpty()) {
                notes.add(Notes.Kind.KEPT, cell.line(), column + 1, "The header " + Notes.quoted(cell.shown())
                        + " is not a column charter scores: its cells are kept as text on each indicator");
            }
        }
        ImmutableList<Optional<ColumnKind>> found = kinds.toImmutable();
        boolean graded = ColumnKind.grades().anySatisfy(found::contains);
        boolean anyGrade = ColumnKind.grades().anySatisfy(g -> found.contains(Optional.of(g)));
        if (anyGrade && !ColumnKind.grades().allSatisfy(g -> found.contains(Optional.of(g)))) {
            MutableList<String> missing = ColumnKind.grades().reject(g -> found.contains(Optional.of(g)))
                    .collect(ColumnKind::describe).toList();
            throw InvalidInputException.of("The table has some of the five graded target columns but not "
                    + missing.makeString(", ") + "; write all five, or the annual target alone")
                    .withSource(table.source()).withLine(table.rows().get(start).line());
        }
        int headerRows = reading.headerRows();
        int firstData = start + headerRows;
        firstData = skipRowsUnderHeader(table, firstData, found, graded || anyGrade, notes);
        return new Layout(table.source(), table.rows().get(start).line(), headers.toImmutable(), found, year,
                yearColumn, firstData, headerTexts.toImmutable(), bijoy);
    }

    private static InvalidInputException unrecognised(RawTable table, RawRow first, Reading one, Reading two) {
        Reading shown = two != null && two.recognised() > one.recognised() ? two : one;
        MutableList<String> recognised = Lists.mutable.empty();
        MutableList<String> unknown = Lists.mutable.empty();
        int unknownCount = 0;
        int questionMarks = 0;
        for (int column = 0; column < shown.cells().size(); column++) {
            Cell cell = shown.cells().get(column);
            Optional<ColumnKind> kind = shown.kinds().get(column);
            if (LostLetters.inText(cell.shown())) {
                questionMarks++;
            }
            if (kind.isPresent()) {
                recognised.add(kind.get().describe() + " as " + Notes.quoted(cell.shown()) + " (row " + cell.line()
                        + ", column " + (column + 1) + ")");
            } else if (!cell.shown().isEmpty() && unknownCount++ < LISTED) {
                unknown.add(Notes.quoted(cell.shown()) + " (row " + cell.line() + ", column " + (column + 1) + ")");
            }
        }
        if (unknownCount > LISTED) {
            unknown.add("… and " + (unknownCount - LISTED) + " more");
        }
        MutableList<String> missing = Lists.mutable.empty();
        if (!shown.kinds().contains(Optional.of(ColumnKind.INDICATOR))) {
            missing.add(ColumnKind.INDICATOR.describe());
        }
        missing.add(ColumnKind.TARGET.describe() + " or the five graded targets ("
                + ColumnKind.grades().collect(kind -> kind.header(Language.BN)).makeString(", ")
                + ") or the achievements (quarters, প্রকৃত অর্জন)");
        StringBuilder problem = new StringBuilder("The table's essential columns cannot be found");
        if (!unknown.isEmpty()) {
            problem.append("; not recognised: ").append(unknown.makeString("; "));
        }
        problem.append("; missing: ").append(missing.makeString("; "));
        problem.append("; recognised: ").append(recognised.isEmpty() ? "none" : recognised.makeString("; "));
        InvalidInputException refusal = InvalidInputException.of(problem.toString())
                .withSource(table.source())
                .withLine(first.line());
        if (questionMarks > 0 && questionMarks * 2 >= shown.cells().count(cell -> !cell.shown().isEmpty())) {
            return refusal.withHint(LostLetters.HEADERS);
        }
        return refusal.withHint("Correct the headers (a header damaged by OCR or a copy must be mended by hand);"
                + " docs/table-format.md lists the headers charter reads");
    }

    private static ImmutableList<Cell> oneRow(RawRow header) {
        MutableList<Cell> cells = Lists.mutable.empty();
        for (int column = 0; column < header.cells().size(); column++) {
            String shown = Numerals.normalizeForMatching(shortened(header.cell(column)));
            cells.add(new Cell(shown, Lists.immutable.of(Vocabulary.key(shown)), header.line(), ""));
        }
        return cells.toImmutable();
    }

    /**
     * The headers of two rows: a column blank in the second row is named by the first; under a group
     * header (the first row's text, blank to its right over the columns it spans, or written again over
     * each) a column is named by the second row, by an ordinal under a group of quarters, or by both
     * rows together.
     */
    private static ImmutableList<Cell> twoRows(RawRow top, RawRow bottom) {
        int width = Math.max(top.cells().size(), bottom.cells().size());
        boolean perQuarter = quartersGrouped(top, bottom, width) > 1;
        MutableList<Cell> cells = Lists.mutable.empty();
        String group = "";
        for (int column = 0; column < width; column++) {
            String upper = Numerals.normalizeForMatching(shortened(top.cell(column)));
            String lower = Numerals.normalizeForMatching(shortened(bottom.cell(column)));
            if (lower.isEmpty()) {
                group = "";
                cells.add(new Cell(upper, Lists.immutable.of(Vocabulary.key(upper)), top.line(), ""));
                continue;
            }
            if (!upper.isEmpty()) {
                group = upper;
            }
            String groupKey = Vocabulary.key(group);
            String shown = group.isEmpty() ? lower : group + " " + lower;
            lower = oneName(lower);
            String lowerKey = Vocabulary.key(lower);
            boolean quarterGroup = !group.isEmpty() && quarterOf(groupKey).isPresent();
            if (quarterGroup && perQuarter) {
                // Under each quarter's own group ("১ম ত্রৈমাসিক" over "লক্ষ্যমাত্রা", "অর্জন", "অর্জনের হার", and so
                // on for the next quarters) every column is that quarter's, read with the group: its target, its
                // achievement, or a figure of the quarter charter keeps unread (never the plan's reported
                // percent or score).
                cells.add(new Cell(shown, Lists.immutable.of(groupKey + lowerKey), bottom.line(), group));
                continue;
            }
            MutableList<String> keys = Lists.mutable.of(lowerKey);
            if (isQuarterGroup(groupKey)) {
                keys.add(lowerKey + WORDS.keys("QUARTER_WORD").getFirst());
                if ("%".equals(lower.strip())) {
                    // "%" beside the quarters and their total, under "অগ্রগতি": the percent achieved
                    keys.add(0, WORDS.keys("PERCENT").getFirst());
                }
            }
            if (!group.isEmpty()) {
                // A header wrapped onto two rows ("প্রথম প্রান্তিক" over "অর্জন") is read whole before its second
                // row alone when that is a word of no column of its own; so are a target and an achievement under
                // a group that names a quarter, in every column it spans ("৩য় ত্রৈমাসিক" over "লক্ষ্যমাত্রা" and
                // "অর্জন").
                String whole = groupKey + lowerKey;
                boolean generic = WORDS.is("ACHIEVEMENT_WORD", lowerKey) && !upper.isEmpty();
                boolean ofTheQuarter = quarterGroup
                        && (WORDS.is("ACHIEVEMENT_WORD", lowerKey) || quarterTarget(whole).isPresent());
                keys.add(generic || ofTheQuarter ? 0 : keys.size(), whole);
                // Under a group of quarterly targets ("ত্রৈমাসিক লক্ষ্যমাত্রা" over "১ম", "২য়", …; "Quarterly target"
                // over "Q1") each column is a quarter's target, read as "১ম ত্রৈমাসিক লক্ষ্যমাত্রা" or "Q1 target",
                // never that quarter's achievement.
                // The group may name the plan's year after the word: "লক্ষ্যমাত্রা ২০২৩-২৪" over "১ম কোয়ার্টার", ….
                String targetWord = WORDS.keys("QUARTER_TARGET_WORD").detect(withoutYears(groupKey)::endsWith);
                if (targetWord != null) {
                    // The whole group after the ordinal names the quarter in Bengali ("১ম ত্রৈমাসিক লক্ষ্যমাত্রা"),
                    // the target word alone in English ("Q1 target").
                    String ordinalFirst = quarterTarget(lowerKey + groupKey).isPresent() ? lowerKey + groupKey
                            : lowerKey + targetWord;
                    if (quarterTarget(ordinalFirst).isPresent()) {
                        keys.add(0, ordinalFirst);
                    }
                }
            }
            cells.add(new Cell(shown, keys.toImmutable(), bottom.line(), group));
        }
        return cells.toImmutable();
    }

    /** How many different quarters the first row names as groups over columns of the second. */
    private static int quartersGrouped(RawRow top, RawRow bottom, int width) {
        EnumSet<Quarter> quarters = EnumSet.noneOf(Quarter.class);
        for (int column = 0; column < width; column++) {
            String upper = top.cell(column);
            if (!upper.isEmpty() && !bottom.cell(column).isEmpty()) {
                quarterOf(Vocabulary.key(Numerals.normalizeForMatching(shortened(upper)))).ifPresent(quarters::add);
            }
        }
        return quarters.size();
    }

    /** A cell too long to be a header, cut so that matching it costs nothing (it is not recognised). */
    private static String shortened(String cell) {
        return cell.length() > LONGEST_HEADER * 2 ? cell.substring(0, LONGEST_HEADER * 2) : cell;
    }

    private static boolean isQuarterGroup(String groupKey) {
        // The group may name the year: "২০২৩-২৪ অর্থবছরের অগ্রগতি", "Progress, FY 2023-24".
        String group = withoutYearAndWords(groupKey);
        // An achievement's word alone ("অর্জন", "প্রকৃত অর্জন") over the ordinals names the quarters' achievements.
        return WORDS.keys("QUARTER_WORD").anySatisfy(groupKey::contains)
                || WORDS.keys("QUARTER_GROUP").anySatisfy(group::equals)
                || WORDS.keys("QUARTER_GROUP").anySatisfy(group::startsWith)
                || WORDS.keys("ACHIEVEMENT_WORD").anySatisfy(group::equals);
    }

    private static Reading read(ImmutableList<Cell> cells) {
        MutableList<Optional<ColumnKind>> kinds = Lists.mutable.empty();
        ColumnKind previous = null;
        int recognised = 0;
        boolean grouped = cells.anySatisfy(c -> !c.group().isEmpty())
                || cells.anySatisfy(c -> c.line() != cells.getFirst().line());
        int headerRows = grouped ? 2 : 1;
        // A header written many times over (a hostile table's 50,000 "x") is recognised once: what a key names
        // depends on the column before it only for the plain weight words.
        Map<String, Optional<ColumnKind>> known = new HashMap<>();
        for (Cell cell : cells) {
            Optional<ColumnKind> kind = Optional.empty();
            for (String key : cell.keys()) {
                if (!key.isEmpty() && key.length() <= LONGEST_HEADER) {
                    kind = key.equals(PLAIN_WEIGHT) || key.equals(ENGLISH_WEIGHT) ? recognise(key, previous)
                            : known.computeIfAbsent(key, unknown -> recognise(unknown, null));
                    if (kind.isPresent()) {
                        break;
                    }
                }
            }
            if (kind.isEmpty()) {
                String own = cell.group().isEmpty() ? cell.shown() : cell.shown().substring(cell.group().length() + 1);
                kind = namedTwice(own, previous);
            }
            // Keys drop punctuation, "%" too: "Achievement (%)" is the percent achieved, never the actual.
            if (kind.equals(Optional.of(ColumnKind.ACTUAL)) && cell.shown().indexOf('%') >= 0) {
                kind = Optional.of(ColumnKind.PERCENT);
            }
            if (kind.isPresent()) {
                recognised++;
            }
            kinds.add(kind);
            previous = kind.orElse(null);
        }
        return new Reading(cells, kinds.toImmutable(), recognised, headerRows);
    }

    /**
     * The layout of a report made as of a quarter: a reported column named with the months it runs to is read
     * only if it runs to that quarter; one that runs to the end of Q2 in a later report is the half-year
     * subtotal (if the table has none), any other is kept as text. The notes say which.
     *
     * @param layout the layout as the header was read
     * @param quarter the quarter the report is made as of
     * @param notes the reading's notes
     * @return the layout for that quarter
     */
    public static Layout asOf(Layout layout, Quarter quarter, Notes notes) {
        Layout result = layout;
        for (int column = 0; column < layout.width(); column++) {
            Optional<ColumnKind> kind = layout.kindAt(column);
            if (kind.isEmpty() || !TO_DATE_KINDS.contains(kind.get())) {
                continue;
            }
            String header = layout.headerAt(column);
            Optional<Quarter> end = toDate(Vocabulary.key(header)).map(ToDate::quarter);
            if (end.isEmpty() || end.get() == quarter) {
                continue;
            }
            if (kind.get() == ColumnKind.ACTUAL && end.get() == Quarter.Q2 && quarter.compareTo(Quarter.Q2) > 0
                    && !result.has(ColumnKind.HALF_YEAR)) {
                result = result.withKind(column, Optional.of(ColumnKind.HALF_YEAR));
                notes.add(Notes.Kind.COLUMN, layout.headerLine(), column + 1, "The header " + Notes.quoted(header)
                        + " runs to the end of Q2, before the quarter of the report: it is read as the half-year"
                        + " subtotal (অর্ধবার্ষিক অর্জন)");
            } else {
                result = result.withKind(column, Optional.empty());
                notes.add(Notes.Kind.KEPT, layout.headerLine(), column + 1, "The header " + Notes.quoted(header)
                        + " runs to the end of " + end.get() + ", not of " + quarter
                        + ", the quarter of the report: its cells are kept as text on each indicator");
            }
        }
        return result;
    }

    /**
     * The column a header written in both languages, or in two words for one column, names: "কর্মসম্পাদন সূচক
     * (Performance Indicators)", "অসাধারণ (Excellent)", "লক্ষ্যমাত্রা ২০২৩-২৪ (Target)", "Remarks/মন্তব্য", the
     * English on a line of its own, as templates of some years write them. Both halves, the text before its last
     * parenthesis and the text in it, the texts either side of its one slash, or its Bengali and the English
     * after it, must name the same column: "প্রকৃত অর্জন (২০২১-২২)", an earlier year's actual, and
     * "প্রমাণক/মন্তব্য", two columns in one, name none.
     */
    private static Optional<ColumnKind> namedTwice(String header, ColumnKind previous) {
        for (String[] halves : halves(header)) {
            Optional<ColumnKind> kind = namedBy(halves, previous);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    /** The column both halves name, if they name one. */
    private static Optional<ColumnKind> namedBy(String[] halves, ColumnKind previous) {
        String one = Vocabulary.key(halves[0]);
        String other = Vocabulary.key(halves[1]);
        if (one.isEmpty() || other.isEmpty() || one.length() > LONGEST_HEADER || other.length() > LONGEST_HEADER) {
            return Optional.empty();
        }
        Optional<ColumnKind> kind = recognise(one, previous);
        return kind.isPresent() && kind.equals(recognise(other, previous)) ? kind : Optional.empty();
    }

    /**
     * The ways a header may name its column twice (see {@link #namedTwice}), in turn: before its last parenthesis
     * and in it, either side of its one slash ("Target/লক্ষ্যমাত্রা (২০২৩-২৪)" too), its Bengali and the English after
     * it.
     */
    private static List<String[]> halves(String header) {
        List<String[]> ways = new ArrayList<>(3);
        int open = header.lastIndexOf('(');
        int slash = header.indexOf('/');
        if (open > 0 && header.endsWith(")")) {
            ways.add(new String[] {header.substring(0, open), header.substring(open + 1, header.length() - 1)});
        }
        if (slash > 0 && slash == header.lastIndexOf('/')) {
            ways.add(new String[] {header.substring(0, slash), header.substring(slash + 1)});
        }
        int latin = scriptsMeet(header);
        if (latin >= 0) {
            ways.add(new String[] {header.substring(0, latin), header.substring(latin)});
        }
        return ways;
    }

    /**
     * A lower header that names its column in both halves ("অসাধারণ (Excellent)") as its first half alone, so that
     * a group over it reads it as it reads the one name ("লক্ষ্যমাত্রা ২০২৩-২৪" over "অসাধারণ"): read whole with the
     * group, "লক্ষ্যমাত্রা ২০২৩-২৪ অসাধারণ (Excellent)" was an annual target's header. Any other as it is.
     */
    private static String oneName(String lower) {
        for (String[] halves : halves(lower)) {
            if (namedBy(halves, null).isPresent()) {
                return halves[0].strip();
            }
        }
        return lower;
    }

    /**
     * Where the English of a header in Bengali then English on a line of its own begins ("কর্মসম্পাদন সূচক
     * Performance Indicators", the line break a space by now): the first Latin letter, where every letter
     * before it is Bengali and none after it is; else -1.
     */
    private static int scriptsMeet(String header) {
        int latin = -1;
        boolean bengali = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            boolean isLatin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (isLatin && latin < 0) {
                latin = i;
            } else if (!isLatin && (latin >= 0 || Character.UnicodeScript.of(c) != Character.UnicodeScript.BENGALI)) {
                return -1;
            }
            bengali |= !isLatin;
        }
        return bengali ? latin : -1;
    }

    /**
     * The reported actual named with the plan's own year ("প্রকৃত অর্জন ২০২৩-২৪" in a plan of 2023-24), which its
     * header alone cannot tell from an earlier year's actual ("প্রকৃত অর্জন ২০২১-২২", kept as text): once the year
     * is known, the one column so named is read as the actual, where no other column is; the notes say so.
     *
     * @param layout the layout as the header was read
     * @param year the plan's fiscal year
     * @param notes the reading's notes
     * @return the layout with that column the actual, or as it was
     */
    public static Layout actualOfYear(Layout layout, FiscalYear year, Notes notes) {
        if (layout.has(ColumnKind.ACTUAL)) {
            return layout;
        }
        int found = -1;
        for (int column = 0; column < layout.width(); column++) {
            String header = layout.headerAt(column);
            if (layout.isKept(column) && yearIn(header).equals(Optional.of(year)) && recognise(
                    withoutYearAndWords(Vocabulary.key(header)), null).equals(Optional.of(ColumnKind.ACTUAL))) {
                if (found >= 0) {
                    return layout; // two of them: which is the actual would be a guess
                }
                found = column;
            }
        }
        if (found < 0) {
            return layout;
        }
        notes.withdrawKept(found + 1);
        notes.add(Notes.Kind.COLUMN, layout.headerLine(), found + 1, "The header "
                + Notes.quoted(layout.headerAt(found)) + " is read as the actual (প্রকৃত অর্জন): the year it names is"
                + " the plan's");
        return layout.withKind(found, Optional.of(ColumnKind.ACTUAL));
    }

    /** The column a header's key names, given the column before it (for the plain "মান" and "Weight"). */
    static Optional<ColumnKind> recognise(String key, ColumnKind previous) {
        if (key.equals(PLAIN_WEIGHT) || key.equals(ENGLISH_WEIGHT)) {
            if (previous == ColumnKind.AREA) {
                return Optional.of(ColumnKind.AREA_WEIGHT);
            }
            if (previous == ColumnKind.INDICATOR || previous == ColumnKind.UNIT || key.equals(ENGLISH_WEIGHT)) {
                return Optional.of(ColumnKind.INDICATOR_WEIGHT);
            }
            return Optional.empty();
        }
        for (ColumnKind kind : NAMED) {
            if (kind.isNamedBy(key)) {
                return Optional.of(kind);
            }
        }
        for (Grade grade : Grade.columns()) {
            if (isGrade(key, grade)) {
                return Optional.of(ColumnKind.of(grade));
            }
        }
        if (isTarget(key)) {
            return Optional.of(ColumnKind.TARGET);
        }
        if (isHalfYear(key)) {
            return Optional.of(ColumnKind.HALF_YEAR);
        }
        Optional<Quarter> target = quarterTarget(key);
        if (target.isPresent()) {
            return Optional.of(ColumnKind.quarterTargets().get(target.get().ordinal()));
        }
        Optional<ColumnKind> quarter = quarterOf(key).map(ColumnKind::of);
        return quarter.isPresent() ? quarter : toDate(key).map(ToDate::kind);
    }

    /**
     * A reported column named with the months it runs to, from the start of the fiscal year: the total
     * achieved to the end of a quarter, or its percent.
     *
     * @param kind the column, {@link ColumnKind#ACTUAL} or {@link ColumnKind#PERCENT}
     * @param quarter the quarter it runs to
     */
    record ToDate(ColumnKind kind, Quarter quarter) {
    }

    /**
     * "মোট অর্জন (জুলাই-মার্চ)", "জুলাই/২৩-মার্চ/২৪ পর্যন্ত অর্জন", "অর্জনের হার (মার্চ পর্যন্ত)", "Total achievement
     * (July-March 2024)": a name of the reported actual or percent before or after a span of months from July to
     * the end of a quarter, or "up to" the last month of a quarter.
     *
     * @param key the header's key
     * @return the column and the quarter it runs to, or empty for any other header
     */
    static Optional<ToDate> toDate(String key) {
        if (key.length() > LONGEST_HEADER) {
            return Optional.empty();
        }
        Optional<ToDate> named = namedToDate(key);
        // under a group of achievements: "Achievement" over "Total (Jul-Mar)", "অগ্রগতি" over "মোট (জুলাই-মার্চ)"
        for (int i = 0; named.isEmpty() && i < ACHIEVEMENT_WORDS.size(); i++) {
            String group = ACHIEVEMENT_WORDS.get(i);
            if (key.startsWith(group) && key.length() > group.length()) {
                named = namedToDate(key.substring(group.length()));
            }
        }
        return named;
    }

    private static Optional<ToDate> namedToDate(String key) {
        for (Map.Entry<String, ColumnKind> named : TO_DATE_NAMES) {
            String name = named.getKey();
            if (key.length() > name.length()) {
                Optional<Quarter> end = key.startsWith(name) ? spanEnd(key.substring(name.length()))
                        : Optional.empty();
                if (end.isEmpty() && key.endsWith(name)) {
                    end = spanEnd(key.substring(0, key.length() - name.length()));
                }
                if (end.isPresent()) {
                    return Optional.of(new ToDate(named.getValue(), end.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The quarter a span from July ends ("জুলাই-মার্চ" Q3), or one month "up to" ends ("মার্চ পর্যন্ত" Q3), or a
     * quarter named "up to" ("৩য় ত্রৈমাসিক পর্যন্ত", "up to Q3").
     */
    private static Optional<Quarter> spanEnd(String span) {
        for (String word : UP_TO_WORDS) {
            int at = span.indexOf(word);
            if (at >= 0) {
                Optional<Quarter> named = quarterOf(span.substring(0, at) + span.substring(at + word.length()));
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        String left = withoutMonths(span);
        for (String word : SPAN_WORDS) {
            left = left.replace(word, "");
        }
        // what digits remain are the years of the months: "২৩", "২০২৪", "২০২৩২৪"
        if (!left.chars().allMatch(c -> c >= '0' && c <= '9') || DIGITS.matcher(left).results()
                .anyMatch(run -> run.group().length() % 2 != 0)) {
            return Optional.empty();
        }
        int[] months = firstAndLastMonth(span);
        int first = months[0];
        int last = months[1];
        boolean endsAQuarter = last > 0 && last % 3 == 0;
        boolean fromJuly = first == 7 && last != first;
        boolean upTo = first == last && UP_TO_WORDS.anySatisfy(span::contains);
        return endsAQuarter && (fromJuly || upTo) ? Optional.of(Quarter.ofMonth(java.time.Month.of(last)))
                : Optional.empty();
    }

    /** A target's words, and nothing else but a fiscal year, "অর্থবছর", "(অসাধারণ)" and the like. */
    static boolean isTarget(String key) {
        String rest = withoutYears(key);
        boolean found = false;
        for (String word : TARGET_WORDS) {
            if (rest.contains(word)) {
                rest = rest.replace(word, "");
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
        for (String noise : TARGET_NOISE) {
            rest = rest.replace(noise, "");
        }
        return rest.isEmpty();
    }

    /** A key without its fiscal years and the words around them at its ends ("অর্থবছরের", "FY"). */
    private static String withoutYearAndWords(String key) {
        String rest = withoutYears(key);
        for (String word : YEAR_WORDS) {
            rest = rest.startsWith(word) ? rest.substring(word.length())
                    : rest.endsWith(word) ? rest.substring(0, rest.length() - word.length()) : rest;
        }
        return rest;
    }

    /** A key without the fiscal years in it ("202324", "20232024"), which punctuation no longer separates. */
    private static String withoutYears(String key) {
        Matcher digits = DIGITS.matcher(key);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (digits.find()) {
            String run = digits.group();
            boolean year = run.length() == 4 || isYearPair(run);
            if (year) {
                rest.append(key, last, digits.start());
                last = digits.end();
            }
        }
        return rest.append(key.substring(last)).toString();
    }

    /**
     * Whether what is left of a header beside a quarter's months is years of two digits, each month's or the
     * span's ("জুলাই-সেপ্টেম্বর/২৩", "জুলাই'২৩-সেপ্টেম্বর'২৩", "জুলাই-২৩ থেকে সেপ্টেম্বর-২৩"), and words for "to".
     */
    private static boolean shortYearsOnly(String left) {
        return SHORT_YEARS.matcher(left).matches();
    }

    private static boolean isYearPair(String run) {
        if (run.length() != 6 && run.length() != 8) {
            return false;
        }
        int start = Integer.parseInt(run.substring(0, 4));
        int end = Integer.parseInt(run.substring(4));
        return run.length() == 6 ? end == (start + 1) % 100 : end == start + 1;
    }

    /**
     * The year a target's header names: as {@link #yearIn(String)} reads it, or in two-digit years ("লক্ষ্যমাত্রা
     * ২৩-২৪", "Target (FY 23-24)"), which beside a target's word are its fiscal year, this century's.
     *
     * @param header the header of a target column
     * @return the year, or empty
     */
    public static Optional<FiscalYear> targetYearIn(String header) {
        Optional<FiscalYear> year = yearIn(header);
        Matcher pair = SHORT_YEAR_PAIR.matcher(Numerals.toAsciiDigits(header));
        while (year.isEmpty() && pair.find()) {
            year = twoDigitYears(pair.group(1), pair.group(2));
        }
        return year;
    }

    /**
     * A fiscal year written in two-digit years, "23" and "24", where they follow each other: this century's, as
     * the plans charter reads are kept since 2015.
     *
     * @param start the first year's two digits, ASCII
     * @param end the second's
     * @return the year, or empty where the second does not follow the first
     */
    static Optional<FiscalYear> twoDigitYears(String start, String end) {
        int first = Integer.parseInt(start);
        return (first + 1) % 100 == Integer.parseInt(end) ? Optional.of(FiscalYear.of(2000 + first))
                : Optional.empty();
    }

    /** The fiscal year a header or a line of text names ("লক্ষ্যমাত্রা ২০২৩-২৪", "২০২২-২০২৩ অর্থবছর"). */
    static Optional<FiscalYear> yearIn(String text) {
        Matcher year = YEAR.matcher(Numerals.toAsciiDigits(text));
        while (year.find()) {
            int start = Integer.parseInt(year.group(1));
            String end = year.group(2);
            int next = end.length() == 2 ? (start + 1) % 100 : start + 1;
            if (Integer.parseInt(end) == next && start >= FiscalYear.MIN_START_YEAR
                    && start <= FiscalYear.MAX_START_YEAR) {
                return Optional.of(FiscalYear.of(start));
            }
        }
        return julyToJune(text);
    }

    /** "জুলাই ২০২৩ - জুন ২০২৪ সময়ের জন্য পরিকল্পনা", "July 2023 to June 2024": the fiscal year of those months. */
    private static Optional<FiscalYear> julyToJune(String text) {
        String key = Vocabulary.key(text);
        int[] months = firstAndLastMonth(key);
        if (months[0] != 7 || months[1] != 6) {
            return Optional.empty();
        }
        Matcher four = FOUR_DIGITS.matcher(key);
        int first = -1;
        while (four.find()) {
            int year = Integer.parseInt(four.group());
            if (first < 0) {
                first = year;
            } else if (year == first + 1 && first >= FiscalYear.MIN_START_YEAR && first <= FiscalYear.MAX_START_YEAR) {
                return Optional.of(FiscalYear.of(first));
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A grade's name, in Bengali or English, optionally with its own percent: "অসাধারণ (১০০%)". */
    private static boolean isGrade(String key, Grade grade) {
        ColumnKind kind = ColumnKind.of(grade);
        String percent = Integer.toString(grade.percent());
        return key.endsWith(percent) && kind.isNamedBy(key.substring(0, key.length() - percent.length()));
    }

    private static boolean isHalfYear(String key) {
        String span = withoutAchievement(key);
        if (withoutMonths(withoutYears(span)).isEmpty() && spanOf(span).equals(Optional.of(Span.HALF_YEAR))) {
            return true; // "জুলাই-ডিসেম্বর", "July-December 2023"
        }
        for (String word : WORDS.keys("HALF_YEAR")) {
            if (key.startsWith(word)) {
                String rest = withoutMonths(withoutAchievement(key.substring(word.length())));
                if (rest.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "১ম ত্রৈমাসিক লক্ষ্যমাত্রা": a quarterly target. */
    private static Optional<Quarter> quarterTarget(String key) {
        for (String word : WORDS.keys("QUARTER_TARGET_WORD")) {
            if (key.length() <= word.length()) {
                continue;
            }
            Optional<Quarter> quarter = key.endsWith(word)
                    ? quarterOf(key.substring(0, key.length() - word.length())) : Optional.empty();
            if (quarter.isEmpty() && key.startsWith(word)) {
                // the word first: "লক্ষ্যমাত্রা ১ম কোয়ার্টার", "Target Q1", "Target (Q1 2023-24)"
                quarter = quarterOf(withoutYears(key.substring(word.length())));
            }
            if (quarter.isPresent()) {
                return quarter;
            }
        }
        return Optional.empty();
    }

    /**
     * "১ম ত্রৈমাসিক অর্জন", "প্রথম প্রান্তিক", "২য় কোয়ার্টার (অক্টোবর-ডিসেম্বর)", "Q3", "Quarter 4
     * achievement", "Q1 (Jul-Sep)"; or a quarter's three months alone, "জুলাই-সেপ্টেম্বর".
     */
    static Optional<Quarter> quarterOf(String key) {
        String rest = withoutAchievement(key);
        Matcher english = ENGLISH_QUARTER.matcher(rest);
        if (english.lookingAt()) {
            // "Q1", "Quarter 1", "Q1 (Jul-Sep)", "Q3 achievement Jan-Mar 2024"
            Quarter q = Quarter.of(Integer.parseInt(english.group(1)));
            String tail = rest.substring(english.end());
            if (tail.isEmpty() || (withoutMonths(withoutAchievement(withoutYears(tail))).isEmpty()
                    && spanOf(tail).map(span -> span == Span.of(q)).orElse(true))) {
                return Optional.of(q);
            }
        }
        for (Map.Entry<String, Quarter> prefix : QUARTER_PREFIXES) {
            if (rest.startsWith(prefix.getKey())) {
                String tail = rest.substring(prefix.getKey().length());
                int q = prefix.getValue().number();
                String left = tail.isEmpty() ? "" : withoutMonths(withoutAchievement(withoutYears(tail)));
                Optional<Quarter> months = tail.isEmpty() ? Optional.empty() : monthsQuarter(tail);
                if ((left.isEmpty() || months.isPresent() && shortYearsOnly(left))
                        && (months.isEmpty() || months.get().number() == q)) {
                    return Optional.of(prefix.getValue());
                }
            }
        }
        // A span of a quarter's three months alone ("জানুয়ারি-মার্চ", "এপ্রিল-জুন ২০২৪ অর্জন") names that quarter;
        // no other span does (July to December is the half-year, July to March nine months).
        String left = withoutMonths(withoutYears(rest));
        if (left.isEmpty() || shortYearsOnly(left)) {
            Optional<Span> span = spanOf(rest);
            if (span.isPresent() && span.get().quarter().isPresent()) {
                return span.get().quarter();
            }
        }
        return Optional.empty();
    }

    /** The first and the last month a key names (1..12), or -1 for none. */
    private static int[] firstAndLastMonth(String key) {
        int first = -1;
        int firstAt = Integer.MAX_VALUE;
        int last = -1;
        int lastAt = -1;
        for (int month = 1; month <= 12; month++) {
            for (String word : WORDS.keys("MONTH_" + month)) {
                if (word.length() <= 2) {
                    continue; // "মে" is in too many words
                }
                int at = key.indexOf(word);
                if (at >= 0 && at < firstAt) {
                    firstAt = at;
                    first = month;
                }
                int lastIndex = key.lastIndexOf(word);
                if (lastIndex > lastAt) {
                    lastAt = lastIndex;
                    last = month;
                }
            }
        }
        return new int[] {first, last};
    }

    /** The spans of months a column may be named by: a quarter's three months, or the half-year's six. */
    enum Span {
        Q1, Q2, Q3, Q4, HALF_YEAR;

        static Span of(Quarter quarter) {
            return values()[quarter.ordinal()];
        }

        Optional<Quarter> quarter() {
            return this == HALF_YEAR ? Optional.empty() : Optional.of(Quarter.values()[ordinal()]);
        }
    }

    /**
     * The span of months a header's key names, strictly: the first and the last month named are those of
     * one quarter (July to September …), or July and December (the half-year).
     */
    static Optional<Span> spanOf(String key) {
        int[] months = firstAndLastMonth(key);
        int first = months[0];
        int last = months[1];
        if (first < 0 || first == last) {
            return Optional.empty();
        }
        if (first == 7 && last == 12) {
            return Optional.of(Span.HALF_YEAR);
        }
        Quarter begin = Quarter.ofMonth(java.time.Month.of(first));
        boolean quarter = begin == Quarter.ofMonth(java.time.Month.of(last)) && last - first == 2;
        return quarter ? Optional.of(Span.of(begin)) : Optional.empty();
    }

    private static String withoutAchievement(String key) {
        String rest = key;
        for (String word : ACHIEVEMENT_WORDS) {
            if (rest.endsWith(word) && rest.length() > word.length()) {
                return rest.substring(0, rest.length() - word.length());
            }
            if (rest.startsWith(word) && rest.length() > word.length()) {
                return rest.substring(word.length());
            }
        }
        return rest;
    }

    private static String withoutMonths(String key) {
        String rest = key;
        for (String word : MONTH_WORDS) {
            if (rest.contains(word)) {
                rest = rest.replace(word, "");
            }
        }
        return rest;
    }

    /**
     * The quarter that a span of months names: "জুলাই-সেপ্টেম্বর" is Q1, "জানুয়ারী-মার্চ" Q3, and a span from
     * July the quarter it ends in ("জুলাই-ডিসেম্বর" Q2).
     *
     * @param text the text, as a key or as written
     * @return the quarter, or empty if no such span is in the text
     */
    public static Optional<Quarter> monthsQuarter(String text) {
        int[] months = firstAndLastMonth(Vocabulary.key(text));
        int first = months[0];
        int last = months[1];
        if (first < 0 || last < 0 || first == last) {
            return Optional.empty();
        }
        Quarter end = Quarter.ofMonth(java.time.Month.of(last));
        Quarter begin = Quarter.ofMonth(java.time.Month.of(first));
        boolean sameQuarter = begin == end && (last - first == 2);
        boolean fromJuly = first == 7;
        return sameQuarter || fromJuly ? Optional.of(end) : Optional.empty();
    }

    private static int skipRowsUnderHeader(RawTable table, int start, ImmutableList<Optional<ColumnKind>> kinds,
            boolean graded, Notes notes) {
        int next = start;
        boolean numbering = false;
        boolean grades = false;
        while (next < table.rows().size()) {
            RawRow row = table.rows().get(next);
            if (!numbering && isNumberingRow(row)) {
                numbering = true;
                notes.add(Notes.Kind.SKIPPED, row.line(), 0, "The row of column numbers under the header is skipped");
            } else if (!grades && graded && isGradeRow(row, kinds)) {
                grades = true;
                notes.add(Notes.Kind.SKIPPED, row.line(), 0, "The row of grade percents under the header is skipped");
            } else {
                break;
            }
            next++;
        }
        return next;
    }

    /** A row of column numbers: whole numbers rising from 1 (gaps allowed), every other cell blank. */
    static boolean isNumberingRow(RawRow row) {
        int numbers = 0;
        int last = 0;
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = RawRow.shown(row.cell(column));
            if (!cell.isEmpty()) {
                int value = wholeNumber(cell);
                if (value <= last || value > column + 1) {
                    return false;
                }
                last = value;
                numbers++;
            }
        }
        return numbers >= 2;
    }

    /** A row of grade percents: each graded column blank or its own percent, every other cell blank. */
    private static boolean isGradeRow(RawRow row, ImmutableList<Optional<ColumnKind>> kinds) {
        int percents = 0;
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = RawRow.shown(row.cell(column));
            if (cell.isEmpty()) {
                continue;
            }
            Optional<ColumnKind> kind = column < kinds.size() ? kinds.get(column) : Optional.empty();
            Optional<Grade> grade = kind.flatMap(ColumnKind::grade);
            String digits = cell.endsWith("%") ? cell.substring(0, cell.length() - 1).strip() : cell;
            if (kind.equals(Optional.of(ColumnKind.NO_GRADE))) {
                continue;
            }
            int percent = wholePercent(digits);
            boolean single = kind.equals(Optional.of(ColumnKind.TARGET)) && percent == 100;
            if (!single && (grade.isEmpty() || percent != grade.get().percent())) {
                return false;
            }
            percents++;
        }
        return percents > 0;
    }

    /**
     * The value of Bengali or ASCII digits, with a fraction of zeros or none ("৯০", "90.00" as a cell formatted
     * 0.00% prints it in a PDF), or -1.
     */
    private static int wholePercent(String cell) {
        int point = cell.indexOf('.');
        if (point > 0 && cell.substring(point + 1).chars().allMatch(c -> Numerals.digitValue((char) c) == 0)) {
            return wholeNumber(cell.substring(0, point));
        }
        return wholeNumber(cell);
    }

    /** The value of Bengali or ASCII digits alone, or -1. */
    private static int wholeNumber(String cell) {
        if (cell.isEmpty() || cell.length() > 4 || !cell.chars().allMatch(c -> Numerals.digitValue((char) c) >= 0)) {
            return -1;
        }
        return Numerals.parseInt(cell);
    }
}
