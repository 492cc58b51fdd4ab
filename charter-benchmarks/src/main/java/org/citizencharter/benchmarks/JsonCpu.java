package org.citizencharter.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * charter's reading of each kind of document against Jackson reading the same bytes into a tree
 * ({@code ObjectMapper.readTree}), interleaved in one JVM, round after round, each timed by the CPU time
 * of the thread that runs it, so that other processes on a shared machine stretch neither (see
 * {@link ScoringCpu}). With {@code -Dold=path/to/charter-io/classes} an earlier build of charter-io is read
 * beside this one (loaded child-first; charter-core, Jackson and the rest shared), for a change's
 * before and after. With {@code -Djackson3} a Jackson 3 mapper with charter's module
 * ({@code JsonMapper.builder().findAndAddModules()}) reads them too; for an earlier build of that module,
 * put its classes and charter-io's before this jar on the class path and compare the ratios to the tree.
 *
 * <pre>
 * java -cp benchmarks.jar org.citizencharter.benchmarks.JsonCpu [plan scorecard hierarchy policy]
 *   -Drounds=40 -Dwarmup=20 -Dold=/tmp/old-io-classes
 * </pre>
 *
 * <p>Prints, for each kind, each reader's median µs of CPU per document with the inter-quartile range, and
 * the median and inter-quartile range of the per-round ratios to Jackson's tree.
 */
public final class JsonCpu {

    private static final int PLANS = 64;

    private JsonCpu() {
    }

    /** One reader of the documents of a kind. */
    private record Reader(String name, Function<byte[], Object> read) {
    }

    /**
     * Runs the measurement.
     *
     * @param args the kinds of document (all four unless given)
     * @throws Exception if the old build cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 40);
        int warmup = Integer.getInteger("warmup", 20);
        List<String> kinds = args.length == 0 ? List.of("plan", "scorecard", "hierarchy", "policy") : List.of(args);
        CharterJson json = CharterJson.standard();
        ObjectMapper mapper = new ObjectMapper();
        ClassLoader old = System.getProperty("old") == null ? null
                : new ChildFirstIo(Path.of(System.getProperty("old")).toUri().toURL(), JsonCpu.class.getClassLoader());
        Object oldJson = old == null ? null
                : old.loadClass(CharterJson.class.getName()).getMethod("standard").invoke(null);
        System.out.printf(Locale.ROOT, "%d rounds after %d of warm-up; %s; %d cores; load average %s%n", rounds,
                warmup, System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), ScoringCpu.loadAverage());
        for (String kind : kinds) {
            byte[][] documents = documents(kind, json);
            String method = "read" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            List<Reader> readers = new ArrayList<>();
            readers.add(new Reader("tree", bytes -> {
                try {
                    return mapper.readTree(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            readers.add(new Reader("charter", reader(json, method)));
            if (Boolean.getBoolean("jackson3")) {
                Class<?> type = CharterJson.class.getMethod(method, String.class).getReturnType();
                JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
                readers.add(new Reader("jackson3", bytes -> jackson3.readValue(bytes, type)));
            }
            if (oldJson != null) {
                readers.add(new Reader("old", reader(oldJson, method)));
            }
            // The same model, or the comparison means nothing.
            for (Reader other : readers.subList(2, readers.size())) {
                if (!readers.get(1).read().apply(documents[0]).equals(other.read().apply(documents[0]))) {
                    throw new IllegalStateException(other.name() + " and charter read a " + kind + " differently");
                }
            }
            measure(kind, documents, readers, rounds, warmup);
        }
    }

    private static byte[][] documents(String kind, CharterJson json) {
        List<String> texts = new ArrayList<>();
        switch (kind) {
            case "plan", "scorecard" -> {
                ScoringEngine engine = ScoringEngine.defaults();
                for (ActionPlan plan : GeneratedPlans.of(PLANS, 25, 2526L)) {
                    texts.add(kind.equals("plan") ? json.writePlan(plan)
                            : json.writeScorecard(engine.score(plan, GeneratedPlans.PERIOD)));
                }
            }
            case "hierarchy" -> texts.add(json.writeHierarchy(OfficeGenerator.district("Rangpur", 200)));
            case "policy" -> texts.add(json.writePolicy(ScoringPolicy.defaults()));
            default -> throw new IllegalArgumentException("No such kind of document: " + kind);
        }
        return texts.stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /** A CharterJson's reading method for bytes, such as {@code readPlan(InputStream, String)}. */
    private static Function<byte[], Object> reader(Object json, String method) throws NoSuchMethodException {
        Method read = json.getClass().getMethod(method, InputStream.class, String.class);
        return bytes -> {
            try {
                return read.invoke(json, new ByteArrayInputStream(bytes), "document.json");
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void measure(String kind, byte[][] documents, List<Reader> readers, int rounds, int warmup) {
        var threads = ManagementFactory.getThreadMXBean();
        int n = readers.size();
        // About 4 MB a round, whatever the size of a document.
        int repeat = Math.max(1, 4_000_000 / Arrays.stream(documents).mapToInt(d -> d.length).sum());
        int count = repeat * documents.length;
        double[][] cpu = new double[n][rounds];
        long sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                // Each round starts with another reader, so that none always follows the same one.
                int v = (k + Math.floorMod(round, n)) % n;
                Function<byte[], Object> read = readers.get(v).read();
                long start = threads.getCurrentThreadCpuTime();
                for (int r = 0; r < repeat; r++) {
                    for (byte[] document : documents) {
                        sink += read.apply(document).hashCode() & 1;
                    }
                }
                long time = threads.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    cpu[v][round] = time / 1e3 / count;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%s: %d documents of %d bytes on average a round (%d), load average %s%n",
                kind, count, Arrays.stream(documents).mapToInt(d -> d.length).sum() / documents.length, sink,
                ScoringCpu.loadAverage());
        System.out.printf(Locale.ROOT, "  %-8s %24s %26s%n", "reader", "µs CPU/document [IQR]", "CPU / tree [IQR]");
        for (int v = 0; v < n; v++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = cpu[v][r] / cpu[0][r];
            }
            System.out.printf(Locale.ROOT, "  %-8s %24s %26s%n", readers.get(v).name(),
                    ScoringCpu.quartiles(cpu[v], 1), ScoringCpu.quartiles(ratios, 3));
        }
        if (readers.get(n - 1).name().equals("old")) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = cpu[1][r] / cpu[n - 1][r];
            }
            System.out.printf(Locale.ROOT, "  charter / old, CPU: %s%n", ScoringCpu.quartiles(ratios, 3));
        }
    }

    /** Loads charter-io's classes from an earlier build, everything else from the parent. */
    private static final class ChildFirstIo extends URLClassLoader {
        ChildFirstIo(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.citizencharter.io.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
