package org.citizencharter.io.internal.json;

import java.math.BigDecimal;

/**
 * A JSON number as written in a document: its text, never a binary number. Immutable.
 *
 * @param text the number's text, as written
 */
public record JsonNumber(String text) {

    /**
     * The number as an exact decimal.
     *
     * @return the decimal
     */
    public BigDecimal decimal() {
        return new BigDecimal(text);
    }

    /**
     * Whether the number is the whole number given, written as a whole number.
     *
     * @param value the whole number
     * @return true if it is
     */
    public boolean is(long value) {
        return text.equals(Long.toString(value));
    }
}
