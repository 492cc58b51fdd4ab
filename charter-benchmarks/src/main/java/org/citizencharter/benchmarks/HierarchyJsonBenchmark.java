package org.citizencharter.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.testing.OfficeGenerator;
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
 * Reading and writing an office hierarchy document (a district office and 200 upazila offices, about
 * 30 KB): charter's reader against Jackson reading the same bytes into a tree. The hierarchy is the
 * document that databind binds into records first (issue 17), so this is where the old reader and the
 * new one are compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class HierarchyJsonBenchmark {

    private static final CharterJson JSON = CharterJson.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OfficeHierarchy hierarchy;
    private byte[] document;

    /** Serialises the hierarchy once. */
    @Setup
    public void setUp() {
        hierarchy = OfficeGenerator.district("Rangpur", 200);
        document = JSON.writeHierarchy(hierarchy).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * charter reads the document into the model, checking every field.
     *
     * @return the hierarchy
     */
    @Benchmark
    public OfficeHierarchy charterRead() {
        return JSON.readHierarchy(new ByteArrayInputStream(document), "hierarchy.json");
    }

    /**
     * Jackson reads the same bytes into a tree, checking nothing.
     *
     * @return the tree
     * @throws IOException never, in memory
     */
    @Benchmark
    public JsonNode jacksonTreeRead() throws IOException {
        return MAPPER.readTree(document);
    }

    /**
     * charter writes the document.
     *
     * @return the text
     */
    @Benchmark
    public String charterWrite() {
        return JSON.writeHierarchy(hierarchy);
    }
}
