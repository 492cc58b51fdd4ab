package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.citizencharter.core.Office;

/**
 * Offices, as every document writes them:
 * {@code {"id": ..., "name": {"bn": ..., "en": ...}, "level": ..., "parent": ..., "extensions": ...}}
 * ({@link org.citizencharter.io.internal.bind.OfficeShape} reads them). Stateless.
 */
final class OfficeJson {

    private OfficeJson() {
    }

    /**
     * Writes an office.
     *
     * @param office the office
     * @param out the generator, where a value goes
     * @throws IOException if writing fails
     */
    static void write(Office office, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", office.id().value());
        Write.text(out, "name", office.name());
        out.writeStringField("level", office.level().name());
        if (office.parent().isPresent()) {
            out.writeStringField("parent", office.parent().get().value());
        }
        ExtensionsJson.write(office.extensions(), out);
        out.writeEndObject();
    }
}
