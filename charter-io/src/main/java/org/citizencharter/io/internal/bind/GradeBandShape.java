package org.citizencharter.io.internal.bind;

import java.util.List;

/** The grade columns an achievement reached and the next. */
public final class GradeBandShape extends Shape {

    private static final List<String> NAMES = List.of("reached", "next");

    /** The column reached. */
    public Scalar reached;
    /** The next column. */
    public Scalar next;

    @Override
    public String what() {
        return "a grade band";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public GradeBandShape fresh() {
        return new GradeBandShape();
    }
}

