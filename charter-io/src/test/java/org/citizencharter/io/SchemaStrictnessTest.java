package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas shipped in the jar keep the two rules of a strict validator (ajv's {@code strict: true})
 * that a lenient one (networknt's, {@link SchemaAgreementTest}) lets pass: every keyword is one of JSON Schema
 * 2020-12's, so that a misspelt keyword cannot silently constrain nothing; and every name a {@code required}
 * lists is defined in the {@code properties} of the same schema, so that no requirement names a member the
 * schema does not describe. {@code scripts/ajv-strict.sh} compiles the schemas with ajv itself.
 */
class SchemaStrictnessTest {

    private static final Set<String> KEYWORDS = Set.of(
            // core
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            // applicators
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
            "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
            "unevaluatedItems", "unevaluatedProperties",
            // validation
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
            "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
            // metadata, format, content
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
            "contentEncoding", "contentMediaType", "contentSchema");

    /** The keywords whose value is an object of named schemas. */
    private static final Set<String> NAMED_SCHEMAS = Set.of("properties", "patternProperties", "$defs",
            "dependentSchemas");

    /** The keywords whose value is an array of schemas. */
    private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    /** The keywords whose value is one schema. */
    private static final Set<String> ONE_SCHEMA = Set.of("not", "if", "then", "else", "items", "contains",
            "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan", "scorecard", "hierarchy", "policy"})
    void everyKeywordIsKnownAndEveryRequiredMemberDefined(String name) throws IOException {
        JsonNode schema;
        try (InputStream in = SchemaStrictnessTest.class.getResourceAsStream(
                "/org/citizencharter/io/schema/" + name + ".schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> problems = new ArrayList<>();
        check(schema, "#", problems);
        assertThat(problems).as("what a strict validator refuses in %s.schema.json", name).isEmpty();
    }

    @Test
    void theCheckFindsAnUnknownKeywordAndAnUndefinedRequiredMember() throws IOException {
        JsonNode schema = new ObjectMapper().readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"minLenght\":1}},"
                + "\"oneOf\":[{\"required\":[\"a\"]},{\"required\":[\"b\"],\"properties\":{\"b\":true}}]}");
        List<String> problems = new ArrayList<>();
        check(schema, "#", problems);
        assertThat(problems).containsExactly("#/properties/a: unknown keyword \"minLenght\"",
                "#/oneOf/0: \"a\" is required but not among the properties");
    }

    private static void check(JsonNode schema, String at, List<String> problems) {
        if (schema.isBoolean()) {
            return;
        }
        if (!schema.isObject()) {
            problems.add(at + ": a schema must be an object or a boolean, not " + schema.getNodeType());
            return;
        }
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!properties.has(required.asText())) {
                problems.add(at + ": \"" + required.asText() + "\" is required but not among the properties");
            }
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            String here = at + "/" + keyword;
            if (!KEYWORDS.contains(keyword)) {
                problems.add(at + ": unknown keyword \"" + keyword + "\"");
            } else if (NAMED_SCHEMAS.contains(keyword)) {
                for (Map.Entry<String, JsonNode> named : field.getValue().properties()) {
                    check(named.getValue(), here + "/" + named.getKey().replace("~", "~0").replace("/", "~1"), problems);
                }
            } else if (SCHEMA_ARRAYS.contains(keyword)) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    check(field.getValue().get(i), here + "/" + i, problems);
                }
            } else if (ONE_SCHEMA.contains(keyword)) {
                check(field.getValue(), here, problems);
            }
        }
    }
}
