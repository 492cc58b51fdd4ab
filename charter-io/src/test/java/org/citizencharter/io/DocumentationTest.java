package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/json-format.md and of the README follow their schemas and read, so that the
 * documentation cannot rot.
 */
class DocumentationTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    private static List<String> examples() throws IOException {
        return examples(Path.of("..", "docs", "json-format.md"));
    }

    private static List<String> examples(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(text);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    @Test
    void theExamplesAreDocumentsCharterReads() throws IOException {
        List<String> examples = examples();
        assertThat(examples).hasSize(4);
        Schemas.assertFollows(Schemas.PLAN, examples.get(0));
        assertThat(JSON.readPlan(examples.get(0)).indicators().getOnly().extensions().json())
                .isEqualTo("{\"evidenceFiles\":[\"minutes-q1.pdf\"]}");
        Schemas.assertFollows(Schemas.SCORECARD, examples.get(1));
        assertThat(JSON.readScorecard(examples.get(1)).totalScore()).isEqualByComparingTo("18.38888888888888888888888888888889");
        Schemas.assertFollows(Schemas.HIERARCHY, examples.get(2));
        assertThat(JSON.readHierarchy(examples.get(2)).size()).isEqualTo(2);
        Schemas.assertFollows(Schemas.POLICY, examples.get(3));
        assertThat(JSON.readPolicy(examples.get(3)).id()).isEqualTo("gpms-draft");
    }

    @Test
    void theReadmeExamplesAreDocumentsCharterReads() throws IOException {
        List<String> examples = examples(Path.of("..", "README.md"));
        assertThat(examples).hasSize(4);
        Schemas.assertFollows(Schemas.PLAN, examples.get(0));
        assertThat(JSON.readPlan(examples.get(0)).extensions().json()).isEqualTo("{\"hostRef\":\"e-nothi/2023/cc/0417\"}");
        Schemas.assertFollows(Schemas.SCORECARD, examples.get(1));
        assertThat(JSON.readScorecard(examples.get(1)).totalScore()).isEqualByComparingTo("0.8888888888888888888888888888888889");
        Schemas.assertFollows(Schemas.HIERARCHY, examples.get(2));
        assertThat(JSON.readHierarchy(examples.get(2)).size()).isEqualTo(2);
        Schemas.assertFollows(Schemas.POLICY, examples.get(3));
        assertThat(JSON.readPolicy(examples.get(3)).version()).isEqualTo("2025.1");
    }
}
