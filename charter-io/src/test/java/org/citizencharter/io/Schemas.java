package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The JSON Schemas shipped in the jar, loaded once, and a check that a document follows one. */
final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static final JsonSchema PLAN = load("plan");
    static final JsonSchema SCORECARD = load("scorecard");
    static final JsonSchema HIERARCHY = load("hierarchy");
    static final JsonSchema POLICY = load("policy");

    private Schemas() {
    }

    private static JsonSchema load(String name) {
        return FACTORY.getSchema(SchemaLocation.of("classpath:org/citizencharter/io/schema/" + name + ".schema.json"));
    }

    /** The schema's complaints about a document; empty if it follows the schema. */
    static Set<ValidationMessage> problems(JsonSchema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    /** Fails, listing the complaints, unless the document follows the schema. */
    static void assertFollows(JsonSchema schema, String json) {
        assertThat(problems(schema, json)).as("schema problems of %s", json).isEmpty();
    }
}
