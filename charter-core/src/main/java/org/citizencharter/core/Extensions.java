package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

/**
 * A host system's own data, carried through charter untouched: the {@code "extensions"} object of a
 * JSON document, kept as JSON text on the office, plan, area, activity, indicator or scorecard it came
 * with, and written back as it came. charter never reads it.
 *
 * <p>charter-io keeps the text in a canonical form (compact, as the host wrote the members, numbers as
 * written), so that a document read and written again is byte for byte the same. Immutable.
 *
 * @param json the extensions object as JSON text, such as {@code {"hostId":"A-17"}}; empty for none
 */
public record Extensions(String json) {

    /** No extensions. */
    public static final Extensions NONE = new Extensions("");

    /**
     * Checks that the text is empty or looks like a JSON object.
     *
     * @param json the JSON text
     */
    public Extensions {
        requireNonNull(json, "json");
        String stripped = json.strip();
        if (!json.isEmpty() && !(stripped.startsWith("{") && stripped.endsWith("}"))) {
            throw InvalidInputException.of("Extensions are a JSON object", json);
        }
    }

    /**
     * Extensions from JSON text.
     *
     * @param json a JSON object, such as {@code {"hostId":"A-17"}}
     * @return the extensions
     */
    public static Extensions of(String json) {
        return json.isEmpty() ? NONE : new Extensions(json);
    }

    /**
     * Whether there are none.
     *
     * @return true for {@link #NONE}
     */
    public boolean isEmpty() {
        return json.isEmpty();
    }
}
