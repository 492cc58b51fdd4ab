package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.BilingualText;
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
import org.citizencharter.io.internal.bind.AreaResultShape;
import org.citizencharter.io.internal.bind.ExactShape;
import org.citizencharter.io.internal.bind.ExplanationShape;
import org.citizencharter.io.internal.bind.FindingShape;
import org.citizencharter.io.internal.bind.GradeBandShape;
import org.citizencharter.io.internal.bind.IndicatorResultShape;
import org.citizencharter.io.internal.bind.PolicyRefShape;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.ScorecardShape;
import org.citizencharter.io.internal.bind.Shape;
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
     * @param card the document, as bound
     * @return the scorecard
     */
    public static Scorecard read(ScorecardShape card) {
        card.checkVersion(card.schemaVersion, Documents.SCHEMA_VERSION);
        PolicyRefShape policy = card.required(card.policy, "policy");
        Scalar scaleValue = policy.required(policy.roundingScale, "roundingScale");
        int scale = scaleValue.build(() -> checkRoundingScale(scaleValue.integer()));
        Exact exact = new Exact(card.exact, scale);
        return new Scorecard(card.required(card.office, "office").office(),
                card.required(card.kind, "kind").constant(PlanKind.class),
                ReportingPeriod.of(card.required(card.fiscalYear, "fiscalYear").parse(FiscalYear::parse),
                        card.required(card.asOf, "asOf").parse(Quarter::parse)),
                new PolicyRef(policy.required(policy.id, "id").string(),
                        policy.required(policy.version, "version").string(), scale),
                card.required(card.totalWeight, "totalWeight").weight(FIGURE_DIGITS),
                exact.figure(card.required(card.totalScore, "totalScore"), "totalScore"),
                exact.optionalFigure(nullable(card, card.percentOfTotal, "percentOfTotal"), "percentOfTotal"),
                card.required(card.areas, "areas").list(area -> area(area, scale)),
                card.required(card.indicators, "indicators").list(indicator -> indicator(indicator, scale)),
                card.required(card.findings, "findings").list(ScorecardJson::finding),
                Shape.extensions(card.extensions));
    }

    /** A member that must be written but may be null: its value, or null for JSON null. */
    private static Scalar nullable(Shape owner, Scalar value, String name) {
        if (value == null) {
            // Absent: the error of a required member.
            owner.required(value, name);
        }
        return Shape.optional(value);
    }

    private static AreaResult area(AreaResultShape area, int scale) {
        return new AreaResult(area.required(area.code, "code").parse(AreaCode::parse),
                area.required(area.name, "name").bilingual(),
                area.required(area.weight, "weight").weight(FIGURE_DIGITS),
                new Exact(area.exact, scale).figure(area.required(area.score, "score"), "score"),
                Shape.extensions(area.extensions));
    }

    private static IndicatorResult indicator(IndicatorResultShape result, int scale) {
        Exact exact = new Exact(result.exact, scale);
        Scalar weight = nullable(result, result.weight, "weight");
        return new IndicatorResult(result.required(result.code, "code").parse(IndicatorCode::parse),
                result.required(result.area, "area").parse(AreaCode::parse),
                result.required(result.activity, "activity").parse(ActivityCode::parse),
                result.required(result.name, "name").bilingual(),
                weight == null ? Optional.empty() : Optional.of(weight.weight(FIGURE_DIGITS)),
                result.required(result.method, "method").constant(CalculationMethod.class),
                result.required(result.status, "status").constant(ScoreStatus.class),
                exact.value(nullable(result, result.achieved, "achieved"), "achieved"),
                exact.value(nullable(result, result.annualTarget, "annualTarget"), "annualTarget"),
                exact.value(nullable(result, result.targetToDate, "targetToDate"), "targetToDate"),
                exact.optionalFigure(nullable(result, result.percentOfAnnualTarget, "percentOfAnnualTarget"),
                        "percentOfAnnualTarget"),
                exact.optionalFigure(nullable(result, result.percentOfTargetToDate, "percentOfTargetToDate"),
                        "percentOfTargetToDate"),
                exact.figure(result.required(result.score, "score"), "score"),
                exact.figure(result.required(result.onTrackScore, "onTrackScore"), "onTrackScore"),
                explanation(result.required(result.explanation, "explanation")),
                Shape.extensions(result.extensions));
    }

    private static Explanation explanation(ExplanationShape explanation) {
        Optional<GradeBand> band = Optional.empty();
        if (explanation.written(explanation.band, "band") == null) {
            explanation.required(explanation.band, "band");
        }
        if (explanation.band != null) {
            GradeBandShape columns = explanation.band;
            Scalar reachedValue = nullable(columns, columns.reached, "reached");
            Scalar nextValue = nullable(columns, columns.next, "next");
            Optional<Grade> reached = reachedValue == null ? Optional.empty()
                    : Optional.of(reachedValue.constant(Grade.class));
            Optional<Grade> next = nextValue == null ? Optional.empty() : Optional.of(nextValue.constant(Grade.class));
            band = Optional.of(columns.build(() -> new GradeBand(reached, next)));
        }
        return new Explanation(explanation.required(explanation.formula, "formula").string(),
                explanation.required(explanation.detail, "detail").string(), band,
                explanation.required(explanation.notes, "notes").list(Scalar::string));
    }

    private static Finding finding(FindingShape finding) {
        Scalar id = finding.required(finding.id, "id");
        String idText = id.string();
        Severity severity = finding.required(finding.severity, "severity").constant(Severity.class);
        Optional<AreaCode> area = code(nullable(finding, finding.area, "area"), AreaCode::parse);
        Optional<ActivityCode> activity = code(Shape.optional(finding.activity), ActivityCode::parse);
        Optional<IndicatorCode> indicator = code(nullable(finding, finding.indicator, "indicator"),
                IndicatorCode::parse);
        Optional<Quarter> quarter = code(nullable(finding, finding.quarter, "quarter"), Quarter::parse);
        Scalar expectedValue = nullable(finding, finding.expected, "expected");
        Scalar actualValue = nullable(finding, finding.actual, "actual");
        Optional<String> expected = expectedValue == null ? Optional.empty() : Optional.of(expectedValue.string());
        Optional<String> actual = actualValue == null ? Optional.empty() : Optional.of(actualValue.string());
        MutableMap<String, String> arguments = Maps.mutable.empty();
        for (Map.Entry<String, Scalar> argument : finding.required(finding.arguments, "arguments").map().entrySet()) {
            arguments.put(argument.getKey(), argument.getValue().string());
        }
        ImmutableMap<String, String> frozen = arguments.toImmutable();
        BilingualText message = finding.required(finding.message, "message").bilingual();
        return id.build(() -> new Finding(idText, severity, area, activity, indicator, quarter, expected, actual,
                message, frozen));
    }

    private static <T> Optional<T> code(Scalar value, Function<String, T> parser) {
        return value == null ? Optional.empty() : Optional.of(value.parse(parser));
    }

    /** The figures of one object and its {@code "exact"} object, read together. */
    private static final class Exact {
        private final ExactShape exact;
        private final int scale;

        Exact(ExactShape exact, int scale) {
            this.exact = exact;
            this.scale = scale;
        }

        Optional<BigDecimal> optionalFigure(Scalar shown, String name) {
            if (shown == null) {
                noExact(name);
                return Optional.empty();
            }
            return Optional.of(figure(shown, name));
        }

        /** A value: a number is an amount, a string a date, null nothing. */
        Value value(Scalar shown, String name) {
            if (shown == null || shown.isString()) {
                noExact(name);
                return shown == null ? Value.NOT_REPORTED : Value.of(shown.date());
            }
            return Value.of(figure(shown, name));
        }

        BigDecimal figure(Scalar shown, String name) {
            BigDecimal rounded = shown.decimal(FIGURE_DIGITS);
            Scalar exactValue = exact == null ? null : Shape.optional(exact.figure(name));
            if (exactValue == null) {
                return rounded;
            }
            BigDecimal value = exactValue.exactDecimal(FIGURE_DIGITS);
            if (rounded(exactValue.written(), value, scale).compareTo(rounded) != 0) {
                throw shown.error("The figure is not its exact value (" + value + ") rounded to " + scale
                        + " decimals", shown.written()).withHint("Write the exact value rounded HALF_UP, or leave out"
                                + " the exact value");
            }
            return value;
        }

        private void noExact(String name) {
            Scalar exactValue = exact == null ? null : Shape.optional(exact.figure(name));
            if (exactValue != null) {
                throw exactValue.error("There is an exact value, but the figure \"" + name + "\" is not a number",
                        exactValue.written());
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
     * {@link #round}, from the exact value's text where it is plain and has more decimals than the scale: the
     * digits rounded as text ({@link #roundedText}), not by a division of the 34-digit value.
     *
     * @param text the exact value as written
     * @param value the exact value
     * @param scale the rounding scale
     * @return the figure written
     */
    static BigDecimal rounded(String text, BigDecimal value, int scale) {
        if (value.scale() > scale && text.indexOf('E') < 0) {
            return new BigDecimal(roundedText(text, scale));
        }
        return round(value, scale);
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
