package org.citizencharter.benchmarks;

import java.util.concurrent.TimeUnit;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import org.citizencharter.rules.ScoringEngine;
import org.citizencharter.rules.limit.LimitScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans scored per second: the Drools engine on one thread and on two, beside the limit scorer (the same
 * rules as plain-Java ifs, equal scorecards), on the same generated plans of 6, 25 and 100 indicators as
 * of Q3. On a shared machine prefer {@link ScoringCpu}; JMH is for quiet machines and for allocation
 * ({@code -prof gc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ScoringBenchmark {

    private static final int PLANS = 1024;

    /** Indicators per plan. */
    @Param({"6", "25", "100"})
    public int indicators;

    private ActionPlan[] plans;
    private ScoringEngine engine;
    private LimitScorer limit;

    /** Generates the plans and builds the engine. */
    @Setup
    public void setUp() {
        plans = GeneratedPlans.of(PLANS, indicators, 7L * indicators);
        engine = ScoringEngine.defaults();
        limit = LimitScorer.defaults();
    }

    /** Where each thread is in the plans. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /**
     * The engine, one thread.
     *
     * @param cursor the thread's place
     * @return the scorecard
     */
    @Benchmark
    @Threads(1)
    public Scorecard engineOneThread(Cursor cursor) {
        return engine.score(plans[cursor.next++ & (PLANS - 1)]);
    }

    /**
     * The engine, two threads sharing it.
     *
     * @param cursor the thread's place
     * @return the scorecard
     */
    @Benchmark
    @Threads(2)
    public Scorecard engineTwoThreads(Cursor cursor) {
        return engine.score(plans[cursor.next++ & (PLANS - 1)]);
    }

    /**
     * The limit scorer, one thread.
     *
     * @param cursor the thread's place
     * @return the scorecard
     */
    @Benchmark
    @Threads(1)
    public Scorecard limitOneThread(Cursor cursor) {
        ActionPlan plan = plans[cursor.next++ & (PLANS - 1)];
        return limit.score(plan, plan.period().orElseThrow());
    }
}
