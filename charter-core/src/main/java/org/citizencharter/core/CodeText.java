package org.citizencharter.core;

import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.list.primitive.ImmutableIntList;
import org.eclipse.collections.api.list.primitive.MutableIntList;

/** Reads the codes of areas, activities and indicators ("[১.2.১]", "1.2.1", "১"). */
final class CodeText {

    /** The most segments a code may have. */
    static final int MAX_SEGMENTS = 8;
    /** The most digits one segment may have. */
    static final int MAX_SEGMENT_DIGITS = 4;

    private CodeText() {
    }

    /**
     * Reads a code: segments of Bengali or ASCII digits separated by full stops, optionally in
     * square brackets, with spaces allowed around the parts.
     *
     * @param text the text
     * @param what the kind of code, for the message ("indicator code")
     * @return the segments
     * @throws InvalidInputException if the text is not a code
     */
    static ImmutableIntList parse(String text, String what) {
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        MutableIntList segments = IntLists.mutable.empty();
        int value = 0;
        int digits = 0;
        boolean spaceAfterDigits = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            int digit = Numerals.digitValue(c);
            if (digit >= 0) {
                if (spaceAfterDigits) {
                    throw unreadable(text, what);
                }
                if (++digits > MAX_SEGMENT_DIGITS) {
                    throw unreadable(text, what);
                }
                value = value * 10 + digit;
            } else if (c == '.') {
                if (digits == 0) {
                    throw unreadable(text, what);
                }
                segments.add(value);
                if (segments.size() > MAX_SEGMENTS) {
                    throw InvalidInputException.of("The " + what + " has more than " + MAX_SEGMENTS + " parts", text);
                }
                value = 0;
                digits = 0;
                spaceAfterDigits = false;
            } else if (c == ' ') {
                spaceAfterDigits = digits > 0;
            } else {
                throw unreadable(text, what);
            }
        }
        return segments.toImmutable();
    }

    /**
     * Checks segments given as numbers.
     *
     * @param segments the segments
     * @param what the kind of code
     * @return the segments
     */
    static ImmutableIntList check(ImmutableIntList segments, String what) {
        if (segments.isEmpty() || segments.size() > MAX_SEGMENTS) {
            throw InvalidInputException.of("A " + what + " has 1 to " + MAX_SEGMENTS + " parts",
                    segments.makeString("."));
        }
        if (segments.anySatisfy(segment -> segment < 0 || segment > 9999)) {
            throw InvalidInputException.of("The parts of a " + what + " are numbers from 0 to 9999",
                    segments.makeString("."));
        }
        return segments;
    }

    private static InvalidInputException unreadable(String text, String what) {
        return InvalidInputException.of("The " + what + " cannot be read: write numbers separated by full stops,"
                + " like [১.২.১] or 1.2.1", text);
    }
}
