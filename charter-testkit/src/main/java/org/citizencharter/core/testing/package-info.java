/**
 * Test support that charter publishes in charter-testkit: seeded generators of plans and
 * office hierarchies ({@link org.citizencharter.core.testing.PlanGenerator},
 * {@link org.citizencharter.core.testing.OfficeGenerator}), the seed plans built by hand
 * ({@link org.citizencharter.core.testing.SeedPlans}), a plain-Java reference scorer written from the
 * scoring contract ({@link org.citizencharter.core.testing.ReferenceScorer}), and a small runner for
 * seeded properties ({@link org.citizencharter.core.testing.Property}) that works with JUnit 5 or any
 * other test framework.
 */
package org.citizencharter.core.testing;
