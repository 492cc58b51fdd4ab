package org.citizencharter.office.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Converts the text of runs in a Bijoy font to Unicode, and remembers where, for the notes: which places
 * were converted and in which fonts, and which text looks like Bijoy text with no font to say so (left as
 * it is). Not thread-safe; one per reading.
 */
public final class FontNotes {

    private static final int SHOWN = 12;

    private final Reading reading;
    private final Set<String> converted = new LinkedHashSet<>();
    private final Set<String> fontNames = new LinkedHashSet<>();
    private final Set<String> suspected = new LinkedHashSet<>();

    /**
     * Notes for a reading.
     *
     * @param reading the reading
     */
    public FontNotes(Reading reading) {
        this.reading = reading;
    }

    /**
     * A run's text as Unicode: converted when its font is a Bijoy font.
     *
     * @param text the run's text
     * @param fontName the run's font, or null when the file does not say
     * @param where where the run is, for the notes ("B7", "table 1, row 3, column 2")
     * @return the text
     */
    public String convert(String text, String fontName, String where) {
        if (Bijoy.isBijoyFont(fontName) && !text.isBlank()) {
            converted.add(where);
            fontNames.add(fontName.strip());
            return Bijoy.toUnicode(text);
        }
        if (Bijoy.looksLikeBijoy(text)) {
            suspected.add(where);
        }
        return text;
    }

    /**
     * Reads text that may not be kept (a table read alone, to tell whether it is the plan's): what the reading
     * converts, or finds that looks like Bijoy text, is not put in the notes.
     *
     * @param reading what reads the text
     */
    public void quietly(Runnable reading) {
        Set<String> places = new LinkedHashSet<>(converted);
        Set<String> names = new LinkedHashSet<>(fontNames);
        Set<String> unsure = new LinkedHashSet<>(suspected);
        try {
            reading.run();
        } finally {
            converted.retainAll(places);
            fontNames.retainAll(names);
            suspected.retainAll(unsure);
        }
    }

    /** Puts what was converted, and what looks like Bijoy text but was not, in the reading's notes. */
    public void report() {
        if (!converted.isEmpty()) {
            reading.note("Converted text in the Bijoy font" + (fontNames.size() > 1 ? "s " : " ")
                    + String.join(", ", fontNames) + " to Unicode Bengali, in " + places(converted) + ".");
        }
        if (!suspected.isEmpty()) {
            reading.note("Text in " + places(suspected) + " looks typed in a Bijoy font (such as SutonnyMJ), but the"
                    + " file does not name the font, so it was left as it is; set the font in the source file, or"
                    + " convert the text to Unicode.");
        }
    }

    private static String places(Set<String> places) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String place : places) {
            if (shown == SHOWN) {
                out.append(" and ").append(places.size() - SHOWN).append(" more");
                break;
            }
            out.append(shown == 0 ? "" : ", ").append(place);
            shown++;
        }
        return out.toString();
    }
}
