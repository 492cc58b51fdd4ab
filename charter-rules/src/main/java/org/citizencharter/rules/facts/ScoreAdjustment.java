package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A rule author's change to an indicator's score: insert one to replace the score the scoring rules
 * gave. When several adjust one indicator, the lowest score wins and every note is kept. The adjusted
 * score is clamped to 0..weight, and REPORTED_SCORE_MISMATCH compares the office's score with it.
 * Immutable.
 *
 * <pre>{@code
 * rule "Nothing below half"
 * when
 *     $i : IndicatorFact( )
 *     Achievement( index == $i.index, ofAnnualTarget != null, ofAnnualTarget.compareTo( 50 ) < 0 )
 * then
 *     insert( new ScoreAdjustment( $i.index(), BigDecimal.ZERO, "below half the target" ) );
 * end
 * }</pre>
 *
 * @param index the indicator's {@link IndicatorFact#index() index}
 * @param score the new score
 * @param note why, for the indicator's explanation
 */
public record ScoreAdjustment(int index, BigDecimal score, String note) {

    /**
     * Checks the parts.
     *
     * @param index the indicator's index
     * @param score the new score
     * @param note why
     */
    public ScoreAdjustment {
        requireNonNull(score, "score");
        requireNonNull(note, "note");
    }
}
