package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.primitive.ObjectIntMaps;

import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;
import org.eclipse.collections.api.map.primitive.MutableObjectIntMap;
import org.eclipse.collections.api.multimap.list.ImmutableListMultimap;
import org.eclipse.collections.api.multimap.list.MutableListMultimap;
import org.eclipse.collections.api.set.MutableSet;
import org.eclipse.collections.impl.factory.Multimaps;
import org.eclipse.collections.impl.factory.Sets;

/**
 * Offices and who answers to whom: upazila to district, district to division, and so on.
 *
 * <p>Built from a list of offices, each naming its parent. Construction rejects, with an
 * {@link InvalidInputException} that names the office, two offices with one id, a parent that is
 * not in the list, and a cycle (an office that, through its parents, answers to itself). Offices
 * whose parent is absent are the roots. Children and descendants come in the order the offices
 * were given. The hierarchy may carry the host's own data ({@link #extensions()}), which charter keeps
 * and writes back but never reads.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficeHierarchy {

    private static final OfficeHierarchy EMPTY = new OfficeHierarchy(Lists.immutable.empty(), Extensions.NONE);

    private final ImmutableList<Office> offices;
    private final ImmutableMap<OfficeId, Office> byId;
    private final ImmutableListMultimap<OfficeId, Office> children;
    private final Extensions extensions;

    private OfficeHierarchy(ImmutableList<Office> offices, Extensions extensions) {
        this.extensions = requireNonNull(extensions, "extensions");
        MutableMap<OfficeId, Office> index = Maps.mutable.empty();
        for (Office office : offices) {
            if (index.put(office.id(), office) != null) {
                throw InvalidInputException.of("Two offices have the same id", office.id().value());
            }
        }
        MutableListMultimap<OfficeId, Office> under = Multimaps.mutable.list.empty();
        for (Office office : offices) {
            if (office.parent().isPresent()) {
                OfficeId parent = office.parent().get();
                if (!index.containsKey(parent)) {
                    throw InvalidInputException.of("The parent of office (" + office.id()
                            + ") is not in the hierarchy", parent.value())
                            .withHint("Add the office " + parent + ", or leave the parent out");
                }
                under.put(parent, office);
            }
        }
        // Walks up from each office, numbering the walks: meeting an office of an earlier walk ends the walk (that
        // way leads to a root), meeting one of this walk again is a cycle. So all is linear, with one map.
        MutableObjectIntMap<OfficeId> walkOf = ObjectIntMaps.mutable.empty();
        int walk = 0;
        for (Office office : offices) {
            walk++;
            Optional<OfficeId> next = Optional.of(office.id());
            while (next.isPresent()) {
                int met = walkOf.getIfAbsent(next.get(), 0);
                if (met == walk) {
                    throw cycle(office, index);
                }
                if (met != 0) {
                    break;
                }
                walkOf.put(next.get(), walk);
                next = index.get(next.get()).parent();
            }
        }
        this.offices = offices;
        this.byId = index.toImmutable();
        this.children = under.toImmutable();
    }

    /** The error for the cycle met walking up from an office: the offices of the cycle, in their order. */
    private static InvalidInputException cycle(Office start, MutableMap<OfficeId, Office> index) {
        MutableSet<OfficeId> seen = Sets.mutable.empty();
        MutableList<OfficeId> path = Lists.mutable.empty();
        OfficeId next = start.id();
        while (seen.add(next)) {
            path.add(next);
            next = index.get(next).parent().orElseThrow();
        }
        path.add(next);
        return InvalidInputException.of("The offices answer to each other in a cycle",
                path.drop(path.indexOf(next)).makeString(" → "));
    }

    /**
     * A hierarchy of offices.
     *
     * @param offices the offices, each naming its parent
     * @return the hierarchy
     * @throws InvalidInputException for two offices with one id, an unknown parent, or a cycle
     */
    public static OfficeHierarchy of(Iterable<Office> offices) {
        requireNonNull(offices, "offices");
        return new OfficeHierarchy(Lists.immutable.withAll(offices), Extensions.NONE);
    }

    /**
     * A hierarchy of offices with the host's own data about it.
     *
     * @param offices the offices, each naming its parent
     * @param extensions the host's own data about the hierarchy as a whole
     * @return the hierarchy
     * @throws InvalidInputException for two offices with one id, an unknown parent, or a cycle
     */
    public static OfficeHierarchy of(Iterable<Office> offices, Extensions extensions) {
        requireNonNull(offices, "offices");
        return new OfficeHierarchy(Lists.immutable.withAll(offices), extensions);
    }

    /**
     * A hierarchy of offices.
     *
     * @param offices the offices, each naming its parent
     * @return the hierarchy
     * @throws InvalidInputException for two offices with one id, an unknown parent, or a cycle
     */
    public static OfficeHierarchy of(Office... offices) {
        return new OfficeHierarchy(Lists.immutable.of(offices), Extensions.NONE);
    }

    /**
     * The hierarchy without offices.
     *
     * @return the empty hierarchy
     */
    public static OfficeHierarchy empty() {
        return EMPTY;
    }

    /**
     * Every office, in the order given.
     *
     * @return the offices
     */
    public ImmutableList<Office> offices() {
        return offices;
    }

    /**
     * The host's own data about the hierarchy as a whole (each office has its own too).
     *
     * @return the extensions, {@link Extensions#NONE} for none
     */
    public Extensions extensions() {
        return extensions;
    }

    /**
     * This hierarchy with the host's own data about it.
     *
     * @param newExtensions the extensions
     * @return a hierarchy of the same offices
     */
    public OfficeHierarchy withExtensions(Extensions newExtensions) {
        return new OfficeHierarchy(offices, newExtensions);
    }

    /**
     * The number of offices.
     *
     * @return the size
     */
    public int size() {
        return offices.size();
    }

    /**
     * Whether an office is in the hierarchy.
     *
     * @param id the office's id
     * @return true if it is
     */
    public boolean contains(OfficeId id) {
        return byId.containsKey(id);
    }

    /**
     * The office with an id, if it is in the hierarchy.
     *
     * @param id the id
     * @return the office, or empty
     */
    public Optional<Office> find(OfficeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The office with an id.
     *
     * @param id the id
     * @return the office
     * @throws CharterException if there is no such office
     */
    public Office office(OfficeId id) {
        Office office = byId.get(id);
        if (office == null) {
            throw new CharterException("The office (" + id + ") is not in the hierarchy");
        }
        return office;
    }

    /**
     * The offices that answer to no office in the hierarchy.
     *
     * @return the roots, in the order given
     */
    public ImmutableList<Office> roots() {
        return offices.select(office -> office.parent().isEmpty());
    }

    /**
     * The office an office answers to.
     *
     * @param id the office's id
     * @return its parent, or empty for a root
     * @throws CharterException if there is no such office
     */
    public Optional<Office> parent(OfficeId id) {
        return office(id).parent().map(byId::get);
    }

    /**
     * The offices that answer directly to an office.
     *
     * @param id the office's id
     * @return its children, in the order given
     * @throws CharterException if there is no such office
     */
    public ImmutableList<Office> children(OfficeId id) {
        office(id);
        return children.get(id);
    }

    /**
     * Every office under an office: its children, their children, and so on, each office followed
     * by those under it.
     *
     * @param id the office's id
     * @return its descendants, depth first in the order given
     * @throws CharterException if there is no such office
     */
    public ImmutableList<Office> descendants(OfficeId id) {
        office(id);
        MutableList<Office> result = Lists.mutable.empty();
        // An explicit stack rather than recursion: a hierarchy read from a host may be deep.
        MutableList<Office> stack = Lists.mutable.withAll(children.get(id).toReversed());
        while (stack.notEmpty()) {
            Office office = stack.remove(stack.size() - 1);
            result.add(office);
            stack.addAllIterable(children.get(office.id()).toReversed());
        }
        return result.toImmutable();
    }

    /**
     * The offices above an office, from its parent up to its root.
     *
     * @param id the office's id
     * @return its ancestors, nearest first
     * @throws CharterException if there is no such office
     */
    public ImmutableList<Office> ancestors(OfficeId id) {
        MutableList<Office> result = Lists.mutable.empty();
        Optional<Office> next = parent(id);
        while (next.isPresent()) {
            result.add(next.get());
            next = next.get().parent().map(byId::get);
        }
        return result.toImmutable();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficeHierarchy hierarchy && offices.equals(hierarchy.offices)
                && extensions.equals(hierarchy.extensions);
    }

    @Override
    public int hashCode() {
        return 31 * offices.hashCode() + extensions.hashCode();
    }

    @Override
    public String toString() {
        return "OfficeHierarchy" + offices.collect(office -> office.id().value()).makeString("[", ", ", "]");
    }
}
