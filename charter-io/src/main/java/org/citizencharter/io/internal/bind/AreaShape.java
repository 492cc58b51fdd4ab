package org.citizencharter.io.internal.bind;

import java.util.List;

/** An area of a plan. */
public final class AreaShape extends Shape {

    private static final List<String> NAMES = List.of("code", "name", "weight", "activities", "extensions");

    /** Its code. */
    public Scalar code;
    /** Its name. */
    public TextShape name;
    /** Its weight. */
    public Scalar weight;
    /** Its activities. */
    public Items<ActivityShape> activities;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "an area";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public AreaShape fresh() {
        return new AreaShape();
    }
}

