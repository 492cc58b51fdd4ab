package org.citizencharter.io.internal.bind;

import java.util.List;

/** The values reported for an indicator. */
public final class ReportedShape extends Shape {

    private static final List<String> NAMES = List.of("actual", "halfYear", "percent", "score", "evidence", "remarks");

    /** The actual achievement. */
    public Scalar actual;
    /** The half-year subtotal. */
    public Scalar halfYear;
    /** The percent reported. */
    public Scalar percent;
    /** The score reported. */
    public Scalar score;
    /** The evidence. */
    public Scalar evidence;
    /** The remarks. */
    public Scalar remarks;

    @Override
    public String what() {
        return "the reported values";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public ReportedShape fresh() {
        return new ReportedShape();
    }
}

