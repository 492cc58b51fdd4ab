package org.citizencharter.io.internal.json;

import java.util.Arrays;

/**
 * Columns in characters for a parser that counts them in bytes (a host's mapper reading bytes or a
 * stream, on either Jackson line), so that its errors name the column an editor shows, as charter's own
 * reader does. Outside strings and names JSON is ASCII, one byte a character; so a column is the byte
 * column less what the strings and names before it on its line take in bytes beyond their characters,
 * which the reader records as it reads them. Where that cannot be told for sure the column is unknown,
 * never guessed: after a member name holding a character beyond ASCII (the parser does not say whether it
 * was written as itself or as an escape), after a string whose escapes could be read more than one way,
 * anywhere once comments are allowed, and on the line where the document begins after three bytes or more
 * of its line (a host's own members, a byte order mark). One document at a time; not thread-safe.
 */
public final class CharColumns {

    /** A column or a number of bytes that cannot be told. */
    public static final long UNKNOWN = -1;

    private static final long[] NONE = {};

    /** The most combinations of escapes tried for one string before its bytes are called unknown. */
    private static final long MOST_TRIED = 1_000_000;

    private final boolean comments;
    private final boolean lenientStrings;
    private final boolean unquotedControls;
    /** Where each name or string that takes more bytes than characters begins, in the order read. */
    private long[] starts = NONE;
    /** Its line. */
    private long[] lines = NONE;
    /** What it and those before it on its line take in bytes beyond their characters, or UNKNOWN. */
    private long[] excesses = NONE;
    private int size;

    /**
     * Columns for a parser that counts bytes, as its features allow.
     *
     * @param comments whether the parser allows comments, which it skips unseen
     * @param lenientStrings whether it allows a reverse solidus before any character, or strings in
     *     apostrophes (where a quotation mark stands as itself and an apostrophe is escaped)
     * @param unquotedControls whether it allows control characters unescaped in strings
     */
    public CharColumns(boolean comments, boolean lenientStrings, boolean unquotedControls) {
        this.comments = comments;
        this.lenientStrings = lenientStrings;
        this.unquotedControls = unquotedControls;
    }

    /**
     * The document begins: what stands before it on its line is unseen, so the columns of that line are
     * unknown after it unless it is two bytes or fewer (which cannot hold a character beyond ASCII).
     *
     * @param atLine the line of the document's first token
     * @param offset the byte offset of that token
     * @param byteColumn its column in bytes, from 1
     */
    public void start(long atLine, long offset, long byteColumn) {
        if (byteColumn > 3) {
            record(atLine, offset - 1, UNKNOWN);
        }
    }

    /**
     * Whether a text is all ASCII, as a member's name mostly is.
     *
     * @param text the text
     * @return whether every character is below U+0080
     */
    public static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether characters are all ASCII.
     *
     * @param text the characters
     * @param from where they begin
     * @param length how many there are
     * @return whether every one is below U+0080
     */
    public static boolean ascii(char[] text, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (text[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A member's name holding a character beyond ASCII has been read: what it takes in bytes is unknown
     * (the parser does not say whether the character was written as itself or as an escape).
     *
     * @param atLine the name's line
     * @param offset the byte offset where it begins
     */
    public void beyondAscii(long atLine, long offset) {
        record(atLine, offset, UNKNOWN);
    }

    /**
     * A string's value has been read, so that the parser's place is just after its closing quote.
     *
     * @param atLine the line where it begins
     * @param offset the byte offset of its opening quote
     * @param endLine the line where it ends
     * @param endOffset the byte offset just after its closing quote
     * @param text the string's characters
     * @param from where they begin in {@code text}
     * @param length how many there are
     */
    public void string(long atLine, long offset, long endLine, long endOffset, char[] text, int from, int length) {
        if (endLine != atLine) {
            // Unescaped line breaks inside: the new line begins inside the string.
            record(endLine, offset, UNKNOWN);
            return;
        }
        long excess = excess(text, from, length, endOffset - offset - 2);
        if (excess != 0) {
            record(atLine, offset, excess);
        }
    }

    /**
     * The column in characters of a place the parser gives in bytes.
     *
     * @param atLine the place's line
     * @param offset its byte offset
     * @param byteColumn its column in bytes, from 1
     * @return the column in characters, from 1, or {@link #UNKNOWN}
     */
    public long column(long atLine, long offset, long byteColumn) {
        if (comments) {
            return UNKNOWN;
        }
        // The last record that begins before the place: mostly the last of all, as places are asked as read.
        int last = size - 1;
        if (last >= 0 && starts[last] >= offset) {
            int low = 0;
            int high = last - 1;
            last = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] < offset) {
                    last = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
        }
        if (last < 0 || lines[last] != atLine) {
            return byteColumn;
        }
        return excesses[last] == UNKNOWN ? UNKNOWN : byteColumn - excesses[last];
    }

    private void record(long atLine, long start, long excess) {
        if (size > 0 && start <= starts[size - 1]) {
            // Read before.
            return;
        }
        if (size == starts.length) {
            int length = Math.max(16, size * 2);
            starts = Arrays.copyOf(starts, length);
            lines = Arrays.copyOf(lines, length);
            excesses = Arrays.copyOf(excesses, length);
        }
        starts[size] = start;
        lines[size] = atLine;
        excesses[size] = size > 0 && lines[size - 1] == atLine ? plus(excesses[size - 1], excess) : excess;
        size++;
    }

    private static long plus(long one, long other) {
        return one == UNKNOWN || other == UNKNOWN ? UNKNOWN : one + other;
    }

    /**
     * How many bytes more than characters a string's source takes between its quotes, given its value and
     * its length in bytes. Each character has a shortest form (itself; a two-character escape for a quote,
     * a reverse solidus or a control character; {@code \}{@code uXXXX} for the others below a space) and
     * every other form is longer, so a source as short as the value allows holds each character beyond ASCII
     * as itself. A longer one says how many bytes the escapes add, which fixes what they took from the
     * excess only if every way of adding that many gives the same answer.
     *
     * @return the excess, or {@link #UNKNOWN}
     */
    long excess(char[] text, int from, int length, long sourceBytes) {
        // Most strings hold letters and spaces only, each as itself: counted in one pass.
        long shortest = 0;
        long literal = 0;
        int end = from + length;
        int i = from;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= 0x800 && !Character.isSurrogate(c)) {
                shortest += 3;
                literal += 2;
            } else if (c >= 0x80 && c < 0x800) {
                shortest += 2;
                literal += 1;
            } else if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
                shortest += 1;
            } else {
                break;
            }
        }
        if (i == end && sourceBytes == shortest) {
            return literal;
        }
        Counts counts = new Counts();
        for (int at = from; at < end; at++) {
            char c = text[at];
            if (Character.isHighSurrogate(c) && at + 1 < end && Character.isLowSurrogate(text[at + 1])) {
                counts.pair();
                at++;
            } else {
                counts.add(c, unquotedControls);
            }
        }
        if (counts.literal == 0) {
            // Nothing beyond ASCII, whose every form is ASCII.
            return 0;
        }
        long added = sourceBytes - counts.shortest;
        if (added < 0 || lenientStrings) {
            // Forms outside the standard (a quotation mark as itself in apostrophes) may be shorter.
            return UNKNOWN;
        }
        if (added == 0) {
            return counts.literal;
        }
        long taken = counts.takenByEscapes(added);
        return taken == UNKNOWN ? UNKNOWN : counts.literal - taken;
    }

    /** What a string's characters are, for its shortest source and the escapes that could lengthen it. */
    private static final class Counts {
        /** Bytes of the shortest source. */
        long shortest;
        /** Bytes beyond characters when every character beyond ASCII stands as itself. */
        long literal;
        /** Characters of two bytes in UTF-8: escaped, 4 bytes more, 1 less beyond the characters. */
        long two;
        /** Of three bytes: 3 more, 2 less. */
        long three;
        /** Pairs of four bytes: 8 more (two escapes), 2 less. */
        long four;
        /** ASCII characters that an escape lengthens by 5 ({@code \}{@code u00XX}). */
        long plusFive;
        /** Those that can also be lengthened by 1 (a solidus as {@code \/}, one that stands as itself). */
        long plusOneOrFive;
        /** Those lengthened only by 4 (from a two-character escape to {@code \}{@code u00XX}). */
        long plusFour;

        void pair() {
            shortest += 4;
            literal += 2;
            four++;
        }

        void add(char c, boolean unquotedControls) {
            if (c >= 0x800 && !Character.isSurrogate(c)) {
                shortest += 3;
                literal += 2;
                three++;
            } else if (c >= 0x80 && !Character.isSurrogate(c)) {
                shortest += 2;
                literal += 1;
                two++;
            } else if (Character.isSurrogate(c)) {
                // Half of a pair alone can only be an escape.
                shortest += 6;
            } else if (c == '"' || c == '\\') {
                shortest += 2;
                plusFour++;
            } else if (c < 0x20) {
                boolean shortEscape = c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t';
                if (unquotedControls) {
                    shortest += 1;
                    if (shortEscape) {
                        plusOneOrFive++;
                    } else {
                        plusFive++;
                    }
                } else if (shortEscape) {
                    shortest += 2;
                    plusFour++;
                } else {
                    shortest += 6;
                }
            } else {
                shortest += 1;
                if (c == '/') {
                    plusOneOrFive++;
                } else {
                    plusFive++;
                }
            }
        }

        /** What escapes that add these bytes take from the excess, if every way of adding them agrees. */
        long takenByEscapes(long added) {
            long tries = 1;
            for (long choices : new long[] {four, two, three, plusFour, plusOneOrFive}) {
                tries *= choices + 1;
                if (tries > MOST_TRIED) {
                    return UNKNOWN;
                }
            }
            long found = UNKNOWN;
            for (long x4 = 0; x4 <= four && 8 * x4 <= added; x4++) {
                for (long x2 = 0; x2 <= two && 8 * x4 + 4 * x2 <= added; x2++) {
                    for (long x3 = 0; x3 <= three && 8 * x4 + 4 * x2 + 3 * x3 <= added; x3++) {
                        if (!asciiCanAdd(added - 8 * x4 - 4 * x2 - 3 * x3)) {
                            continue;
                        }
                        long taken = x2 + 2 * x3 + 2 * x4;
                        if (found != UNKNOWN && found != taken) {
                            return UNKNOWN;
                        }
                        found = taken;
                    }
                }
            }
            return found;
        }

        /** Whether escaping ASCII characters can add exactly these bytes. */
        private boolean asciiCanAdd(long bytes) {
            for (long fours = 0; fours <= plusFour && 4 * fours <= bytes; fours++) {
                long rest = bytes - 4 * fours;
                for (long ones = 0; ones <= plusOneOrFive && ones <= rest; ones++) {
                    long fives = rest - ones;
                    if (fives % 5 == 0 && fives / 5 <= plusFive + plusOneOrFive - ones) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
