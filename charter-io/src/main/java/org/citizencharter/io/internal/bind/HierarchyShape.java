package org.citizencharter.io.internal.bind;

import java.util.List;

/** The office hierarchy document: {@code {"schemaVersion": 1, "offices": [...], "extensions": {...}}}. */
public final class HierarchyShape extends Shape {

    private static final List<String> NAMES = List.of("schemaVersion", "offices", "extensions");

    /** The version of the document's schema. */
    public Scalar schemaVersion;
    /** The offices. */
    public Items<OfficeShape> offices;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "an office hierarchy document";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public HierarchyShape fresh() {
        return new HierarchyShape();
    }
}

