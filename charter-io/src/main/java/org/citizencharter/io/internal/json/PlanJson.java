package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Grade;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.citizencharter.io.internal.bind.ActivityShape;
import org.citizencharter.io.internal.bind.AreaShape;
import org.citizencharter.io.internal.bind.IndicatorShape;
import org.citizencharter.io.internal.bind.Items;
import org.citizencharter.io.internal.bind.Located;
import org.citizencharter.io.internal.bind.PlanShape;
import org.citizencharter.io.internal.bind.ReportedShape;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.Shape;
import org.citizencharter.io.internal.bind.TargetShape;
import org.citizencharter.io.internal.bind.UnitShape;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The plan document: an {@link ActionPlan} with what the office reported against it. See
 * {@code docs/json-format.md} for the fields and the canonical form. Stateless.
 */
public final class PlanJson {

    /** The kinds of target, as the field {@code "kind"} of a target names them. */
    private enum TargetKind {
        SINGLE, DEADLINE, GRADED, GRADED_DATES
    }

    private PlanJson() {
    }

    /**
     * Reads a plan document.
     *
     * @param plan the document, as bound
     * @return the plan
     */
    public static ActionPlan read(PlanShape plan) {
        plan.checkVersion(plan.schemaVersion, Documents.SCHEMA_VERSION);
        Scalar total = Shape.optional(plan.declaredTotal);
        Scalar asOf = Shape.optional(plan.asOf);
        return new ActionPlan(plan.required(plan.office, "office").office(),
                plan.required(plan.fiscalYear, "fiscalYear").parse(FiscalYear::parse),
                plan.required(plan.kind, "kind").constant(PlanKind.class),
                total == null ? Optional.empty() : Optional.of(total.weight()),
                asOf == null ? Optional.empty() : Optional.of(asOf.parse(Quarter::parse)),
                plan.required(plan.areas, "areas").list(PlanJson::area),
                Shape.extensions(plan.extensions));
    }

    private static Area area(AreaShape area) {
        return new Area(area.required(area.code, "code").parse(AreaCode::parse),
                area.required(area.name, "name").bilingual(), area.required(area.weight, "weight").weight(),
                area.required(area.activities, "activities").list(PlanJson::activity), Shape.extensions(area.extensions));
    }

    private static Activity activity(ActivityShape activity) {
        return new Activity(activity.required(activity.code, "code").parse(ActivityCode::parse),
                activity.required(activity.name, "name").bilingual(),
                activity.required(activity.indicators, "indicators").list(PlanJson::indicator),
                Shape.extensions(activity.extensions));
    }

    private static Indicator indicator(IndicatorShape indicator) {
        IndicatorCode code = indicator.required(indicator.code, "code").parse(IndicatorCode::parse);
        BilingualText name = indicator.required(indicator.name, "name").bilingual();
        Unit unit = unit(indicator.required(indicator.unit, "unit"));
        UnitKind kind = unit.kind();
        // An indicator of an old template has no weight: null, or left out.
        Scalar weightValue = Shape.optional(indicator.weight);
        Optional<Weight> weight = weightValue == null ? Optional.empty() : Optional.of(weightValue.weight());
        Scalar polarityValue = Shape.optional(indicator.polarity);
        Polarity polarity = polarityValue == null ? Polarity.HIGHER : polarityValue.constant(Polarity.class);
        Scalar methodValue = Shape.optional(indicator.method);
        CalculationMethod method = methodValue == null ? CalculationMethod.defaultFor(kind) : method(methodValue, kind);
        Target target = indicator.target == null ? Target.NONE : target(indicator.target, kind);
        QuarterValues quarters = indicator.quarters == null ? QuarterValues.NONE : quarters(indicator.quarters, kind);
        Reported reported = indicator.reported == null ? Reported.NONE : reported(indicator.reported, kind);
        Extensions extensions = Shape.extensions(indicator.extensions);
        return indicator.build(() -> new Indicator(code, name, unit, weight, polarity, method, target, quarters,
                reported, extensions));
    }

    private static Unit unit(UnitShape unit) {
        return Unit.of(unit.required(unit.kind, "kind").constant(UnitKind.class), Shape.text(unit.label));
    }

    private static CalculationMethod method(Scalar value, UnitKind unit) {
        CalculationMethod method = value.constant(CalculationMethod.class);
        if (method == CalculationMethod.DATE && unit != UnitKind.DATE) {
            throw value.error("The DATE method needs a date indicator, but the unit is a " + lower(unit),
                    method.name()).withHint("Use SUM, AVERAGE or CUMULATIVE, or make the unit a DATE");
        }
        return method;
    }

    private static Target target(TargetShape shape, UnitKind unit) {
        Scalar kindValue = shape.required(shape.kind, "kind");
        TargetKind kind = kindValue.constant(TargetKind.class);
        Target target = switch (kind) {
            case SINGLE -> {
                only(shape, "a SINGLE target", "annual", "quarterly");
                BigDecimal annual = shape.required(shape.annual, "annual").decimal();
                ImmutableList<BigDecimal> quarterly = shape.quarterly == null ? Lists.immutable.empty()
                        : shape.quarterly.exactly(4).list(Scalar::decimal);
                yield new Target.Single(annual, quarterly);
            }
            case DEADLINE -> deadline(shape);
            // Fewer than five columns are kept: the indicator is then unscored (TARGET_MISSING), not refused.
            case GRADED -> {
                only(shape, "a GRADED target", "columns");
                yield new Target.Graded(shape.required(shape.columns, "columns").between(1, Grade.columns().size())
                        .list(Scalar::decimal));
            }
            case GRADED_DATES -> {
                only(shape, "a GRADED_DATES target", "columns");
                yield new Target.GradedDates(shape.required(shape.columns, "columns")
                        .between(1, Grade.columns().size()).list(Scalar::date));
            }
        };
        if (!target.suits(unit)) {
            throw kindValue.error("A " + kind + " target does not suit an indicator whose unit is a " + lower(unit),
                    kind.name()).withHint(unit == UnitKind.DATE ? "Use DEADLINE or GRADED_DATES for a date"
                            : "Use SINGLE or GRADED for a number or percent");
        }
        return target;
    }

    /** Refuses the members of a target that its kind does not have, as written (null too). */
    private static void only(TargetShape shape, String what, String... allowed) {
        List<String> names = new ArrayList<>(List.of("kind"));
        names.addAll(List.of(allowed));
        Located[] members = {shape.annual, shape.quarterly == null ? null : shape.quarterly.place(), shape.date,
            shape.from, shape.to, shape.columns == null ? null : shape.columns.place()};
        String[] memberNames = {"annual", "quarterly", "date", "from", "to", "columns"};
        for (int i = 0; i < members.length; i++) {
            Located written = shape.written(members[i], memberNames[i]);
            if (written != null && !names.contains(memberNames[i])) {
                throw written.locate(Shape.unknown(what, names, memberNames[i]));
            }
        }
    }

    /** A deadline: one {@code date}, or a range {@code from} … {@code to} whose last day is the deadline. */
    private static Target deadline(TargetShape shape) {
        only(shape, "a DEADLINE target", "date", "from", "to");
        Scalar date = Shape.optional(shape.date);
        Scalar from = Shape.optional(shape.from);
        Scalar to = Shape.optional(shape.to);
        if (date != null) {
            if (from != null || to != null) {
                Scalar extra = from != null ? from : to;
                throw extra.error("A DEADLINE target has a \"date\", or a range \"from\" … \"to\", not both", null)
                        .withHint("Write a range as \"from\" and \"to\", without \"date\"");
            }
            return Target.by(date.date());
        }
        if (from == null || to == null) {
            throw shape.error("A DEADLINE target needs a \"date\", or \"from\" and \"to\" for a range", null)
                    .withHint("Add \"date\": \"2024-06-30\"");
        }
        LocalDate first = from.date();
        LocalDate last = to.date();
        return to.build(() -> Target.between(first, last));
    }

    private static QuarterValues quarters(Items<Scalar> values, UnitKind unit) {
        values.exactly(4);
        return QuarterValues.of(value(values.get(0), unit), value(values.get(1), unit), value(values.get(2), unit),
                value(values.get(3), unit));
    }

    private static Reported reported(ReportedShape reported, UnitKind unit) {
        Scalar percent = Shape.optional(reported.percent);
        Scalar score = Shape.optional(reported.score);
        Scalar evidence = Shape.optional(reported.evidence);
        Scalar remarks = Shape.optional(reported.remarks);
        return new Reported(reported.actual == null ? Value.NOT_REPORTED : value(reported.actual, unit),
                percent == null ? Optional.empty() : Optional.of(percent.decimal()),
                score == null ? Optional.empty() : Optional.of(score.decimal()),
                evidence == null ? Optional.empty() : Optional.of(evidence.string()),
                remarks == null ? Optional.empty() : Optional.of(remarks.string()),
                reported.halfYear == null ? Value.NOT_REPORTED : value(reported.halfYear, unit));
    }

    /** A value of an indicator: a date for a date indicator, else an amount; null is nothing reported. */
    private static Value value(Scalar scalar, UnitKind unit) {
        if (scalar.isNull()) {
            return Value.NOT_REPORTED;
        }
        return unit == UnitKind.DATE ? Value.of(scalar.date()) : Value.of(scalar.decimal());
    }

    private static String lower(UnitKind unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a plan document in canonical form.
     *
     * @param plan the plan
     * @param out the generator
     * @throws IOException if writing fails
     */
    public static void write(ActionPlan plan, JsonGenerator out) throws IOException {
        Documents.start(out);
        out.writeFieldName("office");
        OfficeJson.write(plan.office(), out);
        out.writeStringField("fiscalYear", plan.fiscalYear().toString());
        out.writeStringField("kind", plan.kind().name());
        if (plan.declaredTotal().isPresent()) {
            Write.number(out, "declaredTotal", plan.declaredTotal().get().value());
        }
        if (plan.asOf().isPresent()) {
            out.writeStringField("asOf", plan.asOf().get().name());
        }
        out.writeArrayFieldStart("areas");
        for (Area area : plan.areas()) {
            write(area, out);
        }
        out.writeEndArray();
        ExtensionsJson.write(plan.extensions(), out);
        out.writeEndObject();
    }

    private static void write(Area area, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", area.code().toString());
        Write.text(out, "name", area.name());
        Write.number(out, "weight", area.weight().value());
        out.writeArrayFieldStart("activities");
        for (Activity activity : area.activities()) {
            out.writeStartObject();
            out.writeStringField("code", activity.code().toString());
            Write.text(out, "name", activity.name());
            out.writeArrayFieldStart("indicators");
            for (Indicator indicator : activity.indicators()) {
                write(indicator, out);
            }
            out.writeEndArray();
            ExtensionsJson.write(activity.extensions(), out);
            out.writeEndObject();
        }
        out.writeEndArray();
        ExtensionsJson.write(area.extensions(), out);
        out.writeEndObject();
    }

    private static void write(Indicator indicator, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", indicator.code().toString());
        Write.text(out, "name", indicator.name());
        out.writeObjectFieldStart("unit");
        out.writeStringField("kind", indicator.unit().kind().name());
        out.writeStringField("label", indicator.unit().label());
        out.writeEndObject();
        if (indicator.weight().isPresent()) {
            Write.number(out, "weight", indicator.weight().get().value());
        } else {
            out.writeNullField("weight");
        }
        out.writeStringField("polarity", indicator.polarity().name());
        out.writeStringField("method", indicator.method().name());
        if (indicator.target() != Target.NONE) {
            out.writeFieldName("target");
            write(indicator.target(), out);
        }
        if (indicator.quarters().anyReported()) {
            out.writeArrayFieldStart("quarters");
            for (Value value : indicator.quarters().toList()) {
                Write.value(out, value);
            }
            out.writeEndArray();
        }
        if (!indicator.reported().isEmpty()) {
            write(indicator.reported(), out);
        }
        ExtensionsJson.write(indicator.extensions(), out);
        out.writeEndObject();
    }

    private static void write(Target target, JsonGenerator out) throws IOException {
        out.writeStartObject();
        if (target instanceof Target.Single single) {
            out.writeStringField("kind", TargetKind.SINGLE.name());
            Write.number(out, "annual", single.annual());
            if (single.hasQuarterlyTargets()) {
                Write.numbers(out, "quarterly", single.quarterly());
            }
        } else if (target instanceof Target.Deadline deadline) {
            out.writeStringField("kind", TargetKind.DEADLINE.name());
            if (deadline.from().isPresent()) {
                out.writeStringField("from", deadline.from().get().toString());
                out.writeStringField("to", deadline.date().toString());
            } else {
                out.writeStringField("date", deadline.date().toString());
            }
        } else if (target instanceof Target.Graded graded) {
            out.writeStringField("kind", TargetKind.GRADED.name());
            Write.numbers(out, "columns", graded.columns());
        } else if (target instanceof Target.GradedDates dates) {
            out.writeStringField("kind", TargetKind.GRADED_DATES.name());
            out.writeArrayFieldStart("columns");
            for (LocalDate column : dates.columns()) {
                out.writeString(column.toString());
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void write(Reported reported, JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("reported");
        if (reported.actual().isReported()) {
            out.writeFieldName("actual");
            Write.value(out, reported.actual());
        }
        if (reported.halfYear().isReported()) {
            out.writeFieldName("halfYear");
            Write.value(out, reported.halfYear());
        }
        writeIfPresent(out, "percent", reported.percent());
        writeIfPresent(out, "score", reported.score());
        if (reported.evidence().isPresent()) {
            out.writeStringField("evidence", reported.evidence().get());
        }
        if (reported.remarks().isPresent()) {
            out.writeStringField("remarks", reported.remarks().get());
        }
        out.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator out, String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            Write.number(out, name, value.get());
        }
    }
}
