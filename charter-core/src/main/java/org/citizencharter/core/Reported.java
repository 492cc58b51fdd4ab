package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the office itself wrote beside its quarterly figures, kept as reported so that scoring can
 * check it: the actual achievement (প্রকৃত অর্জন), the percent achieved (অর্জনের শতকরা হার), the
 * obtained score (অর্জিত মান), the evidence (প্রমাণক) and remarks (মন্তব্য).
 *
 * <p>Numbers keep the scale they were written with: a reported "100%" is 100 with scale 0, which
 * matches a computed 99.6 at the precision the office used. Evidence and remarks are not scored.
 * Immutable.
 *
 * @param actual the actual achievement as reported, or {@link Value#NOT_REPORTED}
 * @param percent the percent achieved as reported, without the % sign
 * @param score the obtained score as reported
 * @param evidence the evidence as written
 * @param remarks the remarks as written
 * @param halfYear the half-year subtotal (অর্ধবার্ষিক) as reported: what Q1..Q2 give by the method,
 *     checked and never counted as a quarter; or {@link Value#NOT_REPORTED}
 */
public record Reported(Value actual, Optional<BigDecimal> percent, Optional<BigDecimal> score,
        Optional<String> evidence, Optional<String> remarks, Value halfYear) {

    /** Nothing reported beside the quarters. */
    public static final Reported NONE = new Reported(Value.NOT_REPORTED, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Value.NOT_REPORTED);

    /**
     * Checks that no part is null.
     *
     * @param actual the actual achievement
     * @param percent the percent achieved
     * @param score the obtained score
     * @param evidence the evidence
     * @param remarks the remarks
     * @param halfYear the half-year subtotal
     */
    public Reported {
        requireNonNull(halfYear, "halfYear");
        requireNonNull(actual, "actual");
        requireNonNull(percent, "percent");
        requireNonNull(score, "score");
        requireNonNull(evidence, "evidence");
        requireNonNull(remarks, "remarks");
    }

    /**
     * Values reported without a half-year subtotal.
     *
     * @param actual the actual achievement
     * @param percent the percent achieved
     * @param score the obtained score
     * @param evidence the evidence
     * @param remarks the remarks
     */
    public Reported(Value actual, Optional<BigDecimal> percent, Optional<BigDecimal> score,
            Optional<String> evidence, Optional<String> remarks) {
        this(actual, percent, score, evidence, remarks, Value.NOT_REPORTED);
    }

    /**
     * These values with a half-year subtotal.
     *
     * @param newHalfYear the subtotal of Q1..Q2 as reported
     * @return new values
     */
    public Reported withHalfYear(Value newHalfYear) {
        return new Reported(actual, percent, score, evidence, remarks, newHalfYear);
    }

    /**
     * These values with another actual achievement.
     *
     * @param newActual the actual achievement
     * @return new values
     */
    public Reported withActual(Value newActual) {
        return new Reported(newActual, percent, score, evidence, remarks, halfYear);
    }

    /**
     * These values with another percent achieved.
     *
     * @param newPercent the percent, without the % sign
     * @return new values
     */
    public Reported withPercent(BigDecimal newPercent) {
        return new Reported(actual, Optional.of(newPercent), score, evidence, remarks, halfYear);
    }

    /**
     * These values with another obtained score.
     *
     * @param newScore the score
     * @return new values
     */
    public Reported withScore(BigDecimal newScore) {
        return new Reported(actual, percent, Optional.of(newScore), evidence, remarks, halfYear);
    }

    /**
     * These values with other evidence.
     *
     * @param newEvidence the evidence as written
     * @return new values
     */
    public Reported withEvidence(String newEvidence) {
        return new Reported(actual, percent, score, Optional.of(newEvidence), remarks, halfYear);
    }

    /**
     * These values with other remarks.
     *
     * @param newRemarks the remarks as written
     * @return new values
     */
    public Reported withRemarks(String newRemarks) {
        return new Reported(actual, percent, score, evidence, Optional.of(newRemarks), halfYear);
    }

    /**
     * Whether the office wrote anything here.
     *
     * @return false for {@link #NONE}
     */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
