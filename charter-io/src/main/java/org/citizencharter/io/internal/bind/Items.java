package org.citizencharter.io.internal.bind;

import java.io.Serial;
import java.util.ArrayList;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * An array of a document, as databind binds it (a list it adds the elements to), with where it stood.
 * Not thread-safe.
 *
 * @param <T> the elements
 */
public final class Items<T extends Located> extends ArrayList<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Place place = new Place();

    /** Where the array stood, and the parent of its elements. */
    public static final class Place extends Located {
        @Override
        String describe() {
            return "an array";
        }
    }

    /** An empty array, as databind makes it. */
    public Items() {
        super(8);
    }

    /**
     * Where the array stood, and the parent of its elements.
     *
     * @return the place
     */
    public Place place() {
        return place;
    }

    /**
     * Says that each element stands at its index in this array.
     */
    public void placeElements() {
        for (int i = 0; i < size(); i++) {
            T item = get(i);
            if (item != null) {
                item.placeIn(place, i);
            }
        }
    }

    /**
     * The elements, each made into a value. An element is never Java's null: a scalar's {@code null} is a
     * {@link Scalar} that says so, and a {@code null} where an object belongs is refused as it is bound.
     *
     * @param <R> the values made
     * @param made what makes one from an element
     * @return the values, in order
     */
    public <R> ImmutableList<R> list(Function<T, R> made) {
        MutableList<R> values = Lists.mutable.withInitialCapacity(size());
        for (int i = 0; i < size(); i++) {
            values.add(made.apply(get(i)));
        }
        return values.toImmutable();
    }

    /**
     * This array, which must have a given number of elements.
     *
     * @param count how many
     * @return this array
     * @throws InvalidInputException if it has another number
     */
    public Items<T> exactly(int count) {
        if (size() != count) {
            throw place.error(place.label() + " must have " + count + " items, not " + size(), null);
        }
        return this;
    }

    /**
     * This array, which must have from one number of elements to another.
     *
     * @param least the fewest
     * @param most the most
     * @return this array
     * @throws InvalidInputException if it has another number
     */
    public Items<T> between(int least, int most) {
        if (size() < least || size() > most) {
            throw place.error(place.label() + " must have " + least + " to " + most + " items, not " + size(), null);
        }
        return this;
    }
}
