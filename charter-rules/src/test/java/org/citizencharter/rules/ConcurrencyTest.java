package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Weight;
import org.citizencharter.core.testing.PlanGenerator;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by threads scores as it does alone: the same scorecards, findings in the same
 * order; and a plan whose author rules fail fails alone, while the other threads go on scoring.
 */
class ConcurrencyTest {

    private static final int PLANS = 5_000;
    private static final int THREADS = 8;
    private static final long SEED = 20261122L;

    /**
     * Plan {@code i}, made again from its own seed whenever it is asked for, so that five thousand plans
     * need not be held at once: consistent, or (two times in three) with an inconsistency of the catalogue
     * injected, so that there are findings to keep in order.
     */
    private static ActionPlan plan(int i) {
        PlanGenerator generator = PlanGenerator.using(new SplittableRandom(SEED + i));
        ReportingPeriod period = generator.period();
        ActionPlan plan = generator.plan(generator.kind(), 1 + i % 12, period);
        return i % 3 == 0 ? plan : generator.inject(plan, period, generator.injectable(period));
    }

    @Test
    void eightThreadsSharingOneEngineScoreFiveThousandPlansAsOneThreadDoes() throws Exception {
        ScoringEngine engine = ScoringEngine.defaults();
        List<Scorecard> alone = new ArrayList<>(PLANS);
        for (int i = 0; i < PLANS; i++) {
            alone.add(engine.score(plan(i)));
        }
        assertThat(alone.stream().mapToInt(card -> card.findings().size()).sum()).as("findings to keep in order")
                .isGreaterThan(PLANS / 2);

        List<Scorecard> shared = onThreads(i -> () -> engine.score(plan(i)));

        for (int i = 0; i < PLANS; i++) {
            assertThat(shared.get(i).findings()).as("findings of plan %d, in order", i)
                    .containsExactlyElementsOf(alone.get(i).findings());
            assertThat(shared.get(i)).as("plan %d", i).isEqualTo(alone.get(i));
        }
    }

    @Test
    void whileSomePlansRulesThrowOrLoopTheOtherThreadsScoreAsAlone() throws Exception {
        ScoringEngine engine = ScoringEngine.builder().rules("failing.drl", """
                package org.citizencharter.custom;

                import org.citizencharter.rules.facts.*;

                declare Tick
                    n : int
                end

                rule "Throws on weight 113"
                when
                    IndicatorFact( weight == 113 )
                then
                    throw new IllegalStateException( "boom" );
                end

                rule "Starts ticking on weight 213"
                when
                    IndicatorFact( weight == 213 )
                then
                    insert( new Tick( 0 ) );
                end

                rule "Ticks forever"
                when
                    $t : Tick( )
                then
                    delete( $t );
                    insert( new Tick( $t.getN() + 1 ) );
                end
                """).build();
        int plans = 2_000;
        List<Scorecard> alone = new ArrayList<>(plans);
        for (int i = 0; i < plans; i++) {
            alone.add(i % 4 == 0 ? null : engine.score(plan(i)));
        }

        List<Object> shared = onThreads(plans, i -> () -> {
            if (i % 4 != 0) {
                return engine.score(plan(i));
            }
            ActionPlan failing = plan(i).mapIndicators(indicator -> indicator.withWeight(Weight.of(i % 8 == 0 ? 113 : 213)));
            try {
                return engine.score(failing);
            } catch (RuleExecutionException expected) {
                return expected;
            }
        });

        for (int i = 0; i < plans; i++) {
            if (i % 4 != 0) {
                assertThat(shared.get(i)).as("plan %d", i).isEqualTo(alone.get(i));
            } else {
                assertThat(shared.get(i)).as("plan %d", i).isInstanceOfSatisfying(RuleExecutionException.class,
                        failure -> assertThat(failure.rule()).isIn("Throws on weight 113", "Ticks forever"));
                assertThat(((RuleExecutionException) shared.get(i)).rule())
                        .isEqualTo(i % 8 == 0 ? "Throws on weight 113" : "Ticks forever");
            }
        }
        assertThat(engine.score(plan(1))).isEqualTo(alone.get(1));
    }

    private static List<Scorecard> onThreads(IntFunction<Callable<Scorecard>> task) throws Exception {
        return onThreads(PLANS, task);
    }

    /** Runs task i for every i on a pool of eight threads; the results in the order of i. */
    private static <T> List<T> onThreads(int count, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<T>> tasks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                tasks.add(task.apply(i));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> result : threads.invokeAll(tasks)) {
                try {
                    results.add(result.get());
                } catch (ExecutionException failed) {
                    throw new AssertionError("A thread failed", failed.getCause());
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
