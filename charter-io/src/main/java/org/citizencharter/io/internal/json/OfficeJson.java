package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;

/**
 * Offices and texts, as every document writes them:
 * {@code {"id": ..., "name": {"bn": ..., "en": ...}, "level": ..., "parent": ..., "extensions": ...}}.
 * Stateless.
 */
final class OfficeJson {

    private OfficeJson() {
    }

    /**
     * Reads an office.
     *
     * @param node the office's object
     * @return the office
     */
    static Office read(Node node) {
        Fields office = fields(node);
        OfficeId id = office.required("id").parse(OfficeId::of);
        BilingualText name = text(office.required("name"));
        OfficeLevel level = office.required("level").constant(OfficeLevel.class);
        Optional<Node> parent = office.optional("parent");
        Optional<OfficeId> parentId = parent.map(value -> value.parse(OfficeId::of));
        Extensions extensions = office.extensions();
        return parent.orElse(node).build(() -> new Office(id, name, level, parentId, extensions));
    }

    /**
     * The fields of an office's object, checked against the ones an office has.
     *
     * @param node the office's object
     * @return its fields
     */
    static Fields fields(Node node) {
        return node.fields("an office", "id", "name", "level", "parent", "extensions");
    }

    /**
     * Reads a text in Bengali and English; a language left out is empty.
     *
     * @param node the text's object
     * @return the text
     */
    static BilingualText text(Node node) {
        Fields text = node.fields("a text in Bengali and English", "bn", "en");
        return BilingualText.of(text.text("bn"), text.text("en"));
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
