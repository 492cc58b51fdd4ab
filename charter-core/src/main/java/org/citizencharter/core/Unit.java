package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The unit (একক) of an indicator: its kind, and its label as the office wrote it.
 *
 * <p>The label is kept exactly ("সংখ্যা (হাজার)", "লক্ষ টাকা"); the kind decides how the indicator
 * is aggregated and scored. {@link #parse(String)} finds the kind in a label: "%", "শতকরা" or
 * "percent" make a percent, "তারিখ" or "date" a date, anything else a number; spaces are ignored in
 * finding it ("তারি খ", a word a narrow cell broke in two). Immutable.
 *
 * @param kind what the indicator measures
 * @param label the unit as written; may be empty
 */
public record Unit(UnitKind kind, String label) {

    private static final Unit NUMBER = new Unit(UnitKind.NUMBER, "সংখ্যা");
    private static final Unit PERCENT = new Unit(UnitKind.PERCENT, "%");
    private static final Unit DATE = new Unit(UnitKind.DATE, "তারিখ");

    /**
     * Checks the parts.
     *
     * @param kind what the indicator measures
     * @param label the unit as written
     */
    public Unit {
        requireNonNull(kind, "kind");
        requireNonNull(label, "label");
    }

    /**
     * A unit of a kind with a label.
     *
     * @param kind the kind
     * @param label the label as written
     * @return the unit
     */
    public static Unit of(UnitKind kind, String label) {
        return new Unit(kind, label);
    }

    /**
     * A count, labelled "সংখ্যা".
     *
     * @return the unit
     */
    public static Unit number() {
        return NUMBER;
    }

    /**
     * A percent, labelled "%".
     *
     * @return the unit
     */
    public static Unit percent() {
        return PERCENT;
    }

    /**
     * A date, labelled "তারিখ".
     *
     * @return the unit
     */
    public static Unit date() {
        return DATE;
    }

    /**
     * The unit named by a label, keeping the label as written.
     *
     * @param label the label, such as "সংখ্যা (হাজার)", "%" or "তারিখ"
     * @return the unit
     */
    public static Unit parse(String label) {
        // Spaces ignored: a narrow cell of a PDF breaks a word over two lines ("তারি" over "খ").
        String key = Numerals.normalizeForMatching(label).toLowerCase(Locale.ROOT).replace(" ", "");
        UnitKind kind;
        if (key.contains("%") || key.contains("শতকরা") || key.contains("শতাংশ") || key.contains("percent")) {
            kind = UnitKind.PERCENT;
        } else if (key.contains("তারিখ") || key.contains("date")) {
            kind = UnitKind.DATE;
        } else {
            kind = UnitKind.NUMBER;
        }
        return new Unit(kind, label);
    }

    /**
     * The label as written, or the kind's name if the label is empty.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return label.isEmpty() ? kind.name() : label;
    }
}
