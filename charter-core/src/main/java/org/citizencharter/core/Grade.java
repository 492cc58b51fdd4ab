package org.citizencharter.core;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The five columns of a graded target in the APA main plan, from the best to the last that earns marks.
 */
public enum Grade {
    /** অসাধারণ, the 100 % column. */
    EXCELLENT(100, "অসাধারণ", "Excellent"),
    /** অতি উত্তম, the 90 % column. */
    VERY_GOOD(90, "অতি উত্তম", "Very good"),
    /** উত্তম, the 80 % column. */
    GOOD(80, "উত্তম", "Good"),
    /** চলতি মান, the 70 % column. */
    FAIR(70, "চলতি মান", "Fair"),
    /** চলতি মানের নিম্নে, the 60 % column; short of it earns nothing. */
    POOR(60, "চলতি মানের নিম্নে", "Poor");

    private static final ImmutableList<Grade> ALL = Lists.immutable.of(values());

    private final int percent;
    private final BilingualText label;

    Grade(int percent, String bn, String en) {
        this.percent = percent;
        this.label = BilingualText.of(bn, en);
    }

    /**
     * The five grades, from the 100 % column to the 60 % column.
     *
     * @return the grades in column order
     */
    public static ImmutableList<Grade> columns() {
        return ALL;
    }

    /**
     * The raw score of reaching this column: 100, 90, 80, 70 or 60.
     *
     * @return the percent
     */
    public int percent() {
        return percent;
    }

    /**
     * The column's heading in Bengali and English.
     *
     * @return the label
     */
    public BilingualText label() {
        return label;
    }
}
