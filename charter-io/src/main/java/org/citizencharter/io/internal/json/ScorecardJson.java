package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Explanation;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Grade;
import org.citizencharter.core.GradeBand;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.PolicyRef;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Value;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;

/**
 * The scorecard document: a {@link Scorecard} with the fields of {@code domain.md} §6 and everything
 * else it holds.
 *
 * <p>Figures (scores, percents, achievements and targets) are written as JSON numbers rounded HALF_UP to
 * the rounding scale when they have more decimals than it (a figure with fewer is written as it is: 20
 * stays 20). Rounding loses precision, so each object that holds a rounded figure also holds an
 * {@code "exact"} object with the exact value of every figure whose number is not exact, as a decimal
 * string; reading takes the exact value, after checking that the number is that value rounded. See
 * {@code docs/json-format.md}. Stateless.
 */
public final class ScorecardJson {

    private static final String EXACT = "exact";

    /**
     * The most digits a scorecard's figure may have before the point, and after it, written out: what charter
     * writes from any plan it reads. A percent is 100 times a quotient of two plan quantities of up to
     * {@link Numerals#MAX_DIGITS} digits each side (an achievement a sum of four), so up to 123 digits before
     * the point and, to 34 significant digits, some 154 after; a total weight is a sum of a plan's weights.
     */
    static final int FIGURE_DIGITS = 160;

    private ScorecardJson() {
    }

    /**
     * Checks a rounding scale by the rule of {@link ScoringPolicy#roundingScale()}.
     *
     * @param scale the decimals of written figures
     * @return the scale
     * @throws InvalidInputException if a policy could not have it
     */
    public static int checkRoundingScale(int scale) {
        ScoringPolicy.defaults().toBuilder().roundingScale(scale).build();
        return scale;
    }

    /**
     * Reads a scorecard document.
     *
     * @param root the document
     * @return the scorecard
     */
    public static Scorecard read(Node root) {
        Fields card = root.fields("a scorecard document", Documents.VERSION_FIELD, "office", "fiscalYear", "asOf",
                "kind", "policy", "totalWeight", "totalScore", "percentOfTotal", "areas", "indicators", "findings",
                EXACT, "extensions");
        Documents.checkVersion(card);
        Fields policy = card.required("policy").fields("the policy of a scorecard", "id", "version", "roundingScale");
        Node scaleNode = policy.required("roundingScale");
        int scale = scaleNode.build(() -> checkRoundingScale(scaleNode.integer()));
        Exact exact = new Exact(card, scale, "totalScore", "percentOfTotal");
        return new Scorecard(OfficeJson.read(card.required("office")),
                card.required("kind").constant(PlanKind.class),
                ReportingPeriod.of(card.required("fiscalYear").parse(FiscalYear::parse),
                        card.required("asOf").parse(Quarter::parse)),
                new PolicyRef(policy.required("id").string(), policy.required("version").string(), scale),
                card.required("totalWeight").weight(FIGURE_DIGITS),
                exact.figure(card, "totalScore"),
                exact.optionalFigure(card, "percentOfTotal"),
                card.required("areas").list(area -> area(area, scale)),
                card.required("indicators").list(indicator -> indicator(indicator, scale)),
                card.required("findings").list(ScorecardJson::finding),
                card.extensions());
    }

    private static AreaResult area(Node node, int scale) {
        Fields area = node.fields("an area's result", "code", "name", "weight", "score", EXACT, "extensions");
        return new AreaResult(area.required("code").parse(AreaCode::parse), OfficeJson.text(area.required("name")),
                area.required("weight").weight(FIGURE_DIGITS), new Exact(area, scale, "score").figure(area, "score"),
                area.extensions());
    }

    private static IndicatorResult indicator(Node node, int scale) {
        Fields result = node.fields("an indicator's result", "code", "area", "activity", "name", "weight", "method",
                "status", "annualTarget", "targetToDate", "achieved", "percentOfAnnualTarget", "percentOfTargetToDate",
                "score", "onTrackScore", "explanation", EXACT, "extensions");
        Exact exact = new Exact(result, scale, "annualTarget", "targetToDate", "achieved", "percentOfAnnualTarget",
                "percentOfTargetToDate", "score", "onTrackScore");
        return new IndicatorResult(result.required("code").parse(IndicatorCode::parse),
                result.required("area").parse(AreaCode::parse),
                result.required("activity").parse(ActivityCode::parse),
                OfficeJson.text(result.required("name")),
                result.nullable("weight").map(weight -> weight.weight(FIGURE_DIGITS)),
                result.required("method").constant(CalculationMethod.class),
                result.required("status").constant(ScoreStatus.class),
                exact.value(result, "achieved"),
                exact.value(result, "annualTarget"),
                exact.value(result, "targetToDate"),
                exact.optionalFigure(result, "percentOfAnnualTarget"),
                exact.optionalFigure(result, "percentOfTargetToDate"),
                exact.figure(result, "score"),
                exact.figure(result, "onTrackScore"),
                explanation(result.required("explanation")),
                result.extensions());
    }

    private static Explanation explanation(Node node) {
        Fields explanation = node.fields("an explanation", "formula", "detail", "band", "notes");
        Optional<GradeBand> band = explanation.nullable("band").map(value -> {
            Fields columns = value.fields("a grade band", "reached", "next");
            Optional<Grade> reached = columns.nullable("reached").map(grade -> grade.constant(Grade.class));
            Optional<Grade> next = columns.nullable("next").map(grade -> grade.constant(Grade.class));
            return value.build(() -> new GradeBand(reached, next));
        });
        return new Explanation(explanation.required("formula").string(), explanation.required("detail").string(),
                band, explanation.required("notes").list(Node::string));
    }

    private static Finding finding(Node node) {
        Fields finding = node.fields("a finding", "id", "severity", "area", "activity", "indicator", "quarter",
                "expected", "actual", "message", "arguments");
        Node id = finding.required("id");
        String idText = id.string();
        Severity severity = finding.required("severity").constant(Severity.class);
        Optional<AreaCode> area = finding.nullable("area").map(code -> code.parse(AreaCode::parse));
        Optional<ActivityCode> activity = finding.optional("activity").map(code -> code.parse(ActivityCode::parse));
        Optional<IndicatorCode> indicator = finding.nullable("indicator").map(code -> code.parse(IndicatorCode::parse));
        Optional<Quarter> quarter = finding.nullable("quarter").map(value -> value.parse(Quarter::parse));
        Optional<String> expected = finding.nullable("expected").map(Node::string);
        Optional<String> actual = finding.nullable("actual").map(Node::string);
        MutableMap<String, String> arguments = Maps.mutable.empty();
        for (Map.Entry<String, Node> argument : finding.required("arguments").map().entrySet()) {
            arguments.put(argument.getKey(), argument.getValue().string());
        }
        ImmutableMap<String, String> frozen = arguments.toImmutable();
        return id.build(() -> new Finding(idText, severity, area, activity, indicator, quarter, expected, actual,
                OfficeJson.text(finding.required("message")), frozen));
    }

    /** The figures of one object and its {@code "exact"} object, read together. */
    private static final class Exact {
        private final Optional<Fields> exact;
        private final int scale;

        Exact(Fields owner, int scale, String... figures) {
            this.exact = owner.optional(EXACT).map(node -> node.fields("the exact figures", figures));
            this.scale = scale;
        }

        BigDecimal figure(Fields owner, String name) {
            return figure(owner.required(name), name);
        }

        Optional<BigDecimal> optionalFigure(Fields owner, String name) {
            Optional<Node> shown = owner.nullable(name);
            if (shown.isEmpty()) {
                noExact(name);
                return Optional.empty();
            }
            return Optional.of(figure(shown.get(), name));
        }

        /** A value: a number is an amount, a string a date, null nothing. */
        Value value(Fields owner, String name) {
            Optional<Node> shown = owner.nullable(name);
            if (shown.isEmpty() || shown.get().isString()) {
                noExact(name);
                return shown.isEmpty() ? Value.NOT_REPORTED : Value.of(shown.get().date());
            }
            return Value.of(figure(shown.get(), name));
        }

        private BigDecimal figure(Node shown, String name) {
            BigDecimal rounded = shown.decimal(FIGURE_DIGITS);
            Optional<Node> exactNode = exact.flatMap(fields -> fields.optional(name));
            if (exactNode.isEmpty()) {
                return rounded;
            }
            BigDecimal value = exactNode.get().exactDecimal(FIGURE_DIGITS);
            if (round(value, scale).compareTo(rounded) != 0) {
                throw shown.error("The figure is not its exact value (" + value + ") rounded to " + scale
                        + " decimals", shown.text()).withHint("Write the exact value rounded HALF_UP, or leave out"
                                + " the exact value");
            }
            return value;
        }

        private void noExact(String name) {
            Optional<Node> exactNode = exact.flatMap(fields -> fields.optional(name));
            if (exactNode.isPresent()) {
                throw exactNode.get().error("There is an exact value, but the figure \"" + name
                        + "\" is not a number", exactNode.get().text());
            }
        }
    }

    /**
     * A figure as it is written: HALF_UP to the scale if it has more decimals, as it is otherwise.
     *
     * @param value the exact figure
     * @param scale the rounding scale
     * @return the figure written
     */
    static BigDecimal round(BigDecimal value, int scale) {
        if (value.scale() > scale) {
            return value.setScale(scale, RoundingMode.HALF_UP);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * A decimal's plain text rounded HALF_UP to fewer decimals: the text of
     * {@code new BigDecimal(plain).setScale(scale, RoundingMode.HALF_UP)}, with no division.
     *
     * @param plain a decimal in plain notation ({@code [-]digits.digits}) with more than {@code scale} decimals
     * @param scale the decimals to keep, 0 or more
     * @return the rounded decimal's plain text
     */
    static String roundedText(String plain, int scale) {
        int point = plain.indexOf('.');
        int dropped = point + 1 + scale;
        StringBuilder text = new StringBuilder(dropped + 1).append(plain, 0, scale == 0 ? point : dropped);
        int first = plain.charAt(0) == '-' ? 1 : 0;
        boolean carry = plain.charAt(dropped) >= '5';
        for (int i = text.length() - 1; carry && i >= first; i--) {
            char c = text.charAt(i);
            if (c == '9') {
                text.setCharAt(i, '0');
            } else if (c != '.') {
                text.setCharAt(i, (char) (c + 1));
                carry = false;
            }
        }
        if (carry) {
            text.insert(first, '1');
        }
        if (first == 1 && isZero(text)) {
            // A decimal has no negative zero: -0.004 is 0.00.
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    private static boolean isZero(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '1' && text.charAt(i) <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a scorecard document in canonical form.
     *
     * @param card the scorecard
     * @param scale the rounding scale of its figures
     * @param out the generator
     * @throws IOException if writing fails
     */
    public static void write(Scorecard card, int scale, JsonGenerator out) throws IOException {
        Documents.start(out);
        out.writeFieldName("office");
        OfficeJson.write(card.office(), out);
        out.writeStringField("fiscalYear", card.fiscalYear().toString());
        out.writeStringField("asOf", card.period().asOf().name());
        out.writeStringField("kind", card.kind().name());
        out.writeObjectFieldStart("policy");
        out.writeStringField("id", card.policy().id());
        out.writeStringField("version", card.policy().version());
        out.writeNumberField("roundingScale", scale);
        out.writeEndObject();
        Write.number(out, "totalWeight", card.totalWeight().value());
        Figures figures = new Figures(out, scale);
        figures.figure("totalScore", card.totalScore());
        figures.optionalFigure("percentOfTotal", card.percentOfTotal());
        out.writeArrayFieldStart("areas");
        for (AreaResult area : card.areas()) {
            out.writeStartObject();
            out.writeStringField("code", area.code().toString());
            Write.text(out, "name", area.name());
            Write.number(out, "weight", area.weight().value());
            Figures areaFigures = new Figures(out, scale);
            areaFigures.figure("score", area.score());
            areaFigures.writeExact();
            ExtensionsJson.write(area.extensions(), out);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("indicators");
        for (IndicatorResult indicator : card.indicators()) {
            write(indicator, scale, out);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("findings");
        for (Finding finding : card.findings()) {
            write(finding, out);
        }
        out.writeEndArray();
        figures.writeExact();
        ExtensionsJson.write(card.extensions(), out);
        out.writeEndObject();
    }

    private static void write(IndicatorResult result, int scale, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("code", result.code().toString());
        out.writeStringField("area", result.area().toString());
        out.writeStringField("activity", result.activity().toString());
        Write.text(out, "name", result.name());
        if (result.weight().isPresent()) {
            Write.number(out, "weight", result.weight().get().value());
        } else {
            out.writeNullField("weight");
        }
        out.writeStringField("method", result.method().name());
        out.writeStringField("status", result.status().name());
        Figures figures = new Figures(out, scale);
        figures.value("annualTarget", result.annualTarget());
        figures.value("targetToDate", result.targetToDate());
        figures.value("achieved", result.achieved());
        figures.optionalFigure("percentOfAnnualTarget", result.percentOfAnnualTarget());
        figures.optionalFigure("percentOfTargetToDate", result.percentOfTargetToDate());
        figures.figure("score", result.score());
        figures.figure("onTrackScore", result.onTrackScore());
        Explanation explanation = result.explanation();
        out.writeObjectFieldStart("explanation");
        out.writeStringField("formula", explanation.formula());
        out.writeStringField("detail", explanation.detail());
        out.writeFieldName("band");
        if (explanation.band().isPresent()) {
            out.writeStartObject();
            Write.stringOrNull(out, "reached", explanation.band().get().reached());
            Write.stringOrNull(out, "next", explanation.band().get().next());
            out.writeEndObject();
        } else {
            out.writeNull();
        }
        out.writeArrayFieldStart("notes");
        for (String note : explanation.notes()) {
            out.writeString(note);
        }
        out.writeEndArray();
        out.writeEndObject();
        figures.writeExact();
        ExtensionsJson.write(result.extensions(), out);
        out.writeEndObject();
    }

    private static void write(Finding finding, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", finding.id());
        out.writeStringField("severity", finding.severity().name());
        Write.stringOrNull(out, "area", finding.area());
        Write.stringOrNull(out, "activity", finding.activity());
        Write.stringOrNull(out, "indicator", finding.indicator());
        Write.stringOrNull(out, "quarter", finding.quarter());
        Write.stringOrNull(out, "expected", finding.expected());
        Write.stringOrNull(out, "actual", finding.actual());
        Write.text(out, "message", finding.message());
        out.writeObjectFieldStart("arguments");
        for (String name : finding.arguments().keysView().toSortedList()) {
            out.writeStringField(name, finding.arguments().get(name));
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    /** Writes the figures of one object, rounded, and remembers the exact values to write after them. */
    private static final class Figures {
        private final JsonGenerator out;
        private final int scale;
        private final List<String[]> exact = new ArrayList<>();

        Figures(JsonGenerator out, int scale) {
            this.out = out;
            this.scale = scale;
        }

        void figure(String name, BigDecimal value) throws IOException {
            if (value.scale() > scale) {
                // Rounded from the exact value's text, which is written too, rather than by dividing.
                String text = Write.decimal(value);
                if (text.indexOf('E') < 0) {
                    out.writeFieldName(name);
                    out.writeNumber(roundedText(text, scale));
                    exact.add(new String[] {name, text});
                    return;
                }
            }
            BigDecimal shown = round(value, scale);
            Write.number(out, name, shown);
            if (!shown.equals(value)) {
                exact.add(new String[] {name, Write.decimal(value)});
            }
        }

        void optionalFigure(String name, Optional<BigDecimal> value) throws IOException {
            if (value.isPresent()) {
                figure(name, value.get());
            } else {
                out.writeNullField(name);
            }
        }

        void value(String name, Value value) throws IOException {
            if (value instanceof Value.Amount amount) {
                figure(name, amount.value());
            } else {
                out.writeFieldName(name);
                Write.value(out, value);
            }
        }

        void writeExact() throws IOException {
            if (exact.isEmpty()) {
                return;
            }
            out.writeObjectFieldStart(EXACT);
            for (String[] figure : exact) {
                out.writeStringField(figure[0], figure[1]);
            }
            out.writeEndObject();
        }
    }
}
