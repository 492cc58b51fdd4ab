package org.citizencharter.io.internal.bind;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citizencharter.core.InvalidInputException;

/**
 * An object whose keys are data (a finding's severity by its id, a total by kind of plan), each value a
 * {@link Scalar} placed under it, in the order written. Not thread-safe.
 */
public final class Members extends Located {

    private final Map<String, Scalar> values = new LinkedHashMap<>();
    private final Map<String, long[]> names = new HashMap<>();

    @Override
    String describe() {
        return "an object";
    }

    /**
     * Adds a member.
     *
     * @param name its name
     * @param value its value, placed where it stood
     * @param line the line of its name
     * @param column the column of its name
     * @return whether the name was new to the object
     */
    public boolean add(String name, Scalar value, long line, long column) {
        value.placeIn(this, name);
        names.putIfAbsent(name, new long[] {line, column});
        return values.putIfAbsent(name, value) == null;
    }

    /**
     * An error about a member's name (a key that is not allowed), at the name.
     *
     * @param value the member's value
     * @param problem what is wrong
     * @param hint a likely fix
     * @return the exception, whose text is the name
     */
    public InvalidInputException nameError(Scalar value, String problem, String hint) {
        long[] at = names.get(value.memberName());
        InvalidInputException error = InvalidInputException.of(problem, value.memberName())
                .withPointer(value.pointer()).withHint(hint);
        return at == null ? error : Located.at(error, at[0], at[1]);
    }

    /**
     * The members, by name, in the order written.
     *
     * @return the members
     */
    public Map<String, Scalar> map() {
        return Collections.unmodifiableMap(values);
    }
}
