package org.citizencharter.examples.cli;

import java.math.BigDecimal;
import java.util.Optional;
import org.citizencharter.core.Finding;
import org.citizencharter.core.InvalidInputException;

/**
 * The small JSON documents of the command's own ({@code validate --format json}, {@code rollup --format json}),
 * written by hand: ASCII-safe escapes, numbers from {@link BigDecimal#toPlainString()}, nothing that depends on
 * the default locale. Not thread-safe; used once.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder(256);
    private boolean first = true;

    JsonText object() {
        comma();
        out.append('{');
        first = true;
        return this;
    }

    JsonText end() {
        out.append('}');
        first = false;
        return this;
    }

    JsonText array(String name) {
        name(name);
        out.append('[');
        first = true;
        return this;
    }

    JsonText endArray() {
        out.append(']');
        first = false;
        return this;
    }

    JsonText name(String name) {
        comma();
        string(name);
        out.append(':');
        first = true;
        return this;
    }

    JsonText field(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        first = false;
        return this;
    }

    JsonText field(String name, Optional<?> value) {
        return field(name, value.map(Object::toString).orElse(null));
    }

    JsonText field(String name, long value) {
        name(name);
        out.append(value);
        first = false;
        return this;
    }

    JsonText field(String name, BigDecimal value) {
        name(name);
        out.append(value == null ? "null" : value.toPlainString());
        first = false;
        return this;
    }

    /** A finding as data: where, what, and its message in both languages. */
    JsonText finding(Finding finding) {
        object().field("id", finding.id()).field("severity", finding.severity().name())
                .field("area", finding.area()).field("indicator", finding.indicator())
                .field("quarter", finding.quarter()).field("expected", finding.expected())
                .field("actual", finding.actual());
        name("message").object().field("bn", finding.message().bn()).field("en", finding.message().en()).end();
        return end();
    }

    /** An input error as data: the source, line (a table's row), column, JSON pointer, offending text. */
    JsonText error(InvalidInputException error, String message) {
        object().field("source", error.source());
        if (error.line().isPresent()) {
            field("line", error.line().getAsLong());
        } else {
            field("line", (String) null);
        }
        if (error.column().isPresent()) {
            field("column", error.column().getAsLong());
        } else {
            field("column", (String) null);
        }
        return field("columnName", error.columnName()).field("pointer", error.pointer())
                .field("text", error.text()).field("problem", error.problem()).field("message", message).end();
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
