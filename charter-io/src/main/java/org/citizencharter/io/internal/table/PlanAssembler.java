package org.citizencharter.io.internal.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.DateText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Builds a plan from the data rows of a table whose columns are recognised (domain.md §5).
 *
 * <p>A row with an area opens an area (its cell may begin with its code, "[১] …", else areas are
 * numbered in order) and needs its weight; a row with an activity opens an activity of the current
 * area; a row with an indicator adds it to the current activity. Continuation rows leave the area,
 * its weight and the activity blank. Codes of activities and indicators begin their cells ("[১.১] …");
 * names are kept as written after the code, as Bengali names if they hold a Bengali letter, else as
 * English ones. "-" or a blank cell is nothing reported. Every cell that
 * cannot be read is an {@link InvalidInputException} naming the row's line, the column's header and the
 * text. Not API; stateless.
 */
public final class PlanAssembler {

    private final RawTable table;
    private final Layout layout;

    private PlanAssembler(RawTable table, Layout layout) {
        this.table = table;
        this.layout = layout;
    }

    /**
     * Builds the plan of a table.
     *
     * @param table the rows, header first
     * @param layout the recognised columns
     * @param office the office whose plan it is
     * @param givenYear the fiscal year the caller gives, if any
     * @param kind the kind of plan
     * @param asOf the quarter the report is made as of
     * @return the plan
     * @throws InvalidInputException if a cell cannot be read, the rows do not make a plan, or the fiscal
     *     year is unknown or given two ways
     */
    public static ActionPlan assemble(RawTable table, Layout layout, Office office, Optional<FiscalYear> givenYear,
            PlanKind kind, Quarter asOf) {
        FiscalYear year = fiscalYear(layout, givenYear);
        ImmutableList<Area> areas = new PlanAssembler(table, layout).areas();
        return new ActionPlan(office, year, kind, Optional.empty(), Optional.of(asOf), areas);
    }

    private static FiscalYear fiscalYear(Layout layout, Optional<FiscalYear> given) {
        Optional<FiscalYear> written = layout.fiscalYear();
        if (given.isPresent() && written.isPresent() && !given.equals(written)) {
            throw InvalidInputException.of("The fiscal year in the header (" + written.get()
                    + ") is not the one given to the reader (" + given.get() + ")")
                    .withSource(layout.source())
                    .withLine(layout.headerLine())
                    .withColumnName(layout.header(layout.isGraded() ? ColumnKind.GRADE_100 : ColumnKind.TARGET))
                    .withHint("Give the reader the year of the table, or correct the header");
        }
        return given.or(() -> written).orElseThrow(() -> InvalidInputException.of(
                "The fiscal year is not given to the reader and no header names it")
                .withSource(layout.source())
                .withLine(layout.headerLine())
                .withHint("Give the reader the fiscal year, or write it in the target's header, like"
                        + " \"লক্ষ্যমাত্রা ২০২৩-২৪\""));
    }

    private ImmutableList<Area> areas() {
        MutableList<AreaDraft> areas = Lists.mutable.empty();
        AreaDraft area = null;
        ActivityDraft activity = null;
        for (RawRow row : table.rows().drop(layout.firstDataRow())) {
            checkColumns(row);
            String areaCell = layout.cell(row, ColumnKind.AREA);
            String areaWeight = layout.cell(row, ColumnKind.AREA_WEIGHT);
            if (!areaCell.isEmpty()) {
                if (areaWeight.isEmpty()) {
                    throw problem("The area has no weight", areaCell, row, ColumnKind.AREA_WEIGHT);
                }
                area = new AreaDraft(areaCode(row, areas.size() + 1), name(areaCell),
                        read(row, ColumnKind.AREA_WEIGHT, Weight::parse));
                areas.add(area);
                activity = null;
            } else if (!areaWeight.isEmpty()) {
                throw problem("The row gives an area weight but no area", areaWeight, row, ColumnKind.AREA_WEIGHT);
            }
            String activityCell = layout.cell(row, ColumnKind.ACTIVITY);
            if (!activityCell.isEmpty()) {
                if (area == null) {
                    throw problem("The activity comes before any area", activityCell, row, ColumnKind.ACTIVITY);
                }
                String code = codeText(row, ColumnKind.ACTIVITY, "[১.১]");
                activity = new ActivityDraft(read(row, ColumnKind.ACTIVITY, cell -> ActivityCode.parse(code)),
                        name(activityCell));
                area.activities.add(activity);
            }
            String indicatorCell = layout.cell(row, ColumnKind.INDICATOR);
            if (!indicatorCell.isEmpty()) {
                if (activity == null) {
                    throw problem(area == null ? "The indicator comes before any area"
                            : "The indicator has no activity: the row opens an area but names no activity",
                            indicatorCell, row, ColumnKind.INDICATOR);
                }
                activity.indicators.add(indicator(row));
            } else {
                checkNoIndicatorValues(row);
            }
        }
        if (areas.isEmpty()) {
            throw InvalidInputException.of("The table has a header but no rows")
                    .withSource(layout.source()).withLine(layout.headerLine());
        }
        return areas.collect(AreaDraft::build).toImmutable();
    }

    /** A value under a blank header or beyond the header's last column would be dropped: refuse it. */
    private void checkColumns(RawRow row) {
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column);
            if (cell.isEmpty()) {
                continue;
            }
            String where = column >= layout.width()
                    ? "beyond the header's last column (" + layout.width() + ")"
                    : layout.kindAt(column).isEmpty() ? "under a blank header" : null;
            if (where != null) {
                throw InvalidInputException.of("The row has a value in column " + (column + 1) + ", " + where
                        + ", that charter would drop", cell)
                        .withSource(layout.source()).withLine(row.line()).withColumn(column + 1)
                        .withHint("Give the column a header charter reads, or move the value into its column");
            }
        }
    }

    private void checkNoIndicatorValues(RawRow row) {
        for (int column = 0; column < layout.width(); column++) {
            Optional<ColumnKind> kind = layout.kindAt(column);
            if (kind.isPresent() && kind.get().isIndicatorColumn() && !row.cell(column).isEmpty()) {
                throw problem("The row has a value but no indicator", row.cell(column), row, kind.get());
            }
        }
    }

    private AreaCode areaCode(RawRow row, int position) {
        if (!layout.cell(row, ColumnKind.AREA).startsWith("[")) {
            return AreaCode.of(position);
        }
        String code = codeText(row, ColumnKind.AREA, "[১]");
        return read(row, ColumnKind.AREA, cell -> AreaCode.parse(code));
    }

    private Indicator indicator(RawRow row) {
        String codeText = codeText(row, ColumnKind.INDICATOR, "[১.১.১]");
        IndicatorCode code = read(row, ColumnKind.INDICATOR, cell -> IndicatorCode.parse(codeText));
        String unitCell = layout.cell(row, ColumnKind.UNIT);
        String label = unitCell;
        Optional<CalculationMethod> method = Optional.empty();
        if (unitCell.endsWith("]") && unitCell.lastIndexOf('[') >= 0) {
            int open = unitCell.lastIndexOf('[');
            label = unitCell.substring(0, open).strip();
            String methodText = unitCell.substring(open + 1, unitCell.length() - 1);
            method = Optional.of(read(row, ColumnKind.UNIT, text -> CalculationMethod.parse(methodText)));
        }
        if (label.isEmpty()) {
            throw problem("The unit is blank", unitCell, row, ColumnKind.UNIT);
        }
        String methodCell = layout.cell(row, ColumnKind.METHOD);
        if (!methodCell.isEmpty()) {
            CalculationMethod fromColumn = read(row, ColumnKind.METHOD, CalculationMethod::parse);
            if (method.isPresent() && method.get() != fromColumn) {
                throw problem("The method in the unit's brackets (" + method.get() + ") is not the method of the"
                        + " method column (" + fromColumn + ")", unitCell, row, ColumnKind.UNIT);
            }
            method = Optional.of(fromColumn);
        }
        Unit unit = Unit.parse(label);
        // A blank weight is no weight (domain.md §3: old templates had none; an alternative has none of its
        // own): WEIGHT_MISSING when scored, not a refusal.
        String weightCell = layout.cell(row, ColumnKind.INDICATOR_WEIGHT);
        Indicator.Builder builder = Indicator.builder(code, names(name(layout.cell(row, ColumnKind.INDICATOR))))
                .unit(unit)
                .weight(weightCell.isEmpty() ? Optional.<Weight>empty()
                        : Optional.of(read(row, ColumnKind.INDICATOR_WEIGHT, Weight::parse)))
                .method(method.orElse(null))
                .target(layout.isGraded() ? gradedTarget(row, unit.kind()) : singleTarget(row, unit.kind()))
                .quarters(quarters(row, unit.kind()))
                .reported(new Reported(value(row, ColumnKind.ACTUAL, unit.kind()),
                        decimal(row, ColumnKind.PERCENT), decimal(row, ColumnKind.SCORE),
                        text(row, ColumnKind.EVIDENCE), text(row, ColumnKind.REMARKS)));
        try {
            return builder.build();
        } catch (InvalidInputException misfit) {
            throw layout.locate(misfit, row, methodCell.isEmpty() ? ColumnKind.UNIT : ColumnKind.METHOD);
        }
    }

    private Target singleTarget(RawRow row, UnitKind unit) {
        if (isNothing(layout.cell(row, ColumnKind.TARGET))) {
            return Target.NONE;
        }
        return unit == UnitKind.DATE
                ? Target.by(read(row, ColumnKind.TARGET, DateText::parse))
                : Target.of(read(row, ColumnKind.TARGET, Numerals::parseDecimal));
    }

    private Target gradedTarget(RawRow row, UnitKind unit) {
        ImmutableList<ColumnKind> columns = ColumnKind.grades();
        ImmutableList<ColumnKind> blank = columns.select(column -> isNothing(layout.cell(row, column)));
        if (blank.size() == columns.size()) {
            return Target.NONE;
        }
        if (!blank.isEmpty()) {
            throw problem("The graded target has " + (columns.size() - blank.size()) + " of its five columns; write"
                    + " all five or none", layout.cell(row, blank.getFirst()), row, blank.getFirst());
        }
        if (unit == UnitKind.DATE) {
            return Target.gradedDates(columns.collect(column -> read(row, column, DateText::parse))
                    .toArray(new LocalDate[0]));
        }
        return Target.graded(columns.collect(column -> read(row, column, Numerals::parseDecimal))
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
        return unit == UnitKind.DATE
                ? Value.of(read(row, column, DateText::parse))
                : Value.of(read(row, column, Numerals::parseDecimal));
    }

    private Optional<BigDecimal> decimal(RawRow row, ColumnKind column) {
        return isNothing(layout.cell(row, column)) ? Optional.empty()
                : Optional.of(read(row, column, Numerals::parseDecimal));
    }

    private Optional<String> text(RawRow row, ColumnKind column) {
        String cell = layout.cell(row, column);
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    /** Reads a cell, adding the row, the column and a hint to any problem. */
    private <T> T read(RawRow row, ColumnKind column, Function<String, T> reader) {
        String cell = layout.cell(row, column);
        try {
            return reader.apply(cell);
        } catch (InvalidInputException unreadable) {
            InvalidInputException located = layout.locate(unreadable, row, column);
            if (located.hint().isEmpty() && (cell.contains("$") || cell.contains("_"))) {
                located = located.withHint("The cell holds an Excel number format rather than its value: copy"
                        + " the values only (Paste Special → Values)");
            }
            throw located;
        }
    }

    /** The code at the start of a cell, such as "[১.১]", as text; the cell must begin with one. */
    private String codeText(RawRow row, ColumnKind column, String example) {
        String cell = layout.cell(row, column);
        int close = cell.indexOf(']');
        if (!cell.startsWith("[") || close < 0) {
            throw problem("The cell does not begin with its code in brackets, such as " + example, cell, row, column)
                    .withHint("Begin the cell with its code, like \"" + example + " …\"");
        }
        return cell.substring(0, close + 1);
    }

    /** The cell without its leading code, as written. */
    private static String name(String cell) {
        int close = cell.indexOf(']');
        return cell.startsWith("[") && close >= 0 ? cell.substring(close + 1).strip() : cell;
    }

    /** A name is Bengali if it holds a letter of the Bengali script, else English. */
    static BilingualText names(String name) {
        boolean bengali = name.codePoints().anyMatch(
                c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.BENGALI);
        return bengali || name.isEmpty() ? BilingualText.bengali(name) : BilingualText.english(name);
    }

    /** Blank, or a dash: nothing reported. */
    static boolean isNothing(String cell) {
        return cell.isEmpty() || cell.equals("-") || cell.equals("\u2013") || cell.equals("\u2014");
    }

    private InvalidInputException problem(String what, String cell, RawRow row, ColumnKind column) {
        return layout.locate(InvalidInputException.of(what, cell.isEmpty() ? null : cell), row, column);
    }

    private static final class AreaDraft {
        private final AreaCode code;
        private final String name;
        private final Weight weight;
        private final MutableList<ActivityDraft> activities = Lists.mutable.empty();

        AreaDraft(AreaCode code, String name, Weight weight) {
            this.code = code;
            this.name = name;
            this.weight = weight;
        }

        Area build() {
            return new Area(code, names(name), weight, activities.collect(ActivityDraft::build).toImmutable());
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
