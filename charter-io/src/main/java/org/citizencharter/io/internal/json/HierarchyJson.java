package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;

/**
 * The office hierarchy document: {@code {"schemaVersion": 1, "offices": [...], "extensions": {...}}}, each
 * office naming its parent. Two offices with one id and a parent not in the list are errors at the office at fault; a
 * cycle is an error at the list. Stateless.
 */
public final class HierarchyJson {

    private HierarchyJson() {
    }

    /**
     * Makes the office hierarchy of a document's shape, with its errors placed where the reading noted.
     *
     * @param document the document's shape
     * @param places where its values stood
     * @return the hierarchy
     * @throws InvalidInputException if something is missing or cannot be
     */
    public static OfficeHierarchy read(Shapes.Hierarchy document, Places places) {
        String what = Shapes.describe(Shapes.Hierarchy.class);
        Documents.checkVersion(places.required(document.schemaVersion(), "", what, Documents.VERSION_FIELD), places);
        Shapes.Office[] shapes = places.required(document.offices(), "", what, "offices");
        List<Office> offices = new ArrayList<>(shapes.length);
        for (int i = 0; i < shapes.length; i++) {
            offices.add(office(shapes[i], "/offices/" + i, places));
        }
        Map<OfficeId, Integer> first = new HashMap<>();
        for (int i = 0; i < offices.size(); i++) {
            Integer earlier = first.putIfAbsent(offices.get(i).id(), i);
            if (earlier != null) {
                throw places.error("/offices/" + i + "/id", "Two offices have the same id: this one and item " + earlier
                        + " of \"offices\"", offices.get(i).id().value());
            }
        }
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            if (office.parent().isPresent() && !first.containsKey(office.parent().get())) {
                throw places.error("/offices/" + i + "/parent", "The parent of office (" + office.id()
                        + ") is not in the hierarchy", office.parent().get().value())
                        .withHint("Add the office " + office.parent().get() + ", or leave the parent out");
            }
        }
        Extensions extensions = document.extensions() == null ? Extensions.NONE : document.extensions();
        return places.build("/offices", null, () -> OfficeHierarchy.of(offices, extensions));
    }

    /**
     * Makes an office of its shape.
     *
     * @param shape the office's shape, or null
     * @param pointer its pointer in the document
     * @param places where the document's values stood
     * @return the office
     */
    static Office office(Shapes.Office shape, String pointer, Places places) {
        String what = Shapes.describe(Shapes.Office.class);
        if (shape == null) {
            throw places.error(pointer, "Item " + pointer.substring(pointer.lastIndexOf('/') + 1)
                    + " of \"offices\" must be an object, not null", "null");
        }
        OfficeId id = places.required(shape.id(), pointer, what, "id");
        BilingualText name = places.required(shape.name(), pointer, what, "name");
        OfficeLevel level = places.required(shape.level(), pointer, what, "level");
        Optional<OfficeId> parent = Optional.ofNullable(shape.parent());
        Extensions extensions = shape.extensions() == null ? Extensions.NONE : shape.extensions();
        return places.build(parent.isPresent() ? pointer + "/parent" : pointer,
                parent.map(OfficeId::value).orElse(null), () -> new Office(id, name, level, parent, extensions));
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
