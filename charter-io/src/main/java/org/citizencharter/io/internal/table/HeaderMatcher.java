package org.citizencharter.io.internal.table;

import java.util.EnumMap;
import java.util.HashMap;
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
 * Recognises a table's columns from its header row (domain.md §5), then skips a row of column numbers
 * (১ ২ ৩ …) and, in the graded layout, a row of grade percents (১০০% ৯০% …) under it.
 *
 * <p>A header of two rows, as a Word table with merged cells gives when copied, is read when the first
 * row alone cannot be: a group header over the columns it spans ("লক্ষ্যমাত্রা/নির্ণায়ক ২০২৩-২৪" over
 * অসাধারণ … চলতি মানের নিম্নে, "ত্রৈমাসিক অর্জন" over ১ম … ৪র্থ), a header written on one row with the
 * second blank under it, or a header wrapped onto both rows ("কর্মসম্পাদন" over "সূচকের মান"). If the
 * two rows cannot be read either, the error is the first row's.
 *
 * <p>A header is recognised by its {@link ColumnKind#key(String) key}; a column whose header is not
 * recognised, a column named twice, or a required column that is missing is an
 * {@link InvalidInputException} that lists the headers found, those not recognised (the first twenty, each
 * cut to eighty characters, so that the message does not grow with a hostile input) and those missing.
 * Required: area, area weight, activity, indicator, unit, indicator weight, and either the annual
 * target or all five graded columns. Not API; stateless.
 */
public final class HeaderMatcher {

    /** How many unrecognised headers an error lists before "… and n more". */
    private static final int LISTED = 20;
    /** How many characters of a header an error shows. */
    private static final int SHOWN = 80;

    private static final ImmutableList<ColumnKind> REQUIRED = Lists.immutable.of(ColumnKind.AREA,
            ColumnKind.AREA_WEIGHT, ColumnKind.ACTIVITY, ColumnKind.INDICATOR, ColumnKind.UNIT,
            ColumnKind.INDICATOR_WEIGHT);

    private static final String PLAIN_WEIGHT = ColumnKind.key("মান");
    private static final String ENGLISH_WEIGHT = ColumnKind.key("Weight");
    private static final ImmutableList<String> TARGET_PREFIXES = keys("বার্ষিক লক্ষ্যমাত্রা", "লক্ষ্যমাত্রা",
            "annual target", "target");
    private static final ImmutableList<String> TARGET_NOISE = keys("(অসাধারণ)", "অসাধারণ", "(excellent)", "excellent",
            "অর্থবছর", "(", ")", ":", ",");
    private static final ImmutableList<ImmutableList<String>> ORDINALS = Lists.immutable.of(
            keys("১ম", "প্রথম"), keys("২য়", "দ্বিতীয়"), keys("৩য়", "তৃতীয়"), keys("৪র্থ", "চতুর্থ"));
    private static final ImmutableList<String> QUARTER_WORDS = keys("ত্রৈমাসিক", "কোয়ার্টার", "প্রান্তিক");
    private static final ImmutableList<String> ACHIEVEMENT_WORDS = keys("অর্জন", "achievement");
    private static final Pattern ENGLISH_QUARTER = Pattern.compile("(?:q|quarter)([1-4])");
    /** A fiscal year inside a key (ASCII digits, no spaces): "2023-24", "2023-2024". */
    private static final Pattern GROUP_YEAR = Pattern.compile("[0-9]{4}[-–/][0-9]{2}(?:[0-9]{2})?");
    /** "১মত্রৈমাসিক", "প্রথমপ্রান্তিক" …: each ordinal with each word for a quarter, as keys. */
    private static final Map<String, Quarter> BENGALI_QUARTERS = bengaliQuarters();
    private static final ImmutableList<ImmutableList<String>> GRADE_NAMES = Grade.columns()
            .collect(grade -> keys(grade.label().bn(), grade.label().en()));

    private HeaderMatcher() {
    }

    private static Map<String, Quarter> bengaliQuarters() {
        Map<String, Quarter> quarters = new HashMap<>();
        for (int q = 0; q < ORDINALS.size(); q++) {
            for (String ordinal : ORDINALS.get(q)) {
                for (String word : QUARTER_WORDS) {
                    quarters.put(ordinal + word, Quarter.of(q + 1));
                }
            }
        }
        return Map.copyOf(quarters);
    }

    private static ImmutableList<String> keys(String... texts) {
        return Lists.immutable.of(texts).collect(ColumnKind::key);
    }

    /**
     * Recognises the columns of a table.
     *
     * @param table the rows, header first
     * @return the layout
     * @throws InvalidInputException if the table is empty or its columns cannot be recognised
     */
    public static Layout match(RawTable table) {
        if (table.rows().isEmpty()) {
            throw InvalidInputException.of("The input holds no table").withSource(table.source());
        }
        RawRow first = table.rows().getFirst();
        try {
            return match(table, oneRow(first), 1);
        } catch (InvalidInputException oneRow) {
            if (table.rows().size() < 2 || table.rows().get(1).isBlank()) {
                throw oneRow;
            }
            try {
                return match(table, twoRows(first, table.rows().get(1)), 2);
            } catch (InvalidInputException twoRows) {
                throw oneRow;
            }
        }
    }

    /**
     * A column's header: the text shown in messages, the keys it may be recognised by (in order of
     * preference) and, under a group header that names a target's fiscal year, that year.
     */
    private record Cell(String shown, ImmutableList<String> keys, Optional<FiscalYear> groupYear) {
    }

    private static ImmutableList<Cell> oneRow(RawRow header) {
        MutableList<Cell> cells = Lists.mutable.empty();
        for (int column = 0; column < header.cells().size(); column++) {
            String shown = Numerals.normalizeForMatching(header.cell(column));
            cells.add(new Cell(shown, Lists.immutable.of(ColumnKind.key(shown)), Optional.empty()));
        }
        return cells.toImmutable();
    }

    /**
     * The headers of two rows: a column blank in the second row is named by the first; under a group
     * header (the first row's text, blank to its right over the columns it spans) a column is named by
     * the second row, by an ordinal under a group of quarters, or by both rows together.
     */
    private static ImmutableList<Cell> twoRows(RawRow top, RawRow bottom) {
        int width = Math.max(top.cells().size(), bottom.cells().size());
        MutableList<Cell> cells = Lists.mutable.empty();
        String group = "";
        for (int column = 0; column < width; column++) {
            String upper = Numerals.normalizeForMatching(top.cell(column));
            String lower = Numerals.normalizeForMatching(bottom.cell(column));
            if (lower.isEmpty()) {
                group = "";
                cells.add(new Cell(upper, Lists.immutable.of(ColumnKind.key(upper)), Optional.empty()));
                continue;
            }
            if (!upper.isEmpty()) {
                group = upper;
            }
            String groupKey = ColumnKind.key(group);
            MutableList<String> keys = Lists.mutable.of(ColumnKind.key(lower));
            if (QUARTER_WORDS.anySatisfy(groupKey::contains)) {
                keys.add(ColumnKind.key(lower) + QUARTER_WORDS.getFirst());
            }
            if (!group.isEmpty()) {
                keys.add(groupKey + ColumnKind.key(lower));
            }
            String shown = group.isEmpty() ? lower : group + " " + lower;
            cells.add(new Cell(shown, keys.toImmutable(), groupYear(groupKey)));
        }
        return cells.toImmutable();
    }

    /** The fiscal year a group header over targets names: "লক্ষ্যমাত্রা/নির্ণায়ক ২০২৩-২৪". */
    private static Optional<FiscalYear> groupYear(String groupKey) {
        if (TARGET_PREFIXES.noneSatisfy(groupKey::startsWith)) {
            return Optional.empty();
        }
        Matcher year = GROUP_YEAR.matcher(groupKey);
        return year.find() ? fiscalYear(year.group()) : Optional.empty();
    }

    private static Layout match(RawTable table, ImmutableList<Cell> cells, int headerRows) {
        RawRow header = table.rows().getFirst();
        MutableList<String> headers = Lists.mutable.empty();
        MutableList<Optional<ColumnKind>> kinds = Lists.mutable.empty();
        Map<ColumnKind, Integer> seen = new EnumMap<>(ColumnKind.class);
        MutableList<String> unrecognised = Lists.mutable.empty();
        int unrecognisedCount = 0;
        Optional<FiscalYear> year = Optional.empty();
        Optional<FiscalYear> gradedYear = Optional.empty();
        ColumnKind previous = null;
        for (int column = 0; column < cells.size(); column++) {
            Cell cell = cells.get(column);
            String shown = cell.shown();
            headers.add(shown);
            String key = cell.keys().getFirst();
            Optional<ColumnKind> kind = Optional.empty();
            if (!key.isEmpty()) {
                for (String candidate : cell.keys()) {
                    kind = recognise(candidate, previous);
                    if (kind.isPresent()) {
                        key = candidate;
                        break;
                    }
                }
                if (kind.isEmpty()) {
                    if (unrecognisedCount++ < LISTED) {
                        unrecognised.add(quoted(shown) + " (column " + (column + 1) + ")"
                                + (key.equals(PLAIN_WEIGHT) ? ", which is the area weight only right after the area"
                                        : ""));
                    }
                } else if (seen.containsKey(kind.get())) {
                    throw InvalidInputException.of("Two columns are the " + kind.get().describe() + ": "
                            + quoted(headers.get(seen.get(kind.get()))) + " (column " + (seen.get(kind.get()) + 1)
                            + ") and " + quoted(shown) + " (column " + (column + 1) + ")")
                            .withSource(table.source()).withLine(header.line());
                } else {
                    seen.put(kind.get(), column);
                    if (kind.get() == ColumnKind.TARGET) {
                        year = targetYear(key);
                    } else if (kind.get().grade().isPresent() && gradedYear.isEmpty()) {
                        gradedYear = cell.groupYear();
                    }
                }
            }
            kinds.add(kind);
            previous = kind.orElse(null);
        }
        MutableList<String> missing = REQUIRED.reject(seen::containsKey).collect(ColumnKind::describe).toList();
        boolean anyGrade = ColumnKind.grades().anySatisfy(seen::containsKey);
        if (seen.containsKey(ColumnKind.TARGET) && anyGrade) {
            throw InvalidInputException.of("The table has both an annual target column and graded target columns;"
                    + " a table has one or the other").withSource(table.source()).withLine(header.line());
        }
        if (anyGrade) {
            ColumnKind.grades().reject(seen::containsKey).collect(ColumnKind::describe).into(missing);
        } else if (!seen.containsKey(ColumnKind.TARGET)) {
            missing.add(ColumnKind.TARGET.describe() + " or the five graded targets ("
                    + ColumnKind.grades().collect(kind -> kind.header(Language.BN)).makeString(", ") + ")");
        }
        if (unrecognisedCount > LISTED) {
            unrecognised.add("… and " + (unrecognisedCount - LISTED) + " more");
        }
        if (!unrecognised.isEmpty() || !missing.isEmpty()) {
            throw unrecognisedColumns(table, headers, kinds, unrecognised, missing);
        }
        return new Layout(table.source(), header.line(), headers.toImmutable(), kinds.toImmutable(),
                year.isPresent() ? year : gradedYear, firstDataRow(table, kinds.toImmutable(), anyGrade, headerRows));
    }

    private static InvalidInputException unrecognisedColumns(RawTable table, MutableList<String> headers,
            MutableList<Optional<ColumnKind>> kinds, MutableList<String> unrecognised, MutableList<String> missing) {
        MutableList<String> recognised = Lists.mutable.empty();
        kinds.forEachWithIndex((kind, column) -> kind.ifPresent(k ->
                recognised.add(k.describe() + " as " + quoted(headers.get(column)) + " (column " + (column + 1)
                        + ")")));
        StringBuilder problem = new StringBuilder("The table's columns cannot be recognised");
        if (!unrecognised.isEmpty()) {
            problem.append("; not recognised: ").append(unrecognised.makeString("; "));
        }
        if (!missing.isEmpty()) {
            problem.append("; missing: ").append(missing.makeString("; "));
        }
        problem.append("; recognised: ").append(recognised.isEmpty() ? "none" : recognised.makeString("; "));
        return InvalidInputException.of(problem.toString())
                .withSource(table.source())
                .withLine(table.rows().getFirst().line())
                .withHint("Correct the headers (a header damaged by OCR or a copy must be mended by hand), or remove"
                        + " the columns charter does not read; docs/table-format.md lists the headers it reads");
    }

    /** A header for a message, on one line, cut short if long: a message must not grow with the input. */
    private static String quoted(String header) {
        String shown = header.length() > SHOWN ? header.substring(0, SHOWN) + "…" : header;
        return "\"" + shown.replace("\n", " ") + "\"";
    }

    /** The column a header names, given the column before it (for the plain "মান" and "Weight"). */
    static Optional<ColumnKind> recognise(String key, ColumnKind previous) {
        if (key.equals(PLAIN_WEIGHT) || key.equals(ENGLISH_WEIGHT)) {
            if (previous == ColumnKind.AREA) {
                return Optional.of(ColumnKind.AREA_WEIGHT);
            }
            return key.equals(ENGLISH_WEIGHT) ? Optional.of(ColumnKind.INDICATOR_WEIGHT) : Optional.empty();
        }
        for (ColumnKind kind : ColumnKind.values()) {
            if (kind.isNamedBy(key)) {
                return Optional.of(kind);
            }
        }
        if (isTarget(key)) {
            return Optional.of(ColumnKind.TARGET);
        }
        for (Grade grade : Grade.columns()) {
            if (isGrade(key, grade)) {
                return Optional.of(ColumnKind.of(grade));
            }
        }
        return quarter(key).map(ColumnKind::of);
    }

    private static boolean isTarget(String key) {
        return targetRemainder(key).map(rest -> rest.isEmpty() || fiscalYear(rest).isPresent()).orElse(false);
    }

    private static Optional<FiscalYear> targetYear(String key) {
        return targetRemainder(key).flatMap(rest -> rest.isEmpty() ? Optional.empty() : fiscalYear(rest));
    }

    /** What follows the target's name, without "(অসাধারণ)", "অর্থবছর" and brackets; empty if not a target. */
    private static Optional<String> targetRemainder(String key) {
        for (String prefix : TARGET_PREFIXES) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                for (String noise : TARGET_NOISE) {
                    rest = rest.replace(noise, "");
                }
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }

    private static Optional<FiscalYear> fiscalYear(String text) {
        try {
            return Optional.of(FiscalYear.parse(text));
        } catch (InvalidInputException notAYear) {
            return Optional.empty();
        }
    }

    /** A grade's name, in Bengali or English, optionally with its own percent: "অসাধারণ (১০০%)". */
    private static boolean isGrade(String key, Grade grade) {
        for (String name : GRADE_NAMES.get(grade.ordinal())) {
            if (key.startsWith(name)) {
                String rest = key.substring(name.length()).replace("(", "").replace(")", "").replace("%", "");
                if (rest.isEmpty() || rest.equals(Integer.toString(grade.percent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "১ম ত্রৈমাসিক অর্জন", "প্রথম প্রান্তিক", "২য় কোয়ার্টার", "Q3", "Quarter 4 achievement". */
    static Optional<Quarter> quarter(String key) {
        String rest = key;
        for (String word : ACHIEVEMENT_WORDS) {
            if (rest.endsWith(word)) {
                rest = rest.substring(0, rest.length() - word.length());
                break;
            }
        }
        Matcher english = ENGLISH_QUARTER.matcher(rest);
        if (english.matches()) {
            return Optional.of(Quarter.of(Integer.parseInt(english.group(1))));
        }
        return Optional.ofNullable(BENGALI_QUARTERS.get(rest));
    }

    private static int firstDataRow(RawTable table, ImmutableList<Optional<ColumnKind>> kinds, boolean graded,
            int headerRows) {
        int next = headerRows;
        boolean numbering = false;
        boolean grades = false;
        while (next < table.rows().size()) {
            RawRow row = table.rows().get(next);
            if (!numbering && isNumberingRow(row)) {
                numbering = true;
            } else if (!grades && graded && isGradeRow(row, kinds)) {
                grades = true;
            } else {
                break;
            }
            next++;
        }
        return next;
    }

    /** A row of column numbers: every cell blank or the number of its column, at least two of them. */
    private static boolean isNumberingRow(RawRow row) {
        int numbers = 0;
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column);
            if (!cell.isEmpty()) {
                if (wholeNumber(cell) != column + 1) {
                    return false;
                }
                numbers++;
            }
        }
        return numbers >= 2;
    }

    /** A row of grade percents: each graded column blank or its own percent, every other cell blank. */
    private static boolean isGradeRow(RawRow row, ImmutableList<Optional<ColumnKind>> kinds) {
        int percents = 0;
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column);
            if (cell.isEmpty()) {
                continue;
            }
            Optional<Grade> grade = column < kinds.size() ? kinds.get(column).flatMap(ColumnKind::grade)
                    : Optional.empty();
            String digits = cell.endsWith("%") ? cell.substring(0, cell.length() - 1).strip() : cell;
            if (grade.isEmpty() || wholeNumber(digits) != grade.get().percent()) {
                return false;
            }
            percents++;
        }
        return percents > 0;
    }

    /** The value of Bengali or ASCII digits alone, or -1. */
    private static int wholeNumber(String cell) {
        if (cell.isEmpty() || cell.length() > 4 || !cell.chars().allMatch(c -> Numerals.digitValue((char) c) >= 0)) {
            return -1;
        }
        return Numerals.parseInt(cell);
    }
}
