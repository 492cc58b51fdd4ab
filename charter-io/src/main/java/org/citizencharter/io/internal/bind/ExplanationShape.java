package org.citizencharter.io.internal.bind;

import java.util.List;

/** How an indicator was scored. */
public final class ExplanationShape extends Shape {

    private static final List<String> NAMES = List.of("formula", "detail", "band", "notes");

    /** The formula. */
    public Scalar formula;
    /** The worked detail. */
    public Scalar detail;
    /** The grade band, if graded. */
    public GradeBandShape band;
    /** The notes. */
    public Items<Scalar> notes;

    @Override
    public String what() {
        return "an explanation";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public ExplanationShape fresh() {
        return new ExplanationShape();
    }
}

