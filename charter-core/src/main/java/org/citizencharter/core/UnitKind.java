package org.citizencharter.core;

/**
 * What an indicator measures: a number, a percent, or a date.
 */
public enum UnitKind {
    /** A count or amount (সংখ্যা, "সংখ্যা (হাজার)", "লক্ষ", "হাজার কোটি টাকা", ...). */
    NUMBER,
    /** A percent (%). */
    PERCENT,
    /** A completion date (তারিখ). */
    DATE
}
