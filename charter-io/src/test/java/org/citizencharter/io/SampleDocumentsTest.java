package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample documents under {@code samples/}: each follows its schema, and each canonical one, read and
 * written, is itself without its white space.
 */
class SampleDocumentsTest {

    private static final CharterJson JSON = CharterJson.standard();

    static Stream<Arguments> canonicalSamples() {
        Function<String, String> plan = json -> JSON.writePlan(JSON.readPlan(json));
        Function<String, String> scorecard = json -> JSON.writeScorecard(JSON.readScorecard(json));
        Function<String, String> hierarchy = json -> JSON.writeHierarchy(JSON.readHierarchy(json));
        Function<String, String> policy = json -> JSON.writePolicy(JSON.readPolicy(json));
        return Stream.of(
                Arguments.of("plan-coxsbazar.json", Schemas.PLAN, plan),
                Arguments.of("plan-apa.json", Schemas.PLAN, plan),
                Arguments.of("scorecard-coxsbazar.json", Schemas.SCORECARD, scorecard),
                Arguments.of("scorecard-apa.json", Schemas.SCORECARD, scorecard),
                Arguments.of("hierarchy.json", Schemas.HIERARCHY, hierarchy),
                Arguments.of("policy-gpms.json", Schemas.POLICY, policy));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalSamples")
    void followsItsSchemaAndIsCanonical(String name, JsonSchema schema, Function<String, String> readAndWrite) {
        String sample = JsonText.sample(name);
        Schemas.assertFollows(schema, sample);
        assertThat(readAndWrite.apply(sample)).isEqualTo(JsonText.compact(sample));
    }

    @Test
    void thePlanAsAHostSendsItIsTheSamePlanInAnotherForm() {
        String host = JsonText.sample("plan-coxsbazar-host.json");
        Schemas.assertFollows(Schemas.PLAN, host);
        ActionPlan canonical = JSON.readPlan(JsonText.sample("plan-coxsbazar.json"));
        assertThat(JSON.readPlan(host)).isEqualTo(canonical);
        assertThat(JsonText.compact(host)).isNotEqualTo(JSON.writePlan(canonical));
    }

    @Test
    void jsonLinesHoldBothPlans() {
        byte[] lines = JsonText.sample("plans.jsonl").getBytes(StandardCharsets.UTF_8);
        try (Stream<ActionPlan> plans = JSON.readPlans(new ByteArrayInputStream(lines), "plans.jsonl")) {
            assertThat(plans.toList()).containsExactly(JSON.readPlan(JsonText.sample("plan-coxsbazar.json")),
                    JSON.readPlan(JsonText.sample("plan-apa.json")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"coxsbazar", "apa"})
    void theScorecardSamplesAreWhatTheEngineWritesForThePlanSamples(String name) {
        ActionPlan plan = JSON.readPlan(JsonText.sample("plan-" + name + ".json"));
        Scorecard scored = ScoringEngine.defaults().score(plan);
        String sample = JsonText.sample("scorecard-" + name + ".json");
        assertThat(JSON.writeScorecard(scored)).isEqualTo(JsonText.compact(sample));
        // The reference scorer agrees on every score and finding; it writes no worked detail.
        Scorecard reference = ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
        assertThat(reference.totalScore()).isEqualByComparingTo(scored.totalScore());
        assertThat(reference.indicators().collect(IndicatorResult::score))
                .isEqualTo(scored.indicators().collect(IndicatorResult::score));
        assertThat(reference.findings()).isEqualTo(scored.findings());
    }

    @Test
    void theApaScorecardHasTheWorkedFiguresOfTheDomain() {
        Scorecard card = JSON.readScorecard(JsonText.sample("scorecard-apa.json"));
        assertThat(score(card, IndicatorCode.of(1, 1, 1))).isEqualByComparingTo("0.85");
        assertThat(score(card, IndicatorCode.of(1, 1, 2))).isEqualByComparingTo("3.40");
        assertThat(score(card, IndicatorCode.of(2, 1, 1))).isEqualByComparingTo("0.86");
        assertThat(JsonText.sample("scorecard-apa.json")).contains("\"score\": 3.4,");
    }

    private static BigDecimal score(Scorecard card, IndicatorCode code) {
        return card.indicator(code).orElseThrow().score();
    }
}
