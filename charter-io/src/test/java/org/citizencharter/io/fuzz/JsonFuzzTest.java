package org.citizencharter.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizencharter.io.fuzz.Outcome.AT_A_LINE;
import static org.citizencharter.io.fuzz.Outcome.readOrRefuse;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.Located;

/**
 * The JSON readers on any bytes at all: each reads a document that survives being written and read
 * again (the canonical form reads back equal and writes back the same), or refuses it with an
 * {@link org.citizencharter.core.InvalidInputException} at a line and column.
 */
class JsonFuzzTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final ObjectMapper HOST = new ObjectMapper().findAndRegisterModules();

    /** One plan document, and the same bytes as a stream of plans (an array or JSON Lines). */
    @FuzzTest
    @DictionaryFile(resourcePath = "json.dict")
    void planDocument(byte[] input) {
        document(input, JSON::readPlan, JSON::readPlan, JSON::writePlan, JSON::writePlan);
        readOrRefuse(() -> readAll(input), AT_A_LINE, plans -> plans.forEach(
                plan -> assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan)));
        assertThat(readDeferred(input)).isEqualTo(readLocated(input));
    }

    /** Each plan of a stream read at once: the plan with its line, or the error that refused it, in order. */
    private static List<Object> readLocated(byte[] input) {
        List<Object> events = new ArrayList<>();
        try (Stream<Located<ActionPlan>> plans = JSON.readPlansLocated(new ByteArrayInputStream(input), "fuzz.jsonl",
                refused -> events.add(refused.getMessage()))) {
            plans.forEach(plan -> events.add(List.of(plan.line(), plan.index(), plan.document())));
        }
        return events;
    }

    /** The same, each plan read only when asked for, as a batch's scoring threads do. */
    private static List<Object> readDeferred(byte[] input) {
        List<Object> events = new ArrayList<>();
        try (Stream<Located<Supplier<ActionPlan>>> plans = JSON.readPlansDeferred(new ByteArrayInputStream(input),
                "fuzz.jsonl", refused -> events.add(refused.getMessage()))) {
            plans.forEach(plan -> {
                try {
                    events.add(List.of(plan.line(), plan.index(), plan.document().get()));
                } catch (InvalidInputException refused) {
                    events.add(refused.getMessage());
                }
            });
        }
        return events;
    }

    /**
     * A host's mapper reading the bytes, whose parser counts columns in bytes: it reads the plan charter
     * reads, or refuses with a mapping exception (charter's error as its cause) or its parser's own for bytes
     * it cannot parse, never anything else; where charter refuses the same value for the same
     * problem, on the same line, and at charter's column in characters or at none.
     */
    @FuzzTest
    @DictionaryFile(resourcePath = "json.dict")
    void hostPlanDocument(byte[] input) {
        Object expected = outcome(() -> JSON.readPlan(new ByteArrayInputStream(input), "fuzz.json"));
        ActionPlan plan;
        try {
            plan = HOST.readValue(input, ActionPlan.class);
        } catch (JsonMappingException mapped) {
            if (mapped.getCause() instanceof InvalidInputException refused) {
                InvalidInputException ours = refusal(input);
                if (ours != null && ours.problem().equals(refused.problem())
                        && ours.pointer().equals(refused.pointer()) && ours.line().equals(refused.line())) {
                    assertThat(refused.column().isEmpty() || refused.column().equals(ours.column()))
                            .as("%s against %s", refused.getMessage(), ours.getMessage()).isTrue();
                }
            }
            return;
        } catch (IOException malformed) {
            // The host's parser refused the bytes itself: JSON not well formed, or an encoding it cannot read
            // (bytes that look like UTF-32 with a character beyond U+10FFFF), before charter reads anything.
            return;
        }
        if (plan != null && expected instanceof ActionPlan read) {
            assertThat(plan).isEqualTo(read);
        }
    }

    /** charter's own refusal of the bytes, or none. */
    private static InvalidInputException refusal(byte[] input) {
        try {
            JSON.readPlan(new ByteArrayInputStream(input), null);
            return null;
        } catch (InvalidInputException refused) {
            return refused;
        }
    }

    @FuzzTest
    void policyDocument(byte[] input) {
        document(input, JSON::readPolicy, JSON::readPolicy, JSON::writePolicy, JSON::writePolicy);
    }

    @FuzzTest
    void scorecardDocument(byte[] input) {
        document(input, JSON::readScorecard, JSON::readScorecard, JSON::writeScorecard, JSON::writeScorecard);
    }

    @FuzzTest
    void hierarchyDocument(byte[] input) {
        document(input, JSON::readHierarchy, JSON::readHierarchy, JSON::writeHierarchy, JSON::writeHierarchy);
    }

    /**
     * Reads a document, or refuses it at a line; what is read is written canonically, the same as text and
     * as bytes, and reads back equal. The bytes in memory (decoded whole) and through a stream that does
     * not say its size (decoded as they come) read the same, or are refused alike.
     */
    private static <T> void document(byte[] input, BiFunction<InputStream, String, T> readBytes,
            Function<String, T> read, Function<T, String> write, BiConsumer<T, OutputStream> writeBytes) {
        assertThat(outcome(() -> readBytes.apply(unsized(input), "fuzz.json")))
                .isEqualTo(outcome(() -> readBytes.apply(new ByteArrayInputStream(input), "fuzz.json")));
        readOrRefuse(() -> readBytes.apply(new ByteArrayInputStream(input), "fuzz.json"), AT_A_LINE, value -> {
            String canonical = write.apply(value);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writeBytes.accept(value, bytes);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(canonical);
            assertThat(read.apply(canonical)).isEqualTo(value);
            assertThat(write.apply(read.apply(canonical))).isEqualTo(canonical);
        });
    }

    /** What a reading gives: the value read, or the message of the error that refuses it. */
    private static Object outcome(Supplier<?> read) {
        try {
            return read.get();
        } catch (InvalidInputException refused) {
            return refused.getMessage();
        }
    }

    /** The bytes through a stream that does not say how many it holds. */
    private static InputStream unsized(byte[] input) {
        return new ByteArrayInputStream(input) {
            @Override
            public synchronized int available() {
                return 0;
            }
        };
    }

    private static List<ActionPlan> readAll(byte[] input) {
        try (Stream<ActionPlan> plans = JSON.readPlans(new ByteArrayInputStream(input), "fuzz.jsonl")) {
            return plans.collect(Collectors.toList());
        }
    }
}
