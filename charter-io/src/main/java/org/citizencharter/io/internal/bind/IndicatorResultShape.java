package org.citizencharter.io.internal.bind;

import java.util.List;

/** An indicator's result. */
public final class IndicatorResultShape extends Shape {

    private static final List<String> NAMES = List.of("code", "area", "activity", "name", "weight", "method",
            "status", "annualTarget", "targetToDate", "achieved", "percentOfAnnualTarget", "percentOfTargetToDate",
            "score", "onTrackScore", "explanation", "exact", "extensions");

    /** Its code. */
    public Scalar code;
    /** Its area's code. */
    public Scalar area;
    /** Its activity's code. */
    public Scalar activity;
    /** Its name. */
    public TextShape name;
    /** Its weight. */
    public Scalar weight;
    /** How its quarters add up. */
    public Scalar method;
    /** How it was scored. */
    public Scalar status;
    /** The annual target. */
    public Scalar annualTarget;
    /** The target to date. */
    public Scalar targetToDate;
    /** The achievement. */
    public Scalar achieved;
    /** The percent of the annual target. */
    public Scalar percentOfAnnualTarget;
    /** The percent of the target to date. */
    public Scalar percentOfTargetToDate;
    /** The score. */
    public Scalar score;
    /** The score on track. */
    public Scalar onTrackScore;
    /** How it was scored, in words. */
    public ExplanationShape explanation;
    /** The exact figures. */
    public IndicatorExactShape exact;
    /** The host's extensions. */
    public Extension extensions;

    @Override
    public String what() {
        return "an indicator's result";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public IndicatorResultShape fresh() {
        return new IndicatorResultShape();
    }
}

