package org.citizencharter.office.internal;

import java.util.Objects;

/**
 * A text made of runs that each name their font (a Word paragraph's runs, an Excel cell's rich text, a web
 * page's text nodes), the runs in one font after the other converted together: a Bijoy word that two runs
 * share is converted whole (LibreOffice splits a run where the script changes, as after the "‡" that a Bijoy
 * word begins with, and a vowel sign before its consonant in one run would not be reordered). Not thread-safe.
 */
final class FontRuns {

    private final FontNotes fonts;
    private final String where;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder run = new StringBuilder();
    private String font;

    /**
     * An empty text.
     *
     * @param fonts the fonts' notes of the reading
     * @param where where the text is, for the notes
     */
    FontRuns(FontNotes fonts, String where) {
        this.fonts = fonts;
        this.where = where;
    }

    /**
     * Adds a run.
     *
     * @param runText the run's text
     * @param runFont the run's font, or null when the file does not say
     */
    void add(String runText, String runFont) {
        if (!Objects.equals(runFont, font)) {
            flush();
            font = runFont;
        }
        run.append(runText);
    }

    /**
     * The text.
     *
     * @return the text, converted where its font is a Bijoy font
     */
    String text() {
        flush();
        return text.toString();
    }

    private void flush() {
        if (run.length() > 0) {
            text.append(fonts.convert(run.toString(), font, where));
            run.setLength(0);
        }
    }
}
