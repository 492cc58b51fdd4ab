package org.citizencharter.io.internal.bind;

import java.util.List;

/** The exact figures of an area's result. */
public final class AreaExactShape extends ExactShape {

    private static final List<String> NAMES = List.of("score");

    /** The exact value of "score". */
    public Scalar score;

    @Override
    public String what() {
        return "the exact figures";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public AreaExactShape fresh() {
        return new AreaExactShape();
    }

    @Override
    public Scalar figure(String name) {
        return switch (name) {
            case "score" -> score;
            default -> null;
        };
    }
}

