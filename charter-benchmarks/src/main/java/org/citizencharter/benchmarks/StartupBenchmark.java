package org.citizencharter.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.rules.RuleSource;
import org.citizencharter.rules.ScoringEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first scorecard inside a fresh JVM: each measurement is the first call of its own JVM,
 * with the rules precompiled at build time, or with the same DRL compiled at run time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {

    /**
     * The default engine, its rules loaded from the precompiled model, scores the Cox's Bazar plan.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard firstScorecardPrecompiled() {
        return ScoringEngine.defaults().score(SeedPlans.coxsBazar());
    }

    /**
     * As {@link #firstScorecardPrecompiled()}, with the quick JIT only (C1), as {@code ./charter} runs a
     * one-plan command.
     *
     * @return the scorecard
     */
    @Benchmark
    @Fork(value = 10, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
    public Scorecard firstScorecardPrecompiledQuickJit() {
        return ScoringEngine.defaults().score(SeedPlans.coxsBazar());
    }

    /**
     * The same DRL compiled now (the default rules disabled, their source added under another package),
     * then the Cox's Bazar plan scored.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard firstScorecardCompiledAtRunTime() {
        ScoringEngine.Builder builder = ScoringEngine.builder();
        for (String file : List.of("aggregation", "scoring", "consistency", "rollup")) {
            RuleSource source = RuleSource.fromClasspath("org/citizencharter/rules/" + file + ".drl");
            builder.rules(RuleSource.of(source.name(), source.drl().replace("package org.citizencharter.rules;",
                    "package org.citizencharter.rules.runtime;")));
        }
        for (String rule : ScoringEngine.defaults().ruleNames()) {
            builder.disableRule(rule);
        }
        return builder.build().score(SeedPlans.coxsBazar());
    }
}
