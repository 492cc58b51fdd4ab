package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
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
     * @param root the document
     * @return the hierarchy
     */
    public static OfficeHierarchy read(Node root) {
        Fields document = root.fields("an office hierarchy document", Documents.VERSION_FIELD, "offices",
                "extensions");
        Documents.checkVersion(document);
        Node list = document.required("offices");
        ImmutableList<Node> nodes = list.array();
        ImmutableList<Office> offices = nodes.collect(OfficeJson::read);
        Map<OfficeId, Integer> first = new HashMap<>();
        for (int i = 0; i < offices.size(); i++) {
            Integer earlier = first.putIfAbsent(offices.get(i).id(), i);
            if (earlier != null) {
                Node id = field(nodes.get(i), "id");
                throw id.error("Two offices have the same id: this one and item " + earlier + " of \"offices\"",
                        offices.get(i).id().value());
            }
        }
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            if (office.parent().isPresent() && !first.containsKey(office.parent().get())) {
                throw field(nodes.get(i), "parent").error("The parent of office (" + office.id()
                        + ") is not in the hierarchy", office.parent().get().value())
                        .withHint("Add the office " + office.parent().get() + ", or leave the parent out");
            }
        }
        Extensions extensions = document.extensions();
        return list.build(() -> OfficeHierarchy.of(offices, extensions));
    }

    private static Node field(Node office, String name) {
        return OfficeJson.fields(office).required(name);
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
