/**
 * Scoring on Drools: {@link org.citizencharter.rules.ScoringEngine} turns an
 * {@link org.citizencharter.core.ActionPlan} and a {@link org.citizencharter.core.ReportingPeriod} into a
 * {@link org.citizencharter.core.Scorecard}, and rolls up an office and those under it.
 *
 * <p>The default rules live in {@code org/citizencharter/rules/*.drl}, one file per concern
 * (aggregation, scoring, consistency, roll-up); they are compiled to the executable model at build
 * time. Rule authors add their own DRL ({@link org.citizencharter.rules.RuleSource}), reasoning over the
 * facts of {@link org.citizencharter.rules.facts}; broken DRL fails the engine's build with a
 * {@link org.citizencharter.rules.RuleCompilationException}, a rule that fails while scoring raises a
 * {@link org.citizencharter.rules.RuleExecutionException} naming it. No Drools type appears in this
 * package's signatures.
 */
package org.citizencharter.rules;
