package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.rules.RuleCompilationException;
import org.citizencharter.rules.RuleSource;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/** With charter-rules-authoring, a host compiles its rule authors' DRL at run time. */
class AuthoringHostTest {

    /** A rule of the host's own: it fires once a plan, on the scoring context, and says so. */
    private static final String DRL = """
            package org.example.host;

            import org.citizencharter.rules.facts.ScoringContext;

            rule "Host rule: the plan was seen"
            when
                ScoringContext( )
            then
                System.setProperty("host.rule.fired", "yes");
            end
            """;

    @Test
    void compilesAndRunsARuleFileAtRunTime() {
        ScoringEngine engine = ScoringEngine.builder().rules(RuleSource.of("host-rules.drl", DRL)).build();
        assertTrue(engine.ruleNames().contains("Host rule: the plan was seen"), () -> "rules: " + engine.ruleNames());
        ActionPlan plan = SeedPlans.coxsBazar();
        Scorecard card = engine.score(plan);
        assertEquals(ScoringEngine.defaults().score(plan).totalScore(), card.totalScore());
        assertEquals("yes", System.getProperty("host.rule.fired"));
    }

    @Test
    void aRuleFileThatDoesNotCompileIsReportedWithItsLine() {
        RuleSource broken = RuleSource.of("broken.drl", "package org.example.host;\n\nrule \"Broken\"\nwhen\n    Nothing( )\nthen\nend\n");
        RuleCompilationException refused = assertThrows(RuleCompilationException.class,
                () -> ScoringEngine.builder().rules(broken).build());
        assertTrue(refused.getMessage().contains("broken.drl"), refused::getMessage);
    }
}
