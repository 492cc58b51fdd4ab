package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every default rule has its own test, named after it, and its line in the documentation. */
class RuleCoverageTest {

    private static final Class<?>[] RULE_TESTS = {AggregationRulesTest.class, ScoringRulesTest.class,
        ConsistencyRulesTest.class, RollUpRulesTest.class};

    @Test
    void everyDefaultRuleHasATestNamedAfterIt() {
        Set<String> tested = new TreeSet<>();
        for (Class<?> type : RULE_TESTS) {
            for (Method method : type.getDeclaredMethods()) {
                DisplayName name = method.getAnnotation(DisplayName.class);
                if (name != null) {
                    tested.add(name.value());
                }
            }
        }
        assertThat(tested).containsExactlyInAnyOrderElementsOf(ScoringEngine.defaults().ruleNames());
    }

    @Test
    void everyDefaultRuleIsDocumented() throws Exception {
        Path doc = Path.of("..", "docs", "rules.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (String rule : ScoringEngine.defaults().ruleNames()) {
            assertThat(text).as("docs/rules.md names the rule").contains("`" + rule + "`");
        }
    }
}
