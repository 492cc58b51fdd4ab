package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;

/**
 * The round trip of one kind of document: model → JSON → model is equal, and JSON → model → JSON is the
 * same text (the writer's output being canonical), as text and as UTF-8 bytes; and the JSON follows its
 * schema.
 *
 * @param <T> the model
 */
record RoundTrip<T>(Function<T, String> write, Function<String, T> read, BiConsumer<T, OutputStream> writeBytes,
        BiFunction<InputStream, String, T> readBytes, JsonSchema schema) {

    static RoundTrip<ActionPlan> plans(CharterJson json) {
        return new RoundTrip<>(json::writePlan, json::readPlan, json::writePlan, json::readPlan, Schemas.PLAN);
    }

    static RoundTrip<Scorecard> scorecards(CharterJson json) {
        return new RoundTrip<>(json::writeScorecard, json::readScorecard, json::writeScorecard, json::readScorecard,
                Schemas.SCORECARD);
    }

    static RoundTrip<OfficeHierarchy> hierarchies(CharterJson json) {
        return new RoundTrip<>(json::writeHierarchy, json::readHierarchy, json::writeHierarchy, json::readHierarchy,
                Schemas.HIERARCHY);
    }

    static RoundTrip<ScoringPolicy> policies(CharterJson json) {
        return new RoundTrip<>(json::writePolicy, json::readPolicy, json::writePolicy, json::readPolicy,
                Schemas.POLICY);
    }

    /** Checks the round trip of a model; returns its JSON. */
    String check(T model) {
        String json = write.apply(model);
        T back = read.apply(json);
        assertThat(back).isEqualTo(model);
        assertThat(write.apply(back)).isEqualTo(json);
        Schemas.assertFollows(schema, json);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeBytes.accept(model, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(readBytes.apply(new ByteArrayInputStream(bytes.toByteArray()), "generated")).isEqualTo(model);
        return json;
    }
}
