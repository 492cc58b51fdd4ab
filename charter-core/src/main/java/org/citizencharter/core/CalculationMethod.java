package org.citizencharter.core;

/**
 * How an indicator's quarterly values make its achievement to date (গণনা পদ্ধতি).
 */
public enum CalculationMethod {
    /** Sum of the values of the closed quarters (সমষ্টি); the default for numbers. */
    SUM("সমষ্টি", "Sum"),
    /** Mean of the values reported in the closed quarters (গড়); the default for percents. */
    AVERAGE("গড়", "Average"),
    /** The value of the latest reported closed quarter, already a running total (ক্রমপুঞ্জিভূত). */
    CUMULATIVE("ক্রমপুঞ্জিভূত", "Cumulative"),
    /** The earliest completion date reported in the closed quarters (তারিখ); the default for dates. */
    DATE("তারিখ", "Date");

    private final BilingualText label;

    CalculationMethod(String bn, String en) {
        this.label = BilingualText.of(bn, en);
    }

    /**
     * The method's name in Bengali and English.
     *
     * @return the label
     */
    public BilingualText label() {
        return label;
    }

    /**
     * The method an indicator of a unit uses unless its plan names another: SUM for numbers,
     * AVERAGE for percents, DATE for dates.
     *
     * @param unit the unit's kind
     * @return the default method
     */
    public static CalculationMethod defaultFor(UnitKind unit) {
        return switch (unit) {
            case NUMBER -> SUM;
            case PERCENT -> AVERAGE;
            case DATE -> DATE;
        };
    }

    /**
     * Reads a method by its English name (any case) or its Bengali name ("গড়", "ক্রমপুঞ্জিভূত"), white space
     * inside the name ignored: no name has any, and a table cell too narrow for a name breaks it onto two lines
     * ("ক্রমপুঞ্জি" over "ভূত" in a PDF).
     *
     * @param text the name
     * @return the method
     * @throws InvalidInputException if no method has that name
     */
    public static CalculationMethod parse(String text) {
        String key = Numerals.normalizeForMatching(text).replace(" ", "");
        for (CalculationMethod method : values()) {
            if (method.name().equalsIgnoreCase(key) || method.label.en().equalsIgnoreCase(key)
                    || Numerals.normalizeForMatching(method.label.bn()).equals(key)) {
                return method;
            }
        }
        throw InvalidInputException.of("The calculation method is not one of SUM (সমষ্টি), AVERAGE (গড়),"
                + " CUMULATIVE (ক্রমপুঞ্জিভূত), DATE (তারিখ)", text);
    }
}
