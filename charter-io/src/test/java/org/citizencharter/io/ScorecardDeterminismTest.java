package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/**
 * The same plan gives a byte-identical JSON scorecard every time: from the same engine again, from a
 * fresh engine, written as text or as bytes. Across JVMs and JDKs, {@code scripts/determinism.sh} checks
 * the same with the charter command.
 */
class ScorecardDeterminismTest {

    private static final CharterJson JSON = CharterJson.standard();

    @Test
    void theSamplesScoreToTheSameBytesOnFreshEngines() {
        for (String sample : List.of("plan-coxsbazar.json", "plan-coxsbazar-host.json", "plan-apa.json")) {
            ActionPlan plan = JSON.readPlan(JsonText.sample(sample));
            String first = JSON.writeScorecard(ScoringEngine.defaults().score(plan));
            assertThat(JSON.writeScorecard(ScoringEngine.builder().build().score(plan))).as(sample).isEqualTo(first);
            assertThat(JSON.writeScorecard(ScoringEngine.builder().build().score(plan))).as(sample).isEqualTo(first);
        }
    }

    @Test
    void generatedPlansScoreToTheSameBytesOnTwoFreshEnginesAndAgain() {
        ScoringEngine one = ScoringEngine.builder().build();
        ScoringEngine other = ScoringEngine.builder().build();
        int withFindings = 0;
        for (int i = 0; i < 500; i++) {
            PlanGenerator generator = PlanGenerator.using(new SplittableRandom(9_000L + i));
            ReportingPeriod period = generator.period();
            ActionPlan plan = generator.plan(generator.kind(), 1 + i % 30, period);
            if (i % 3 != 0) {
                plan = generator.inject(plan, period, generator.injectable(period));
            }
            String first = JSON.writeScorecard(one.score(plan));
            assertThat(JSON.writeScorecard(other.score(plan))).as("plan %d on another engine", i).isEqualTo(first);
            assertThat(JSON.writeScorecard(one.score(plan))).as("plan %d again", i).isEqualTo(first);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            JSON.writeScorecard(other.score(plan), bytes);
            assertThat(bytes.toByteArray()).as("plan %d as bytes", i).isEqualTo(Bytes.utf8(first));
            withFindings += first.contains("\"findings\":[]") ? 0 : 1;
        }
        assertThat(withFindings).as("scorecards with findings, whose order counts").isGreaterThan(250);
    }
}
