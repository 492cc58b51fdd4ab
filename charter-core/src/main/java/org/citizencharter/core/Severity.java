package org.citizencharter.core;

/**
 * How serious a finding is. Declared from the most serious, so the natural order puts errors first.
 */
public enum Severity {
    /** The report is wrong: a figure contradicts another or the plan cannot be scored as written. */
    ERROR("ত্রুটি", "Error"),
    /** The report is doubtful or incomplete: worth a look, but it may be right. */
    WARNING("সতর্কতা", "Warning"),
    /** Worth knowing; nothing is wrong. */
    INFO("তথ্য", "Information");

    private final BilingualText label;

    Severity(String bn, String en) {
        this.label = BilingualText.of(bn, en);
    }

    /**
     * The severity's name in Bengali and English.
     *
     * @return the label
     */
    public BilingualText label() {
        return label;
    }

    /**
     * Whether this severity is at least as serious as another (an error is at least a warning).
     *
     * @param other the other severity
     * @return true if this one is as serious or more
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /**
     * Reads a severity by its name, ignoring case.
     *
     * @param text the name: error, warning or info
     * @return the severity
     * @throws InvalidInputException if no severity has that name
     */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(text.strip())) {
                return severity;
            }
        }
        throw InvalidInputException.of("The severity is not one of ERROR, WARNING, INFO", text);
    }
}
