package org.citizencharter.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plan document's shape as plain records, for {@link JsonCpu} {@code -Drecords}: what Jackson's databind
 * costs to bind a plan's bytes to records of its members (its bean deserializers, numbers as
 * {@code BigDecimal}, unknown members refused), against its tree. Only the shape: what depends on an
 * indicator's unit (its target, quarters and reported actual) stays a {@link JsonNode}, the names are not
 * checked, and nothing becomes charter's model; so it bounds from below what a reading of plans by
 * databind's bean deserializers could cost.
 *
 * @param schemaVersion the schema version
 * @param office the office
 * @param fiscalYear the fiscal year
 * @param kind the plan's kind
 * @param asOf the quarter
 * @param declaredTotal the declared total
 * @param areas the areas
 * @param extensions the extensions
 */
record PlanShape(int schemaVersion, Office office, String fiscalYear, String kind, String asOf,
        BigDecimal declaredTotal, List<Area> areas, JsonNode extensions) {

    /** The reader: a mapper that refuses unknown members and reads decimals as {@code BigDecimal}. */
    static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readerFor(PlanShape.class);

    /**
     * A name in both languages.
     *
     * @param bn Bengali
     * @param en English
     */
    record Text(String bn, String en) {
    }

    /**
     * An office.
     *
     * @param id id
     * @param name name
     * @param level level
     * @param parent parent
     * @param extensions extensions
     */
    record Office(String id, Text name, String level, String parent, JsonNode extensions) {
    }

    /**
     * A unit.
     *
     * @param kind kind
     * @param label label
     */
    record Unit(String kind, String label) {
    }

    /**
     * What was reported.
     *
     * @param actual actual
     * @param percent percent
     * @param score score
     * @param evidence evidence
     * @param remarks remarks
     * @param halfYear half-year subtotal
     */
    record Reported(JsonNode actual, BigDecimal percent, BigDecimal score, String evidence, String remarks,
            JsonNode halfYear) {
    }

    /**
     * An indicator.
     *
     * @param code code
     * @param name name
     * @param unit unit
     * @param weight weight
     * @param polarity polarity
     * @param method method
     * @param target target
     * @param quarters quarters
     * @param reported reported
     * @param extensions extensions
     */
    record Indicator(String code, Text name, Unit unit, BigDecimal weight, String polarity, String method,
            JsonNode target, List<JsonNode> quarters, Reported reported, JsonNode extensions) {
    }

    /**
     * An activity.
     *
     * @param code code
     * @param name name
     * @param indicators indicators
     * @param extensions extensions
     */
    record Activity(String code, Text name, List<Indicator> indicators, JsonNode extensions) {
    }

    /**
     * An area.
     *
     * @param code code
     * @param name name
     * @param weight weight
     * @param activities activities
     * @param extensions extensions
     */
    record Area(String code, Text name, BigDecimal weight, List<Activity> activities, JsonNode extensions) {
    }
}
