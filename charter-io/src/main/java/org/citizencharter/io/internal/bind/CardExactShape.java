package org.citizencharter.io.internal.bind;

import java.util.List;

/** The exact figures of a scorecard. */
public final class CardExactShape extends ExactShape {

    private static final List<String> NAMES = List.of("totalScore", "percentOfTotal");

    /** The exact value of "totalScore". */
    public Scalar totalScore;
    /** The exact value of "percentOfTotal". */
    public Scalar percentOfTotal;

    @Override
    public String what() {
        return "the exact figures";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public CardExactShape fresh() {
        return new CardExactShape();
    }

    @Override
    public Scalar figure(String name) {
        return switch (name) {
            case "totalScore" -> totalScore;
            case "percentOfTotal" -> percentOfTotal;
            default -> null;
        };
    }
}

