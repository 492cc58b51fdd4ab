package org.citizencharter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/** The README's code is copied from the examples, which tests run, so it cannot rot. */
class ReadmeTest {

    private static final Pattern SNIPPET =
            Pattern.compile("// --8<-- \\[start:(\\w+)]\\n(.*?)\\n\\s*// --8<-- \\[end:\\1]", Pattern.DOTALL);

    @Test
    void everyMarkedSnippetIsInTheReadmeAsIs() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int found = 0;
        try (Stream<Path> examples = Files.list(Path.of("src/main/java/org/citizencharter/examples"))) {
            for (Path example : (Iterable<Path>) examples.filter(p -> p.toString().endsWith("Example.java"))::iterator) {
                Matcher snippet = SNIPPET.matcher(Files.readString(example, StandardCharsets.UTF_8));
                while (snippet.find()) {
                    found++;
                    assertThat(readme).as("the README holds the snippet %s of %s", snippet.group(1), example)
                            .contains("```java\n" + dedent(snippet.group(2)) + "\n```");
                }
            }
        }
        assertThat(found).isEqualTo(5);
    }

    @Test
    void theReadmeGivesTheTwoCommandsOfAFreshMachine() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("./charter score charter-examples/samples/coxsbazar-cc-2022-23-q3.tsv"
                + " --fiscal-year 2022-23 --as-of Q3\nmvn verify\n");
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("\nmvn -B verify\n");
    }

    @Test
    void theReadmesScorecardExampleIsWhatItsPlanExampleGives() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String plan = jsonBlockAfter(readme, "### Plan\n");
        String scorecard = jsonBlockAfter(readme, "### Scorecard\n");
        CharterJson json = CharterJson.standard();

        Scorecard given = json.readScorecard(scorecard);
        Scorecard scored = ScoringEngine.defaults().score(json.readPlan(plan));

        assertThat(json.writeScorecard(given)).isEqualTo(json.writeScorecard(scored));
        assertThat(scored.findings().collect(Finding::id)).containsExactly("PLAN_WEIGHT_MISMATCH",
                "REPORTED_PERCENT_MISMATCH", "REPORTED_TOTAL_MISMATCH");
        assertThat(plan).contains("\"প্রাতিষ্ঠানিক\"").doesNotContain("প্রশিক্ষণিক");
    }

    private static String jsonBlockAfter(String readme, String heading) {
        int section = readme.indexOf(heading);
        assertThat(section).as(heading).isPositive();
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        return readme.substring(start, readme.indexOf("\n```", start));
    }

    private static String dedent(String block) {
        int indent = block.lines().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", block.lines().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
    }
}
