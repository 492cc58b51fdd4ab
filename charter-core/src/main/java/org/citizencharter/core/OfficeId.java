package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

/**
 * The identifier a host system gives an office, such as {@code "coop-district-coxsbazar"} or a
 * number from a government register.
 *
 * <p>Any text of 1 to 128 characters without control characters and without white space at either
 * end. {@link #toString()} returns the text itself, which {@link #parse(String)} reads back.
 * Immutable.
 *
 * @param value the identifier
 */
public record OfficeId(String value) implements Comparable<OfficeId> {

    /** The longest identifier accepted. */
    public static final int MAX_LENGTH = 128;

    /**
     * Checks the identifier.
     *
     * @param value the identifier
     */
    public OfficeId {
        requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw InvalidInputException.of("An office id must have 1 to " + MAX_LENGTH + " characters", value);
        }
        // As value.strip() would find it, without a copy: white space is judged by code point.
        if (Character.isWhitespace(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length()))) {
            throw InvalidInputException.of("An office id must not begin or end with white space", value);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw InvalidInputException.of("An office id must not hold control characters", value);
            }
        }
    }

    /**
     * The office id with a value.
     *
     * @param value the identifier
     * @return the id
     */
    public static OfficeId of(String value) {
        return new OfficeId(value);
    }

    /**
     * Reads an office id; the same as {@link #of(String)}.
     *
     * @param text the identifier
     * @return the id
     */
    public static OfficeId parse(String text) {
        return new OfficeId(text);
    }

    @Override
    public int compareTo(OfficeId other) {
        return value.compareTo(other.value);
    }

    /**
     * The identifier itself.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
