package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** What every document shares: its {@code "schemaVersion"}. Stateless. */
final class Documents {

    /** The version of the documents this charter reads and writes. */
    static final int SCHEMA_VERSION = 1;

    /** The name of the version field, written first in every document. */
    static final String VERSION_FIELD = "schemaVersion";

    private Documents() {
    }

    /**
     * Starts a document: its object and its version.
     *
     * @param out the generator
     * @throws IOException if writing fails
     */
    static void start(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField(VERSION_FIELD, SCHEMA_VERSION);
    }
}
