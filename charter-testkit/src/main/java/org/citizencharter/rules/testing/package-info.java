/**
 * Test support charter publishes in charter-testkit: {@link
 * org.citizencharter.rules.testing.ScoringEngineContract}, the scoring contract as JUnit 5 properties
 * that a customised engine proves with one {@code implements} line.
 */
package org.citizencharter.rules.testing;
