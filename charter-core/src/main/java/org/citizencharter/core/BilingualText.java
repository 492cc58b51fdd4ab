package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

/**
 * A text in Bengali and in English, such as the name of an office, an area or an indicator.
 *
 * <p>Either side may be empty: plans copied from Bengali tables have Bengali names only. The text
 * is kept exactly as written (charter does not normalise it; see {@link Numerals} for how it reads
 * digits). Immutable.
 *
 * @param bn the Bengali text, possibly empty
 * @param en the English text, possibly empty
 */
public record BilingualText(String bn, String en) {

    /** A text that is empty in both languages. */
    public static final BilingualText EMPTY = new BilingualText("", "");

    /**
     * Checks that neither side is null.
     *
     * @param bn the Bengali text
     * @param en the English text
     */
    public BilingualText {
        requireNonNull(bn, "bn");
        requireNonNull(en, "en");
    }

    /**
     * A text in both languages.
     *
     * @param bn the Bengali text
     * @param en the English text
     * @return the text
     */
    public static BilingualText of(String bn, String en) {
        return new BilingualText(bn, en);
    }

    /**
     * A text written in Bengali only.
     *
     * @param bn the Bengali text
     * @return the text, empty in English
     */
    public static BilingualText bengali(String bn) {
        return new BilingualText(bn, "");
    }

    /**
     * A text written in English only.
     *
     * @param en the English text
     * @return the text, empty in Bengali
     */
    public static BilingualText english(String en) {
        return new BilingualText("", en);
    }

    /**
     * The text in a language, or in the other language if that side is blank.
     *
     * @param language the preferred language
     * @return the text, possibly empty if both sides are
     */
    public String in(Language language) {
        String preferred = language == Language.BN ? bn : en;
        String other = language == Language.BN ? en : bn;
        return preferred.isBlank() ? other : preferred;
    }

    /**
     * Whether both sides are empty.
     *
     * @return true if there is no text in either language
     */
    public boolean isEmpty() {
        return bn.isEmpty() && en.isEmpty();
    }

    /**
     * The Bengali text, or the English one if there is no Bengali.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return in(Language.BN);
    }
}
