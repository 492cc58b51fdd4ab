package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citizencharter.core.testing.JsonVariants;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

/** charter-testkit's JSON variants, held to what Jackson reads from them. */
class JsonVariantsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CharterJson JSON = CharterJson.standard();

    /** Every style is the same JSON to a parser. */
    @Test
    void everyStyleReadsAsTheSameDocument() {
        Property.forAll("styles read alike", 100, random -> {
            String json = JSON.writePlan(PlanGenerator.using(random).plan());
            JsonNode tree = tree(json);
            for (JsonVariants.Style style : JsonVariants.Style.values()) {
                String written = JsonVariants.written(json, style, random);
                assertThat(tree(written)).as("%s", style).isEqualTo(tree);
                if (style == JsonVariants.Style.ESCAPED) {
                    assertThat(written.chars().allMatch(c -> c < 0x80)).isTrue();
                }
            }
        });
    }

    /**
     * One value changed: well formed, and different from the document in one scalar or one added member, as
     * charter writes it and pretty-printed.
     */
    @Test
    void oneValueChangedIsWellFormedAndChangesOnePlace() {
        Property.forAll("one value changed", 300, random -> {
            String compact = JSON.writePlan(PlanGenerator.using(random).plan());
            JsonNode tree = tree(compact);
            String pretty = tree.toPrettyString();
            // Empty objects and arrays as a pretty printer writes them, and spaces around a colon.
            String small = "{\n  \"a\" : { },\n  \"b\" : [ 1, { } ],\n  \"c\" : \"x\", \"d\":\t{}\n}";
            for (String json : List.of(compact, pretty, small)) {
                JsonNode before = tree(json);
                JsonNode changed = tree(JsonVariants.withOneValueChanged(json, random));
                List<String> differences = new ArrayList<>();
                differences(before, changed, "", differences);
                assertThat(differences).hasSizeLessThanOrEqualTo(1);
            }
        });
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not well formed: " + json, e);
        }
    }

    /** The JSON pointers at which two trees differ, a changed scalar or an added member counting once. */
    private static void differences(JsonNode before, JsonNode after, String at, List<String> found) {
        if (before.isObject() && after.isObject()) {
            for (Map.Entry<String, JsonNode> member : after.properties()) {
                JsonNode was = before.get(member.getKey());
                if (was == null) {
                    found.add(at + "/" + member.getKey());
                } else {
                    differences(was, member.getValue(), at + "/" + member.getKey(), found);
                }
            }
            if (before.size() > after.size()) {
                found.add(at + " lost a member");
            }
        } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                differences(before.get(i), after.get(i), at + "/" + i, found);
            }
        } else if (!before.equals(after)) {
            found.add(at);
        }
    }
}
