package org.citizencharter.io.internal.bind;

import java.util.List;

/** The policy a scorecard was scored by. */
public final class PolicyRefShape extends Shape {

    private static final List<String> NAMES = List.of("id", "version", "roundingScale");

    /** Its id. */
    public Scalar id;
    /** Its version. */
    public Scalar version;
    /** The decimals of the figures. */
    public Scalar roundingScale;

    @Override
    public String what() {
        return "the policy of a scorecard";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public PolicyRefShape fresh() {
        return new PolicyRefShape();
    }
}

