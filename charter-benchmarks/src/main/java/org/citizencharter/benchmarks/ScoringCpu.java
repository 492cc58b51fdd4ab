package org.citizencharter.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.rules.ScoringEngine;
import org.citizencharter.rules.limit.LimitScorer;

/**
 * Scoring measured so that a shared machine cannot fool it: the variants (the engine, the limit scorer,
 * and optionally the engine of an earlier build) run interleaved in one JVM, round after round on the
 * same plans, each timed by the CPU time of the thread that runs it and weighed by the bytes that thread
 * allocates. Another process taking the cores stretches wall-clock time but not a thread's CPU time, and
 * it stretches the variants of one round alike, so the per-round ratio engine / limit holds; the spread
 * of those ratios is printed beside them.
 *
 * <pre>
 * java -cp benchmarks.jar org.citizencharter.benchmarks.ScoringCpu [indicators ...]
 *   -Drounds=60 -Dwarmup=30 -Dplans=512      rounds measured, rounds of warm-up, plans a round
 *   -Dold=/path/to/charter-rules/classes     also the engine of that build ("old"), child-first
 *   -DoldWorld=core:testkit:rules            also an earlier build of charter-core, the generators and
 *                                            charter-rules (class directories, ':'-separated): its own
 *                                            plans from the same seeds, for a change to charter-core
 *   -DoldWorld=core:testkit:rules:rules-test the same, and that build's limit scorer (charter-rules'
 *                                            test classes) beside this one's, as "oldLimit"
 * </pre>
 *
 * <p>Prints, for each plan size, each variant's median µs of CPU and KB allocated per plan with the
 * inter-quartile range, and the median and inter-quartile range of the per-round ratios to the limit.
 */
public final class ScoringCpu {

    private ScoringCpu() {
    }

    /** One way of scoring a plan. */
    private record Variant(String name, Function<ActionPlan, Scorecard> scorer) {
    }

    /** A whole earlier build: its own classes, its own plans (the same seeds), scored by its own engine. */
    private static final class OldWorld {
        private final ClassLoader loader;
        private final Object engine;
        private final Method score;
        private final Object period;
        /** The old build's limit scorer, when its directories hold one (charter-rules' test classes), else null. */
        private final Object limit;
        private final Method limitScore;
        private Object[] plans;

        OldWorld(String path) throws Exception {
            String[] dirs = path.split(":");
            URL[] urls = new URL[dirs.length];
            for (int i = 0; i < dirs.length; i++) {
                urls[i] = Path.of(dirs[i]).toUri().toURL();
            }
            loader = new ChildFirst(urls, ScoringCpu.class.getClassLoader());
            Class<?> engineType = loader.loadClass(ScoringEngine.class.getName());
            engine = engineType.getMethod("defaults").invoke(null);
            Class<?> periodType = loader.loadClass("org.citizencharter.core.ReportingPeriod");
            Class<?> yearType = loader.loadClass("org.citizencharter.core.FiscalYear");
            Class<?> quarterType = loader.loadClass("org.citizencharter.core.Quarter");
            Object year = yearType.getMethod("of", int.class).invoke(null, GeneratedPlans.PERIOD.fiscalYear().startYear());
            Object quarter = quarterType.getMethod("valueOf", String.class).invoke(null, GeneratedPlans.PERIOD.asOf().name());
            period = periodType.getMethod("of", yearType, quarterType).invoke(null, year, quarter);
            score = engineType.getMethod("score", loader.loadClass("org.citizencharter.core.ActionPlan"), periodType);
            Class<?> limitType = loader.loadClass(LimitScorer.class.getName());
            boolean own = limitType.getClassLoader() == loader;
            limit = own ? limitType.getMethod("defaults").invoke(null) : null;
            limitScore = own ? limitType.getMethod("score", loader.loadClass("org.citizencharter.core.ActionPlan"),
                    periodType) : null;
        }

        /** The plans of GeneratedPlans.of, made by the old generator. */
        void generate(int count, int indicators, long seed) throws Exception {
            Class<?> generatorType = loader.loadClass("org.citizencharter.core.testing.PlanGenerator");
            Class<?> kindType = loader.loadClass("org.citizencharter.core.PlanKind");
            Class<?> planType = loader.loadClass("org.citizencharter.core.ActionPlan");
            Class<?> findingType = loader.loadClass("org.citizencharter.core.FindingType");
            Object generator = generatorType.getMethod("using", java.util.random.RandomGenerator.class)
                    .invoke(null, new java.util.SplittableRandom(seed));
            Object kind = kindType.getMethod("valueOf", String.class).invoke(null, "CITIZEN_CHARTER");
            Method plan = generatorType.getMethod("plan", kindType, int.class, period.getClass());
            Method injectable = generatorType.getMethod("injectable", period.getClass());
            Method inject = generatorType.getMethod("inject", planType, period.getClass(), findingType);
            plans = new Object[count];
            for (int i = 0; i < count; i++) {
                Object made = plan.invoke(generator, kind, indicators, period);
                plans[i] = i % 4 == 3 ? inject.invoke(generator, made, period, injectable.invoke(generator, period)) : made;
            }
        }

        long scoreAll(boolean byTheLimit) throws Exception {
            long sink = 0;
            for (Object plan : plans) {
                sink += (byTheLimit ? limitScore.invoke(limit, plan, period) : score.invoke(engine, plan, period))
                        .hashCode() & 1;
            }
            return sink;
        }

        String scorecard(int i, boolean byTheLimit) throws Exception {
            return String.valueOf(byTheLimit ? limitScore.invoke(limit, plans[i], period)
                    : score.invoke(engine, plans[i], period));
        }
    }

    /**
     * Runs the measurement.
     *
     * @param args plan sizes in indicators (6 and 25 unless given)
     * @throws Exception if the old build cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 60);
        int warmup = Integer.getInteger("warmup", 30);
        int count = Integer.getInteger("plans", 512);
        int[] sizes = args.length == 0 ? new int[] {6, 25} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        ReportingPeriod period = GeneratedPlans.PERIOD;

        List<Variant> variants = new ArrayList<>();
        ScoringEngine engine = ScoringEngine.defaults();
        variants.add(new Variant("engine", plan -> engine.score(plan, period)));
        String old = System.getProperty("old");
        if (old != null) {
            variants.add(new Variant("old", oldEngine(Path.of(old), period)));
        }
        LimitScorer limit = LimitScorer.defaults();
        variants.add(new Variant("limit", plan -> limit.score(plan, period)));
        int limitIndex = variants.size() - 1;
        String oldWorldPath = System.getProperty("oldWorld");
        OldWorld world = oldWorldPath == null ? null : new OldWorld(oldWorldPath);
        if (world != null) {
            // Scores the world's own plans, whatever plan it is handed.
            variants.add(new Variant("oldWorld", null));
            if (world.limit != null) {
                variants.add(new Variant("oldLimit", null));
            }
        }

        System.out.printf(Locale.ROOT, "%d rounds after %d of warm-up, %d plans a round; %s; %d cores; load average %s%n",
                rounds, warmup, count, System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        for (int size : sizes) {
            ActionPlan[] plans = GeneratedPlans.of(count, size, 7L * size);
            if (world != null) {
                world.generate(count, size, 7L * size);
                if (!world.scorecard(3, false).equals(String.valueOf(ScoringEngine.defaults().score(plans[3], period)))) {
                    throw new IllegalStateException("oldWorld and engine disagree on a plan");
                }
                if (world.limit != null && !world.scorecard(3, true).equals(String.valueOf(limit.score(plans[3], period)))) {
                    throw new IllegalStateException("oldLimit and limit disagree on a plan");
                }
            }
            for (Variant variant : variants) {
                if (variant.scorer() == null) {
                    continue;
                }
                // The same scorecards, or the comparison means nothing.
                if (!variant.scorer().apply(plans[3]).equals(variants.get(limitIndex).scorer().apply(plans[3]))) {
                    throw new IllegalStateException(variant.name() + " and limit disagree on a plan");
                }
            }
            int n = variants.size();
            double[][] cpu = new double[n][rounds];
            double[][] bytes = new double[n][rounds];
            long sink = 0;
            for (int round = -warmup; round < rounds; round++) {
                for (int k = 0; k < n; k++) {
                    // Each round starts with another variant, so that none always follows the same one.
                    int v = (k + Math.floorMod(round, n)) % n;
                    Function<ActionPlan, Scorecard> scorer = variants.get(v).scorer();
                    long allocated = threads.getCurrentThreadAllocatedBytes();
                    long start = threads.getCurrentThreadCpuTime();
                    if (scorer == null) {
                        sink += world.scoreAll(variants.get(v).name().equals("oldLimit"));
                    } else {
                        for (ActionPlan plan : plans) {
                            sink += scorer.apply(plan).findings().size();
                        }
                    }
                    long time = threads.getCurrentThreadCpuTime() - start;
                    long used = threads.getCurrentThreadAllocatedBytes() - allocated;
                    if (round >= 0) {
                        cpu[v][round] = time / 1e3 / count;
                        bytes[v][round] = used / 1024.0 / count;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%n%d indicators (findings seen: %d), load average %s%n", size, sink,
                    loadAverage());
            System.out.printf(Locale.ROOT, "  %-8s %22s %22s %26s%n", "variant", "µs CPU/plan [IQR]", "KB/plan [IQR]",
                    "CPU / limit, median [IQR]");
            for (int v = 0; v < n; v++) {
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = cpu[v][r] / cpu[limitIndex][r];
                }
                System.out.printf(Locale.ROOT, "  %-8s %22s %22s %26s%n", variants.get(v).name(), quartiles(cpu[v], 1),
                        quartiles(bytes[v], 1), quartiles(ratios, 3));
            }
            for (int v = 1; v < n; v++) {
                if (v == limitIndex) {
                    continue;
                }
                // An old limit scorer is compared with this one, an old engine with this engine.
                int against = variants.get(v).name().equals("oldLimit") ? limitIndex : 0;
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = cpu[against][r] / cpu[v][r];
                }
                System.out.printf(Locale.ROOT, "  %s / %s, CPU: %s%n", variants.get(against).name(),
                        variants.get(v).name(), quartiles(ratios, 3));
            }
        }
    }

    /** The median, then the first and third quartiles in brackets (also {@link JsonCpu}'s). */
    static String quartiles(double[] values, int decimals) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        String format = "%." + decimals + "f";
        return String.format(Locale.ROOT, format + " [" + format + "–" + format + "]", quantile(sorted, 0.5),
                quantile(sorted, 0.25), quantile(sorted, 0.75));
    }

    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }

    static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * The default engine of another build of charter-rules (its target/classes, or its jar), loaded
     * child-first beside this one: charter-core, Drools and the rest are shared.
     */
    private static Function<ActionPlan, Scorecard> oldEngine(Path classes, ReportingPeriod period) throws Exception {
        ClassLoader loader = new ChildFirst(new URL[] {classes.toUri().toURL()}, ScoringCpu.class.getClassLoader());
        Class<?> type = loader.loadClass(ScoringEngine.class.getName());
        Object engine = type.getMethod("defaults").invoke(null);
        Method score = type.getMethod("score", ActionPlan.class, ReportingPeriod.class);
        return plan -> {
            try {
                return (Scorecard) score.invoke(engine, plan, period);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Loads what the old build holds itself, the rest from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] classes, ClassLoader parent) {
            super(classes, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL here = findResource(name);
            return here != null ? here : super.getResource(name);
        }
    }
}
