package org.citizencharter.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.io.CharterJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plan documents read and written per second by charter, beside Jackson reading the same bytes into a
 * plain tree ({@code JsonNode}) and writing that tree. {@link RunBenchmarks} turns documents per second into
 * MB/s with {@link #averageDocumentBytes()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JsonBenchmark {

    private static final int DOCUMENTS = 256;
    private static final CharterJson JSON = CharterJson.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ActionPlan[] plans;
    private byte[][] documents;
    private JsonNode[] trees;
    private byte[] lines;
    private int next;

    /**
     * Serialises 25-indicator plans once.
     *
     * @throws IOException never, in memory
     */
    @Setup
    public void setUp() throws IOException {
        plans = GeneratedPlans.of(DOCUMENTS, 25, 2526L);
        documents = new byte[DOCUMENTS][];
        trees = new JsonNode[DOCUMENTS];
        for (int i = 0; i < DOCUMENTS; i++) {
            documents[i] = JSON.writePlan(plans[i]).getBytes(StandardCharsets.UTF_8);
            trees[i] = MAPPER.readTree(documents[i]);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] document : documents) {
            all.write(document);
            all.write('\n');
        }
        lines = all.toByteArray();
    }

    /**
     * The average size of the documents, the same for every fork.
     *
     * @return bytes
     */
    static double averageDocumentBytes() {
        JsonBenchmark benchmark = new JsonBenchmark();
        try {
            benchmark.setUp();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        for (byte[] document : benchmark.documents) {
            total += document.length;
        }
        return (double) total / DOCUMENTS;
    }

    /**
     * charter reads a plan document into the model, checking every field.
     *
     * @return the plan
     */
    @Benchmark
    public ActionPlan charterRead() {
        return JSON.readPlan(new ByteArrayInputStream(documents[next++ & (DOCUMENTS - 1)]), "plan.json");
    }

    /**
     * charter reads all the documents as JSON Lines through {@code readPlans}, a stream of plans: divide
     * by the number of documents for documents per second.
     *
     * @return the number of areas read, so that nothing is left unread
     */
    @Benchmark
    public long charterReadLines() {
        try (Stream<ActionPlan> read = JSON.readPlans(new ByteArrayInputStream(lines), "plans.jsonl")) {
            return read.mapToLong(plan -> plan.areas().size()).sum();
        }
    }

    /**
     * Jackson reads the same bytes into a tree.
     *
     * @return the tree
     * @throws IOException never, in memory
     */
    @Benchmark
    public JsonNode jacksonTreeRead() throws IOException {
        return MAPPER.readTree(documents[next++ & (DOCUMENTS - 1)]);
    }

    /**
     * charter writes a plan document.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] charterWrite() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        JSON.writePlan(plans[next++ & (DOCUMENTS - 1)], out);
        return out.toByteArray();
    }

    /**
     * Jackson writes the same document from its tree.
     *
     * @return the bytes
     * @throws IOException never, in memory
     */
    @Benchmark
    public byte[] jacksonTreeWrite() throws IOException {
        return MAPPER.writeValueAsBytes(trees[next++ & (DOCUMENTS - 1)]);
    }
}
