/**
 * JMH benchmarks of scoring, start-up and JSON, with {@link org.citizencharter.benchmarks.RunBenchmarks}
 * printing a summary, and {@link org.citizencharter.benchmarks.GeneratePlans} feeding whole-process runs.
 * Built only with the {@code benchmarks} Maven profile; see docs/performance.md.
 */
package org.citizencharter.benchmarks;
