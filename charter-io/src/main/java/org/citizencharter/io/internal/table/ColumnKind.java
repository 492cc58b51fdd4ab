package org.citizencharter.io.internal.table;

import java.util.Optional;
import org.citizencharter.core.Grade;
import org.citizencharter.core.Language;
import org.citizencharter.core.Quarter;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The columns of an office's table, with the header charter writes for each (the first Bengali and
 * the first English name) and the other names it reads (domain.md §5).
 *
 * <p>Headers are compared by {@link #key(String) key}: NFC, lower case, ASCII digits, without white
 * space or zero-width characters, so that "কর্ম সম্পাদন সূচক" and "কর্মসম্পাদন সূচক" are one header.
 * Headers that carry more than a name (a target with its fiscal year, a quarter written several ways,
 * a grade with its percent) are read by {@link HeaderMatcher}. The computed columns are the ones
 * charter's progress report writes beside the reported ones; a table read back skips them, since
 * scoring computes them again. Not API.
 */
public enum ColumnKind {
    /** The activity area or strategic objective. */
    AREA("area", names("কার্যক্রমের ক্ষেত্র", "কৌশলগত উদ্দেশ্য"), names("Area", "Strategic objective")),
    /** The area's weight: "মান" right after the area column, or a name of its own. */
    AREA_WEIGHT("area weight", names("মান", "কৌশলগত উদ্দেশ্যের মান", "কার্যক্রমের ক্ষেত্রের মান"),
            names("Area weight", "Strategic objective weight")),
    /** The activity, its cell beginning with its code. */
    ACTIVITY("activity", names("কার্যক্রম"), names("Activity")),
    /** The performance indicator, its cell beginning with its code. */
    INDICATOR("indicator", names("কর্মসম্পাদন সূচক"), names("Indicator", "Performance indicator")),
    /** The calculation method, when a table gives it a column of its own. */
    METHOD("calculation method", names("গণনা পদ্ধতি"), names("Calculation method", "Method")),
    /** The unit, possibly with the method in brackets. */
    UNIT("unit", names("একক"), names("Unit")),
    /** The indicator's weight. */
    INDICATOR_WEIGHT("indicator weight", names("কর্মসম্পাদন সূচকের মান"), names("Indicator weight", "Weight")),
    /** The single annual target, possibly followed by a fiscal year or "(অসাধারণ)". */
    TARGET("annual target", names("লক্ষ্যমাত্রা", "বার্ষিক লক্ষ্যমাত্রা"), names("Annual target", "Target")),
    /** The graded target's 100 % column. */
    GRADE_100(Grade.EXCELLENT),
    /** The graded target's 90 % column. */
    GRADE_90(Grade.VERY_GOOD),
    /** The graded target's 80 % column. */
    GRADE_80(Grade.GOOD),
    /** The graded target's 70 % column. */
    GRADE_70(Grade.FAIR),
    /** The graded target's 60 % column. */
    GRADE_60(Grade.POOR),
    /** What was achieved in Q1. */
    Q1(Quarter.Q1),
    /** What was achieved in Q2. */
    Q2(Quarter.Q2),
    /** What was achieved in Q3. */
    Q3(Quarter.Q3),
    /** What was achieved in Q4. */
    Q4(Quarter.Q4),
    /** The actual achievement as the office reported it. */
    ACTUAL("actual", names("প্রকৃত অর্জন", "মোট অর্জন"), names("Actual", "Actual achievement", "Total achievement")),
    /** The percent achieved as the office reported it. */
    PERCENT("percent achieved", names("অর্জনের শতকরা হার", "শতকরা হার"), names("Percent achieved", "Percent")),
    /** The obtained score as the office reported it. */
    SCORE("score", names("অর্জিত মান", "প্রাপ্ত মান"), names("Score", "Obtained score")),
    /** The evidence, kept as written. */
    EVIDENCE("evidence", names("প্রমাণক"), names("Evidence")),
    /** The remarks, kept as written. */
    REMARKS("remarks", names("মন্তব্য"), names("Remarks", "Remark", "Comments")),
    /** Computed by charter's report: the target to date. */
    TARGET_TO_DATE_COMPUTED("target to date (computed)", names("এ পর্যন্ত লক্ষ্যমাত্রা (গণনাকৃত)"),
            names("Target to date (computed)")),
    /** Computed by charter's report: the achievement to date. */
    ACTUAL_COMPUTED("actual (computed)", names("প্রকৃত অর্জন (গণনাকৃত)"), names("Actual (computed)")),
    /** Computed by charter's report: the achievement as a percent of the annual target. */
    PERCENT_OF_ANNUAL_COMPUTED("percent of annual target (computed)",
            names("বার্ষিক লক্ষ্যমাত্রার শতকরা হার (গণনাকৃত)"), names("Percent of annual target (computed)")),
    /** Computed by charter's report: the achievement as a percent of the target to date. */
    PERCENT_TO_DATE_COMPUTED("percent of target to date (computed)",
            names("এ পর্যন্ত লক্ষ্যমাত্রার শতকরা হার (গণনাকৃত)"), names("Percent of target to date (computed)")),
    /** Computed by charter's report: the score. */
    SCORE_COMPUTED("score (computed)", names("অর্জিত মান (গণনাকৃত)"), names("Score (computed)")),
    /** The half-year subtotal (অর্ধবার্ষিক): Q1 and Q2 together, checked, never a quarter. */
    HALF_YEAR("half-year subtotal", names("অর্ধবার্ষিক অর্জন"), names("Half-year")),
    /** The sixth grade label some templates add (সন্তোষজনক নয়), which has no value of its own. */
    NO_GRADE("unsatisfactory (no value)", names("সন্তোষজনক নয়"), names("Unsatisfactory")),
    /** The target of Q1, where a table gives quarterly targets. */
    Q1_TARGET("Q1 target", names("১ম ত্রৈমাসিক লক্ষ্যমাত্রা"), names("Q1 target")),
    /** The target of Q2. */
    Q2_TARGET("Q2 target", names("২য় ত্রৈমাসিক লক্ষ্যমাত্রা"), names("Q2 target")),
    /** The target of Q3. */
    Q3_TARGET("Q3 target", names("৩য় ত্রৈমাসিক লক্ষ্যমাত্রা"), names("Q3 target")),
    /** The target of Q4. */
    Q4_TARGET("Q4 target", names("৪র্থ ত্রৈমাসিক লক্ষ্যমাত্রা"), names("Q4 target"));

    private static final ImmutableList<ColumnKind> GRADES =
            Lists.immutable.of(GRADE_100, GRADE_90, GRADE_80, GRADE_70, GRADE_60);
    private static final ImmutableList<ColumnKind> QUARTERS = Lists.immutable.of(Q1, Q2, Q3, Q4);
    private static final ImmutableList<ColumnKind> QUARTER_TARGETS =
            Lists.immutable.of(Q1_TARGET, Q2_TARGET, Q3_TARGET, Q4_TARGET);

    private final String description;
    private final ImmutableList<String> bengali;
    private final ImmutableList<String> english;
    /** The keys of every name, made once: a table may have many thousand header cells to match. */
    private final ImmutableList<String> keys;

    ColumnKind(String description, ImmutableList<String> bengali, ImmutableList<String> english) {
        this.description = description;
        this.bengali = bengali;
        this.english = english;
        this.keys = bengali.newWithAll(english).collect(ColumnKind::key);
    }

    ColumnKind(Grade grade) {
        this("graded target " + grade.percent() + " %", names(grade.label().bn()), names(grade.label().en()));
    }

    ColumnKind(Quarter quarter) {
        this(quarter.name(), names(quarter.label(Language.BN) + " অর্জন"), names(quarter.name()));
    }

    private static ImmutableList<String> names(String... names) {
        return Lists.immutable.of(names);
    }

    /**
     * The five graded columns, from 100 % to 60 %.
     *
     * @return the columns in {@link Grade#columns()} order
     */
    public static ImmutableList<ColumnKind> grades() {
        return GRADES;
    }

    /**
     * The four quarter columns.
     *
     * @return Q1..Q4
     */
    public static ImmutableList<ColumnKind> quarters() {
        return QUARTERS;
    }

    /**
     * The four quarterly target columns.
     *
     * @return Q1_TARGET..Q4_TARGET
     */
    public static ImmutableList<ColumnKind> quarterTargets() {
        return QUARTER_TARGETS;
    }

    /**
     * The column of a quarter.
     *
     * @param quarter the quarter
     * @return its column
     */
    public static ColumnKind of(Quarter quarter) {
        return QUARTERS.get(quarter.ordinal());
    }

    /**
     * The column of a grade.
     *
     * @param grade the grade
     * @return its column
     */
    public static ColumnKind of(Grade grade) {
        return GRADES.get(grade.ordinal());
    }

    /**
     * The quarter this column holds, if it is a quarter column.
     *
     * @return the quarter, or empty
     */
    public Optional<Quarter> quarter() {
        int index = QUARTERS.indexOf(this);
        return index < 0 ? Optional.empty() : Optional.of(Quarter.of(index + 1));
    }

    /**
     * The grade this column holds, if it is a graded column.
     *
     * @return the grade, or empty
     */
    public Optional<Grade> grade() {
        int index = GRADES.indexOf(this);
        return index < 0 ? Optional.empty() : Optional.of(Grade.columns().get(index));
    }

    /**
     * Whether charter's report computes this column; a table read back skips it.
     *
     * @return true for the computed columns
     */
    public boolean isComputed() {
        return name().endsWith("_COMPUTED");
    }

    /**
     * Whether a value in this column belongs to an indicator (and so needs one on its row).
     *
     * @return false for the area, its weight, the activity and the computed columns
     */
    public boolean isIndicatorColumn() {
        return this != AREA && this != AREA_WEIGHT && this != ACTIVITY && this != NO_GRADE && !isComputed();
    }

    /**
     * The header charter writes for the column in a language (without a fiscal year).
     *
     * @param language the language
     * @return the header
     */
    public String header(Language language) {
        return (language == Language.BN ? bengali : english).getFirst();
    }

    /**
     * Every name the column is read by, in Bengali and English, as written in the documentation.
     *
     * @return the names
     */
    public ImmutableList<String> names() {
        return bengali.newWithAll(english);
    }

    /**
     * What the column is, in English, with its Bengali header: "area weight (মান)".
     *
     * @return the description
     */
    public String describe() {
        return description + " (" + header(Language.BN) + ")";
    }

    /**
     * The keys of every name the column is read by: its own and the vocabulary's.
     *
     * @return the keys
     */
    public ImmutableList<String> keys() {
        return keys.newWithAll(Vocabulary.standard().keys(name()));
    }

    /**
     * Whether a header's {@link #key(String) key} is one of the column's names in the vocabulary.
     *
     * @param key the header's key
     * @return true if the header names this column
     */
    boolean isNamedBy(String key) {
        return Vocabulary.standard().is(name(), key) || keys.contains(key);
    }

    /**
     * The form in which headers are compared ({@link Vocabulary#key(String)}).
     *
     * @param header the header as written
     * @return the key
     */
    public static String key(String header) {
        return Vocabulary.key(header);
    }
}
