package org.citizencharter.io.internal.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.BiFunction;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Code;
import org.citizencharter.core.DateText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Grade;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Writes the cells of a plan's table as offices write them, so that {@link PlanAssembler} reads back
 * every value: codes before names ("[১.১] …"), the method in brackets after the unit when it is not
 * the unit's default, numbers with their scale, dates DD-MM-YYYY, "-" for a quarter with nothing
 * reported, "%" after the values of percent indicators. Not API; stateless.
 */
public final class PlanCells {

    private PlanCells() {
    }

    /**
     * The columns of a table that holds everything of a plan an office table can: the single target, the
     * quarterly targets, the graded columns and the half-year subtotal where some indicator has them (a
     * table may mix single and graded targets, one kind a row).
     *
     * @param plan the plan
     * @return the columns, without the kept ones
     */
    public static ImmutableList<ColumnKind> tableColumns(ActionPlan plan) {
        boolean graded = hasGradedTargets(plan);
        boolean single = hasSingleTargets(plan) || !graded;
        boolean quarterly = plan.indicators().anySatisfy(indicator -> indicator.target() instanceof Target.Single s
                && s.hasQuarterlyTargets());
        boolean halfYear = plan.indicators().anySatisfy(indicator -> indicator.reported().halfYear() != Value.NOT_REPORTED);
        MutableList<ColumnKind> columns = Lists.mutable.of(ColumnKind.AREA, ColumnKind.AREA_WEIGHT,
                ColumnKind.ACTIVITY, ColumnKind.INDICATOR, ColumnKind.UNIT, ColumnKind.INDICATOR_WEIGHT);
        if (single) {
            columns.add(ColumnKind.TARGET);
        }
        if (quarterly) {
            columns.addAllIterable(ColumnKind.quarterTargets());
        }
        if (graded) {
            columns.addAllIterable(ColumnKind.grades());
        }
        columns.add(ColumnKind.Q1);
        columns.add(ColumnKind.Q2);
        if (halfYear) {
            columns.add(ColumnKind.HALF_YEAR);
        }
        columns.add(ColumnKind.Q3);
        columns.add(ColumnKind.Q4);
        columns.addAll(Lists.mutable.of(ColumnKind.ACTUAL, ColumnKind.PERCENT, ColumnKind.SCORE, ColumnKind.EVIDENCE,
                ColumnKind.REMARKS));
        return columns.toImmutable();
    }

    /**
     * The headers of the kept columns of a plan's indicators ({@link KeptColumns}): a sequence that holds
     * each indicator's kept headers in that indicator's order, so that every indicator's cells read back in
     * the order it keeps them. An indicator's headers are placed in turn after the last one placed: on the
     * next column of the same header not yet used by the indicator, else in a new column there (so a
     * header stands twice where two indicators keep it in different orders).
     *
     * @param plan the plan
     * @return the headers
     */
    public static ImmutableList<String> keptHeaders(ActionPlan plan) {
        MutableList<String> headers = Lists.mutable.empty();
        for (Indicator indicator : plan.indicators()) {
            int next = 0;
            for (String[] cell : KeptColumns.cells(indicator.extensions())) {
                int at = columnAfter(headers, next, cell[0]);
                if (at < 0) {
                    at = next;
                    headers.add(at, cell[0]);
                }
                next = at + 1;
            }
        }
        return headers.toImmutable();
    }

    /** The first column at or after an index with a header, or -1. */
    private static int columnAfter(java.util.List<String> headers, int from, String header) {
        int at = headers.subList(from, headers.size()).indexOf(header);
        return at < 0 ? -1 : from + at;
    }

    /**
     * An indicator's cells under the kept headers: each of its kept cells in the first column of its header
     * after the one before it.
     *
     * @param line the row
     * @param headers the kept headers, from {@link #keptHeaders(ActionPlan)}
     * @return the cells, "" where the indicator has none
     */
    public static ImmutableList<String> keptCells(PlanLine line, ImmutableList<String> headers) {
        String[] cells = new String[headers.size()];
        java.util.Arrays.fill(cells, "");
        if (line.indicator().isPresent()) {
            int next = 0;
            for (String[] cell : KeptColumns.cells(line.indicator().get().extensions())) {
                int at = columnAfter(headers.castToList(), next, cell[0]);
                if (at < 0) {
                    throw new IllegalArgumentException("The kept headers have no column " + cell[0] + " after column "
                            + next + ": they are not those of this indicator's plan");
                }
                cells[at] = cell[1];
                next = at + 1;
            }
        }
        return Lists.immutable.of(cells);
    }

    /**
     * Checks that an office table can hold all of a plan that scoring reads, and, in Markdown, its texts:
     * lower-is-better indicators have no column; Markdown writes a carriage return as a line feed.
     *
     * @param plan the plan
     * @param markdown whether the table is Markdown
     * @throws CharterException naming the first indicator the table cannot hold
     */
    public static void checkTableWritable(ActionPlan plan, boolean markdown) {
        if (markdown) {
            checkNoCarriageReturn(plan);
        }
        for (Indicator indicator : plan.indicators()) {
            if (indicator.polarity() == Polarity.LOWER) {
                throw new CharterException("Indicator " + indicator.code() + " is lower-is-better, which the office"
                        + " table has no column for; write the plan as JSON instead");
            }
        }
    }

    /**
     * Whether a plan has a graded target (five values or dates).
     *
     * @param plan the plan
     * @return true if an indicator's target is graded
     */
    public static boolean hasGradedTargets(ActionPlan plan) {
        return plan.indicators().anySatisfy(indicator -> isGraded(indicator.target()));
    }

    /**
     * Whether a plan has a single target (a value or a deadline).
     *
     * @param plan the plan
     * @return true if an indicator's target is single
     */
    public static boolean hasSingleTargets(ActionPlan plan) {
        return plan.indicators().anySatisfy(indicator -> isSingle(indicator.target()));
    }

    private static boolean isGraded(Target target) {
        return target instanceof Target.Graded || target instanceof Target.GradedDates;
    }

    private static boolean isSingle(Target target) {
        return target instanceof Target.Single || target instanceof Target.Deadline;
    }

    private static void checkNoCarriageReturn(ActionPlan plan) {
        for (Area area : plan.areas()) {
            checkNoCarriageReturn(area.name(), "area " + area.code());
            for (Activity activity : area.activities()) {
                checkNoCarriageReturn(activity.name(), "activity " + activity.code());
                for (Indicator indicator : activity.indicators()) {
                    String where = "indicator " + indicator.code();
                    checkNoCarriageReturn(indicator.name(), where);
                    checkNoCarriageReturn(indicator.unit().label(), where);
                    indicator.reported().evidence().ifPresent(text -> checkNoCarriageReturn(text, where));
                    indicator.reported().remarks().ifPresent(text -> checkNoCarriageReturn(text, where));
                    for (String[] kept : KeptColumns.cells(indicator.extensions())) {
                        checkNoCarriageReturn(kept[0], where);
                        checkNoCarriageReturn(kept[1], where);
                    }
                }
            }
        }
    }

    private static void checkNoCarriageReturn(BilingualText name, String where) {
        checkNoCarriageReturn(name.bn(), where);
        checkNoCarriageReturn(name.en(), where);
    }

    private static void checkNoCarriageReturn(String text, String where) {
        if (text.indexOf('\r') >= 0) {
            throw new CharterException("A text of " + where + " holds a carriage return, which a Markdown table"
                    + " cannot keep (it writes every line break as <br>, read back as a line feed); write the plan"
                    + " as TSV, CSV or JSON instead");
        }
    }

    /**
     * A plan's table as rows of cells, header first.
     *
     * @param plan the plan
     * @param columns the columns, in order
     * @param language the language of headers, digits and names
     * @param cells the cell of a column on a row; {@link #cell(ColumnKind, PlanLine, Language)} for the
     *     plan's own columns
     * @return the rows
     */
    public static ImmutableList<ImmutableList<String>> rows(ActionPlan plan, ImmutableList<ColumnKind> columns,
            Language language, BiFunction<ColumnKind, PlanLine, String> cells) {
        MutableList<ImmutableList<String>> rows = Lists.mutable.empty();
        rows.add(columns.collect(column -> header(column, language, plan.fiscalYear())));
        for (PlanLine line : PlanLine.of(plan)) {
            rows.add(columns.collect(column -> cells.apply(column, line)));
        }
        return rows.toImmutable();
    }

    /**
     * The header of a column.
     *
     * @param column the column
     * @param language the language of the header
     * @param year the plan's fiscal year, written after the target's header
     * @return the header
     */
    public static String header(ColumnKind column, Language language, FiscalYear year) {
        String header = column.header(language);
        return column == ColumnKind.TARGET ? header + " " + year.format(language) : header;
    }

    /**
     * The cell of a plan column on a row.
     *
     * @param column the column, not a computed one
     * @param line the row
     * @param language the language of digits and names
     * @return the cell's text, "" for a blank cell
     */
    public static String cell(ColumnKind column, PlanLine line, Language language) {
        switch (column) {
            case AREA:
                return line.opensArea() ? coded(line.area().code(), line.area().name(), language) : "";
            case AREA_WEIGHT:
                return line.opensArea() ? line.area().weight().format(language) : "";
            case ACTIVITY:
                return line.opensActivity()
                        ? line.activity().map(activity -> coded(activity.code(), activity.name(), language)).orElse("")
                        : "";
            default:
                return line.indicator().map(indicator -> indicatorCell(column, indicator, language)).orElse("");
        }
    }

    private static String indicatorCell(ColumnKind column, Indicator indicator, Language language) {
        UnitKind unit = indicator.unit().kind();
        Optional<Grade> grade = column.grade();
        if (grade.isPresent()) {
            return gradeCell(indicator.target(), grade.get(), language);
        }
        if (column.quarter().isPresent()) {
            return value(indicator.quarters().get(column.quarter().get()), unit, language);
        }
        return switch (column) {
            case INDICATOR -> coded(indicator.code(), indicator.name(), language);
            case UNIT -> unit(indicator.unit(), indicator.method(), language);
            case INDICATOR_WEIGHT -> indicator.weight().map(weight -> weight.format(language)).orElse("");
            case TARGET -> targetCell(indicator.target(), language);
            case ACTUAL -> value(indicator.reported().actual(), unit, language);
            case HALF_YEAR -> indicator.reported().halfYear() == Value.NOT_REPORTED ? ""
                    : value(indicator.reported().halfYear(), unit, language);
            case Q1_TARGET, Q2_TARGET, Q3_TARGET, Q4_TARGET -> quarterTargetCell(indicator.target(),
                    ColumnKind.quarterTargets().indexOf(column), language);
            case PERCENT -> indicator.reported().percent().map(p -> Numerals.format(p, language) + "%").orElse("");
            case SCORE -> indicator.reported().score().map(s -> Numerals.format(s, language)).orElse("");
            case EVIDENCE -> indicator.reported().evidence().orElse("");
            case REMARKS -> indicator.reported().remarks().orElse("");
            default -> throw new IllegalArgumentException("Not a plan column: " + column);
        };
    }

    private static String coded(Code code, BilingualText name, Language language) {
        String text = name.in(language);
        return text.isEmpty() ? code.format(language) : code.format(language) + " " + text;
    }

    /** The unit as written, with what it reads back by in brackets ({@link UnitCell}). */
    static String unit(Unit unit, CalculationMethod method, Language language) {
        String label = unit.label().isBlank() ? defaultLabel(unit.kind(), language) : unit.label();
        return UnitCell.write(unit, method, language, label);
    }

    private static String defaultLabel(UnitKind kind, Language language) {
        return switch (kind) {
            case NUMBER -> language == Language.BN ? Unit.number().label() : "number";
            case PERCENT -> Unit.percent().label();
            case DATE -> language == Language.BN ? Unit.date().label() : "date";
        };
    }

    private static String targetCell(Target target, Language language) {
        if (target instanceof Target.Single single) {
            return Numerals.format(single.annual(), language);
        }
        if (target instanceof Target.Deadline deadline) {
            String last = DateText.format(deadline.date(), language);
            return deadline.from().map(from -> DateText.format(from, language)
                    + (language == Language.BN ? " থেকে " : " to ") + last).orElse(last);
        }
        return "";
    }

    private static String quarterTargetCell(Target target, int quarter, Language language) {
        if (target instanceof Target.Single single && single.hasQuarterlyTargets()) {
            return Numerals.format(single.quarterly().get(quarter), language);
        }
        return "";
    }

    private static String gradeCell(Target target, Grade grade, Language language) {
        // Fewer than five columns (TARGET_MISSING) leave the last cells empty, as the office left them.
        if (target instanceof Target.Graded graded && grade.ordinal() < graded.columns().size()) {
            return Numerals.format(graded.column(grade), language);
        }
        if (target instanceof Target.GradedDates dates && grade.ordinal() < dates.columns().size()) {
            return DateText.format(dates.column(grade), language);
        }
        return "";
    }

    /**
     * A reported value: "-" for nothing, "%" after an amount of a percent indicator.
     *
     * @param value the value
     * @param unit the indicator's unit
     * @param language the language of the digits
     * @return the text
     */
    public static String value(Value value, UnitKind unit, Language language) {
        String text = value.format(language);
        return unit == UnitKind.PERCENT && value instanceof Value.Amount ? text + "%" : text;
    }

    /**
     * An amount as a report shows a computed one: at most two decimals (HALF_UP), trailing zeros of the
     * rounding dropped.
     *
     * @param amount the amount
     * @param language the language of the digits
     * @return the text
     */
    public static String computed(BigDecimal amount, Language language) {
        BigDecimal shown = amount.scale() > 2
                ? amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros() : amount;
        return Numerals.format(shown.scale() < 0 ? shown.setScale(0) : shown, language);
    }
}
