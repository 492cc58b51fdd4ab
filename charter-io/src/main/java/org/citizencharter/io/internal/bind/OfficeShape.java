package org.citizencharter.io.internal.bind;

import java.util.List;
import java.util.Optional;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;

/** An office, as every document writes it: {@code {"id", "name", "level", "parent", "extensions"}}. */
public final class OfficeShape extends Shape {

    private static final List<String> NAMES = List.of("id", "name", "level", "parent", "extensions");

    /** The office's id. */
    public Scalar id;
    /** Its name. */
    public TextShape name;
    /** Its level. */
    public Scalar level;
    /** Its parent's id, if it has one. */
    public Scalar parent;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "an office";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public OfficeShape fresh() {
        return new OfficeShape();
    }

    /**
     * The office in the model.
     *
     * @return the office
     */
    public Office office() {
        OfficeId officeId = required(id, "id").parse(OfficeId::of);
        BilingualText text = required(name, "name").bilingual();
        OfficeLevel officeLevel = required(level, "level").constant(OfficeLevel.class);
        Scalar given = optional(parent);
        Optional<OfficeId> parentId = given == null ? Optional.empty() : Optional.of(given.parse(OfficeId::of));
        Extensions kept = extensions(extensions);
        Located at = given == null ? this : given;
        return at.build(() -> new Office(officeId, text, officeLevel, parentId, kept));
    }
}

