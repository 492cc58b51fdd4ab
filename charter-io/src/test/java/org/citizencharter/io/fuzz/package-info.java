/**
 * Jazzer fuzz tests of every reader of untrusted input: JSON plans (one or a stream), scorecards, office
 * hierarchies and scoring policies, the offices' tables, and the scoring of whatever plan can be read.
 *
 * <p>Each fuzz test is an ordinary JUnit test in {@code mvn verify}: without the environment variable
 * {@code JAZZER_FUZZ} Jazzer replays the committed inputs under
 * {@code src/test/resources/org/citizencharter/io/fuzz/<Class>Inputs/<method>/} (the seed documents and
 * every crash found, minimised). {@code scripts/fuzz.sh} fuzzes each for a set time.
 *
 * <p>What counts as a finding: any exception other than
 * {@link org.citizencharter.core.InvalidInputException}, an error that does not say where, a value read
 * that does not survive being written and read again, a hang, or running out of memory.
 */
package org.citizencharter.io.fuzz;
