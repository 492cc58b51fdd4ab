package org.citizencharter.io.internal.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.DateText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.Target;
import org.citizencharter.core.TargetKind;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.primitive.IntSets;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.set.primitive.MutableIntSet;

/**
 * Builds a plan from the body of a table whose columns are recognised (domain.md §5).
 *
 * <p>Rows are told apart by what they hold: a section row of an APA table (skipped, numbering nothing),
 * an area row (a text of its own, possibly "১. প্রাতিষ্ঠানিক ব্যবস্থা : ৮" with its weight after a colon)
 * or an area cell beside its indicators, an activity, an indicator, and continuation rows that leave the
 * area and activity blank. An indicator may take two rows named in a label column (a target row with the
 * quarterly targets, an achievement row with the achievements). Codes are read bracketed, in parentheses
 * or bare; an activity or indicator without one is numbered in order, and the notes say so. Cells under
 * a header charter does not read are kept as text on the indicator. Every cell that cannot be read is an
 * {@link InvalidInputException} naming the row, the column and the text. Not API; one instance a reading.
 */
public final class PlanAssembler {

    private static final Vocabulary WORDS = Vocabulary.standard();
    /** The longest text a totals row's first cell holds ("মোট প্রাপ্ত মান: ১০০.০০"), with room to spare. */
    private static final int LONGEST_TOTAL = 40;
    /**
     * A code at the start of a cell: "[১.১.১]", "(১.১)", "১.১.১", "১]", "১." followed by its name; the code's
     * digits and dots are group 2.
     */
    private static final Pattern YEAR_PART = Pattern.compile("[0-9০-৯]{4}");
    /** The columns of figures: a plan's row holds a digit in one of them, a signature's or a list's does not. */
    private static final Predicate<ColumnKind> FIGURES = kind -> kind == ColumnKind.TARGET
            || kind.grade().isPresent() || ColumnKind.quarters().contains(kind)
            || ColumnKind.quarterTargets().contains(kind) || kind == ColumnKind.ACTUAL
            || kind == ColumnKind.INDICATOR_WEIGHT || kind == ColumnKind.AREA_WEIGHT || kind == ColumnKind.HALF_YEAR
            || kind == ColumnKind.PERCENT || kind == ColumnKind.SCORE;
    static final Pattern CODE = Pattern.compile(
            "^" + RawRow.BLANK + "*([\\[(]?)" + RawRow.BLANK + "*([0-9০-৯]{1,4}(?:" + RawRow.BLANK + "*\\." + RawRow.BLANK
            + "*[0-9০-৯]{1,4})*)" + RawRow.BLANK + "*(\\.?)" + RawRow.BLANK + "*([\\])]?)(.*)$",
            Pattern.DOTALL);
    /**
     * An area's weight after a colon at the end of its cell: "প্রাতিষ্ঠানিক ব্যবস্থা : ৮" (found, not matched from
     * the cell's start: the name is what stands before it).
     */
    private static final Pattern COLON_WEIGHT = Pattern.compile(
            "[:ঃ：]" + RawRow.BLANK + "*+([0-9০-৯]++(?:\\.[0-9০-৯]++)?)" + RawRow.BLANK + "*+$");
    /** Words between the two dates of a deadline written as a range. */
    private static final Pattern RANGE = Pattern.compile(
            "(?<!\\s)\\s++(?:থেকে|হতে|to|[-–—])\\s++|(?<!\\s)\\s*+[–—]\\s*+");

    /**
     * A date with its year in two digits, "৩১-১২-২৩", "31/12/23", as a spreadsheet's short date format writes it:
     * day, separator, month, the same separator, year.
     */
    private static final Pattern SHORT_YEAR_DATE = Pattern.compile(
            "([0-9০-৯]{1,2}) *([-/.]) *([0-9০-৯]{1,2}) *\\2 *([0-9০-৯]{2})");

    private final RawTable table;
    private final Layout layout;
    private final Notes notes;
    /** The plan's fiscal year, which gives a date written with two digits of its year its century. */
    private final FiscalYear year;
    /** The columns whose dates with two digits of their year the notes have named. */
    private final MutableIntSet shortYearsNoted = IntSets.mutable.empty();
    /** The code pattern's matcher for the indicators, one for them all (a matcher is many arrays). */
    private final Matcher indicatorCodes = CODE.matcher("");
    private final MutableList<AreaDraft> areas = Lists.mutable.empty();
    /** The columns whose counts written with their counting word ("৪টি") the notes have named. */
    private final MutableIntSet countWordsNoted = IntSets.mutable.empty();
    private AreaDraft area;
    private ActivityDraft activity;
    private IndicatorDraft indicator;
    private boolean notedNoActivityColumn;
    /** Whether the areas are the ones the codes name, the table having neither an area column nor area rows. */
    private boolean areasFromCodes;
    private boolean notedNoUnitColumn;
    private boolean notedNoWeightColumn;
    /** The area and activity cells (and the area's weight) of the rows that opened the current area and activity. */
    private String areaOpenedBy = "";
    private String activityOpenedBy = "";
    /** Whether the notes have said that an area's or an activity's cell is written again on the rows under it. */
    private boolean notedAreaRepeated;
    private boolean notedActivityRepeated;
    /** Whether a row's one value under the 100 % column was said to be read as a single target. */
    private boolean notedOneGradedValue;
    /** Whether the table writes the area's (the activity's) cell on every indicator's row: merged cells filled down. */
    private boolean areasFilledDown;
    private boolean activitiesFilledDown;

    private PlanAssembler(RawTable table, Layout layout, Notes notes, FiscalYear year) {
        this.table = table;
        this.layout = layout;
        this.notes = notes;
        this.year = year;
    }

    /**
     * Builds the plan of a table.
     *
     * @param table the rows, header first
     * @param layout the recognised columns
     * @param office the office whose plan it is
     * @param year the plan's fiscal year
     * @param kind the kind of plan
     * @param asOf the quarter the report is made as of
     * @param notes where to say what was assumed, kept and skipped
     * @return the plan
     * @throws InvalidInputException if a cell cannot be read or the rows do not make a plan
     */
    public static ActionPlan assemble(RawTable table, Layout layout, Office office, FiscalYear year, PlanKind kind,
            Quarter asOf, Notes notes) {
        Layout withLabels = labelled(table, layout, notes);
        ImmutableList<Area> areas = new PlanAssembler(table, withLabels, notes, year).areas();
        return new ActionPlan(office, year, kind, Optional.empty(), Optional.of(asOf), areas);
    }

    /** Finds a column of row labels (লক্ষ্যমাত্রা / অর্জন), among the columns charter does not read. */
    private static Layout labelled(RawTable table, Layout layout, Notes notes) {
        ImmutableList<RawRow> body = table.rows().drop(layout.firstDataRow());
        int width = Math.max(layout.width(), body.isEmpty() ? 0 : body.collectInt(row -> row.cells().size()).max());
        for (int column = 0; column < width; column++) {
            if (!layout.isKept(column)) {
                continue;
            }
            int targets = 0;
            int achievements = 0;
            boolean other = false;
            for (RawRow row : body) {
                String key = Vocabulary.key(row.cell(column));
                if (key.isEmpty()) {
                    continue;
                }
                if (WORDS.is("ROW_TARGET", key)) {
                    targets++;
                } else if (WORDS.is("ROW_ACHIEVEMENT", key)) {
                    achievements++;
                } else {
                    other = true;
                    break;
                }
            }
            if (!other && targets > 0 && achievements > 0) {
                notes.withdrawKept(column + 1);
                notes.add(Notes.Kind.COLUMN, layout.headerLine(), column + 1, "The column names each indicator's"
                        + " target row (লক্ষ্যমাত্রা) and achievement row (অর্জন): an indicator takes two rows");
                return layout.withLabelColumn(column);
            }
        }
        return layout;
    }

    private ImmutableList<Area> areas() {
        RawRow header = table.rows().get(Math.max(0, layout.firstDataRow() - 1));
        ImmutableList<RawRow> body = table.rows().drop(layout.firstDataRow());
        int document = documentFrom(body);
        int last = body.take(document).detectLastIndex(this::belongsToAnIndicator);
        areasFilledDown = filledDown(body, ColumnKind.AREA);
        activitiesFilledDown = areasFilledDown || filledDown(body, ColumnKind.ACTIVITY);
        boolean apart = false;
        for (int i = 0; i < body.size(); i++) {
            RawRow row = body.get(i);
            if (i > last && last >= 0) {
                // Under the table's last indicator: after a blank row (left out before this, so seen as a gap
                // in the lines), a row of text only (a signature, a designation) or a totals row, the document
                // goes on, not the plan.
                apart |= row.line() > endLine(body.get(i - 1)) + 1 || i >= document;
                if (apart || isTextOnly(row) || isTotals(row)) {
                    skipUnder(row);
                    continue;
                }
            }
            if (row.cells().equals(header.cells()) && layout.firstDataRow() > 0) {
                notes.add(Notes.Kind.SKIPPED, row.line(), 0, "The header repeated (a table over several pages)"
                        + " is skipped");
                continue;
            }
            if (HeaderMatcher.isNumberingRow(row)) {
                notes.add(Notes.Kind.SKIPPED, row.line(), 0, "A row of column numbers is skipped");
                continue;
            }
            if (isTotals(row)) {
                // An area's subtotal or the plan's total among the rows ("উপমোট | ১০ | … | ৭.৫"): charter adds them up
                notes.add(Notes.Kind.SKIPPED, row.line(), 0, "The totals row " + Notes.quoted(row.cells()
                        .select(cell -> !cell.isBlank()).makeString(" | ")) + " is not part of the plan: charter adds"
                        + " up the areas and the plan itself");
                continue;
            }
            readRow(row, i + 1 < body.size() ? body.get(i + 1) : null);
        }
        finishIndicator();
        if (areas.isEmpty()) {
            throw InvalidInputException.of("The table has a header but no rows")
                    .withSource(layout.source()).withLine(layout.headerLine());
        }
        return areas.collect(AreaDraft::build).toImmutable();
    }

    /**
     * Whether a column is filled down: its cell written on every row that names an indicator (a merged cell
     * unmerged and filled, as Excel users do to sort or filter), and repeated on the row under it. An area's cell
     * with its weight once at least: the same code, name and weight twice over are one area, however few its rows
     * (a plan of one area of two indicators was two areas of one code). An activity, which has no weight to tell
     * it by, on at least half the rows and on two at least.
     * A table that writes an area or an activity once, over blank cells under it, is not: there the same cell
     * written again is another area or activity of the same code, which the findings tell.
     */
    private boolean filledDown(ImmutableList<RawRow> body, ColumnKind column) {
        if (!layout.has(column)) {
            return false;
        }
        boolean area = column == ColumnKind.AREA;
        String previous = null;
        int rows = 0;
        int repeated = 0;
        for (RawRow row : body) {
            if (layout.cell(row, ColumnKind.INDICATOR).isEmpty() || isTotals(row)) {
                continue;
            }
            String cell = layout.cell(row, column);
            if (cell.isEmpty()) {
                return false;
            }
            if (area) {
                cell += '\t' + layout.cell(row, ColumnKind.AREA_WEIGHT);
            }
            rows++;
            repeated += cell.equals(previous) ? 1 : 0;
            previous = cell;
        }
        return area ? repeated >= 1 : repeated >= 2 && repeated * 2 >= rows;
    }

    /** Whether a row names an indicator, or is one of an indicator's two rows (a label column's অর্জন). */
    /**
     * Where the rows under the table begin that are the document's, not the plan's: the blocks at the end, each
     * after a blank row, none of whose rows holds a code (of two parts, or in brackets) in the area, activity or
     * indicator cell or a digit in a column of figures (a weight, a target, a quarter's, the actual, the percent or
     * the score): a block of signatures and dates, a list of abbreviations, typed under a plan in its sheet. The
     * body's size where there are none; a block that holds a plan's row ends the search, and every block above it
     * is the plan's.
     */
    private int documentFrom(ImmutableList<RawRow> body) {
        int from = body.size();
        for (int i = body.size() - 1; i >= 1; i--) {
            if (body.get(i).line() > endLine(body.get(i - 1)) + 1) {
                if (body.subList(i, from).anySatisfy(this::holdsAPlansFigureOrCode)) {
                    break;
                }
                from = i;
            }
        }
        return from;
    }

    private boolean holdsAPlansFigureOrCode(RawRow row) {
        for (ColumnKind kind : List.of(ColumnKind.AREA, ColumnKind.ACTIVITY, ColumnKind.INDICATOR)) {
            if (isPlansCode(CODE.matcher(layout.cell(row, kind)))) {
                return true;
            }
        }
        for (int column = 0; column < row.cells().size(); column++) {
            Optional<ColumnKind> kind = layout.kindAt(column);
            if (kind.isPresent() && FIGURES.test(kind.get())
                    && row.cell(column).chars().anyMatch(c -> Numerals.digitValue((char) c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean belongsToAnIndicator(RawRow row) {
        if (isTotals(row)) {
            return false;
        }
        if (!layout.cell(row, ColumnKind.INDICATOR).isEmpty()) {
            return true;
        }
        String label = label(row);
        return WORDS.is("ROW_TARGET", label) || WORDS.is("ROW_ACHIEVEMENT", label);
    }

    /** The key of a row's label (লক্ষ্যমাত্রা / অর্জন) where the table has a label column, else "". */
    private String label(RawRow row) {
        return layout.labelColumn() >= 0 ? Vocabulary.key(row.cell(layout.labelColumn())) : "";
    }

    /** The last line a row takes: its first, and one more for each line break in its cells. */
    private static int endLine(RawRow row) {
        int end = row.line();
        for (String cell : row.cells()) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
                    end++;
                }
            }
        }
        return end;
    }

    private static boolean isTextOnly(RawRow row) {
        return row.cells().allSatisfy(cell -> cell.chars().noneMatch(c -> Numerals.digitValue((char) c) >= 0));
    }

    /**
     * Whether a row is a total's: its first text is a word for one, possibly with the figure after it ("মোট",
     * "উপমোট", "সর্বমোট", "মোট নম্বর: ২৫", "Total").
     */
    private static boolean isTotals(RawRow row) {
        String first = row.cells().detectOptional(cell -> !cell.isBlank()).orElse("");
        // Asked of every row: a text that holds no word of a total is none, without making its key (the letters of
        // মোট alone, its vowel sign written in one character or two).
        if (first.length() > LONGEST_TOTAL || (first.indexOf('ম') < 0 || first.indexOf('ট') < 0)
                && !first.toLowerCase(Locale.ROOT).contains("total")) {
            return false;
        }
        String key = Vocabulary.key(first);
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) >= '0' && key.charAt(end - 1) <= '9') {
            end--;
        }
        return WORDS.is("TOTAL_ROW", key.substring(0, end));
    }

    private void skipUnder(RawRow row) {
        notes.add(Notes.Kind.SKIPPED, row.line(), 0, "The row under the table's last indicator is not part of the"
                + " plan: " + Notes.quoted(row.cells().select(cell -> !cell.isBlank()).makeString(" | ")));
    }

    private void readRow(RawRow row, RawRow next) {
        int only = onlyFilledColumn(row);
        String areaCell = layout.cell(row, ColumnKind.AREA);
        String areaWeight = layout.cell(row, ColumnKind.AREA_WEIGHT);
        String activityCell = layout.cell(row, ColumnKind.ACTIVITY);
        String indicatorCell = layout.cell(row, ColumnKind.INDICATOR);
        if (only >= 0) {
            String text = row.cell(only);
            if (WORDS.is("SECTION", Vocabulary.key(text))) {
                notes.add(Notes.Kind.SKIPPED, row.line(), only + 1, "The section row " + Notes.quoted(text)
                        + " names no area and takes no number");
                return;
            }
            boolean ownRow = isAreaOnARowOfItsOwn(text, only);
            if ((ownRow || only == layout.column(ColumnKind.AREA)) && isHeading(text) && next != null
                    && opensArea(next)) {
                notes.add(Notes.Kind.SKIPPED, row.line(), only + 1, "The row " + Notes.quoted(text) + " stands over"
                        + " the area under it with no code, weight or indicator of its own: it is read as a section"
                        + " row, which names no area and takes no number");
                return;
            }
            if (ownRow) {
                openArea(row, text, "", only);
                notes.add(Notes.Kind.ASSUMED, row.line(), only + 1, "The row " + Notes.quoted(text)
                        + " is an area on a row of its own");
                return;
            }
        }
        // A merged cell filled down (Excel's cells unmerged, a copy that repeats them): the area's or the activity's
        // cell written again, the same, on the rows under the one that opened it.
        boolean areaRepeated = areasFilledDown && area != null && !areaCell.isEmpty()
                && (areaCell + '\t' + areaWeight).equals(areaOpenedBy);
        boolean activityRepeated = activitiesFilledDown && activity != null && !activityCell.isEmpty()
                && activityCell.equals(activityOpenedBy) && (areaRepeated || areaCell.isEmpty());
        if (areaRepeated && !notedAreaRepeated) {
            notedAreaRepeated = true;
            notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(ColumnKind.AREA) + 1, "The area's cell is written"
                    + " again, the same, on the row under it (a merged cell filled down): the row stays in that area,"
                    + " as does every such row");
        }
        if (activityRepeated && !notedActivityRepeated) {
            notedActivityRepeated = true;
            notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(ColumnKind.ACTIVITY) + 1, "The activity's cell is"
                    + " written again, the same, on the row under it (a merged cell filled down): the row stays in that"
                    + " activity, as does every such row");
        }
        if (!areaCell.isEmpty() && !areaRepeated) {
            openArea(row, areaCell, areaWeight, layout.column(ColumnKind.AREA));
            areaOpenedBy = areaCell + '\t' + areaWeight;
            activityOpenedBy = "";
        } else if (!areaWeight.isEmpty() && areaCell.isEmpty()) {
            throw problem("The row gives an area weight but no area", areaWeight, row, ColumnKind.AREA_WEIGHT);
        }
        if (!activityCell.isEmpty() && !activityRepeated) {
            activityOpenedBy = activityCell;
            areaFromCode(row, activityCell);
            if (area == null) {
                throw problem("The activity comes before any area", activityCell, row, ColumnKind.ACTIVITY);
            }
            finishIndicator();
            openActivity(row, activityCell);
        }
        boolean achievementRow = WORDS.is("ROW_ACHIEVEMENT", label(row));
        boolean sameIndicator = indicator != null && layout.labelColumn() >= 0
                && (indicatorCell.isEmpty() || indicatorCell.equals(indicator.cell))
                && (achievementRow ? indicator.achievementRow == null : indicator.targetRow == null);
        if (!indicatorCell.isEmpty() && !sameIndicator) {
            // Under an activity of the activity column, an indicator stays in it, its code checked against it.
            if (activityCell.isEmpty() && (area == null || !layout.has(ColumnKind.ACTIVITY))) {
                areaFromCode(row, indicatorCell);
            }
            if (area == null) {
                throw problem("The indicator comes before any area", indicatorCell, row, ColumnKind.INDICATOR);
            }
            finishIndicator();
            if (activity == null || !layout.has(ColumnKind.ACTIVITY)) {
                if (layout.has(ColumnKind.ACTIVITY) && !areaCell.isEmpty()) {
                    throw problem("The indicator has no activity: the row opens an area but names no activity",
                            indicatorCell, row, ColumnKind.INDICATOR);
                }
                activityFromIndicator(row, indicatorCell);
            }
            indicator = new IndicatorDraft(indicatorCell);
            if (achievementRow) {
                indicator.achievementRow = row;
            } else {
                indicator.targetRow = row;
            }
        } else if (sameIndicator && hasIndicatorValues(row)) {
            if (achievementRow) {
                indicator.achievementRow = row;
            } else {
                indicator.targetRow = row;
            }
        } else {
            checkNoIndicatorValues(row);
        }
    }

    private boolean hasIndicatorValues(RawRow row) {
        for (int column = 0; column < row.cells().size(); column++) {
            Optional<ColumnKind> kind = layout.kindAt(column);
            if (!row.cell(column).isEmpty() && column != layout.labelColumn()
                    && (kind.isEmpty() || kind.get().isIndicatorColumn())) {
                return true;
            }
        }
        return false;
    }

    /** The column of a row's only filled cell; -1 when it has none or more than one. */
    private static int onlyFilledColumn(RawRow row) {
        int only = -1;
        for (int column = 0; column < row.cells().size(); column++) {
            if (!row.cell(column).isEmpty()) {
                if (only >= 0) {
                    return -1;
                }
                only = column;
            }
        }
        return only;
    }

    /** Whether the only text of a row, in the given column, is an area on a row of its own. */
    private boolean isAreaOnARowOfItsOwn(String text, int column) {
        boolean inArea = column == layout.column(ColumnKind.AREA);
        boolean coded = codeParts(text) >= 2;
        boolean inActivityOrIndicator = column == layout.column(ColumnKind.ACTIVITY)
                || column == layout.column(ColumnKind.INDICATOR);
        return !inArea && !coded && (!layout.has(ColumnKind.AREA) || !inActivityOrIndicator
                || COLON_WEIGHT.matcher(text).find())
                && !text.chars().allMatch(c -> Numerals.digitValue((char) c) >= 0);
    }

    /** Whether an area's text has neither a code nor a weight: what a heading over areas looks like. */
    private static boolean isHeading(String text) {
        return codeParts(text) == 0 && !COLON_WEIGHT.matcher(text).find()
                && LeaderDots.atEndOf(text).map(dots -> dots.figure().isEmpty()).orElse(true);
    }

    /** Whether a row opens an area: its area cell is filled, or it is an area on a row of its own. */
    private boolean opensArea(RawRow row) {
        if (!layout.cell(row, ColumnKind.AREA).isEmpty()) {
            return true;
        }
        int only = onlyFilledColumn(row);
        return only >= 0 && !WORDS.is("SECTION", Vocabulary.key(row.cell(only)))
                && isAreaOnARowOfItsOwn(row.cell(only), only);
    }

    private void openArea(RawRow row, String cell, String weightCell, int column) {
        finishIndicator();
        Matcher code = CODE.matcher(cell);
        String name = cell;
        AreaCode areaCode = AreaCode.of(areas.size() + 1);
        boolean coded = false;
        if (code.matches() && isCode(code) && parts(code.group(2)) == 1) {
            areaCode = read(row, column, ColumnKind.AREA, text -> AreaCode.parse(Numerals.toAsciiDigits(code.group(2))));
            name = RawRow.nameAfterCode(code.group(5));
            coded = true;
        }
        String weightText = weightCell;
        Matcher colon = COLON_WEIGHT.matcher(name);
        if (weightText.isEmpty() && colon.find()) {
            name = RawRow.stripped(name.substring(0, colon.start()));
            weightText = colon.group(1);
            notes.add(Notes.Kind.ASSUMED, row.line(), column + 1, "The area's weight (" + weightText
                    + ") is read after the colon in its cell");
        }
        Optional<LeaderDots> leader = LeaderDots.atEndOf(name);
        if (leader.isPresent() && (leader.get().figure().isEmpty() || weightText.isEmpty())) {
            if (!leader.get().figure().isEmpty()) {
                weightText = leader.get().figure();
                notes.add(Notes.Kind.ASSUMED, row.line(), column + 1, "The area's weight (" + weightText
                        + ") is read after the dots in its cell");
            }
            name = RawRow.stripped(name.substring(0, leader.get().nameEnd()));
        }
        if (!coded) {
            notes.add(Notes.Kind.ASSUMED, row.line(), column + 1, "The area " + Notes.quoted(name)
                    + " has no code; it is numbered " + areaCode + " by its place");
        }
        Optional<Weight> weight = Optional.empty();
        if (!weightText.isEmpty()) {
            String text = weightText;
            weight = Optional.of(weightCell.isEmpty()
                    ? read(row, column, ColumnKind.AREA, cellText -> Weight.parse(text))
                    : read(row, ColumnKind.AREA_WEIGHT, Weight::parse));
        } else if (layout.has(ColumnKind.AREA_WEIGHT)) {
            throw problem("The area has no weight", cell, row, ColumnKind.AREA_WEIGHT);
        }
        area = new AreaDraft(areaCode, name, weight, row.line(), column + 1);
        areas.add(area);
        activity = null;
    }

    private void openActivity(RawRow row, String cell) {
        int column = layout.column(ColumnKind.ACTIVITY);
        Matcher code = CODE.matcher(cell);
        boolean coded = code.matches() && isCode(code);
        ActivityCode activityCode;
        String name;
        checkBracketedCode(row, ColumnKind.ACTIVITY, cell, coded, ActivityCode::parse);
        if (coded && parts(code.group(2)) >= 2) {
            activityCode = read(row, ColumnKind.ACTIVITY,
                    text -> ActivityCode.parse(Numerals.toAsciiDigits(code.group(2))));
            name = RawRow.nameAfterCode(code.group(5));
        } else {
            name = coded ? RawRow.nameAfterCode(code.group(5)) : cell;
            activityCode = child(area.code.segments().toArray(), area.activities.size() + 1, ActivityCode::of);
            notes.add(Notes.Kind.ASSUMED, row.line(), column + 1, "The activity " + Notes.quoted(name)
                    + " has no code of its own; it is numbered " + activityCode + " in order under its area");
        }
        activity = new ActivityDraft(activityCode, name);
        area.activities.add(activity);
    }

    /**
     * Where the table has neither an area column nor rows of areas: the area the code of an activity or an
     * indicator names ("[২.১.১]": area 2), or one area for all where it names none; each without a name, its weight
     * the sum of its indicators' (noted when built). Nothing where the table has areas.
     */
    private void areaFromCode(RawRow row, String cell) {
        if (layout.has(ColumnKind.AREA) || area != null && !areasFromCodes) {
            return;
        }
        Matcher code = CODE.matcher(cell);
        Optional<AreaCode> named = code.matches() && isCode(code) && parts(code.group(2)) >= 2
                ? Optional.of(AreaCode.of(segments(code.group(2))[0])) : Optional.empty();
        if (area != null && (named.isEmpty() || named.get().equals(area.code))) {
            return;
        }
        AreaCode areaCode = named.orElse(AreaCode.of(1));
        finishIndicator();
        activity = null;
        area = areas.detect(draft -> draft.code.equals(areaCode));
        if (area == null) {
            if (!areasFromCodes) {
                notes.add(Notes.Kind.ASSUMED, row.line(), 0, "The table has no areas (কার্যক্রমের ক্ষেত্র); each area"
                        + " is the one its activities' or indicators' codes name (or one for all), without a name");
                areasFromCodes = true;
            }
            area = new AreaDraft(areaCode, "", Optional.empty(), row.line(), 0);
            areas.add(area);
        }
    }

    private static int[] segments(String code) {
        return java.util.Arrays.stream(Numerals.toAsciiDigits(code).replaceAll("[^0-9.]", "").split("\\."))
                .mapToInt(Integer::parseInt).toArray();
    }

    /**
     * Where the table has no activity for an indicator: the activity its code names (its first two parts: an
     * alternative's, "[১.২.১.১]", is its primary's), else the area's current one, or a first one for the area.
     */
    private void activityFromIndicator(RawRow row, String indicatorCell) {
        Matcher code = CODE.matcher(indicatorCell);
        ActivityCode activityCode;
        if (code.matches() && isCode(code) && parts(code.group(2)) >= 3) {
            activityCode = ActivityCode.of(java.util.Arrays.copyOf(segments(code.group(2)), 2));
        } else if (activity != null) {
            return;
        } else {
            activityCode = child(area.code.segments().toArray(), area.activities.size() + 1, ActivityCode::of);
        }
        ActivityDraft existing = area.activities.detect(a -> a.code.equals(activityCode));
        if (existing != null) {
            activity = existing;
            return;
        }
        if (!notedNoActivityColumn) {
            notes.add(Notes.Kind.ASSUMED, row.line(), 0, "The indicators have no activity in the table; each"
                    + " activity is the one its indicator's code names (or one for its area), without a name");
            notedNoActivityColumn = true;
        }
        activity = new ActivityDraft(activityCode, "");
        area.activities.add(activity);
    }

    private static <T> T child(int[] parent, int position, Function<int[], T> make) {
        int[] segments = java.util.Arrays.copyOf(parent, parent.length + 1);
        segments[parent.length] = position;
        return make.apply(segments);
    }

    private void finishIndicator() {
        if (indicator == null) {
            return;
        }
        IndicatorDraft done = indicator;
        indicator = null;
        activity.indicators.add(build(done));
    }

    private Indicator build(IndicatorDraft draft) {
        RawRow row = draft.targetRow != null ? draft.targetRow : draft.achievementRow;
        RawRow achieved = draft.achievementRow != null ? draft.achievementRow : draft.targetRow;
        boolean twoRows = draft.targetRow != null && draft.achievementRow != null;
        int indicatorColumn = layout.column(ColumnKind.INDICATOR);
        Matcher code = indicatorCodes.reset(draft.cell);
        boolean coded = code.matches() && isCode(code);
        IndicatorCode indicatorCode;
        String name;
        checkBracketedCode(row, ColumnKind.INDICATOR, draft.cell, coded, IndicatorCode::parse);
        if (coded && parts(code.group(2)) >= 2) {
            indicatorCode = read(row, ColumnKind.INDICATOR,
                    text -> IndicatorCode.parse(Numerals.toAsciiDigits(code.group(2))));
            name = RawRow.nameAfterCode(code.group(5));
        } else {
            name = coded ? RawRow.nameAfterCode(code.group(5)) : draft.cell;
            indicatorCode = child(activity.code.segments().toArray(), activity.indicators.size() + 1,
                    IndicatorCode::of);
            notes.add(Notes.Kind.ASSUMED, row.line(), indicatorColumn + 1, "The indicator " + Notes.quoted(name)
                    + " has no code of its own; it is numbered " + indicatorCode + " in order under its activity");
        }
        String unitCell = layout.cell(row, ColumnKind.UNIT);
        UnitCell.Read unitRead = UnitCell.read(unitCell);
        String label = unitRead.label();
        Optional<CalculationMethod> method = unitRead.method().isEmpty() ? Optional.empty()
                : Optional.of(read(row, ColumnKind.UNIT, text -> method(unitRead.method().get())));
        int open = label.lastIndexOf('(');
        if (unitRead.kind().isEmpty() && method.isEmpty() && open >= 0 && label.endsWith(")")) {
            // A method in parentheses after the unit, as some offices write it: "সংখ্যা (সমষ্টি)".
            Optional<CalculationMethod> named = methodNamed(label.substring(open + 1, label.length() - 1));
            if (named.isPresent()) {
                label = label.substring(0, open).strip();
                method = named;
            }
        }
        Unit unit;
        if (!layout.has(ColumnKind.UNIT)) {
            unit = unitWithoutColumn(row, achieved);
        } else {
            if (label.isEmpty()) {
                throw problem("The unit is blank", unitCell, row, ColumnKind.UNIT);
            }
            unit = new UnitCell.Read(label, unitRead.kind(), Optional.empty()).unit();
        }
        String methodCell = layout.cell(row, ColumnKind.METHOD);
        if (!methodCell.isEmpty()) {
            CalculationMethod fromColumn = read(row, ColumnKind.METHOD, PlanAssembler::method);
            if (method.isPresent() && method.get() != fromColumn) {
                throw problem("The method in the unit's brackets (" + method.get() + ") is not the method of the"
                        + " method column (" + fromColumn + ")", unitCell, row, ColumnKind.UNIT);
            }
            method = Optional.of(fromColumn);
        }
        if (method.isEmpty() && unitRead.kind().isEmpty() && namesCumulative(label)) {
            // The cumulative method's word in the unit itself, "ক্রমপুঞ্জিভূত সংখ্যা", "সংখ্যা-ক্রমপুঞ্জিভূত": only this
            // method's word is taken so, as "গড়" in a unit may be what is counted ("গড় দিন"), not how.
            method = Optional.of(CalculationMethod.CUMULATIVE);
            notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(ColumnKind.UNIT) + 1, "The unit "
                    + Notes.quoted(label) + " names the method ক্রমপুঞ্জিভূত: the indicator " + indicatorCode
                    + " is CUMULATIVE, each quarter's figure a running total");
        }
        Optional<Weight> weight = Optional.empty();
        if (!layout.has(ColumnKind.INDICATOR_WEIGHT)) {
            if (!notedNoWeightColumn) {
                notes.add(Notes.Kind.ASSUMED, row.line(), 0, "The table has no indicator weight column"
                        + " (কর্মসম্পাদন সূচকের মান): its indicators have no weight, and are not scored (WEIGHT_MISSING)");
                notedNoWeightColumn = true;
            }
        } else if (isNothing(layout.cell(row, ColumnKind.INDICATOR_WEIGHT))) {
            notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(ColumnKind.INDICATOR_WEIGHT) + 1,
                    "The indicator " + indicatorCode + " has no weight"
                            + (indicatorCode.segments().size() >= 4 ? " of its own (an alternative indicator)" : ""));
        } else {
            weight = Optional.of(read(row, ColumnKind.INDICATOR_WEIGHT, Weight::parse));
        }
        Target target = target(row, unit.kind(), twoRows ? draft.targetRow : null);
        QuarterValues quarters = twoRows || draft.targetRow == null || layout.labelColumn() < 0
                ? quarters(achieved, unit.kind()) : QuarterValues.NONE;
        if (!twoRows && layout.labelColumn() >= 0 && draft.achievementRow == null) {
            notes.add(Notes.Kind.ASSUMED, row.line(), 0, "The indicator has a target row but no achievement row:"
                    + " nothing is reported for it");
        }
        Indicator.Builder builder = Indicator.builder(indicatorCode, names(name))
                .unit(unit)
                .weight(weight)
                .method(method.orElse(null))
                .target(target)
                .quarters(quarters)
                .reported(new Reported(value(achieved, ColumnKind.ACTUAL, unit.kind()),
                        decimal(achieved, ColumnKind.PERCENT, CellNumbers::percent), decimal(achieved, ColumnKind.SCORE, CellNumbers::plain),
                        text(achieved, ColumnKind.EVIDENCE), text(achieved, ColumnKind.REMARKS),
                        value(achieved, ColumnKind.HALF_YEAR, unit.kind())))
                .extensions(kept(draft));
        try {
            return builder.build();
        } catch (InvalidInputException misfit) {
            throw layout.locate(misfit, row, methodCell.isEmpty() ? ColumnKind.UNIT : ColumnKind.METHOD);
        }
    }

    /**
     * A method as a table names it: by the vocabulary's names, which hold the spellings offices use
     * ("ক্রমপুঞ্জীভূত" beside "ক্রমপুঞ্জিভূত") and the English APA's ("Total" for the sum), else by
     * {@link CalculationMethod#parse}, whose error says the names.
     */
    static CalculationMethod method(String text) {
        String key = Vocabulary.key(text);
        for (CalculationMethod method : CalculationMethod.values()) {
            if (WORDS.is("METHOD_" + method.name(), key)) {
                return method;
            }
        }
        return CalculationMethod.parse(text);
    }

    /**
     * Whether a unit's label holds the cumulative method's word ("ক্রমপুঞ্জিভূত সংখ্যা"), read as that method. Asked
     * of every indicator: a label without the letter ঞ of "পুঞ্জ" or the English word's letters makes no key.
     */
    static boolean namesCumulative(String label) {
        if (label.indexOf('ঞ') < 0 && label.indexOf("umulative") < 0 && label.indexOf("UMULATIVE") < 0) {
            return false;
        }
        String key = Vocabulary.key(label);
        return WORDS.keys("METHOD_CUMULATIVE").anySatisfy(key::contains);
    }

    static Optional<CalculationMethod> methodNamed(String text) {
        try {
            return Optional.of(method(text.strip()));
        } catch (InvalidInputException notAMethod) {
            return Optional.empty();
        }
    }

    /** No unit column: a percent if the target or a value carries "%", a date if the target is one, else a number. */
    private Unit unitWithoutColumn(RawRow row, RawRow achieved) {
        String targetCell = layout.cell(row, layout.isGraded() && layout.cell(row, ColumnKind.TARGET).isEmpty()
                ? ColumnKind.GRADE_100 : ColumnKind.TARGET);
        boolean percent = targetCell.endsWith("%") || ColumnKind.quarters().anySatisfy(
                q -> layout.cell(achieved, q).endsWith("%")) || layout.cell(achieved, ColumnKind.ACTUAL).endsWith("%");
        boolean date = !percent && isDate(targetCell);
        Unit unit = percent ? Unit.percent() : date ? Unit.date() : Unit.number();
        if (!notedNoUnitColumn) {
            notes.add(Notes.Kind.ASSUMED, row.line(), 0, "The table has no unit column (একক): an indicator whose"
                    + " target or values carry \"%\" is a percent, one whose target is a date a date, any other a"
                    + " number");
            notedNoUnitColumn = true;
        }
        return unit;
    }

    /**
     * A date cell: as {@link DateText} reads it, or with its year in two digits ("৩১-১২-২৩"), in the century
     * that puts it within a year of the plan's fiscal year (2023 in 2023-24), noted once a column; a two-digit
     * year that no century brings so near stays an error.
     */
    private LocalDate date(RawRow row, ColumnKind column, String text) {
        Matcher written = SHORT_YEAR_DATE.matcher(text.strip());
        if (written.matches()) {
            int twoDigits = Numerals.digitValue(written.group(4).charAt(0)) * 10
                    + Numerals.digitValue(written.group(4).charAt(1));
            for (int century : new int[] {year.startYear() / 100, year.endYear() / 100}) {
                int full = century * 100 + twoDigits;
                if (full >= year.startYear() - 1 && full <= year.endYear() + 1) {
                    String separator = written.group(2);
                    LocalDate date;
                    try {
                        date = DateText.parse(written.group(1) + separator + written.group(3) + separator + full);
                    } catch (InvalidInputException noSuchDay) {
                        throw InvalidInputException.of(noSuchDay.problem(), text.strip()); // as written, "৩১-০২-২৪"
                    }
                    if (shortYearsNoted.add(layout.column(column))) {
                        notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(column) + 1, "The date "
                                + Notes.quoted(text.strip()) + " has two digits of its year: it is read as "
                                + DateText.format(date, Language.EN) + ", near the fiscal year " + year
                                + ", as is every such date in the column");
                    }
                    return date;
                }
            }
        }
        return DateText.parse(text);
    }

    private static boolean isDate(String cell) {
        try {
            DateText.parse(cell);
            return true;
        } catch (InvalidInputException notADate) {
            return false;
        }
    }

    private Target target(RawRow row, UnitKind unit, RawRow targetRow) {
        boolean graded = layout.isGraded() && ColumnKind.grades().anySatisfy(g -> !isNothing(layout.cell(row, g)));
        // One value under the 100 % column alone is a single target (gradedTarget), which takes its quarterly
        // targets as one in the target column does.
        Target single = graded ? gradedTarget(row, unit) : singleTarget(row, ColumnKind.TARGET, unit);
        if (single.kind().isGraded()) {
            return single;
        }
        if (targetRow != null && unit == UnitKind.DATE) {
            return deadlineOfTargetRow(targetRow, single);
        }
        if (targetRow == null) {
            if (ColumnKind.quarterTargets().anySatisfy(q -> !isNothing(layout.cell(row, q)))
                    && single instanceof Target.Single annual) {
                return Target.of(annual.annual(), quarterTarget(row, ColumnKind.Q1_TARGET, unit),
                        quarterTarget(row, ColumnKind.Q2_TARGET, unit), quarterTarget(row, ColumnKind.Q3_TARGET, unit),
                        quarterTarget(row, ColumnKind.Q4_TARGET, unit));
            }
            return single;
        }
        // The target row of an indicator written on two rows: its quarter columns hold the quarterly targets.
        BigDecimal[] quarterly = new BigDecimal[4];
        boolean any = false;
        for (Quarter quarter : Quarter.values()) {
            String cell = layout.cell(targetRow, ColumnKind.of(quarter));
            quarterly[quarter.ordinal()] = isNothing(cell) ? BigDecimal.ZERO
                    : amount(targetRow, ColumnKind.of(quarter), unit);
            any |= !isNothing(cell);
        }
        BigDecimal annual;
        if (single instanceof Target.Single given) {
            annual = given.annual();
        } else if (!isNothing(layout.cell(targetRow, ColumnKind.ACTUAL))) {
            annual = amount(targetRow, ColumnKind.ACTUAL, unit);
            notes.add(Notes.Kind.ASSUMED, targetRow.line(), layout.column(ColumnKind.ACTUAL) + 1, "The total of the"
                    + " target row is read as the annual target");
        } else if (any) {
            annual = quarterly[0].add(quarterly[1]).add(quarterly[2]).add(quarterly[3]);
            notes.add(Notes.Kind.ASSUMED, targetRow.line(), 0, "The annual target is the sum of the quarterly"
                    + " targets of the target row (" + annual.toPlainString() + ")");
        } else {
            return single;
        }
        return any ? Target.of(annual, quarterly[0], quarterly[1], quarterly[2], quarterly[3]) : Target.of(annual);
    }

    /**
     * The deadline of a date indicator written on two rows: in the target column, else in the target row's total
     * (the column read as the actual on the achievement row), else under the one quarter of the target row it falls
     * in. A date under a quarter of the target row may repeat the deadline where it falls in that quarter, as
     * integrity plans write it; any other date there is refused: a date target is one deadline, and which of
     * several dates, or whether one under a quarter it does not fall in, is the deadline would be a guess.
     */
    private Target deadlineOfTargetRow(RawRow targetRow, Target given) {
        Target deadline = given;
        if (deadline.kind() == TargetKind.NONE && !isNothing(layout.cell(targetRow, ColumnKind.ACTUAL))) {
            notes.add(Notes.Kind.ASSUMED, targetRow.line(), layout.column(ColumnKind.ACTUAL) + 1, "The total of the"
                    + " target row is read as the deadline");
            deadline = singleTarget(targetRow, ColumnKind.ACTUAL, UnitKind.DATE);
        }
        for (Quarter quarter : Quarter.values()) {
            ColumnKind column = ColumnKind.of(quarter);
            String cell = layout.cell(targetRow, column);
            if (isNothing(cell)) {
                continue;
            }
            Optional<LocalDate> date = isDate(cell) ? Optional.of(DateText.parse(RawRow.shown(cell)))
                    : Optional.empty();
            boolean inQuarter = date.map(day -> Quarter.ofMonth(day.getMonth()) == quarter).orElse(false);
            boolean repeated = deadline instanceof Target.Deadline due && date.equals(Optional.of(due.date()));
            if (inQuarter && deadline.kind() == TargetKind.NONE) {
                notes.add(Notes.Kind.ASSUMED, targetRow.line(), layout.column(column) + 1, "The date under " + quarter
                        + " of the target row is read as the deadline");
                deadline = Target.by(date.get());
            } else if (!inQuarter || !repeated) {
                throw problem("The target row has a value under a quarter that is not the deadline in the quarter it"
                        + " falls in; a date indicator's target is one deadline: write it in the target row's total",
                        cell, targetRow, column);
            }
        }
        return deadline;
    }

    private BigDecimal quarterTarget(RawRow row, ColumnKind column, UnitKind unit) {
        String cell = layout.cell(row, column);
        return isNothing(cell) ? BigDecimal.ZERO : amount(row, column, unit);
    }

    private Target singleTarget(RawRow row, ColumnKind column, UnitKind unit) {
        String cell = layout.cell(row, column);
        if (isNothing(cell)) {
            return Target.NONE;
        }
        if (unit == UnitKind.DATE) {
            String[] range = RANGE.split(RawRow.shown(cell));
            if (range.length == 2) {
                LocalDate last = read(row, column, text -> date(row, column, range[1]));
                LocalDate first = read(row, column, text -> date(row, column, range[0]));
                notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(column) + 1, "The deadline "
                        + Notes.quoted(cell) + " is a range; its last day is the deadline");
                return Target.between(first, last);
            }
            return Target.by(read(row, column, text -> date(row, column, text)));
        }
        return Target.of(amount(row, column, unit));
    }

    private Target gradedTarget(RawRow row, UnitKind unit) {
        ImmutableList<ColumnKind> grades = ColumnKind.grades();
        // The first columns filled and the rest left blank is a graded target of fewer than five columns, which
        // scoring reports as TARGET_MISSING (domain.md §4); a blank column before a filled one cannot be told
        // from a misplaced value, and is refused.
        int filled = grades.detectLastIndex(column -> !isNothing(layout.cell(row, column))) + 1;
        if (filled == 1) {
            // One value, under the 100 % column alone: one target value is a single target, in an APA plan too
            // (domain.md §3), a deadline for a date; not a graded target of one column (TARGET_MISSING).
            if (!notedOneGradedValue) {
                notedOneGradedValue = true;
                notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(grades.getFirst()) + 1, "The target has one"
                        + " value, under the 100 % column alone: it is read as a single target (a deadline for a date),"
                        + " as is every such row");
            }
            return singleTarget(row, grades.getFirst(), unit);
        }
        ImmutableList<ColumnKind> columns = grades.take(filled);
        ColumnKind gap = columns.detect(column -> isNothing(layout.cell(row, column)));
        if (gap != null) {
            throw problem("The graded target has " + columns.count(column -> !isNothing(layout.cell(row, column)))
                    + " of its five columns, with a blank one before the last it fills; fill it, or leave blank only"
                    + " the last columns", layout.cell(row, gap), row, gap);
        }
        if (unit == UnitKind.DATE) {
            return Target.gradedDates(columns.collect(column -> read(row, column, text -> date(row, column, text)))
                    .toArray(new LocalDate[0]));
        }
        return Target.graded(columns.collect(column -> amount(row, column, unit))
                .toArray(new BigDecimal[0]));
    }

    private QuarterValues quarters(RawRow row, UnitKind unit) {
        ImmutableList<Value> values = Quarter.all().collect(quarter -> value(row, ColumnKind.of(quarter), unit));
        return QuarterValues.of(values.get(0), values.get(1), values.get(2), values.get(3));
    }

    private Value value(RawRow row, ColumnKind column, UnitKind unit) {
        if (isNothing(layout.cell(row, column))) {
            return Value.NOT_REPORTED;
        }
        if (unit == UnitKind.DATE) {
            LocalDate date = read(row, column, text -> date(row, column, text));
            return Value.of(date);
        }
        return Value.of(amount(row, column, unit));
    }

    private Optional<BigDecimal> decimal(RawRow row, ColumnKind column, Function<String, BigDecimal> number) {
        return isNothing(layout.cell(row, column)) ? Optional.empty() : Optional.of(read(row, column, number));
    }

    private Optional<String> text(RawRow row, ColumnKind column) {
        String cell = layout.cell(row, column);
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    /** The cells of the indicator's rows in columns charter does not read, kept as text. */
    private Extensions kept(IndicatorDraft draft) {
        MutableList<String[]> cells = Lists.mutable.empty();
        for (RawRow row : Lists.immutable.of(draft.targetRow, draft.achievementRow)) {
            if (row == null) {
                continue;
            }
            for (int column = 0; column < row.cells().size(); column++) {
                if (layout.isKept(column) && !row.cell(column).isEmpty()) {
                    cells.add(new String[] {layout.headerAt(column), row.cell(column)});
                    if (layout.headerAt(column).isEmpty()) {
                        notes.add(Notes.Kind.KEPT, row.line(), column + 1, "The cell " + Notes.quoted(row.cell(column))
                                + " has no header; it is kept as text on the indicator");
                    }
                }
            }
            if (layout.has(ColumnKind.NO_GRADE) && !layout.cell(row, ColumnKind.NO_GRADE).isEmpty()) {
                cells.add(new String[] {layout.header(ColumnKind.NO_GRADE), layout.cell(row, ColumnKind.NO_GRADE)});
            }
        }
        return KeptColumns.extensions(cells.toImmutable());
    }

    /** Values on a row without an indicator: an error in a column charter reads, a note in one it keeps. */
    private void checkNoIndicatorValues(RawRow row) {
        for (int column = 0; column < row.cells().size(); column++) {
            Optional<ColumnKind> kind = layout.kindAt(column);
            String cell = row.cell(column);
            if (cell.isEmpty()) {
                continue;
            }
            if (kind.isPresent() && kind.get().isIndicatorColumn()) {
                throw problem("The row has a value but no indicator", cell, row, kind.get());
            }
            if (kind.isEmpty() && column != layout.labelColumn()) {
                notes.add(Notes.Kind.KEPT, row.line(), column + 1, "The cell " + Notes.quoted(cell)
                        + " is on a row without an indicator; it is not kept in the plan");
            }
        }
    }

    /** A cell that begins with "[" must begin with a code in brackets: "[১.ক.১]" and "[১.১ সভা" are errors. */
    private void checkBracketedCode(RawRow row, ColumnKind column, String cell, boolean coded,
            Function<String, ?> parse) {
        if (!cell.startsWith("[") || coded) {
            return;
        }
        int close = cell.indexOf(']');
        String written = close > 0 ? cell.substring(0, close + 1) : cell.split("\\s+")[0];
        read(row, column, text -> parse.apply(written));
        throw problem("The cell does not begin with its code in brackets, such as [১.১]", cell, row, column)
                .withHint("Begin the cell with its code, like \"[১.১] …\", or write no code at all");
    }

    /**
     * Whether some cell of a row begins with the code of an indicator, an activity or an area followed by its
     * name, as a plan's rows hold them: a code of two parts or more ("[২.১] ওয়েবসাইট হালনাগাদ", "১.২.১ সভা"), or one
     * part in square brackets ("[১] প্রাতিষ্ঠানিক ব্যবস্থা"); not a date ("১২.০৮.২০২৩ খ্রি."), whose year no code's
     * part is as long as.
     *
     * @param row a row
     * @return true if one does
     */
    public static boolean holdsCodedName(RawRow row) {
        Matcher code = CODE.matcher("");
        return row.cells().anySatisfy(cell -> isPlansCode(code.reset(cell))
                && !YEAR_PART.matcher(code.group(2)).find()
                && code.group(5).codePoints().anyMatch(Character::isLetter));
    }

    /** Whether a cell (its matcher not yet matched) is a plan's code: of two parts or more, or one in brackets. */
    private static boolean isPlansCode(Matcher code) {
        return code.matches() && isCode(code) && (parts(code.group(2)) >= 2 || code.group(1).equals("["));
    }

    private static boolean isCode(Matcher code) {
        String open = code.group(1);
        String close = code.group(4);
        String rest = code.group(5);
        if (open.equals("[") && !close.equals("]") || open.equals("(") && !close.equals(")")) {
            return false;
        }
        if (!open.isEmpty() || !close.isEmpty()) {
            return true;
        }
        // A bare code: "১.১ নাম", "১. নাম", or the code alone; not "৩টি সভা" or "১০০%".
        String text = code.group();
        int after = code.end(2);
        return rest.isEmpty() || after < text.length() && (RawRow.isBlankChar(text.charAt(after))
                || text.charAt(after) == '।') || !code.group(3).isEmpty();
    }

    /** How many parts the code at the start of a text has, 0 for none. */
    static int codeParts(String text) {
        Matcher code = CODE.matcher(text);
        return code.matches() && isCode(code) ? parts(code.group(2)) : 0;
    }

    private static int parts(String code) {
        int parts = 1;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '.') {
                parts++;
            }
        }
        return parts;
    }

    /** Reads a target or reported value of an indicator; a count's word ("৪টি") is said once a column. */
    private BigDecimal amount(RawRow row, ColumnKind column, UnitKind unit) {
        BigDecimal amount = read(row, column, text -> CellNumbers.amount(text, unit));
        String cell = layout.cell(row, column);
        Optional<String> word = unit == UnitKind.NUMBER ? CellNumbers.countWord(cell) : Optional.empty();
        if (word.isPresent() && countWordsNoted.add(layout.column(column))) {
            notes.add(Notes.Kind.ASSUMED, row.line(), layout.column(column) + 1, "The count " + Notes.quoted(cell)
                    + " is read without the word it is counted with (" + word.get() + "), as is every such count"
                    + " in the column");
        }
        return amount;
    }

    /** Reads a cell, adding the row, the column and a hint to any problem. */
    private <T> T read(RawRow row, ColumnKind column, Function<String, T> reader) {
        return read(row, layout.column(column), column, reader);
    }

    private <T> T read(RawRow row, int columnIndex, ColumnKind column, Function<String, T> reader) {
        String cell = columnIndex < 0 ? "" : row.cell(columnIndex);
        try {
            return reader.apply(RawRow.shown(cell));
        } catch (InvalidInputException unreadable) {
            InvalidInputException located = layout.locate(unreadable, row, column);
            Optional<String> figure = CellNumbers.figureBeforeWords(cell);
            if (located.hint().isEmpty() && (cell.contains("$") || cell.contains("_"))) {
                located = located.withHint("The cell holds an Excel number format rather than its value: copy"
                        + " the values only (Paste Special → Values)");
            } else if (located.hint().isEmpty() && LostLetters.inFigure(cell)) {
                located = located.withHint(LostLetters.FIGURE);
            } else if (located.hint().isEmpty() && figure.isPresent()) {
                // What is counted written after its count: "৩টি সভা", "১ (এক)".
                located = located.withHint("The cell holds words after its figure: write the figure alone ("
                        + figure.get() + ")");
            } else if (located.hint().isEmpty() && !cell.isBlank()
                    && cell.chars().noneMatch(c -> Numerals.digitValue((char) c) >= 0)) {
                // Words where a figure belongs: "প্রযোজ্য নয়", "নাই", "N/A".
                located = located.withHint("The cell holds words, not a figure: write \"-\" where nothing is"
                        + " reported, or the figure");
            } else if (located.hint().isEmpty() && isDate(cell)) {
                // A date where the unit ("সময়সীমা", "দিন") makes the indicator a number's: only তারিখ makes a date.
                located = located.withHint("The cell holds a date, but the indicator's unit makes it a number: write"
                        + " তারিখ (or date) as the unit of an indicator whose target is a date");
            }
            throw located;
        }
    }

    /** A name is Bengali if it holds a letter of the Bengali script, else English. */
    static BilingualText names(String name) {
        boolean bengali = false;
        for (int i = 0; i < name.length() && !bengali; i += Character.charCount(name.codePointAt(i))) {
            int c = name.codePointAt(i);
            bengali = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.BENGALI;
        }
        return bengali || name.isEmpty() ? BilingualText.bengali(name) : BilingualText.english(name);
    }

    /**
     * Blank (spaces of any kind), or dashes: nothing reported. Any dash counts, as a lone "-" becomes an en or
     * em dash where a word processor corrects it, and the minus sign looks the same.
     */
    static boolean isNothing(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            // A no-break, thin or figure space (a web page's &nbsp;, Word's) or a zero-width one shows as nothing.
            boolean space = RawRow.isBlankChar(c);
            boolean dash = Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212';
            if (!dash && !space) {
                return false;
            }
        }
        return cell.length() <= 3;
    }

    private InvalidInputException problem(String what, String cell, RawRow row, ColumnKind column) {
        return layout.locate(InvalidInputException.of(what, cell.isEmpty() ? null : cell), row, column);
    }

    private static final class IndicatorDraft {
        private final String cell;
        private RawRow targetRow;
        private RawRow achievementRow;

        IndicatorDraft(String cell) {
            this.cell = cell;
        }
    }

    private final class AreaDraft {
        private final AreaCode code;
        private final String name;
        private final Optional<Weight> weight;
        private final int line;
        private final int column;
        private final MutableList<ActivityDraft> activities = Lists.mutable.empty();

        AreaDraft(AreaCode code, String name, Optional<Weight> weight, int line, int column) {
            this.code = code;
            this.name = name;
            this.weight = weight;
            this.line = line;
            this.column = column;
        }

        Area build() {
            ImmutableList<Activity> built = activities.collect(ActivityDraft::build).toImmutable();
            Weight chosen = weight.orElseGet(() -> {
                Weight sum = built.flatCollect(Activity::indicators).injectInto(Weight.ZERO,
                        (total, each) -> each.weight().map(total::plus).orElse(total));
                notes.add(Notes.Kind.ASSUMED, line, column, "The area " + (name.isEmpty() ? code : Notes.quoted(name))
                        + " has no weight in the table; its weight is taken as the sum of its indicators' weights ("
                        + sum + ")");
                return sum;
            });
            return new Area(code, names(name), chosen, built);
        }
    }

    private static final class ActivityDraft {
        private final ActivityCode code;
        private final String name;
        private final MutableList<Indicator> indicators = Lists.mutable.empty();

        ActivityDraft(ActivityCode code, String name) {
            this.code = code;
            this.name = name;
        }

        Activity build() {
            return new Activity(code, names(name), indicators.toImmutable());
        }
    }
}
