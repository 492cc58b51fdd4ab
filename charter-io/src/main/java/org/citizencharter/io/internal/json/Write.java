package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Value;

/** Writes the small values every document shares, in their canonical form. Stateless. */
final class Write {

    private Write() {
    }

    /**
     * The canonical text of a number: plain, in ASCII digits, with its scale (3.0 stays "3.0"); a number
     * of negative scale (1E+2) is written as the whole number it is ("100").
     *
     * @param value the number
     * @return the text
     */
    static String plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    /**
     * Writes a number field, whatever the generator's settings for big decimals.
     *
     * @param out the generator
     * @param name the field
     * @param value the number
     * @throws IOException if writing fails
     */
    static void number(JsonGenerator out, String name, BigDecimal value) throws IOException {
        out.writeFieldName(name);
        out.writeNumber(plain(value));
    }

    /**
     * Writes an array field of numbers.
     *
     * @param out the generator
     * @param name the field
     * @param values the numbers
     * @throws IOException if writing fails
     */
    static void numbers(JsonGenerator out, String name, Iterable<BigDecimal> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (BigDecimal value : values) {
            out.writeNumber(plain(value));
        }
        out.writeEndArray();
    }

    /**
     * Writes a text field as {@code {"bn": ..., "en": ...}}.
     *
     * @param out the generator
     * @param name the field
     * @param text the text
     * @throws IOException if writing fails
     */
    static void text(JsonGenerator out, String name, BilingualText text) throws IOException {
        out.writeObjectFieldStart(name);
        out.writeStringField("bn", text.bn());
        out.writeStringField("en", text.en());
        out.writeEndObject();
    }

    /**
     * Writes a value as an element: a number, an ISO date, or null for nothing reported.
     *
     * @param out the generator
     * @param value the value
     * @throws IOException if writing fails
     */
    static void value(JsonGenerator out, Value value) throws IOException {
        if (value instanceof Value.Amount amount) {
            out.writeNumber(plain(amount.value()));
        } else if (value instanceof Value.OnDate date) {
            out.writeString(date.value().toString());
        } else {
            out.writeNull();
        }
    }

    /**
     * Writes a field whose value is a thing's canonical text ({@code toString()}), or null.
     *
     * @param out the generator
     * @param name the field
     * @param value the thing, or empty
     * @throws IOException if writing fails
     */
    static void stringOrNull(JsonGenerator out, String name, Optional<?> value) throws IOException {
        out.writeFieldName(name);
        if (value.isPresent()) {
            out.writeString(value.get().toString());
        } else {
            out.writeNull();
        }
    }
}
