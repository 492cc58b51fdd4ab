package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.PlanGenerator;
import org.junit.jupiter.api.Test;

/** One engine shared by threads scores as it does alone. */
class ConcurrencyTest {

    @Test
    void sharedByFourThreadsItScoresAsItDoesAlone() throws Exception {
        PlanGenerator generator = PlanGenerator.using(new SplittableRandom(20261122));
        List<ActionPlan> plans = IntStream.range(0, 2_000).mapToObj(i -> generator.plan()).collect(Collectors.toList());
        ScoringEngine engine = ScoringEngine.defaults();
        List<Scorecard> alone = plans.stream().map(engine::score).collect(Collectors.toList());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Scorecard>> shared = threads.invokeAll(plans.stream()
                    .map(plan -> (java.util.concurrent.Callable<Scorecard>) () -> engine.score(plan))
                    .collect(Collectors.toList()));
            for (int i = 0; i < plans.size(); i++) {
                assertThat(shared.get(i).get()).as("plan %d", i).isEqualTo(alone.get(i));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
