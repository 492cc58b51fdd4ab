package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
     * @param root the document
     * @return the plan
     */
    public static ActionPlan read(Node root) {
        Fields plan = root.fields("a plan document", Documents.VERSION_FIELD, "office", "fiscalYear", "kind",
                "declaredTotal", "asOf", "areas", "extensions");
        Documents.checkVersion(plan);
        return new ActionPlan(OfficeJson.read(plan.required("office")),
                plan.required("fiscalYear").parse(FiscalYear::parse),
                plan.required("kind").constant(PlanKind.class),
                plan.optional("declaredTotal").map(Node::weight),
                plan.optional("asOf").map(quarter -> quarter.parse(Quarter::parse)),
                plan.required("areas").list(PlanJson::area),
                plan.extensions());
    }

    private static Area area(Node node) {
        Fields area = node.fields("an area", "code", "name", "weight", "activities", "extensions");
        return new Area(area.required("code").parse(AreaCode::parse), OfficeJson.text(area.required("name")),
                area.required("weight").weight(), area.required("activities").list(PlanJson::activity),
                area.extensions());
    }

    private static Activity activity(Node node) {
        Fields activity = node.fields("an activity", "code", "name", "indicators", "extensions");
        return new Activity(activity.required("code").parse(ActivityCode::parse),
                OfficeJson.text(activity.required("name")), activity.required("indicators").list(PlanJson::indicator),
                activity.extensions());
    }

    private static Indicator indicator(Node node) {
        Fields indicator = node.fields("an indicator", "code", "name", "unit", "weight", "polarity", "method",
                "target", "quarters", "reported", "extensions");
        IndicatorCode code = indicator.required("code").parse(IndicatorCode::parse);
        BilingualText name = OfficeJson.text(indicator.required("name"));
        Unit unit = unit(indicator.required("unit"));
        UnitKind kind = unit.kind();
        // An indicator of an old template has no weight: null, or left out.
        java.util.Optional<Weight> weight = indicator.optional("weight").map(Node::weight);
        Polarity polarity = indicator.optional("polarity", value -> value.constant(Polarity.class), Polarity.HIGHER);
        CalculationMethod method = indicator.optional("method", value -> method(value, kind),
                CalculationMethod.defaultFor(kind));
        Target target = indicator.optional("target", value -> target(value, kind), Target.NONE);
        QuarterValues quarters = indicator.optional("quarters", value -> quarters(value, kind), QuarterValues.NONE);
        Reported reported = indicator.optional("reported", value -> reported(value, kind), Reported.NONE);
        Extensions extensions = indicator.extensions();
        return node.build(() -> new Indicator(code, name, unit, weight, polarity, method, target, quarters, reported,
                extensions));
    }

    private static Unit unit(Node node) {
        Fields unit = node.fields("a unit", "kind", "label");
        return Unit.of(unit.required("kind").constant(UnitKind.class), unit.text("label"));
    }

    private static CalculationMethod method(Node node, UnitKind unit) {
        CalculationMethod method = node.constant(CalculationMethod.class);
        if (method == CalculationMethod.DATE && unit != UnitKind.DATE) {
            throw node.error("The DATE method needs a date indicator, but the unit is a " + lower(unit), method.name())
                    .withHint("Use SUM, AVERAGE or CUMULATIVE, or make the unit a DATE");
        }
        return method;
    }

    private static Target target(Node node, UnitKind unit) {
        Node kindNode = node.fields("a target", "kind", "annual", "quarterly", "date", "from", "to", "columns")
                .required("kind");
        TargetKind kind = kindNode.constant(TargetKind.class);
        Target target = switch (kind) {
            case SINGLE -> {
                Fields single = node.fields("a SINGLE target", "kind", "annual", "quarterly");
                BigDecimal annual = single.required("annual").decimal();
                ImmutableList<BigDecimal> quarterly = single.optional("quarterly")
                        .map(value -> value.array(4).collect(Node::decimal))
                        .orElse(Lists.immutable.empty());
                yield new Target.Single(annual, quarterly);
            }
            case DEADLINE -> deadline(node);
            // Fewer than five columns are kept: the indicator is then unscored (TARGET_MISSING), not refused.
            case GRADED -> new Target.Graded(node.fields("a GRADED target", "kind", "columns").required("columns")
                    .array(1, Grade.columns().size()).collect(Node::decimal));
            case GRADED_DATES -> new Target.GradedDates(node.fields("a GRADED_DATES target", "kind", "columns")
                    .required("columns").array(1, Grade.columns().size()).collect(Node::date));
        };
        if (!target.suits(unit)) {
            throw kindNode.error("A " + kind + " target does not suit an indicator whose unit is a " + lower(unit),
                    kind.name()).withHint(unit == UnitKind.DATE ? "Use DEADLINE or GRADED_DATES for a date"
                            : "Use SINGLE or GRADED for a number or percent");
        }
        return target;
    }

    /** A deadline: one {@code date}, or a range {@code from} … {@code to} whose last day is the deadline. */
    private static Target deadline(Node node) {
        Fields deadline = node.fields("a DEADLINE target", "kind", "date", "from", "to");
        Optional<Node> date = deadline.optional("date");
        Optional<Node> from = deadline.optional("from");
        Optional<Node> to = deadline.optional("to");
        if (date.isPresent()) {
            if (from.isPresent() || to.isPresent()) {
                Node extra = from.isPresent() ? from.get() : to.get();
                throw extra.error("A DEADLINE target has a \"date\", or a range \"from\" … \"to\", not both", null)
                        .withHint("Write a range as \"from\" and \"to\", without \"date\"");
            }
            return Target.by(date.get().date());
        }
        if (from.isEmpty() || to.isEmpty()) {
            throw node.error("A DEADLINE target needs a \"date\", or \"from\" and \"to\" for a range", null)
                    .withHint("Add \"date\": \"2024-06-30\"");
        }
        LocalDate first = from.get().date();
        LocalDate last = to.get().date();
        return to.get().build(() -> Target.between(first, last));
    }

    private static QuarterValues quarters(Node node, UnitKind unit) {
        ImmutableList<Node> values = node.array(4);
        return QuarterValues.of(value(values.get(0), unit), value(values.get(1), unit), value(values.get(2), unit),
                value(values.get(3), unit));
    }

    private static Reported reported(Node node, UnitKind unit) {
        Fields reported = node.fields("the reported values", "actual", "halfYear", "percent", "score", "evidence",
                "remarks");
        return new Reported(reported.optional("actual", value -> value(value, unit), Value.NOT_REPORTED),
                reported.optional("percent").map(Node::decimal), reported.optional("score").map(Node::decimal),
                reported.optional("evidence").map(Node::string), reported.optional("remarks").map(Node::string),
                reported.optional("halfYear", value -> value(value, unit), Value.NOT_REPORTED));
    }

    /** A value of an indicator: a date for a date indicator, else an amount; null is nothing reported. */
    private static Value value(Node node, UnitKind unit) {
        if (node.isNull()) {
            return Value.NOT_REPORTED;
        }
        return unit == UnitKind.DATE ? Value.of(node.date()) : Value.of(node.decimal());
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
