package org.citizencharter.office.internal;

/**
 * Whether Bengali text is in Unicode's (logical) order: every vowel sign, hasanta and nukta after a
 * consonant (or, for the signs that may, after a vowel: the ya-phala of "অ্যা", "এ্যা"), never at the start
 * of a word. Text taken from a
 * PDF in the order its glyphs are drawn has the pre-base vowel signs (ি ে ৈ) before their consonant.
 */
public final class BengaliOrder {

    private BengaliOrder() {
    }

    /**
     * What is out of Unicode's order in a text.
     *
     * @param text the text
     * @return a description of the first problem, with the word, or null when there is none
     */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            boolean dependent = Bengali.isVowelSign(c) || c == '\u09CD' || c == '\u09BC';
            if (dependent && !Bengali.isConsonant(before) && before != '\u09BC'
                    && !(before == '\u09C7' && (c == '\u09BE' || c == '\u09D7')) && !yaAfterVowel(text, i)) {
                return "a " + (Bengali.isPreBaseSign(c) ? "vowel sign drawn before its consonant"
                        : "sign with no letter before it") + " in \"" + word(text, i) + "\"";
            }
        }
        return null;
    }

    /** A hasanta joining ya to অ or এ, as loanwords write "অ্যা" and "এ্যা" ("অ্যাসিস্ট্যান্ট"). */
    private static boolean yaAfterVowel(String text, int at) {
        return text.charAt(at) == '\u09CD' && at > 0
                && (text.charAt(at - 1) == '\u0985' || text.charAt(at - 1) == '\u098F')
                && at + 1 < text.length() && text.charAt(at + 1) == '\u09AF';
    }

    /** The word around a position, at most 20 characters either side. */
    static String word(CharSequence text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && at - start < 20) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - at < 20) {
            end++;
        }
        return text.subSequence(start, end).toString();
    }
}
