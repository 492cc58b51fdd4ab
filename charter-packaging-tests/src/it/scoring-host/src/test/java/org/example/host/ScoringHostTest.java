package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.RuleSource;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/** A host with charter-rules and charter-io only scores a plan with the precompiled rules. */
class ScoringHostTest {

    private static ActionPlan coxsBazar() throws IOException {
        Path sample = Path.of(System.getProperty("charter.samples"), "coxsbazar-cc-2022-23-q3.json");
        try (InputStream in = Files.newInputStream(sample)) {
            return CharterJson.standard().readPlan(in, sample.toString());
        }
    }

    @Test
    void scoresThePlanWithThePrecompiledRules() throws IOException {
        Scorecard card = ScoringEngine.defaults().score(coxsBazar());
        assertEquals(new BigDecimal("18.39"), card.totalScore().setScale(2, RoundingMode.HALF_UP));
        assertTrue(card.findings().anySatisfy(finding -> finding.id().equals("REPORTED_TOTAL_MISMATCH")),
                () -> "findings: " + card.findings());
    }

    @Test
    void disablingADefaultRuleNeedsNoCompiler() throws IOException {
        ScoringEngine engine = ScoringEngine.builder().disableRule("REPORTED_TOTAL_MISMATCH").build();
        Scorecard card = engine.score(coxsBazar());
        assertTrue(card.findings().noneSatisfy(finding -> finding.id().equals("REPORTED_TOTAL_MISMATCH")));
    }

    @Test
    void compilingDrlSaysWhatToAdd() {
        ScoringEngine.Builder builder = ScoringEngine.builder()
                .rules(RuleSource.of("host-rules.drl", "package org.example.host;\nrule \"Nothing\" when then end\n"));
        CharterException refused = assertThrows(CharterException.class, builder::build);
        assertTrue(refused.getMessage().contains("org.citizencharter:charter-rules-authoring"), refused::getMessage);
        assertTrue(refused.getMessage().contains("host-rules.drl"), refused::getMessage);
    }
}
