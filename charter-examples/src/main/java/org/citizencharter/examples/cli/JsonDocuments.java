package org.citizencharter.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Finding;
import org.citizencharter.core.InvalidInputException;

/**
 * The small JSON documents of the command's own ({@code validate --format json}, {@code rollup --format json}),
 * built as Jackson trees and written by Jackson: members in the order they are put, numbers exact and plain
 * ({@code 25.00}, never {@code 2.5E+1}), nothing that depends on the default locale. Thread-safe.
 */
final class JsonDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonDocuments() {
    }

    /** A new, empty object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A document as one line of JSON, without a line end.
     *
     * @param document the document
     * @return its JSON
     */
    static String write(ObjectNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A tree of the command's own cannot be written", impossible);
        }
    }

    /** Puts a text, or null when there is none. */
    static ObjectNode put(ObjectNode object, String name, Optional<?> value) {
        return object.put(name, value.map(Object::toString).orElse(null));
    }

    /** Puts both languages of a text: {"bn": …, "en": …}. */
    static ObjectNode put(ObjectNode object, String name, BilingualText text) {
        object.putObject(name).put("bn", text.bn()).put("en", text.en());
        return object;
    }

    /**
     * A finding as data: where, what, and its message in both languages.
     *
     * @param finding the finding
     * @param into the object to fill
     */
    static void finding(Finding finding, ObjectNode into) {
        into.put("id", finding.id()).put("severity", finding.severity().name());
        put(into, "area", finding.area());
        put(into, "indicator", finding.indicator());
        put(into, "quarter", finding.quarter());
        put(into, "expected", finding.expected());
        put(into, "actual", finding.actual());
        put(into, "message", finding.message());
    }

    /**
     * An input error as data: the source, line (a table's row), column, JSON pointer, offending text, the
     * problem in English and the message as a person reads it.
     *
     * @param error the error
     * @param message the message in the command's language
     * @param into the object to fill
     */
    static void error(InvalidInputException error, String message, ObjectNode into) {
        put(into, "source", error.source());
        if (error.line().isPresent()) {
            into.put("line", error.line().getAsLong());
        } else {
            into.putNull("line");
        }
        if (error.column().isPresent()) {
            into.put("column", error.column().getAsLong());
        } else {
            into.putNull("column");
        }
        put(into, "columnName", error.columnName());
        put(into, "pointer", error.pointer());
        put(into, "text", error.text());
        into.put("problem", error.problem()).put("message", message);
    }
}
