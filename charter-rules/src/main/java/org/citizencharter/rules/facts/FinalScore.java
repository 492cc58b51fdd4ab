package org.citizencharter.rules.facts;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * An indicator's score after every {@link ScoreAdjustment}: the rule "Final score" derives it (as a
 * logical insertion, so it follows adjustments made later), and REPORTED_SCORE_MISMATCH compares the
 * office's reported score with it. Immutable.
 *
 * @param index the indicator's {@link IndicatorFact#index() index}
 * @param score the final score
 * @param notes the adjustments' notes, in the order given
 */
public record FinalScore(int index, BigDecimal score, List<String> notes) {

    /**
     * Checks the parts.
     *
     * @param index the indicator's index
     * @param score the score
     * @param notes the notes
     */
    public FinalScore {
        requireNonNull(score, "score");
        notes = List.copyOf(notes);
    }

    /**
     * The final score of an indicator: the scoring rule's score, or the lowest adjustment, clamped to
     * 0..weight.
     *
     * @param indicator the indicator
     * @param scored the scoring rule's result
     * @param adjustments the adjustments for the indicator
     * @return the final score
     */
    public static FinalScore of(IndicatorFact indicator, IndicatorScore scored, Collection<?> adjustments) {
        BigDecimal score = scored.score();
        List<String> notes = new java.util.ArrayList<>();
        boolean adjusted = false;
        for (Object each : adjustments) {
            ScoreAdjustment adjustment = (ScoreAdjustment) each;
            score = adjusted ? score.min(adjustment.score()) : adjustment.score();
            adjusted = true;
            notes.add(adjustment.note());
        }
        BigDecimal clamped = score.max(BigDecimal.ZERO).min(indicator.weight());
        return new FinalScore(scored.index(), clamped, notes);
    }
}
