package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;

/**
 * The values of a scoring policy, as data: which fiscal years it governs, the severity of each finding,
 * how closely a reported value must match a computed one, the conventional plan totals, whether an
 * empty closed quarter counts as 0 in a sum, and how results are rounded.
 *
 * <p>{@link #defaults()} is exactly the contract of {@code domain.md}. A host changes a policy without
 * touching rules: {@code ScoringPolicy.defaults().toBuilder().severity("OVER_ACHIEVEMENT", Severity.INFO).build()}.
 * The APA gives way to GPMS from 2025-26, so an engine may hold several policies and choose one by
 * the plan's fiscal year. Immutable and thread-safe.
 *
 * @param id the policy's id, such as "charter-default": letters, digits, '.', '_' and '-'
 * @param version the policy's version, such as "2026.1"
 * @param fiscalYears the fiscal years the policy governs
 * @param severities severities that differ from the catalogue's defaults, by finding id (rule authors'
 *     own ids too)
 * @param tolerance how far, beyond the precision the office wrote, a reported value may be from the
 *     computed one and still match (0 in the default policy)
 * @param conventionalTotals the total of the area weights each kind of plan is expected to have
 * @param missingQuarterCountsZero whether a closed quarter with nothing reported counts 0 in a SUM
 *     (true in the default policy)
 * @param roundingScale the decimals of reported figures (2 in the default policy), rounded HALF_UP
 * @param divisionPrecision the significant digits of every division (16 in the default policy)
 * @param extensions the host's own data about the policy, kept and written back; scoring never reads it
 */
public record ScoringPolicy(String id, String version, FiscalYearRange fiscalYears,
        ImmutableMap<String, Severity> severities, BigDecimal tolerance, ImmutableMap<PlanKind, Weight> conventionalTotals,
        boolean missingQuarterCountsZero, int roundingScale, int divisionPrecision, Extensions extensions) {

    /** The id of the default policy. */
    public static final String DEFAULT_ID = "charter-default";
    /** The version of the default policy. */
    public static final String DEFAULT_VERSION = "2026.1";


    private static final int LEAST_PRECISION = 8;
    private static final int MOST_PRECISION = 34;

    /** The math context of each allowed precision, made once: scoring asks for it at every division. */
    private static final MathContext[] CONTEXTS = new MathContext[MOST_PRECISION + 1];

    static {
        for (int digits = LEAST_PRECISION; digits <= MOST_PRECISION; digits++) {
            CONTEXTS[digits] = new MathContext(digits, RoundingMode.HALF_UP);
        }
    }

    private static final ScoringPolicy DEFAULTS = new ScoringPolicy(DEFAULT_ID, DEFAULT_VERSION,
            FiscalYearRange.all(), Maps.immutable.empty(), BigDecimal.ZERO, defaultTotals(), true, 2, 16, Extensions.NONE);

    private static ImmutableMap<PlanKind, Weight> defaultTotals() {
        MutableMap<PlanKind, Weight> totals = Maps.mutable.empty();
        totals.put(PlanKind.CITIZEN_CHARTER, Weight.of(25));
        totals.put(PlanKind.GRS, Weight.of(25));
        totals.put(PlanKind.RTI, Weight.of(25));
        totals.put(PlanKind.EGOV, Weight.of(25));
        totals.put(PlanKind.NIS, Weight.of(50));
        totals.put(PlanKind.APA, Weight.of(100));
        return totals.toImmutable();
    }

    /**
     * Checks the values.
     *
     * @param id the id
     * @param version the version
     * @param fiscalYears the years governed
     * @param severities the severities by finding id
     * @param tolerance the matching tolerance
     * @param conventionalTotals the conventional totals
     * @param missingQuarterCountsZero whether empty quarters count 0 in sums
     * @param roundingScale the rounding scale
     * @param divisionPrecision the division precision
     * @param extensions the host's own data
     */
    public ScoringPolicy {
        requireNonNull(id, "id");
        requireNonNull(version, "version");
        requireNonNull(fiscalYears, "fiscalYears");
        requireNonNull(severities, "severities");
        requireNonNull(tolerance, "tolerance");
        requireNonNull(conventionalTotals, "conventionalTotals");
        requireNonNull(extensions, "extensions");
        if (!isName(id)) {
            throw InvalidInputException.of("A policy id has 1 to 64 letters, digits, '.', '_' or '-'", id);
        }
        if (!isName(version)) {
            throw InvalidInputException.of("A policy version has 1 to 64 letters, digits, '.', '_' or '-'", version);
        }
        if (tolerance.signum() < 0) {
            throw InvalidInputException.of("The tolerance must not be negative", tolerance.toPlainString());
        }
        if (roundingScale < 0 || roundingScale > 10) {
            throw InvalidInputException.of("The rounding scale must be 0 to 10", Integer.toString(roundingScale));
        }
        if (divisionPrecision < LEAST_PRECISION || divisionPrecision > MOST_PRECISION) {
            throw InvalidInputException.of("The division precision must be 8 to 34 significant digits",
                    Integer.toString(divisionPrecision));
        }
        severities.forEachKey(findingId -> {
            if (!isFindingId(findingId)) {
                throw InvalidInputException.of("A finding id is written in capital letters, digits and"
                        + " underscores", findingId);
            }
        });
    }

    /** Whether a text is a policy's id or version: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, without a regex. */
    private static boolean isName(String text) {
        if (text.isEmpty() || text.length() > 64 || !isAsciiLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is a finding id: {@code [A-Z][A-Z0-9_]{0,63}}, without a regex. */
    private static boolean isFindingId(String text) {
        if (text.isEmpty() || text.length() > 64 || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * A policy without extensions.
     *
     * @param id the id
     * @param version the version
     * @param fiscalYears the years governed
     * @param severities the severities by finding id
     * @param tolerance the matching tolerance
     * @param conventionalTotals the conventional totals
     * @param missingQuarterCountsZero whether empty quarters count 0 in sums
     * @param roundingScale the rounding scale
     * @param divisionPrecision the division precision
     */
    public ScoringPolicy(String id, String version, FiscalYearRange fiscalYears,
            ImmutableMap<String, Severity> severities, BigDecimal tolerance, ImmutableMap<PlanKind, Weight> conventionalTotals,
            boolean missingQuarterCountsZero, int roundingScale, int divisionPrecision) {
        this(id, version, fiscalYears, severities, tolerance, conventionalTotals, missingQuarterCountsZero, roundingScale,
                divisionPrecision, Extensions.NONE);
    }

    /**
     * The default policy: exactly the scoring contract of {@code domain.md}, governing every fiscal year.
     *
     * @return the default policy
     */
    public static ScoringPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder that starts from this policy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The policy's id and version.
     *
     * @return the reference a scorecard carries
     */
    public PolicyRef ref() {
        return new PolicyRef(id, version, roundingScale);
    }

    /**
     * The severity of a finding under this policy: the policy's own if it sets one, else the catalogue's
     * default, else the fallback (for a rule author's id the policy does not name).
     *
     * @param findingId the finding's id
     * @param fallback the severity to use when neither the policy nor the catalogue has one
     * @return the severity
     */
    public Severity severityOf(String findingId, Severity fallback) {
        Severity own = severities.get(findingId);
        if (own != null) {
            return own;
        }
        return FindingType.find(findingId).map(FindingType::defaultSeverity).orElse(fallback);
    }

    /**
     * The severity of a catalogue finding under this policy.
     *
     * @param type the catalogue entry
     * @return the severity
     */
    public Severity severityOf(FindingType type) {
        return severityOf(type.id(), type.defaultSeverity());
    }

    /**
     * The conventional total of a kind of plan, if the policy sets one.
     *
     * @param kind the kind
     * @return the total, or null if none is set (such as for {@link PlanKind#OTHER})
     */
    public Weight conventionalTotal(PlanKind kind) {
        return conventionalTotals.get(kind);
    }

    /**
     * The precision of divisions.
     *
     * @return a math context of {@link #divisionPrecision()} digits, HALF_UP
     */
    public MathContext mathContext() {
        return CONTEXTS[divisionPrecision];
    }

    /**
     * Rounds a computed figure as it is written: HALF_UP to {@link #roundingScale()} decimals.
     *
     * @param value the exact figure
     * @return the rounded figure
     */
    public BigDecimal round(BigDecimal value) {
        return ref().round(value);
    }

    /**
     * Builds a {@link ScoringPolicy}. Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private String version;
        private FiscalYearRange fiscalYears;
        private final MutableMap<String, Severity> severities;
        private BigDecimal tolerance;
        private final MutableMap<PlanKind, Weight> conventionalTotals;
        private boolean missingQuarterCountsZero;
        private int roundingScale;
        private int divisionPrecision;
        private Extensions extensions;

        private Builder(ScoringPolicy from) {
            this.id = from.id;
            this.version = from.version;
            this.fiscalYears = from.fiscalYears;
            this.severities = Maps.mutable.ofMap(from.severities.castToMap());
            this.tolerance = from.tolerance;
            this.conventionalTotals = Maps.mutable.ofMap(from.conventionalTotals.castToMap());
            this.missingQuarterCountsZero = from.missingQuarterCountsZero;
            this.roundingScale = from.roundingScale;
            this.divisionPrecision = from.divisionPrecision;
            this.extensions = from.extensions;
        }

        /**
         * Sets the id.
         *
         * @param newId the id
         * @return this builder
         */
        public Builder id(String newId) {
            this.id = newId;
            return this;
        }

        /**
         * Sets the version.
         *
         * @param newVersion the version
         * @return this builder
         */
        public Builder version(String newVersion) {
            this.version = newVersion;
            return this;
        }

        /**
         * Sets the fiscal years governed.
         *
         * @param years the range
         * @return this builder
         */
        public Builder fiscalYears(FiscalYearRange years) {
            this.fiscalYears = years;
            return this;
        }

        /**
         * Sets the severity of a finding.
         *
         * @param findingId the finding's id (a catalogue id or a rule author's own)
         * @param severity the severity
         * @return this builder
         */
        public Builder severity(String findingId, Severity severity) {
            severities.put(findingId, severity);
            return this;
        }

        /**
         * Replaces every severity override.
         *
         * @param newSeverities the severities by finding id
         * @return this builder
         */
        public Builder severities(Map<String, Severity> newSeverities) {
            severities.clear();
            severities.putAll(newSeverities);
            return this;
        }

        /**
         * Sets the matching tolerance.
         *
         * @param newTolerance the tolerance
         * @return this builder
         */
        public Builder tolerance(BigDecimal newTolerance) {
            this.tolerance = newTolerance;
            return this;
        }

        /**
         * Sets the conventional total of a kind of plan.
         *
         * @param kind the kind
         * @param total the total
         * @return this builder
         */
        public Builder conventionalTotal(PlanKind kind, Weight total) {
            conventionalTotals.put(kind, total);
            return this;
        }

        /**
         * Replaces every conventional total.
         *
         * @param totals the totals by kind
         * @return this builder
         */
        public Builder conventionalTotals(Map<PlanKind, Weight> totals) {
            conventionalTotals.clear();
            conventionalTotals.putAll(totals);
            return this;
        }

        /**
         * Sets whether an empty closed quarter counts as 0 in a SUM.
         *
         * @param countsZero true to count it as 0
         * @return this builder
         */
        public Builder missingQuarterCountsZero(boolean countsZero) {
            this.missingQuarterCountsZero = countsZero;
            return this;
        }

        /**
         * Sets the rounding scale.
         *
         * @param scale the decimals of written figures
         * @return this builder
         */
        public Builder roundingScale(int scale) {
            this.roundingScale = scale;
            return this;
        }

        /**
         * Sets the precision of divisions.
         *
         * @param digits the significant digits
         * @return this builder
         */
        public Builder divisionPrecision(int digits) {
            this.divisionPrecision = digits;
            return this;
        }

        /**
         * Sets the host's own data.
         *
         * @param newExtensions the extensions, {@link Extensions#NONE} for none
         * @return this builder
         */
        public Builder extensions(Extensions newExtensions) {
            this.extensions = newExtensions;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public ScoringPolicy build() {
            return new ScoringPolicy(id, version, fiscalYears, severities.toImmutable(), tolerance,
                    conventionalTotals.toImmutable(), missingQuarterCountsZero, roundingScale, divisionPrecision,
                    extensions);
        }
    }
}
