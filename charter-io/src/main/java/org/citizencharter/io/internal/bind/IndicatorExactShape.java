package org.citizencharter.io.internal.bind;

import java.util.List;

/** The exact figures of an indicator's result. */
public final class IndicatorExactShape extends ExactShape {

    private static final List<String> NAMES = List.of("annualTarget", "targetToDate", "achieved",
            "percentOfAnnualTarget", "percentOfTargetToDate", "score", "onTrackScore");

    /** The exact value of "annualTarget". */
    public Scalar annualTarget;
    /** The exact value of "targetToDate". */
    public Scalar targetToDate;
    /** The exact value of "achieved". */
    public Scalar achieved;
    /** The exact value of "percentOfAnnualTarget". */
    public Scalar percentOfAnnualTarget;
    /** The exact value of "percentOfTargetToDate". */
    public Scalar percentOfTargetToDate;
    /** The exact value of "score". */
    public Scalar score;
    /** The exact value of "onTrackScore". */
    public Scalar onTrackScore;

    @Override
    public String what() {
        return "the exact figures";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public IndicatorExactShape fresh() {
        return new IndicatorExactShape();
    }

    @Override
    public Scalar figure(String name) {
        return switch (name) {
            case "annualTarget" -> annualTarget;
            case "targetToDate" -> targetToDate;
            case "achieved" -> achieved;
            case "percentOfAnnualTarget" -> percentOfAnnualTarget;
            case "percentOfTargetToDate" -> percentOfTargetToDate;
            case "score" -> score;
            case "onTrackScore" -> onTrackScore;
            default -> null;
        };
    }
}

