package org.citizencharter.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;

/**
 * Two threads against one, in one JVM, on the work of a batch without its command: each plan's bytes read,
 * scored and its scorecard written to bytes (or, with {@code -Dscoring=true}, scored alone). After a warm-up
 * on both threads, rounds alternate one thread and two for a few seconds each, and each round prints the
 * plans a second of each and their ratio, so that the compiler's warm-up, the command's own threads and a
 * slow spell of the machine (which a one-thread round may meet and the next not) show apart from the
 * scaling of the work itself. Wall-clock throughput, as scaling is about wall time: run it on a quiet
 * machine, and read the spread of the rounds.
 *
 * <pre>
 * java -Xms1g -Xmx1g -XX:+UseParallelGC -cp benchmarks.jar org.citizencharter.benchmarks.ThreadScaling
 *   -Drounds=10 -Dseconds=4 -Dwarmup=15 -Dindicators=25    rounds, seconds a variant, seconds of warm-up
 *   -Dscoring=true                                         scoring alone, no JSON
 * </pre>
 */
public final class ThreadScaling {

    private ThreadScaling() {
    }

    /** One plan's work. */
    private interface Work {
        long on(int plan);
    }

    /**
     * Runs the rounds.
     *
     * @param args none
     * @throws Exception if a thread fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 10);
        int seconds = Integer.getInteger("seconds", 4);
        int warmup = Integer.getInteger("warmup", 15);
        ReportingPeriod period = GeneratedPlans.PERIOD;
        ActionPlan[] plans = GeneratedPlans.of(512, Integer.getInteger("indicators", 25), 175L);
        ScoringEngine engine = ScoringEngine.defaults();
        CharterJson json = CharterJson.standard();
        byte[][] documents = new byte[plans.length][];
        for (int i = 0; i < plans.length; i++) {
            documents[i] = json.writePlan(plans[i]).getBytes(StandardCharsets.UTF_8);
        }
        Work work = Boolean.getBoolean("scoring") ? i -> engine.score(plans[i], period).findings().size() : i -> {
            ActionPlan plan = json.readPlan(new ByteArrayInputStream(documents[i]), "plan " + i);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            json.writeScorecard(engine.score(plan, period), out);
            return out.size();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            rate(pool, 2, plans.length, work, warmup);
            System.out.printf(Locale.ROOT, "%s, %d plans of %d indicators, %d s a variant%n",
                    Boolean.getBoolean("scoring") ? "scoring alone" : "read, score and write",
                    plans.length, plans[0].indicators().size(), seconds);
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double one = rate(pool, 1, plans.length, work, seconds);
                double two = rate(pool, 2, plans.length, work, seconds);
                ratios.add(two / one);
                System.out.printf(Locale.ROOT, "  one thread %,.0f plans/s, two %,.0f plans/s: %.2f%n", one, two,
                        two / one);
            }
            ratios.sort(null);
            System.out.printf(Locale.ROOT, "two / one, median of %d rounds: %.2f (%.2f to %.2f)%n", rounds,
                    ratios.get(rounds / 2), ratios.get(0), ratios.get(rounds - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Plans a second that some threads do together, each starting at its own place in the plans. */
    private static double rate(ExecutorService pool, int threads, int plans, Work work, int seconds)
            throws InterruptedException, ExecutionException {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder done = new LongAdder();
        List<Future<Long>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t * plans / threads;
            running.add(pool.submit(() -> {
                long sink = 0;
                for (int i = first; !stop.get(); i = (i + 1) % plans) {
                    sink += work.on(i);
                    done.increment();
                }
                return sink;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<Long> thread : running) {
            thread.get();
        }
        return done.sum() / ((System.nanoTime() - start) / 1e9);
    }
}
