package org.citizencharter.io.internal.bind;

import org.citizencharter.core.Extensions;

/**
 * An {@code "extensions"} object, kept as canonical JSON text, with where it stood. Not thread-safe.
 */
public final class Extension extends Located {

    private final String json;

    /**
     * The extensions.
     *
     * @param json the object in canonical form; "" for an empty object
     */
    public Extension(String json) {
        this.json = json;
    }

    @Override
    String describe() {
        return "an object";
    }

    /**
     * The extensions in the model.
     *
     * @return the extensions, {@link Extensions#NONE} for an empty object
     */
    public Extensions extensions() {
        return json.isEmpty() ? Extensions.NONE : Extensions.of(json);
    }
}
