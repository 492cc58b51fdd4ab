package org.citizencharter.office.internal;

/**
 * Bengali text in the order its glyphs are drawn (visual order, as Word and most shaping engines write a
 * PDF's text layer) put back in Unicode's logical order, where that follows from the text alone:
 * a vowel sign drawn before its letter (ি ে ৈ, and the first part of ো ৌ) moves after the consonant
 * cluster that follows it (consonants joined by hasanta, with nukta), ে + cluster + া becomes ো and
 * ে + cluster + ৗ becomes ৌ; a reph (র্) written after its cluster (and after that cluster's vowel sign, if
 * any) moves before the cluster. Where a sign has nothing it could belong to, the text is not restored
 * but refused: that would be a guess.
 *
 * <p>Which order a text is in is told by {@link Evidence}: a vowel sign before its letter with no letter
 * before it (at a word's start: "েসবা") cannot be logical order, and one with no letter after it (at a
 * word's end: "মনে") cannot be visual order.
 */
public final class VisualOrder {

    private static final char HASANTA = '\u09CD';
    private static final char NUKTA = '\u09BC';
    private static final char RA = '\u09B0';

    private VisualOrder() {
    }

    /**
     * What a text shows of its order: signs that only visual order explains, and signs that only logical
     * order explains, each with the first word it was seen in.
     *
     * @param visual how many signs only visual order explains
     * @param visualWord the first word with one, or null
     * @param logical how many signs only logical order explains
     * @param logicalWord the first word with one, or null
     */
    public record Evidence(int visual, String visualWord, int logical, String logicalWord) {

        /** No evidence either way. */
        public static final Evidence NONE = new Evidence(0, null, 0, null);

        /**
         * The evidence of two texts together.
         *
         * @param other the other's
         * @return both
         */
        public Evidence plus(Evidence other) {
            return new Evidence(visual + other.visual, visualWord != null ? visualWord : other.visualWord,
                    logical + other.logical, logicalWord != null ? logicalWord : other.logicalWord);
        }
    }

    /**
     * The evidence of one text.
     *
     * @param text the text as the PDF gives it
     * @return what it shows
     */
    public static Evidence evidence(String text) {
        int visual = 0;
        int logical = 0;
        String visualWord = null;
        String logicalWord = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean onlyVisual = false;
            boolean onlyLogical = false;
            if (Bengali.isPreBaseSign(c)) {
                onlyVisual = !Bengali.isConsonant(before) && before != NUKTA;
                onlyLogical = !Bengali.isConsonant(after);
            } else if (c == RA && after == HASANTA && before != HASANTA) {
                // A reph with no consonant after it: written after its cluster.
                char next = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
                onlyVisual = !Bengali.isConsonant(next);
            }
            if (onlyVisual) {
                visual++;
                visualWord = visualWord == null ? BengaliOrder.word(text, i) : visualWord;
            }
            if (onlyLogical) {
                logical++;
                logicalWord = logicalWord == null ? BengaliOrder.word(text, i) : logicalWord;
            }
        }
        return new Evidence(visual, visualWord, logical, logicalWord);
    }

    /**
     * A text in visual order, in logical order.
     *
     * @param text the text in visual order
     * @return the text in logical order
     * @throws IllegalArgumentException with a description, with the word, where a sign has nothing it could
     *     belong to, so that restoring the order would be a guess
     */
    public static String toLogical(String text) {
        String restored = rephFirst(preBaseAfter(text));
        String problem = BengaliOrder.problem(restored);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return restored;
    }

    private static String preBaseAfter(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Bengali.isPreBaseSign(c)) {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length() || !Bengali.isConsonant(s.charAt(i + 1))) {
                throw new IllegalArgumentException("a vowel sign with no letter after it in \""
                        + BengaliOrder.word(s, i) + "\"");
            }
            i = Bengali.movePreBaseSign(s, i, out);
        }
        return out.toString();
    }

    private static String rephFirst(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        while (i + 1 < out.length()) {
            boolean reph = out.charAt(i) == RA && out.charAt(i + 1) == HASANTA
                    && (i == 0 || out.charAt(i - 1) != HASANTA);
            if (!reph) {
                i++;
                continue;
            }
            int start = i;
            if (start > 0 && Bengali.isVowelSign(out.charAt(start - 1))) {
                start--;
            }
            int cluster = clusterStart(out, start);
            if (cluster < 0) {
                throw new IllegalArgumentException("a reph (র্) with no letter before it in \""
                        + BengaliOrder.word(out, i) + "\"");
            }
            out.delete(i, i + 2);
            out.insert(cluster, "" + RA + HASANTA);
            i += 2;
        }
        return out.toString();
    }

    /** Where the consonant cluster that ends just before a position starts, or -1 when none ends there. */
    private static int clusterStart(CharSequence s, int end) {
        int start = end;
        if (start > 0 && s.charAt(start - 1) == NUKTA) {
            start--;
        }
        if (start == 0 || !Bengali.isConsonant(s.charAt(start - 1))) {
            return -1;
        }
        start--;
        while (start >= 2 && s.charAt(start - 1) == HASANTA) {
            int previous = start - 2;
            if (s.charAt(previous) == NUKTA && previous > 0) {
                previous--;
            }
            if (!Bengali.isConsonant(s.charAt(previous))) {
                break;
            }
            start = previous;
        }
        return start;
    }
}
