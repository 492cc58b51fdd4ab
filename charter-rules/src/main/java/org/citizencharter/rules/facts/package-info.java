/**
 * The facts charter's rules reason over, documented for rule authors.
 *
 * <p>The engine inserts, for each plan scored, one {@link org.citizencharter.rules.facts.ScoringContext},
 * an {@link org.citizencharter.rules.facts.AreaFact} per area, an
 * {@link org.citizencharter.rules.facts.ActivityFact} per activity, an
 * {@link org.citizencharter.rules.facts.IndicatorFact} per indicator; an indicator's values that break a
 * rule of the catalogue come as lists on it (of {@link org.citizencharter.rules.facts.ValueFact}s and
 * {@link org.citizencharter.rules.facts.Decrease}s), matched with {@code from}, and so do the repeated
 * codes of the plan ({@link org.citizencharter.rules.facts.DuplicateCode}s, on the context). The default
 * rules derive, per indicator, an {@link org.citizencharter.rules.facts.Achievement} (with its targets
 * and percents) and an {@link org.citizencharter.rules.facts.IndicatorScore}, and insert
 * {@link org.citizencharter.core.Finding}s. Derived facts carry their indicator, so that a rule tests both
 * in one pattern without a join ({@code Achievement( indicator.targetUsable, amount != null )}), and name it
 * by its index ({@code index == $i.index}). Few facts and few joins per indicator keep scoring fast.
 *
 * <p>The context is also the DRL global {@code context}, for consequences that need it without joining
 * its fact. Author rules may insert their own findings ({@code context.finding("MY_ID", Severity.WARNING,
 * template)})
 * and {@link org.citizencharter.rules.facts.ScoreAdjustment}s; findings that must follow later changes are
 * inserted logically inside a {@link org.citizencharter.rules.facts.FindingFact}. For a roll-up the engine inserts a
 * {@link org.citizencharter.rules.facts.RollUpContext} and a
 * {@link org.citizencharter.rules.facts.SubordinateFact} per office under the rolled-up one.
 *
 * <p>Every fact is an immutable record; rules derive new facts and never change the ones they match.
 */
package org.citizencharter.rules.facts;
