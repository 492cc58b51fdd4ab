package org.citizencharter.io.internal.bind;

import java.util.List;

/** The unit of an indicator. */
public final class UnitShape extends Shape {

    private static final List<String> NAMES = List.of("kind", "label");

    /** Its kind. */
    public Scalar kind;
    /** Its label. */
    public Scalar label;

    @Override
    public String what() {
        return "a unit";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public UnitShape fresh() {
        return new UnitShape();
    }
}

