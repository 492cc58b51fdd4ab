package org.citizencharter.io.internal.bind;

import java.util.List;

/** An area's result. */
public final class AreaResultShape extends Shape {

    private static final List<String> NAMES = List.of("code", "name", "weight", "score", "exact", "extensions");

    /** Its code. */
    public Scalar code;
    /** Its name. */
    public TextShape name;
    /** Its weight. */
    public Scalar weight;
    /** Its score. */
    public Scalar score;
    /** The exact figures. */
    public AreaExactShape exact;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "an area's result";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public AreaResultShape fresh() {
        return new AreaResultShape();
    }
}

