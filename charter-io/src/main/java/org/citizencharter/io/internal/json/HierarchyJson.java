package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.io.internal.bind.HierarchyShape;
import org.citizencharter.io.internal.bind.Items;
import org.citizencharter.io.internal.bind.OfficeShape;
import org.citizencharter.io.internal.bind.Shape;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The office hierarchy document: {@code {"schemaVersion": 1, "offices": [...], "extensions": {...}}}, each
 * office naming its parent. Two offices with one id and a parent not in the list are errors at the office at fault; a
 * cycle is an error at the list. Stateless.
 */
public final class HierarchyJson {

    private HierarchyJson() {
    }

    /**
     * Reads an office hierarchy document.
     *
     * @param document the document, as bound
     * @return the hierarchy
     */
    public static OfficeHierarchy read(HierarchyShape document) {
        document.checkVersion(document.schemaVersion, Documents.SCHEMA_VERSION);
        Items<OfficeShape> list = document.required(document.offices, "offices");
        ImmutableList<Office> offices = list.list(OfficeShape::office);
        Map<OfficeId, Integer> first = new HashMap<>();
        for (int i = 0; i < offices.size(); i++) {
            Integer earlier = first.putIfAbsent(offices.get(i).id(), i);
            if (earlier != null) {
                throw list.get(i).id.error("Two offices have the same id: this one and item " + earlier
                        + " of \"offices\"", offices.get(i).id().value());
            }
        }
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            if (office.parent().isPresent() && !first.containsKey(office.parent().get())) {
                throw list.get(i).parent.error("The parent of office (" + office.id()
                        + ") is not in the hierarchy", office.parent().get().value())
                        .withHint("Add the office " + office.parent().get() + ", or leave the parent out");
            }
        }
        Extensions extensions = Shape.extensions(document.extensions);
        return list.place().build(() -> OfficeHierarchy.of(offices, extensions));
    }

    /**
     * Writes an office hierarchy document in canonical form.
     *
     * @param hierarchy the hierarchy
     * @param out the generator
     * @throws IOException if writing fails
     */
    public static void write(OfficeHierarchy hierarchy, JsonGenerator out) throws IOException {
        Documents.start(out);
        out.writeArrayFieldStart("offices");
        for (Office office : hierarchy.offices()) {
            OfficeJson.write(office, out);
        }
        out.writeEndArray();
        ExtensionsJson.write(hierarchy.extensions(), out);
        out.writeEndObject();
    }
}
