package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.FiscalYearRange;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Weight;
import org.citizencharter.io.internal.bind.Located;
import org.citizencharter.io.internal.bind.Members;
import org.citizencharter.io.internal.bind.PolicyShape;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.Shape;

/**
 * The scoring policy document: a {@link ScoringPolicy} as data. Only the id and the version are
 * required; a field left out takes the value of {@link ScoringPolicy#defaults()}, and a map given
 * ({@code "severities"}, {@code "conventionalTotals"}) replaces the default's as a whole. Each value is
 * checked by the policy's own rules, and an error names the field at fault. The host's {@code "extensions"}
 * are kept and written back. Stateless.
 */
public final class PolicyJson {

    private PolicyJson() {
    }

    /**
     * Reads a scoring policy document.
     *
     * @param document the document, as bound
     * @return the policy
     */
    public static ScoringPolicy read(PolicyShape document) {
        try {
            // A policy is checked whole once; field by field (a policy built for each) only to find the fault.
            return read(document, false);
        } catch (InvalidInputException invalid) {
            return read(document, true);
        }
    }

    /** Reads the document, checking each value as it is set if asked to, so that an error names its field. */
    private static ScoringPolicy read(PolicyShape document, boolean eachField) {
        document.checkVersion(document.schemaVersion, Documents.SCHEMA_VERSION);
        ScoringPolicy.Builder policy = ScoringPolicy.defaults().toBuilder();
        Scalar id = document.required(document.id, "id");
        set(policy, id, builder -> builder.id(id.string()), eachField);
        Scalar version = document.required(document.version, "version");
        set(policy, version, builder -> builder.version(version.string()), eachField);
        if (document.fiscalYears != null) {
            set(policy, document.fiscalYears,
                    builder -> builder.fiscalYears(fiscalYears(document.fiscalYears)), eachField);
        }
        if (document.severities != null) {
            policy.severities(Map.of());
            for (Map.Entry<String, Scalar> entry : document.severities.map().entrySet()) {
                Severity severity = entry.getValue().constant(Severity.class);
                try {
                    policy.severity(entry.getKey(), severity);
                    if (eachField) {
                        policy.build();
                    }
                } catch (InvalidInputException badId) {
                    throw document.severities.nameError(entry.getValue(), badId.problem(),
                            "Write it like OVER_ACHIEVEMENT");
                }
            }
        }
        Scalar tolerance = Shape.optional(document.tolerance);
        if (tolerance != null) {
            set(policy, tolerance, builder -> builder.tolerance(tolerance.decimal()), eachField);
        }
        if (document.conventionalTotals != null) {
            Map<PlanKind, Weight> byKind = new EnumMap<>(PlanKind.class);
            for (Map.Entry<String, Scalar> entry : document.conventionalTotals.map().entrySet()) {
                byKind.put(kind(document.conventionalTotals, entry.getValue()), entry.getValue().weight());
            }
            policy.conventionalTotals(byKind);
        }
        Scalar counts = Shape.optional(document.missingQuarterCountsZero);
        if (counts != null) {
            set(policy, counts, builder -> builder.missingQuarterCountsZero(counts.bool()), eachField);
        }
        Scalar scale = Shape.optional(document.roundingScale);
        if (scale != null) {
            set(policy, scale, builder -> builder.roundingScale(scale.integer()), eachField);
        }
        Scalar digits = Shape.optional(document.divisionPrecision);
        if (digits != null) {
            set(policy, digits, builder -> builder.divisionPrecision(digits.integer()), eachField);
        }
        policy.extensions(Shape.extensions(document.extensions));
        return policy.build();
    }

    /** Sets a value on the builder and, if asked to, checks it at once, so that an error names its field. */
    private static void set(ScoringPolicy.Builder policy, Located value, Consumer<ScoringPolicy.Builder> change,
            boolean check) {
        change.accept(policy);
        if (check) {
            value.build(policy::build);
        }
    }

    private static FiscalYearRange fiscalYears(PolicyShape.FiscalYearsShape range) {
        Scalar first = Shape.optional(range.from);
        Scalar last = Shape.optional(range.until);
        Optional<FiscalYear> from = first == null ? Optional.empty() : Optional.of(first.parse(FiscalYear::parse));
        Optional<FiscalYear> until = last == null ? Optional.empty() : Optional.of(last.parse(FiscalYear::parse));
        return range.build(() -> new FiscalYearRange(from, until));
    }

    /** The kind of plan a member of "conventionalTotals" is keyed by. */
    private static PlanKind kind(Members totals, Scalar total) {
        for (PlanKind kind : PlanKind.values()) {
            if (kind.name().equals(total.memberName())) {
                return kind;
            }
        }
        throw totals.nameError(total, "The key is not a kind of plan", "Use one of CITIZEN_CHARTER, GRS, NIS, RTI, EGOV,"
                + " APA, OTHER");
    }

    /**
     * Writes a scoring policy document in canonical form: every field, severities by finding id in
     * alphabetical order, conventional totals in the order of {@link PlanKind}, then the extensions if
     * there are any.
     *
     * @param policy the policy
     * @param out the generator
     * @throws IOException if writing fails
     */
    public static void write(ScoringPolicy policy, JsonGenerator out) throws IOException {
        Documents.start(out);
        out.writeStringField("id", policy.id());
        out.writeStringField("version", policy.version());
        out.writeObjectFieldStart("fiscalYears");
        if (policy.fiscalYears().from().isPresent()) {
            out.writeStringField("from", policy.fiscalYears().from().get().toString());
        }
        if (policy.fiscalYears().until().isPresent()) {
            out.writeStringField("until", policy.fiscalYears().until().get().toString());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("severities");
        for (Map.Entry<String, Severity> entry : new TreeMap<>(policy.severities().castToMap()).entrySet()) {
            out.writeStringField(entry.getKey(), entry.getValue().name());
        }
        out.writeEndObject();
        Write.number(out, "tolerance", policy.tolerance());
        out.writeObjectFieldStart("conventionalTotals");
        for (PlanKind kind : PlanKind.values()) {
            Weight total = policy.conventionalTotals().get(kind);
            if (total != null) {
                Write.number(out, kind.name(), total.value());
            }
        }
        out.writeEndObject();
        out.writeBooleanField("missingQuarterCountsZero", policy.missingQuarterCountsZero());
        out.writeNumberField("roundingScale", policy.roundingScale());
        out.writeNumberField("divisionPrecision", policy.divisionPrecision());
        ExtensionsJson.write(policy.extensions(), out);
        out.writeEndObject();
    }
}
