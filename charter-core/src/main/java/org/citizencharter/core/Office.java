package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A government office: its id, its name in Bengali and English, its level, and the office it
 * answers to.
 *
 * <p>Offices form an {@link OfficeHierarchy}; an office on its own only names its parent. Immutable.
 *
 * @param id the office's id
 * @param name the office's name
 * @param level where the office stands
 * @param parent the office it answers to, or empty for the top of a hierarchy
 * @param extensions the host's own data about the office
 */
public record Office(OfficeId id, BilingualText name, OfficeLevel level, Optional<OfficeId> parent,
        Extensions extensions) {

    /**
     * Checks the parts.
     *
     * @param id the office's id
     * @param name the office's name
     * @param level where the office stands
     * @param parent the office it answers to
     * @param extensions the host's own data
     */
    public Office {
        requireNonNull(extensions, "extensions");
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(level, "level");
        requireNonNull(parent, "parent");
        if (parent.isPresent() && parent.get().equals(id)) {
            throw InvalidInputException.of("An office cannot answer to itself", id.value());
        }
    }

    /**
     * An office without extensions.
     *
     * @param id the office's id
     * @param name the office's name
     * @param level where the office stands
     * @param parent the office it answers to, or empty
     */
    public Office(OfficeId id, BilingualText name, OfficeLevel level, Optional<OfficeId> parent) {
        this(id, name, level, parent, Extensions.NONE);
    }

    /**
     * An office at the top of a hierarchy, answering to no one in it.
     *
     * @param id the id
     * @param name the name
     * @param level the level
     * @return the office
     */
    public static Office of(OfficeId id, BilingualText name, OfficeLevel level) {
        return new Office(id, name, level, Optional.empty());
    }

    /**
     * An office that answers to a parent.
     *
     * @param id the id
     * @param name the name
     * @param level the level
     * @param parent the parent's id
     * @return the office
     */
    public static Office of(OfficeId id, BilingualText name, OfficeLevel level, OfficeId parent) {
        return new Office(id, name, level, Optional.of(parent));
    }

    /**
     * An office known only by its id: its name is the id, its level {@link OfficeLevel#OTHER}.
     *
     * @param id the id
     * @return the office
     */
    public static Office named(String id) {
        return of(OfficeId.of(id), BilingualText.of(id, id), OfficeLevel.OTHER);
    }

    /**
     * This office answering to another parent.
     *
     * @param newParent the parent's id
     * @return a new office
     */
    public Office withParent(OfficeId newParent) {
        return new Office(id, name, level, Optional.of(newParent), extensions);
    }

    /**
     * This office with the host's own data.
     *
     * @param newExtensions the extensions
     * @return a new office
     */
    public Office withExtensions(Extensions newExtensions) {
        return new Office(id, name, level, parent, newExtensions);
    }
}
