package org.citizencharter.io.internal.bind;

import java.util.List;

/** The target of an indicator, of any kind: which members a kind has is checked when it is read. */
public final class TargetShape extends Shape {

    private static final List<String> NAMES = List.of("kind", "annual", "quarterly", "date", "from", "to", "columns");

    /** The kind of target. */
    public Scalar kind;
    /** A SINGLE target's annual figure. */
    public Scalar annual;
    /** A SINGLE target's quarterly figures. */
    public Items<Scalar> quarterly;
    /** A DEADLINE target's date. */
    public Scalar date;
    /** The first day of a DEADLINE target's range. */
    public Scalar from;
    /** The last day of a DEADLINE target's range. */
    public Scalar to;
    /** A GRADED or GRADED_DATES target's columns. */
    public Items<Scalar> columns;

    @Override
    public String what() {
        return "a target";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public TargetShape fresh() {
        return new TargetShape();
    }
}

