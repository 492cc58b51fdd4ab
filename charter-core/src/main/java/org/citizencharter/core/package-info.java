/**
 * The model of charter: offices and their hierarchy, fiscal years and quarters, performance plans
 * with areas, activities and weighted indicators, the values offices report, and the result types
 * that scoring produces ({@link org.citizencharter.core.Scorecard}, {@link org.citizencharter.core.Finding}).
 * It also reads and writes Bengali text: numbers and codes in Bengali or ASCII digits
 * ({@link org.citizencharter.core.Numerals}), dates ({@link org.citizencharter.core.DateText}).
 *
 * <p>Every type here is an immutable value (records holding Eclipse Collections immutable
 * collections) and safe to share between threads. Quantities are {@link java.math.BigDecimal},
 * never {@code double}. Values that cannot exist in any plan (a null code, a negative weight) are
 * rejected when constructed, with an {@link org.citizencharter.core.InvalidInputException}; values
 * that a real plan gets wrong are kept, for scoring to report as findings.
 *
 * <p>This package depends on no framework beyond Eclipse Collections and ICU4J.
 */
package org.citizencharter.core;
