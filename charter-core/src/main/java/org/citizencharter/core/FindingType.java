package org.citizencharter.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The consistency catalogue: every finding charter's default rules report, with its stable id, its
 * default severity and its message in Bengali and English.
 *
 * <p>The ids (the constants' names) are part of the public contract. Severities are defaults: a
 * {@link ScoringPolicy} may change them. Rule authors may report findings with ids of their own,
 * which are not in this catalogue. The messages are {@link MessageTemplate ICU message templates}
 * kept in {@code org/citizencharter/core/findings_bn.properties} and {@code findings_en.properties};
 * the arguments each takes are listed beside each constant.
 */
public enum FindingType {
    /** The weights of an area's indicators do not add up to the area's weight. Arguments: area, areaWeight, indicatorWeights. */
    AREA_WEIGHT_MISMATCH(Severity.ERROR),
    /** The area weights do not add up to the plan's declared total, or to the conventional total of its kind. Arguments: total, expected, source (declared or conventional). */
    PLAN_WEIGHT_MISMATCH(Severity.WARNING),
    /** Two indicators, activities or areas share a code; both are kept. Arguments: code, what (area, activity, indicator), count. */
    DUPLICATE_CODE(Severity.ERROR),
    /** An indicator's code does not extend its activity's, or an activity's its area's. Arguments: code, parent, what (activity, indicator). */
    CODE_HIERARCHY_MISMATCH(Severity.ERROR),
    /** An indicator has no target (a date: no deadline), a zero target, or fewer than five graded columns. Arguments: indicator. */
    TARGET_MISSING(Severity.ERROR),
    /** An indicator has no weight (an alternative indicator has none of its own, and is not this). Arguments: indicator. */
    WEIGHT_MISSING(Severity.ERROR),
    /** Graded targets are not strictly ordered in one direction. Arguments: indicator, columns (a list). */
    TARGETS_NOT_MONOTONIC(Severity.ERROR),
    /** The quarterly targets of a SUM indicator do not add up to the annual target. Arguments: indicator, quarterlySum, annual. */
    QUARTER_TARGETS_MISMATCH(Severity.WARNING),
    /** A closed quarter of a number or percent indicator has nothing reported, in a plan that reports by quarter. Arguments: indicator, quarter. */
    QUARTER_MISSING(Severity.WARNING),
    /** A value is reported for a quarter after the report's quarter, or a completion date falls after the end of the report's quarter (it does not count). Arguments: indicator, quarter, asOf. */
    FUTURE_QUARTER_REPORTED(Severity.ERROR),
    /** A completion date stands in the column of a quarter it does not fall in. Arguments: indicator, quarter, date. */
    COMPLETION_DATE_MISPLACED(Severity.WARNING),
    /** A target or achievement is negative. Arguments: indicator, value, field (target or achievement). */
    NEGATIVE_VALUE(Severity.ERROR),
    /** A percent indicator's target or achieved value is above 100 or below 0 (a reported percent achieved may exceed 100). Arguments: indicator, value. */
    PERCENT_OUT_OF_RANGE(Severity.ERROR),
    /** The achievement is better than a usable annual target in the indicator's direction (never for dates). Arguments: indicator, achieved, target. */
    OVER_ACHIEVEMENT(Severity.WARNING),
    /** A CUMULATIVE series goes down from one quarter to the next. Arguments: indicator, quarter, previous, value. */
    CUMULATIVE_DECREASE(Severity.WARNING),
    /** A percent indicator summed, or a date indicator with a method other than DATE. Arguments: indicator, unit, method. */
    AGGREGATION_UNIT_MISMATCH(Severity.WARNING),
    /** The reported actual, or a reported half-year subtotal, differs from what the quarters give. Arguments: indicator, reported, computed, field (actual or halfYear). */
    REPORTED_TOTAL_MISMATCH(Severity.ERROR),
    /** The reported percent matches neither percent of the annual target nor of the target to date; with nothing achieved, it is not 0. Arguments: indicator, reported, ofAnnual, toDate. */
    REPORTED_PERCENT_MISMATCH(Severity.ERROR),
    /** The reported obtained score differs from the computed score. Arguments: indicator, reported, computed. */
    REPORTED_SCORE_MISMATCH(Severity.ERROR),
    /** A date target or completion date falls outside the plan's fiscal year. Arguments: indicator, date, fiscalYear. */
    DATE_OUTSIDE_FISCAL_YEAR(Severity.WARNING),
    /** A date indicator is not completed and its deadline is past. Arguments: indicator, deadline. */
    DEADLINE_MISSED(Severity.WARNING),
    /** In a roll-up, an office under the rolled-up office has no plan or report for the period. Arguments: office (its name), officeId, period. */
    SUBORDINATE_REPORT_MISSING(Severity.WARNING);

    private final Severity defaultSeverity;
    private MessageTemplate template;

    FindingType(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    static {
        Properties bn = load("findings_bn.properties");
        Properties en = load("findings_en.properties");
        for (FindingType type : values()) {
            String bnPattern = bn.getProperty(type.name());
            String enPattern = en.getProperty(type.name());
            if (bnPattern == null || enPattern == null) {
                throw new IllegalStateException("The message of finding " + type + " is missing");
            }
            type.template = MessageTemplate.of(bnPattern, enPattern);
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = FindingType.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + name + " is missing from charter-core");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The finding's stable id, the constant's name ("AREA_WEIGHT_MISMATCH").
     *
     * @return the id
     */
    public String id() {
        return name();
    }

    /**
     * The severity the default policy gives the finding.
     *
     * @return the severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * The finding's message template.
     *
     * @return the template
     */
    public MessageTemplate template() {
        return template;
    }

    /**
     * Writes the finding's message with arguments.
     *
     * @param arguments the named arguments listed for the constant
     * @return the message in Bengali and English
     */
    public BilingualText message(Map<String, ?> arguments) {
        return template.format(arguments);
    }

    /**
     * The catalogue entry with an id, if the id is in the catalogue.
     *
     * @param id the finding id
     * @return the entry, or empty for an id of a rule author's own
     */
    public static Optional<FindingType> find(String id) {
        for (FindingType type : values()) {
            if (type.name().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
