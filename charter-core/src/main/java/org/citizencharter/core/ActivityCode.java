package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.list.primitive.ImmutableIntList;

/**
 * The code of an activity, such as "1.2" (shown "[১.২]" in Bengali).
 *
 * <p>{@link #parse(String)} reads Bengali, ASCII or mixed digits, with or without brackets;
 * {@link #toString()} writes the canonical ASCII form, which {@code parse} reads back. Immutable.
 *
 * @param segments the numbers of the code, outermost first
 */
public record ActivityCode(ImmutableIntList segments) implements Code, Comparable<ActivityCode> {

    private static final String WHAT = "activity code";

    /**
     * Checks the segments: 1 to 8 numbers from 0 to 9999.
     *
     * @param segments the numbers of the code
     */
    public ActivityCode {
        requireNonNull(segments, "segments");
        CodeText.check(segments, WHAT);
    }

    /**
     * The code with these numbers.
     *
     * @param segments the numbers, outermost first
     * @return the code
     */
    public static ActivityCode of(int... segments) {
        return new ActivityCode(IntLists.immutable.of(segments));
    }

    /**
     * Reads a code such as "1.2", "[১.২]" or a mix of Bengali and ASCII digits.
     *
     * @param text the text
     * @return the code
     * @throws InvalidInputException if the text is not a code
     */
    public static ActivityCode parse(String text) {
        return new ActivityCode(CodeText.parse(text, WHAT));
    }

    @Override
    public int compareTo(ActivityCode other) {
        return Code.compare(this, other);
    }

    /**
     * The canonical ASCII form, such as "1.2".
     *
     * @return the code
     */
    @Override
    public String toString() {
        return segments.makeString(".");
    }
}
