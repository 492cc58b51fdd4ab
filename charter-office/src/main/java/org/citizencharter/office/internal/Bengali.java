package org.citizencharter.office.internal;

/** The classes of Bengali characters the converters and the PDF reader need. */
public final class Bengali {

    private Bengali() {
    }

    /**
     * A consonant, the nukta forms among them.
     *
     * @param c the character
     * @return whether it is one
     */
    public static boolean isConsonant(char c) {
        return (c >= '\u0995' && c <= '\u09B9') || c == '\u09DC' || c == '\u09DD' || c == '\u09DF';
    }

    /**
     * A dependent vowel sign (kar), the au length mark among them.
     *
     * @param c the character
     * @return whether it is one
     */
    public static boolean isVowelSign(char c) {
        return (c >= '\u09BE' && c <= '\u09C4') || c == '\u09C7' || c == '\u09C8' || c == '\u09CB' || c == '\u09CC'
                || c == '\u09D7' || c == '\u09E2' || c == '\u09E3';
    }

    /**
     * A sign that goes on the letter before it and that no word begins with, in the order glyphs are drawn as in
     * Unicode's: a vowel sign drawn after or over its consonant (not ি ে ৈ, drawn before it), the hasanta, the
     * nukta, the anusvara, the visarga and the candrabindu.
     *
     * @param c the character
     * @return whether it is one
     */
    public static boolean continuesWord(char c) {
        return (isVowelSign(c) && !isPreBaseSign(c)) || c == '\u09CD' || c == '\u09BC'
                || (c >= '\u0981' && c <= '\u0983');
    }

    /**
     * A vowel sign drawn before its consonant: i, e, oi.
     *
     * @param c the character
     * @return whether it is one
     */
    public static boolean isPreBaseSign(char c) {
        return c == '\u09BF' || c == '\u09C7' || c == '\u09C8';
    }

    /**
     * Any character of the Bengali block.
     *
     * @param c the character
     * @return whether it is one
     */
    public static boolean isBengali(char c) {
        return c >= '\u0980' && c <= '\u09FF';
    }

    /**
     * Where the consonant cluster that starts at a consonant ends: the consonant, its nukta, and every
     * hasanta and consonant joined to it.
     *
     * @param s the text
     * @param start the index of the cluster's first consonant
     * @return the index after the cluster
     */
    public static int clusterEnd(CharSequence s, int start) {
        int end = start + 1;
        while (true) {
            if (end < s.length() && s.charAt(end) == '\u09BC') {
                end++;
            } else if (end + 1 < s.length() && s.charAt(end) == '\u09CD' && isConsonant(s.charAt(end + 1))) {
                end += 2;
            } else {
                return end;
            }
        }
    }

    /**
     * Writes a pre-base vowel sign typed before its consonant cluster (as Bijoy text and visual-order PDF
     * text have it) in Unicode's order: the cluster, then the sign; ে with a following া or ৗ becomes ো or ৌ.
     *
     * @param s the text
     * @param sign the index of the pre-base sign, followed by a consonant
     * @param out where the cluster and the sign are written
     * @return the index after what was written from {@code s}
     */
    public static int movePreBaseSign(String s, int sign, StringBuilder out) {
        char c = s.charAt(sign);
        int end = clusterEnd(s, sign + 1);
        out.append(s, sign + 1, end);
        if (c == '\u09C7' && end < s.length() && s.charAt(end) == '\u09BE') {
            out.append('\u09CB');
            return end + 1;
        }
        if (c == '\u09C7' && end < s.length() && s.charAt(end) == '\u09D7') {
            out.append('\u09CC');
            return end + 1;
        }
        out.append(c);
        return end;
    }
}
