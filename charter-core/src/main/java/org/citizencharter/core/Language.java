package org.citizencharter.core;

import java.util.Locale;

/**
 * The two languages charter writes: Bengali, with Bengali digits, and English, with ASCII digits.
 */
public enum Language {
    /** Bengali (বাংলা), written with Bengali digits (the ICU {@code beng} numbering system). */
    BN("bn"),
    /** English, written with ASCII digits. */
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /**
     * The BCP 47 language tag: {@code "bn"} or {@code "en"}.
     *
     * @return the tag
     */
    public String tag() {
        return tag;
    }

    /**
     * Reads a language from its tag or name, ignoring case ({@code "bn"}, {@code "BN"}, {@code "en"}).
     *
     * @param text the tag
     * @return the language
     * @throws InvalidInputException if the text names neither language
     */
    public static Language parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.equals(key)) {
                return language;
            }
        }
        throw InvalidInputException.of("The language is neither \"bn\" nor \"en\"", text);
    }
}
