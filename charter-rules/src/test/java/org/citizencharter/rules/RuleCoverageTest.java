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

    @Test
    void everyFindingIdIsOnTheScoringPageAndHasATestNamedAfterItsRule() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "scoring.md"), StandardCharsets.UTF_8);
        Set<String> tested = new TreeSet<>();
        for (Class<?> type : RULE_TESTS) {
            for (Method method : type.getDeclaredMethods()) {
                DisplayName name = method.getAnnotation(DisplayName.class);
                if (name != null) {
                    tested.add(name.value());
                }
            }
        }
        for (org.citizencharter.core.FindingType type : org.citizencharter.core.FindingType.values()) {
            assertThat(page).as("docs/scoring.md names " + type.id()).contains("| " + type.id() + " |");
            assertThat(tested).as("a test named after a rule of " + type.id())
                    .anyMatch(name -> name.equals(type.id()) || name.startsWith(type.id() + " "));
        }
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("(?m)^\\| ([A-Z_]+) \\|").matcher(page.substring(page.indexOf("## Findings")));
        while (rows.find()) {
            String id = rows.group(1);
            assertThat(org.citizencharter.core.FindingType.values()).as("an id on the page is in the catalogue")
                    .anyMatch(type -> type.id().equals(id));
        }
    }
}
