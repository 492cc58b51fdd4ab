package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizencharter.core.Extensions;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeHierarchy;
import org.junit.jupiter.api.Test;

/** Office hierarchies that cannot be: the error names the office at fault. */
class HierarchyJsonTest {

    private static final CharterJson JSON = CharterJson.standard();

    private static final String HIERARCHY = """
            {
              "schemaVersion": 1,
              "offices": [
                {"id": "division-chattogram", "name": {"bn": "বিভাগীয় সমবায় কার্যালয়, চট্টগ্রাম"}, "level": "DIVISIONAL"},
                {"id": "district-coxsbazar", "name": {"bn": "জেলা সমবায় কার্যালয়, কক্সবাজার"}, "level": "DISTRICT", "parent": "division-chattogram"},
                {"id": "upazila-teknaf", "name": {"bn": "উপজেলা সমবায় কার্যালয়, টেকনাফ"}, "level": "UPAZILA", "parent": "district-coxsbazar"}
              ]
            }
            """;

    @Test
    void theHierarchyReads() {
        assertThat(JSON.readHierarchy(HIERARCHY).descendants(
                JSON.readHierarchy(HIERARCHY).roots().getOnly().id())).hasSize(2);
    }

    @Test
    void twoOfficesWithOneId() {
        String json = HIERARCHY.replace("\"id\": \"upazila-teknaf\"", "\"id\": \"division-chattogram\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/2/id", JsonErrorTest.at(json, "\"division-chattogram\", \"name\": {\"bn\": \"উপ"),
                "division-chattogram");
        assertThat(error.problem()).isEqualTo("Two offices have the same id: this one and item 0 of \"offices\"");
    }

    @Test
    void aParentNotInTheHierarchy() {
        String json = HIERARCHY.replace("\"parent\": \"division-chattogram\"", "\"parent\": \"division-ctg\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/1/parent", JsonErrorTest.at(json, "\"division-ctg\""), "division-ctg");
        assertThat(error.hint()).contains("Add the office division-ctg, or leave the parent out");
    }

    @Test
    void officesThatAnswerToEachOther() {
        String json = HIERARCHY.replace("\"level\": \"DIVISIONAL\"", "\"level\": \"DIVISIONAL\", \"parent\": \"upazila-teknaf\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices", JsonErrorTest.at(json, "[\n"),
                "division-chattogram → upazila-teknaf → district-coxsbazar → division-chattogram");
        assertThat(error.problem()).isEqualTo("The offices answer to each other in a cycle");
    }

    @Test
    void anOfficeThatAnswersToItself() {
        String json = HIERARCHY.replace("\"level\": \"DIVISIONAL\"", "\"level\": \"DIVISIONAL\", \"parent\": \"division-chattogram\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/0/parent", JsonErrorTest.at(json, "\"DIVISIONAL\", \"parent\": ", 24),
                "division-chattogram");
        assertThat(error.problem()).isEqualTo("An office cannot answer to itself");
    }

    @Test
    void theHostsDataAboutTheWholeHierarchyIsKeptAndWrittenBack() {
        String json = HIERARCHY.replace("\n  ]\n}", "\n  ],\n  \"extensions\": {\"source\": \"e-Nothi\", \"অনুমোদন\": [1.50, null]}\n}");
        Schemas.assertFollows(Schemas.HIERARCHY, json);
        OfficeHierarchy hierarchy = JSON.readHierarchy(json);
        assertThat(hierarchy.extensions()).isEqualTo(Extensions.of("{\"source\":\"e-Nothi\",\"অনুমোদন\":[1.50,null]}"));
        assertThat(hierarchy.offices()).isEqualTo(JSON.readHierarchy(HIERARCHY).offices());
        assertThat(JSON.writeHierarchy(hierarchy)).endsWith("\"parent\":\"district-coxsbazar\"}],"
                + "\"extensions\":{\"source\":\"e-Nothi\",\"অনুমোদন\":[1.50,null]}}");
        assertThat(JSON.writeHierarchy(JSON.readHierarchy(HIERARCHY))).doesNotContain("extensions");
    }

    @Test
    void rootExtensionsThatAreNotAnObject() {
        String json = HIERARCHY.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extensions\": \"e-Nothi\",");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/extensions", JsonErrorTest.at(json, "\"e-Nothi\""), "e-Nothi");
        assertThat(error.problem()).isEqualTo("The field \"extensions\" must be an object, not a string");
    }

    @Test
    void anUnknownRootFieldIsAnErrorThatPointsToExtensions() {
        String json = HIERARCHY.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"source\": \"e-Nothi\",");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/source", JsonErrorTest.at(json, "\"source\""), "source");
        assertThat(error.problem()).isEqualTo("The field is not part of an office hierarchy document");
        assertThat(error.hint()).get().asString().contains("\"extensions\"");
    }

    @Test
    void anOfficeWithoutAnIdIsAnErrorAtTheOffice() {
        String json = HIERARCHY.replace("{\"id\": \"district-coxsbazar\", ", "{");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/1", JsonErrorTest.at(json, "{\"name\": {\"bn\": \"জেলা"), null);
        assertThat(error.problem()).isEqualTo("An office has no \"id\"");
        assertThat(error.hint()).contains("Add the field \"id\"");
    }

    @Test
    void aLevelThatIsANumber() {
        String json = HIERARCHY.replace("\"level\": \"UPAZILA\"", "\"level\": 3");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/2/level", JsonErrorTest.at(json, "3, \"parent\": \"district"), "3");
        assertThat(error.problem()).isEqualTo("The field \"level\" must be a string, not a number");
    }

    @Test
    void aLevelThatIsNone() {
        String json = HIERARCHY.replace("\"level\": \"UPAZILA\"", "\"level\": \"VILLAGE\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/2/level", JsonErrorTest.at(json, "\"VILLAGE\""), "VILLAGE");
        assertThat(error.problem()).startsWith("The field \"level\" is not one of ");
    }

    @Test
    void officesThatAreNotAnArray() {
        String json = "{\"schemaVersion\": 1, \"offices\": {\"id\": \"o1\"}}";
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices", JsonErrorTest.at(json, "{\"id\""), null);
        assertThat(error.problem()).isEqualTo("The field \"offices\" must be an array, not an object");
    }

    @Test
    void anOfficeThatIsAString() {
        String json = "{\"schemaVersion\": 1, \"offices\": [\"o1\"]}";
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/0", JsonErrorTest.at(json, "\"o1\""), "o1");
        assertThat(error.problem()).isEqualTo("Item 0 of \"offices\" must be an object (an office), not a string");
    }

    @Test
    void aMisspeltFieldOfAnOfficeHasAHint() {
        String json = HIERARCHY.replace("\"parent\": \"district-coxsbazar\"", "\"parnet\": \"district-coxsbazar\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/2/parnet", JsonErrorTest.at(json, "\"parnet\""), "parnet");
        assertThat(error.problem()).isEqualTo("The field is not part of an office");
        assertThat(error.hint()).contains("You meant \"parent\"");
    }

    @Test
    void aKeyTwiceInAName() {
        String json = HIERARCHY.replace("{\"bn\": \"উপজেলা", "{\"en\": \"Teknaf\", \"en\": \"উপজেলা");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/2/name/en", JsonErrorTest.at(json, "\"en\": \"উপজেলা"), "en");
        assertThat(error.problem()).isEqualTo("The key appears twice in one object");
    }

    @Test
    void anotherSchemaVersion() {
        String json = HIERARCHY.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/schemaVersion", JsonErrorTest.at(json, "2,"), "2");
        assertThat(error.problem()).isEqualTo("The schema version is not one this charter reads (1)");
    }

    @Test
    void anOfficeThatIsNull() {
        String json = "{\"schemaVersion\": 1, \"offices\": [null]}";
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readHierarchy, json,
                "/offices/0", JsonErrorTest.at(json, "null"), "null");
        assertThat(error.problem()).isEqualTo("Item 0 of \"offices\" must be an object (an office), not null");
    }
}
