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
 * ({@code ObjectMapper.readTree}), and charter's writing of each against Jackson writing that tree back
 * ({@code ObjectMapper.writeValueAsBytes}), interleaved in one JVM, round after round, each timed by the
 * CPU time of the thread that runs it, so that other processes on a shared machine stretch neither (see
 * {@link ScoringCpu}). With {@code -Dold=path/to/charter-io/classes} an earlier build of charter-io is read
 * beside this one (loaded child-first; charter-core, Jackson and the rest shared), for a change's
 * before and after; with {@code -DoldCore=path/to/charter-core/classes} as well, charter-core's classes
 * too (the old build then reads and writes models of its own classes). With {@code -Djackson3} a Jackson 3
 * mapper with charter's module ({@code JsonMapper.builder().findAndAddModules()}) reads them too; for an
 * earlier build of that module, put its classes and charter-io's before this jar on the class path and
 * compare the ratios to the tree. With {@code -Dhost} a host's Jackson 2 mapper with charter's module reads
 * them from their bytes too (and, with {@code -Dold}, one with the earlier build's module). With
 * {@code -Drecords}, plans are also bound by databind to records of their shape ({@link PlanShape}): the least
 * a reading by databind's bean deserializers could cost.
 *
 * <pre>
 * java -cp benchmarks.jar org.citizencharter.benchmarks.JsonCpu [plan scorecard hierarchy policy]
 *   -Drounds=40 -Dwarmup=20 -Dold=/tmp/old-io-classes [-DoldCore=/tmp/old-core-classes] [-Dops=read,write]
 * </pre>
 *
 * <p>Prints, for each kind and operation, each variant's median µs of CPU per document with the
 * inter-quartile range, and the median and inter-quartile range of the per-round ratios to Jackson's.
 * The old and the new build must write every document byte for byte the same.
 */
public final class JsonCpu {

    private static final int PLANS = 64;

    private JsonCpu() {
    }

    /**
     * One reader of the documents of a kind, or one writer of them (from what it read), with what it needs
     * done, untimed, before each round.
     */
    private record Reader(String name, Function<byte[], Object> read, Runnable prepare) {
        Reader(String name, Function<byte[], Object> read) {
            this(name, read, () -> { });
        }
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
        List<String> ops = List.of(System.getProperty("ops", "read,write").split(","));
        String oldCore = System.getProperty("oldCore");
        ClassLoader old = System.getProperty("old") == null ? null
                : new ChildFirstIo(Path.of(System.getProperty("old")).toUri().toURL(),
                        oldCore == null ? null : Path.of(oldCore).toUri().toURL(), JsonCpu.class.getClassLoader());
        Object oldJson = old == null ? null
                : old.loadClass(CharterJson.class.getName()).getMethod("standard").invoke(null);
        System.out.printf(Locale.ROOT, "%d rounds after %d of warm-up; %s; %d cores; load average %s%n", rounds,
                warmup, System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), ScoringCpu.loadAverage());
        for (String kind : kinds) {
            byte[][] documents = documents(kind, json);
            String name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            Function<byte[], Object> charterRead = reader(json, "read" + name);
            Function<byte[], Object> oldRead = oldJson == null ? null : reader(oldJson, "read" + name);
            if (oldJson != null) {
                // The same model and the same bytes, or the comparison means nothing.
                Function<Object, Object> charterWrite = writer(json, "write" + name);
                Function<Object, Object> oldWrite = writer(oldJson, "write" + name);
                for (byte[] document : documents) {
                    if (!Arrays.equals((byte[]) charterWrite.apply(charterRead.apply(document)),
                            (byte[]) oldWrite.apply(oldRead.apply(document)))) {
                        throw new IllegalStateException("old and new write a " + kind + " differently");
                    }
                }
                if (oldCore == null && !charterRead.apply(documents[0]).equals(oldRead.apply(documents[0]))) {
                    throw new IllegalStateException("old and new read a " + kind + " differently");
                }
            }
            if (ops.contains("read")) {
                List<Reader> readers = new ArrayList<>();
                readers.add(new Reader("tree", bytes -> {
                    try {
                        return mapper.readTree(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                readers.add(new Reader("charter", charterRead));
                if (Boolean.getBoolean("jackson3")) {
                    Class<?> type = CharterJson.class.getMethod("read" + name, String.class).getReturnType();
                    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
                    readers.add(new Reader("jackson3", bytes -> jackson3.readValue(bytes, type)));
                    // The same model, or the comparison means nothing.
                    if (!charterRead.apply(documents[0]).equals(readers.get(2).read().apply(documents[0]))) {
                        throw new IllegalStateException("jackson3 and charter read a " + kind + " differently");
                    }
                }
                if (oldJson != null) {
                    readers.add(new Reader("old", oldRead));
                }
                if (Boolean.getBoolean("host")) {
                    Class<?> type = CharterJson.class.getMethod("read" + name, String.class).getReturnType();
                    readers.add(hostReader("host", new ObjectMapper().findAndRegisterModules(), type));
                    if (old != null) {
                        ObjectMapper oldHost = new ObjectMapper().registerModule((com.fasterxml.jackson.databind.Module)
                                old.loadClass("org.citizencharter.io.CharterModule").getConstructor().newInstance());
                        readers.add(hostReader("oldHost", oldHost, type));
                    }
                }
                if (Boolean.getBoolean("records") && kind.equals("plan")) {
                    readers.add(new Reader("records", bytes -> {
                        try {
                            return PlanShape.READER.readValue(bytes);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                }
                measure(kind, documents, readers, rounds, warmup);
            }
            if (ops.contains("write")) {
                // Each variant writes what it read from the same bytes: Jackson its tree, charter its model, read
                // afresh (untimed) for each writing, as a batch writes each scorecard once: BigDecimal keeps the
                // text it made, so writing the same model again would be cheaper than writing a new one.
                List<Reader> writers = new ArrayList<>();
                writers.add(fresh("tree", documents, bytes -> {
                    try {
                        return mapper.readTree(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, tree -> {
                    try {
                        return mapper.writeValueAsBytes(tree);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                writers.add(fresh("charter", documents, charterRead, writer(json, "write" + name)));
                if (oldJson != null) {
                    writers.add(fresh("old", documents, oldRead, writer(oldJson, "write" + name)));
                }
                measure(kind + ", writing", documents, writers, rounds, warmup);
            }
        }
    }

    /** A host's Jackson 2 mapper reading a document from its bytes, as Spring reads a request's body. */
    private static Reader hostReader(String name, ObjectMapper host, Class<?> type) {
        return new Reader(name, bytes -> {
            try {
                return host.readValue(bytes, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A writer of the models read from the documents: before each round, every document is read again for
     * each time the round writes it, and each writing takes the next model.
     */
    private static Reader fresh(String name, byte[][] documents, Function<byte[], Object> read,
            Function<Object, Object> write) {
        int times = repeat(documents) * documents.length;
        Object[] models = new Object[times];
        int[] next = new int[1];
        Runnable prepare = () -> {
            for (int i = 0; i < times; i++) {
                models[i] = read.apply(documents[i % documents.length]);
            }
            next[0] = 0;
        };
        prepare.run();
        return new Reader(name, bytes -> {
            Object model = models[next[0]];
            models[next[0]++] = null;
            return write.apply(model);
        }, prepare);
    }

    /** How many times a round reads or writes each document: about 4 MB a round, whatever their size. */
    private static int repeat(byte[][] documents) {
        return Math.max(1, 4_000_000 / Arrays.stream(documents).mapToInt(d -> d.length).sum());
    }

    /** A CharterJson's writing method to a stream, such as {@code writePlan(ActionPlan, OutputStream)}: bytes. */
    private static Function<Object, Object> writer(Object json, String method) {
        Method write = Arrays.stream(json.getClass().getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == 2
                        && m.getParameterTypes()[1] == java.io.OutputStream.class)
                .findFirst().orElseThrow();
        return model -> {
            var out = new java.io.ByteArrayOutputStream(1024);
            try {
                write.invoke(json, model, out);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        };
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
        int repeat = repeat(documents);
        int count = repeat * documents.length;
        double[][] cpu = new double[n][rounds];
        long sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                // Each round starts with another reader, so that none always follows the same one.
                int v = (k + Math.floorMod(round, n)) % n;
                Function<byte[], Object> read = readers.get(v).read();
                readers.get(v).prepare().run();
                long start = threads.getCurrentThreadCpuTime();
                for (int r = 0; r < repeat; r++) {
                    for (byte[] document : documents) {
                        sink += System.identityHashCode(read.apply(document)) & 1;
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

    /**
     * Loads charter-io's classes (and charter-core's, if given) from an earlier build, everything else from
     * the parent.
     */
    private static final class ChildFirstIo extends URLClassLoader {
        private final boolean core;

        ChildFirstIo(URL classes, URL coreClasses, ClassLoader parent) {
            super(coreClasses == null ? new URL[] {classes} : new URL[] {classes, coreClasses}, parent);
            this.core = coreClasses != null;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.citizencharter.io.") && !(core && name.startsWith("org.citizencharter.core.")
                    && !name.startsWith("org.citizencharter.core.testing."))) {
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
