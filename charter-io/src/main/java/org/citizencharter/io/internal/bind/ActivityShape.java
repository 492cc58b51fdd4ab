package org.citizencharter.io.internal.bind;

import java.util.List;

/** An activity of an area. */
public final class ActivityShape extends Shape {

    private static final List<String> NAMES = List.of("code", "name", "indicators", "extensions");

    /** Its code. */
    public Scalar code;
    /** Its name. */
    public TextShape name;
    /** Its indicators. */
    public Items<IndicatorShape> indicators;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "an activity";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public ActivityShape fresh() {
        return new ActivityShape();
    }
}

