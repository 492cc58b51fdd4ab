package org.citizencharter.io.internal.bind;

import java.util.List;

/** An indicator of an activity. */
public final class IndicatorShape extends Shape {

    private static final List<String> NAMES = List.of("code", "name", "unit", "weight", "polarity", "method",
            "target", "quarters", "reported", "extensions");

    /** Its code. */
    public Scalar code;
    /** Its name. */
    public TextShape name;
    /** Its unit. */
    public UnitShape unit;
    /** Its weight, if it has one. */
    public Scalar weight;
    /** Whether higher or lower is better. */
    public Scalar polarity;
    /** How its quarters add up. */
    public Scalar method;
    /** Its target. */
    public TargetShape target;
    /** Its four quarters' values. */
    public Items<Scalar> quarters;
    /** What was reported for it. */
    public ReportedShape reported;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "an indicator";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public IndicatorShape fresh() {
        return new IndicatorShape();
    }
}

