/**
 * Test support that charter publishes in charter-testkit: seeded generators of plans and
 * office hierarchies ({@link org.citizencharter.core.testing.PlanGenerator},
 * {@link org.citizencharter.core.testing.OfficeGenerator}), the seed plans built by hand
 * ({@link org.citizencharter.core.testing.SeedPlans}), a plain-Java reference scorer written from the
 * scoring contract ({@link org.citizencharter.core.testing.ReferenceScorer}), and a small runner for
 * seeded properties ({@link org.citizencharter.core.testing.Property}) that works with JUnit 5 or any
 * other test framework, and a document's JSON text as clients write it, one value changed
 * ({@link org.citizencharter.core.testing.JsonVariants}), for tests of a host's errors.
 */
package org.citizencharter.core.testing;
