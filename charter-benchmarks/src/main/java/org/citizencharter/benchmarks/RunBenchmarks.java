package org.citizencharter.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark and prints a summary table with the ratios the performance goals speak of. With
 * arguments, it is JMH's own command line instead ({@code -h} lists its options).
 *
 * <pre>
 * mvn -B -Pbenchmarks package -DskipTests
 * java -jar charter-benchmarks/target/benchmarks.jar            # all, with the summary
 * java -jar charter-benchmarks/target/benchmarks.jar Scoring -p indicators=25   # JMH's command line
 * </pre>
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args nothing for all with the summary, or JMH's own arguments
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        System.out.println(summary(run(".*Benchmark.*")));
    }

    private static Collection<RunResult> run(String include) throws RunnerException {
        Options options = new OptionsBuilder().include(include).shouldFailOnError(true).build();
        return new Runner(options).run();
    }

    /**
     * The summary, as a Markdown table and the ratios.
     *
     * @param results JMH's results
     * @return the text
     */
    static String summary(Collection<RunResult> results) {
        Map<String, Result<?>> byName = new TreeMap<>();
        StringBuilder out = new StringBuilder("\n| benchmark | parameters | score | error (99.9 %) | unit |\n|---|---|---|---|---|\n");
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.benchmarks\\.", "");
            String params = run.getParams().getParamsKeys().stream()
                    .map(key -> key + "=" + run.getParams().getParam(key)).reduce((a, b) -> a + " " + b).orElse("");
            Result<?> primary = run.getPrimaryResult();
            byName.put(name + (params.isEmpty() ? "" : " " + params), primary);
            out.append(String.format(Locale.ROOT, "| %s | %s | %,.1f | %,.1f | %s |%n", name, params, primary.getScore(),
                    primary.getScoreError(), primary.getScoreUnit()));
        }
        out.append('\n');
        for (String size : new String[] {"6", "25", "100"}) {
            Result<?> one = byName.get("ScoringBenchmark.engineOneThread indicators=" + size);
            Result<?> two = byName.get("ScoringBenchmark.engineTwoThreads indicators=" + size);
            Result<?> limit = byName.get("ScoringBenchmark.limitOneThread indicators=" + size);
            if (one != null && two != null && limit != null) {
                out.append(String.format(Locale.ROOT, "%s indicators: engine %,.0f plans/s on one thread, %,.0f on two"
                        + " (x%.2f); limit %,.0f; engine / limit = %.2f%n", size, one.getScore(), two.getScore(),
                        two.getScore() / one.getScore(), limit.getScore(), one.getScore() / limit.getScore()));
            }
        }
        Result<?> read = byName.get("JsonBenchmark.charterRead");
        Result<?> treeRead = byName.get("JsonBenchmark.jacksonTreeRead");
        Result<?> write = byName.get("JsonBenchmark.charterWrite");
        Result<?> treeWrite = byName.get("JsonBenchmark.jacksonTreeWrite");
        if (read != null && treeRead != null && write != null && treeWrite != null) {
            double megabytes = JsonBenchmark.averageDocumentBytes() / 1e6;
            out.append(String.format(Locale.ROOT, "JSON (plan documents of %,.0f bytes): charter reads %.1f MB/s, Jackson's"
                    + " tree %.1f MB/s (ratio %.2f); charter writes %.1f MB/s, Jackson's tree %.1f MB/s (ratio %.2f)%n",
                    megabytes * 1e6, read.getScore() * megabytes, treeRead.getScore() * megabytes,
                    read.getScore() / treeRead.getScore(), write.getScore() * megabytes, treeWrite.getScore() * megabytes,
                    write.getScore() / treeWrite.getScore()));
        }
        Result<?> precompiled = byName.get("StartupBenchmark.firstScorecardPrecompiled");
        Result<?> quick = byName.get("StartupBenchmark.firstScorecardPrecompiledQuickJit");
        Result<?> compiled = byName.get("StartupBenchmark.firstScorecardCompiledAtRunTime");
        if (precompiled != null && quick != null && compiled != null) {
            out.append(String.format(Locale.ROOT, "First scorecard in a fresh JVM: %.0f ± %.0f ms precompiled (%.0f ± %.0f ms"
                    + " with the quick JIT only), %.0f ± %.0f ms with the DRL compiled at run time%n",
                    precompiled.getScore(), precompiled.getScoreError(), quick.getScore(), quick.getScoreError(),
                    compiled.getScore(), compiled.getScoreError()));
        }
        return out.toString();
    }
}
