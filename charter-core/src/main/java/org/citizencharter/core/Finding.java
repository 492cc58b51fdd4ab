package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;

/**
 * An inconsistency found in a plan or report: a data problem, returned beside the scores.
 *
 * <p>A finding has a stable id (from the {@link FindingType catalogue} or a rule author's own), a
 * severity, where it is (area, indicator, quarter; a finding about the plan or an area has no
 * indicator), the expected and actual values in canonical ASCII form, its message in Bengali and
 * English, and the arguments the message was written with, so that a host can write it again in its
 * own words. Findings sort in a {@link #ORDER deterministic order}. Immutable.
 *
 * @param id the finding's id, such as "REPORTED_TOTAL_MISMATCH": capital letters, digits and
 *     underscores, starting with a letter
 * @param severity how serious it is
 * @param area the area it is about, if any
 * @param activity the activity it is about (its own, or its indicator's), if any
 * @param indicator the indicator it is about, if any
 * @param quarter the quarter it is about, if any
 * @param expected the value expected, in canonical form ("20")
 * @param actual the value found, in canonical form ("60")
 * @param message the message in Bengali and English
 * @param arguments the message's arguments in canonical form, by name
 */
public record Finding(String id, Severity severity, Optional<AreaCode> area, Optional<ActivityCode> activity,
        Optional<IndicatorCode> indicator,
        Optional<Quarter> quarter, Optional<String> expected, Optional<String> actual, BilingualText message,
        ImmutableMap<String, String> arguments) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /**
     * The order in which findings are returned: about the plan first, then by area and indicator
     * code, then by severity (errors first), id and quarter; ties broken by the remaining fields, so
     * that the order is total and the same on every run.
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::area, emptyFirst(AreaCode::compareTo))
            .thenComparing(Finding::activity, emptyFirst(ActivityCode::compareTo))
            .thenComparing(Finding::indicator, emptyFirst(IndicatorCode::compareTo))
            .thenComparing(Finding::severity)
            .thenComparing(Finding::id)
            .thenComparing(Finding::quarter, emptyFirst(Quarter::compareTo))
            .thenComparing(Finding::expected, emptyFirst(String::compareTo))
            .thenComparing(Finding::actual, emptyFirst(String::compareTo))
            .thenComparing(finding -> finding.message().en())
            .thenComparing(finding -> finding.message().bn())
            .thenComparing(finding -> finding.arguments().keyValuesView().toSortedList().toString());

    private static <T> Comparator<Optional<T>> emptyFirst(Comparator<T> order) {
        return (a, b) -> a.isPresent() && b.isPresent() ? order.compare(a.get(), b.get())
                : Boolean.compare(a.isPresent(), b.isPresent());
    }

    /**
     * Checks the parts.
     *
     * @param id the id
     * @param severity the severity
     * @param area the area
     * @param activity the activity
     * @param indicator the indicator
     * @param quarter the quarter
     * @param expected the expected value
     * @param actual the actual value
     * @param message the message
     * @param arguments the arguments
     */
    public Finding {
        requireNonNull(activity, "activity");
        requireNonNull(id, "id");
        requireNonNull(severity, "severity");
        requireNonNull(area, "area");
        requireNonNull(indicator, "indicator");
        requireNonNull(quarter, "quarter");
        requireNonNull(expected, "expected");
        requireNonNull(actual, "actual");
        requireNonNull(message, "message");
        requireNonNull(arguments, "arguments");
        if (!ID.matcher(id).matches()) {
            throw InvalidInputException.of("A finding id is written in capital letters, digits and underscores,"
                    + " starting with a letter", id).withHint("Write it like MY_FINDING");
        }
    }

    /**
     * A finding without an activity.
     *
     * @param id the id
     * @param severity the severity
     * @param area the area
     * @param indicator the indicator
     * @param quarter the quarter
     * @param expected the expected value
     * @param actual the actual value
     * @param message the message
     * @param arguments the arguments
     */
    public Finding(String id, Severity severity, Optional<AreaCode> area, Optional<IndicatorCode> indicator,
            Optional<Quarter> quarter, Optional<String> expected, Optional<String> actual, BilingualText message,
            ImmutableMap<String, String> arguments) {
        this(id, severity, area, Optional.empty(), indicator, quarter, expected, actual, message, arguments);
    }

    /**
     * Starts a finding of the catalogue with its default severity.
     *
     * @param type the catalogue entry
     * @return a builder
     */
    public static Builder of(FindingType type) {
        return new Builder(type.id(), type.defaultSeverity(), type.template());
    }

    /**
     * Starts a finding with an id of a rule author's own.
     *
     * @param id the id
     * @param severity the severity
     * @param template the message template
     * @return a builder
     */
    public static Builder of(String id, Severity severity, MessageTemplate template) {
        return new Builder(id, severity, template);
    }

    /**
     * The catalogue entry of this finding's id, if it is one.
     *
     * @return the entry, or empty for a rule author's own id
     */
    public Optional<FindingType> type() {
        return FindingType.find(id);
    }

    /**
     * This finding with another severity, as a policy assigns it.
     *
     * @param newSeverity the severity
     * @return a new finding
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(id, newSeverity, area, activity, indicator, quarter, expected, actual, message, arguments);
    }

    /**
     * Builds a {@link Finding}, writing its message from its template and arguments. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private Severity severity;
        private final MessageTemplate template;
        private AreaCode area;
        private ActivityCode activity;
        private IndicatorCode indicator;
        private Quarter quarter;
        private String expected;
        private String actual;
        private final MutableMap<String, Object> arguments = Maps.mutable.empty();

        private Builder(String id, Severity severity, MessageTemplate template) {
            this.id = requireNonNull(id, "id");
            this.severity = requireNonNull(severity, "severity");
            this.template = requireNonNull(template, "template");
        }

        /**
         * Sets the severity.
         *
         * @param newSeverity the severity
         * @return this builder
         */
        public Builder severity(Severity newSeverity) {
            this.severity = newSeverity;
            return this;
        }

        /**
         * Sets the area, and the message argument {@code area}.
         *
         * @param code the area's code
         * @return this builder
         */
        public Builder area(AreaCode code) {
            this.area = code;
            arguments.put("area", code);
            return this;
        }

        /**
         * Sets the activity the finding is about (its own field; not a message argument).
         *
         * @param code the activity's code
         * @return this builder
         */
        public Builder activity(ActivityCode code) {
            this.activity = code;
            return this;
        }

        /**
         * Sets the indicator, and the message argument {@code indicator}.
         *
         * @param code the indicator's code
         * @return this builder
         */
        public Builder indicator(IndicatorCode code) {
            this.indicator = code;
            arguments.put("indicator", code);
            return this;
        }

        /**
         * Sets the quarter, and the message argument {@code quarter}.
         *
         * @param newQuarter the quarter
         * @return this builder
         */
        public Builder quarter(Quarter newQuarter) {
            this.quarter = newQuarter;
            arguments.put("quarter", newQuarter);
            return this;
        }

        /**
         * Sets the expected value, in canonical form.
         *
         * @param value the value
         * @return this builder
         */
        public Builder expected(String value) {
            this.expected = value;
            return this;
        }

        /**
         * Sets the actual value, in canonical form.
         *
         * @param value the value
         * @return this builder
         */
        public Builder actual(String value) {
            this.actual = value;
            return this;
        }

        /**
         * Adds a message argument.
         *
         * @param name the argument's name in the template
         * @param value the value, of a type {@link MessageTemplate} writes
         * @return this builder
         */
        public Builder argument(String name, Object value) {
            arguments.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds message arguments.
         *
         * @param more the arguments, by name
         * @return this builder
         */
        public Builder arguments(Map<String, ?> more) {
            more.forEach(this::argument);
            return this;
        }

        /**
         * Builds the finding.
         *
         * @return the finding
         */
        public Finding build() {
            return new Finding(id, severity, Optional.ofNullable(area), Optional.ofNullable(activity),
                    Optional.ofNullable(indicator),
                    Optional.ofNullable(quarter), Optional.ofNullable(expected), Optional.ofNullable(actual),
                    template.format(arguments), MessageTemplate.canonical(arguments));
        }
    }
}
