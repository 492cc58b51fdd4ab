package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Which scoring policy produced a scorecard, and the scale its figures are written at: the rounding
 * scale travels with the scorecard, so that every writer of one scorecard (JSON, text, report) prints
 * the same figures. {@link #round(BigDecimal)} is the one place a figure is rounded, and
 * {@link #format(BigDecimal, Language)} / {@link #formatCompact(BigDecimal, Language)} the one place a
 * rounded figure is written as text. Immutable.
 *
 * @param id the policy's id, such as "charter-default"
 * @param version the policy's version
 * @param roundingScale the decimals figures are written with (HALF_UP), 0 to 10
 */
public record PolicyRef(String id, String version, int roundingScale) {

    /** The scale of the default policy. */
    public static final int DEFAULT_SCALE = 2;

    /**
     * Checks the parts.
     *
     * @param id the policy's id
     * @param version its version
     * @param roundingScale the decimals figures are written with
     */
    public PolicyRef {
        requireNonNull(id, "id");
        requireNonNull(version, "version");
        if (roundingScale < 0 || roundingScale > 10) {
            throw InvalidInputException.of("The rounding scale must be 0 to 10", Integer.toString(roundingScale));
        }
    }

    /**
     * A policy reference with the default scale of 2 decimals.
     *
     * @param id the policy's id
     * @param version its version
     */
    public PolicyRef(String id, String version) {
        this(id, version, DEFAULT_SCALE);
    }

    /**
     * A figure as it is written: rounded once, HALF_UP, to {@link #roundingScale()} decimals.
     *
     * @param figure the exact or unrounded figure
     * @return the rounded figure, with exactly that scale
     */
    public BigDecimal round(BigDecimal figure) {
        return figure.setScale(roundingScale, RoundingMode.HALF_UP);
    }

    /**
     * An exact figure as it is written: rounded once, HALF_UP, to {@link #roundingScale()} decimals.
     *
     * @param figure the exact figure
     * @return the rounded figure, with exactly that scale
     */
    public BigDecimal round(Fraction figure) {
        return figure.round(roundingScale);
    }

    /**
     * A figure as text and reports show a score: rounded by {@link #round(BigDecimal)}, with all
     * {@link #roundingScale()} decimals, in the language's digits ("2.78", "২.৭৮").
     *
     * @param figure the exact or unrounded figure
     * @param language the language of the digits
     * @return the figure written
     */
    public String format(BigDecimal figure, Language language) {
        return Numerals.format(round(figure), language);
    }

    /**
     * A figure as text and reports show a percent or an amount: rounded by {@link #round(BigDecimal)},
     * trailing zeros after the point dropped ("75", "22.22", "22.222" at scale 3).
     *
     * @param figure the exact or unrounded figure
     * @param language the language of the digits
     * @return the figure written
     */
    public String formatCompact(BigDecimal figure, Language language) {
        BigDecimal shown = round(figure).stripTrailingZeros();
        return Numerals.format(shown.scale() < 0 ? shown.setScale(0, RoundingMode.UNNECESSARY) : shown, language);
    }
}
