package org.citizencharter.core;

import org.eclipse.collections.api.list.primitive.ImmutableIntList;

/**
 * The code of an area ("1"), an activity ("1.2") or an indicator ("1.2.1").
 *
 * <p>Codes are canonical in ASCII ("1.2.1") in the model and in JSON, and shown in Bengali digits
 * in Bengali output ("[১.২.১]"). A code does not enforce its depth: a plan may hold an indicator
 * coded "2.1" under activity "1.1", which scoring reports as a finding, not an exception.
 */
public sealed interface Code permits AreaCode, ActivityCode, IndicatorCode {

    /**
     * The numbers of the code, outermost first: 1, 2, 1 for "1.2.1".
     *
     * @return the segments, never empty
     */
    ImmutableIntList segments();

    /**
     * Whether this code extends another: its segments begin with all of the other's and it has more
     * ("1.2.1" extends "1.2" and "1", not "2.1" or "1.2.1").
     *
     * @param parent the code of the enclosing activity or area
     * @return true if this code extends the parent's
     */
    default boolean isWithin(Code parent) {
        ImmutableIntList mine = segments();
        ImmutableIntList theirs = parent.segments();
        if (mine.size() <= theirs.size()) {
            return false;
        }
        for (int i = 0; i < theirs.size(); i++) {
            if (mine.get(i) != theirs.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code as offices show it: "[১.২.১]" in Bengali, "[1.2.1]" in English.
     *
     * @param language the language
     * @return the code in brackets, in the language's digits
     */
    default String format(Language language) {
        String ascii = "[" + segments().makeString(".") + "]";
        return language == Language.BN ? Numerals.toBengaliDigits(ascii) : ascii;
    }

    /**
     * Compares the segments of two codes, part by part, a shorter code first when one begins the other.
     *
     * @param a one code
     * @param b another code
     * @return negative, zero or positive
     */
    static int compare(Code a, Code b) {
        ImmutableIntList x = a.segments();
        ImmutableIntList y = b.segments();
        int common = Math.min(x.size(), y.size());
        for (int i = 0; i < common; i++) {
            int byPart = Integer.compare(x.get(i), y.get(i));
            if (byPart != 0) {
                return byPart;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
