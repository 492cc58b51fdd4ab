package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.citizencharter.core.InvalidInputException;

/** What every document shares: its {@code "schemaVersion"}. Stateless. */
final class Documents {

    /** The version of the documents this charter reads and writes. */
    static final int SCHEMA_VERSION = 1;

    /** The name of the version field, written first in every document. */
    static final String VERSION_FIELD = "schemaVersion";

    private Documents() {
    }

    /**
     * Checks that a document is of the version this charter reads.
     *
     * @param document the document's fields
     * @throws InvalidInputException if the version is missing or another
     */
    static void checkVersion(Fields document) {
        Node version = document.required(VERSION_FIELD);
        if (version.integer() != SCHEMA_VERSION) {
            throw version.error("The schema version is not one this charter reads (" + SCHEMA_VERSION + ")",
                    version.text()).withHint("Read it with a charter that knows its version");
        }
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
