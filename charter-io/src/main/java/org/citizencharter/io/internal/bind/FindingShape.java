package org.citizencharter.io.internal.bind;

import java.util.List;

/** A finding of a scorecard. */
public final class FindingShape extends Shape {

    private static final List<String> NAMES = List.of("id", "severity", "area", "activity", "indicator", "quarter",
            "expected", "actual", "message", "arguments");

    /** Its id. */
    public Scalar id;
    /** Its severity. */
    public Scalar severity;
    /** The area's code. */
    public Scalar area;
    /** The activity's code. */
    public Scalar activity;
    /** The indicator's code. */
    public Scalar indicator;
    /** The quarter. */
    public Scalar quarter;
    /** What was expected. */
    public Scalar expected;
    /** What was found. */
    public Scalar actual;
    /** The message. */
    public TextShape message;
    /** The message's arguments. */
    public Members arguments;

    @Override
    public String what() {
        return "a finding";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public FindingShape fresh() {
        return new FindingShape();
    }
}

