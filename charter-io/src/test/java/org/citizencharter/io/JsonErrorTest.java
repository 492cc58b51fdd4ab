package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of unreadable document: each checks the JSON pointer, the line and column (in
 * characters, found from a marker in the text rather than counted by hand), and the text shown.
 */
class JsonErrorTest {

    private static final CharterJson JSON = CharterJson.standard();

    /** A small plan, pretty-printed, with Bengali text before the places where errors are put. */
    static final String PLAN = """
            {
              "schemaVersion": 1,
              "office": {"id": "coop-district-coxsbazar", "name": {"bn": "জেলা সমবায় কার্যালয়, কক্সবাজার", "en": "District Cooperative Office, Cox's Bazar"}, "level": "DISTRICT"},
              "fiscalYear": "2022-23",
              "kind": "CITIZEN_CHARTER",
              "asOf": "Q3",
              "areas": [
                {
                  "code": "1",
                  "name": {"bn": "প্রাতিষ্ঠানিক", "en": "Training"},
                  "weight": 18,
                  "activities": [
                    {
                      "code": "1.1",
                      "name": {"bn": "কমিটি পুনর্গঠন", "en": "Committee"},
                      "indicators": [
                        {
                          "code": "1.1.1",
                          "name": {"bn": "কমিটি পুনর্গঠিত", "en": "Committee re-formed"},
                          "unit": {"kind": "NUMBER", "label": "সংখ্যা"},
                          "weight": 3,
                          "target": {"kind": "SINGLE", "annual": 4},
                          "quarters": [1, 1, 1, null],
                          "reported": {"actual": 3, "percent": 100}
                        }
                      ]
                    }
                  ]
                }
              ],
              "extensions": {"hostRef": "A-17"}
            }
            """;

    private static final String INDICATOR = "/areas/0/activities/0/indicators/0";

    @Test
    void theBasePlanReads() {
        assertThat(JSON.readPlan(PLAN).indicators().getOnly().weight().orElseThrow().toString()).isEqualTo("3");
    }

    @Test
    void malformedJson() {
        String json = PLAN.replace("\"kind\": \"CITIZEN_CHARTER\",", "\"kind\": ,");
        InvalidInputException error = expect(json, "/kind", at(json, "\"kind\": ,", 8), ",");
        assertThat(error.problem()).isEqualTo("The JSON is malformed: Unexpected character (',' (code 44)): expected a valid value"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }

    @Test
    void documentEndsTooEarly() {
        String json = PLAN.substring(0, PLAN.indexOf("\"reported\""));
        InvalidInputException error = expect(json, INDICATOR + "/quarters", end(json), null);
        assertThat(error.problem()).startsWith("The JSON ends before the document does");
    }

    @Test
    void keyRepeatedInAnObject() {
        String json = PLAN.replace("\"asOf\": \"Q3\",", "\"asOf\": \"Q3\", \"kind\": \"GRS\",");
        InvalidInputException error = expect(json, "/kind", at(json, "\"kind\": \"GRS\""), "kind");
        assertThat(error.problem()).isEqualTo("The key appears twice in one object");
    }

    @Test
    void keyRepeatedInExtensions() {
        String json = PLAN.replace("{\"hostRef\": \"A-17\"}", "{\"hostRef\": \"A-17\", \"hostRef\": \"B-18\"}");
        expect(json, "/extensions/hostRef", at(json, "\"hostRef\": \"B-18\""), "hostRef");
    }

    @Test
    void unknownField() {
        String json = PLAN.replace("\"weight\": 18,", "\"weight\": 18, \"colour\": \"red\",");
        InvalidInputException error = expect(json, "/areas/0/colour", at(json, "\"colour\""), "colour");
        assertThat(error.problem()).isEqualTo("The field is not part of an area");
        assertThat(error.hint()).get().asString().contains("\"extensions\"");
    }

    @Test
    void unknownFieldCloseToAKnownOne() {
        String json = PLAN.replace("\"weight\": 18,", "\"wieght\": 18,");
        InvalidInputException error = expect(json, "/areas/0/wieght", at(json, "\"wieght\""), "wieght");
        assertThat(error.getMessage()).endsWith("Maybe you meant \"weight\".");
    }

    @Test
    void nullAmongAnArraysNumbers() {
        String json = PLAN.replace("\"annual\": 4}", "\"annual\": 4, \"quarterly\": [1, 1, null, 1]}");
        InvalidInputException error = expect(json, INDICATOR + "/target/quarterly/2", at(json, "null, 1]"), "null");
        assertThat(error.problem()).isEqualTo(
                "Item 2 of \"quarterly\" must be a number, or a string of Bengali or ASCII digits, not null");
    }

    @Test
    void wrongTypeOfValue() {
        String json = PLAN.replace("\"weight\": 18,", "\"weight\": true,");
        InvalidInputException error = expect(json, "/areas/0/weight", at(json, "true"), "true");
        assertThat(error.problem()).isEqualTo(
                "The field \"weight\" must be a number, or a string of Bengali or ASCII digits, not a boolean");
    }

    @Test
    void arrayWhereAnObjectBelongs() {
        String json = PLAN.replace("\"unit\": {\"kind\": \"NUMBER\", \"label\": \"সংখ্যা\"}", "\"unit\": [\"NUMBER\"]");
        InvalidInputException error = expect(json, INDICATOR + "/unit", at(json, "[\"NUMBER\"]"), null);
        assertThat(error.problem()).isEqualTo("The field \"unit\" must be an object (a unit), not an array");
    }

    @Test
    void requiredFieldMissing() {
        String json = PLAN.replace("\"weight\": 18,", "");
        InvalidInputException error = expect(json, "/areas/0", at(json, "{\n      \"code\": \"1\""), null);
        assertThat(error.problem()).isEqualTo("An area has no \"weight\"");
    }

    @Test
    void nullWhereAValueIsRequired() {
        String json = PLAN.replace("\"code\": \"1.1.1\"", "\"code\": null");
        expect(json, INDICATOR + "/code", at(json, "null,\n"), "null");
    }

    @Test
    void negativeWeight() {
        String json = PLAN.replace("\"weight\": 18,", "\"weight\": -18,");
        InvalidInputException error = expect(json, "/areas/0/weight", at(json, "-18"), "-18");
        assertThat(error.problem()).isEqualTo("A weight must not be negative");
    }

    @Test
    void quarterThatDoesNotExist() {
        String json = PLAN.replace("\"asOf\": \"Q3\"", "\"asOf\": \"Q5\"");
        InvalidInputException error = expect(json, "/asOf", at(json, "\"Q5\""), "Q5");
        assertThat(error.problem()).isEqualTo("The quarter is not one of Q1, Q2, Q3, Q4");
    }

    @Test
    void fiscalYearOfYearsNotConsecutive() {
        String json = PLAN.replace("\"2022-23\"", "\"2023-25\"");
        InvalidInputException error = expect(json, "/fiscalYear", at(json, "\"2023-25\""), "2023-25");
        assertThat(error.problem()).isEqualTo("The fiscal year must span two consecutive years");
        assertThat(error.hint()).contains("Write 2023-24");
    }

    @Test
    void numberThatCannotBeRead() {
        String json = PLAN.replace("\"annual\": 4", "\"annual\": \"2_2200\"");
        InvalidInputException error = expect(json, INDICATOR + "/target/annual", at(json, "\"2_2200\""), "2_2200");
        assertThat(error.problem()).startsWith("The number cannot be read");
    }

    @Test
    void numberTooLargeToWriteOut() {
        String json = PLAN.replace("\"annual\": 4", "\"annual\": 1e999999999");
        InvalidInputException error = expect(json, INDICATOR + "/target/annual", at(json, "1e999999999"), "1e999999999");
        assertThat(error.problem()).isEqualTo("The number has more than 60 digits when written out");
    }

    @Test
    void numberWhoseExponentIsBeyondAnyNumber() {
        String json = PLAN.replace("\"annual\": 4", "\"annual\": 1e-99999999999");
        InvalidInputException error = expect(json, INDICATOR + "/target/annual", at(json, "1e-99999999999"),
                "1e-99999999999");
        assertThat(error.problem()).isEqualTo("The number has more than 60 digits when written out");
    }

    @Test
    void unknownFieldWhoseNameNeedsEscapingInAPointer() {
        String json = PLAN.replace("\"weight\": 18,", "\"weight\": 18, \"a/b~c\": 1,");
        expect(json, "/areas/0/a~1b~0c", at(json, "\"a/b~c\""), "a/b~c");
    }

    @Test
    void dateThatDoesNotExist() {
        String json = withDeadline("2023-02-30");
        InvalidInputException error = expect(json, INDICATOR + "/target/date", at(json, "\"2023-02-30\""), "2023-02-30");
        assertThat(error.problem()).isEqualTo("The date does not exist");
    }

    @Test
    void dateNotWrittenIso() {
        String json = withDeadline("30-01-2023");
        InvalidInputException error = expect(json, INDICATOR + "/target/date", at(json, "\"30-01-2023\""), "30-01-2023");
        assertThat(error.problem()).isEqualTo("The date cannot be read: write it YYYY-MM-DD, like 2024-01-15");
    }

    /** The plan with its indicator made a date indicator, due by a date written as given. */
    private static String withDeadline(String date) {
        return PLAN.replace("{\"kind\": \"NUMBER\", \"label\": \"সংখ্যা\"}", "{\"kind\": \"DATE\", \"label\": \"তারিখ\"}")
                .replace("{\"kind\": \"SINGLE\", \"annual\": 4}", "{\"kind\": \"DEADLINE\", \"date\": \"" + date + "\"}")
                .replace("[1, 1, 1, null]", "[null, null, null, null]")
                .replace("{\"actual\": 3, \"percent\": 100}", "{}");
    }

    @Test
    void targetThatDoesNotSuitTheUnit() {
        String json = PLAN.replace("{\"kind\": \"SINGLE\", \"annual\": 4}", "{\"kind\": \"DEADLINE\", \"date\": \"2023-01-30\"}");
        InvalidInputException error = expect(json, INDICATOR + "/target/kind", at(json, "\"DEADLINE\""), "DEADLINE");
        assertThat(error.problem()).isEqualTo("A DEADLINE target does not suit an indicator whose unit is a number");
    }

    @Test
    void quartersThatAreNotFour() {
        String json = PLAN.replace("[1, 1, 1, null]", "[1, 1, 1]");
        InvalidInputException error = expect(json, INDICATOR + "/quarters", at(json, "[1, 1, 1]"), null);
        assertThat(error.problem()).isEqualTo("The field \"quarters\" must have 4 items, not 3");
    }

    @Test
    void constantNotOfTheEnum() {
        String json = PLAN.replace("\"level\": \"DISTRICT\"", "\"level\": \"DISTRIKT\"");
        InvalidInputException error = expect(json, "/office/level", at(json, "\"DISTRIKT\""), "DISTRIKT");
        assertThat(error.problem()).startsWith("The field \"level\" is not one of MINISTRY, DIVISION,");
    }

    @Test
    void extensionsThatAreNotAnObject() {
        String json = PLAN.replace("{\"hostRef\": \"A-17\"}", "[\"A-17\"]");
        InvalidInputException error = expect(json, "/extensions", at(json, "[\"A-17\"]"), null);
        assertThat(error.problem()).isEqualTo("The field \"extensions\" must be an object, not an array");
    }

    @Test
    void extensionsWhereTheyDoNotBelong() {
        String json = PLAN.replace("\"label\": \"সংখ্যা\"}", "\"label\": \"সংখ্যা\", \"extensions\": {}}");
        InvalidInputException error = expect(json, INDICATOR + "/unit/extensions", at(json, "\"extensions\": {}"),
                "extensions");
        assertThat(error.problem()).isEqualTo("The field is not part of a unit");
    }

    @Test
    void schemaVersionOfAnotherCharter() {
        String json = PLAN.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        InvalidInputException error = expect(json, "/schemaVersion", at(json, "2,"), "2");
        assertThat(error.problem()).isEqualTo("The schema version is not one this charter reads (1)");
    }

    @Test
    void emptyInput() {
        InvalidInputException error = expect("  \n", "", new long[] {2, 1}, null);
        assertThat(error.problem()).isEqualTo("A plan document is a JSON object, not the end of the input");
    }

    @Test
    void somethingAfterTheDocument() {
        String json = PLAN + "{\"schemaVersion\": 1}\n";
        long[] second = at(json, "{\"schemaVersion\": 1}");
        InvalidInputException error = expect(json, "", second, "{");
        assertThat(error.problem()).isEqualTo("Something follows the plan document");
        assertThat(error.hint()).hasValue("Read many documents with readPlans, or remove what follows");
        String card = JsonText.sample("scorecard-apa.json");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> JSON.readScorecard(card + card)).hint())
                .hasValue("Read many documents with readScorecards, or remove what follows");
        String offices = JsonText.sample("hierarchy.json");
        InvalidInputException twoHierarchies = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.readHierarchy(offices + offices));
        assertThat(twoHierarchies.hint()).hasValue("Remove what follows");
    }

    @Test
    void documentThatIsNotAnObject() {
        String json = "\n  [" + PLAN + "]";
        InvalidInputException error = expect(json, "", new long[] {2, 3}, "[");
        assertThat(error.problem()).isEqualTo("A plan document is a JSON object, not an array");
        // An array of documents where one belongs: the reader of many reads it (none for a hierarchy).
        assertThat(error.hint()).hasValue("Read an array of documents with readPlans");
        String offices = "[" + JsonText.sample("hierarchy.json") + "]";
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> JSON.readHierarchy(offices)).hint())
                .isEmpty();
    }

    @Test
    void inputThatIsNotUtf8() {
        byte[] good = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] marker = "Training".getBytes(StandardCharsets.UTF_8);
        int index = indexOf(good, marker);
        good[index] = (byte) 0xFF;
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.readPlan(new ByteArrayInputStream(good), "plan.json"));
        long[] expected = at(PLAN, "Training");
        assertThat(error.pointer()).isEmpty();
        assertThat(error.line()).isEqualTo(OptionalLong.of(expected[0]));
        assertThat(error.column()).isEqualTo(OptionalLong.of(expected[1]));
        assertThat(error.text()).contains("\\xFF");
        assertThat(error.source()).contains("plan.json");
    }

    @Test
    void stringLongerThanTheLimit() {
        CharterJson strict = JSON.withLimits(JsonLimits.defaults().withMaxStringLength(12));
        InvalidInputException error = expectFrom(json -> strict.readPlan(json), PLAN, "/office/id",
                at(PLAN, "\"coop-district"), null);
        assertThat(error.problem()).isEqualTo("The string has 23 characters, more than the limit of 12");
        assertThat(error.hint()).contains("Raise JsonLimits.maxStringLength");
    }

    @Test
    void numberLongerThanTheLimit() {
        CharterJson strict = JSON.withLimits(JsonLimits.defaults().withMaxNumberLength(5));
        String json = PLAN.replace("\"weight\": 18,", "\"weight\": 18.000000,");
        InvalidInputException error = expectFrom(strict::readPlan, json, "/areas/0/weight",
                at(json, ",\n      \"activities\""), null);
        assertThat(error.problem()).isEqualTo("The number is too long: more than the limit of 5 digits");
    }

    @Test
    void nestingDeeperThanTheLimit() {
        CharterJson strict = JSON.withLimits(JsonLimits.defaults().withMaxNestingDepth(7));
        InvalidInputException error = expectFrom(strict::readPlan, PLAN, INDICATOR + "/name",
                at(PLAN, "{\"bn\": \"কমিটি পুনর্গঠিত\"", 1), null);
        assertThat(error.problem()).isEqualTo("The document nests objects and arrays 8 deep, more than the limit of 7");
    }

    @Test
    void documentLongerThanTheLimit() {
        CharterJson strict = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(180));
        // The first value that begins beyond the 180th character: the office's level.
        assertThat(PLAN.indexOf("\"DISTRICT\"")).isGreaterThanOrEqualTo(180);
        assertThat(PLAN.indexOf("\"level\"")).isLessThan(180);
        InvalidInputException error = expectFrom(strict::readPlan, PLAN, "/office/level", at(PLAN, "\"DISTRICT\""),
                null);
        assertThat(error.problem()).isEqualTo("The document is longer than the limit of 180 characters");
        assertThat(error.hint()).contains("Raise JsonLimits.maxDocumentLength");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> strict.readPlan(
                new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), "plan.json")).getMessage())
                .isEqualTo("plan.json, " + error.getMessage());
    }

    @Test
    void documentLongerThanTheLimitByItsLastCharacter() {
        String json = PLAN.strip();
        CharterJson exact = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(json.length()));
        assertThat(exact.readPlan(json)).isEqualTo(JSON.readPlan(json));
        CharterJson shorter = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(json.length() - 1));
        InvalidInputException error = expectFrom(shorter::readPlan, json, "", end(json), null);
        assertThat(error.problem()).isEqualTo("The document is longer than the limit of " + (json.length() - 1)
                + " characters");
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Reads the plan from text and from UTF-8 bytes, and checks the errors: the bytes in memory (read whole)
     * and through a stream that does not say its size (decoded as they come) give the same one.
     */
    private static InvalidInputException expect(String json, String pointer, long[] lineAndColumn, String text) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        InvalidInputException fromBytes = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.readPlan(new ByteArrayInputStream(bytes), "plan.json"));
        check(fromBytes, pointer, lineAndColumn, text);
        InvalidInputException fromStream = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.readPlan(new ByteArrayInputStream(bytes) {
                    @Override
                    public synchronized int available() {
                        return 0;
                    }
                }, "plan.json"));
        assertThat(fromStream).as("from a stream of no size").isNotNull().hasMessage(fromBytes.getMessage());
        assertThat(fromBytes.source()).contains("plan.json");
        assertThat(fromBytes.getMessage()).startsWith("plan.json, line " + lineAndColumn[0] + ", column "
                + lineAndColumn[1] + ", at " + (pointer.isEmpty() ? "the root" : pointer) + ": ");
        return expectFrom(JSON::readPlan, json, pointer, lineAndColumn, text);
    }

    static InvalidInputException expectFrom(Function<String, ?> read, String json, String pointer,
            long[] lineAndColumn, String text) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> read.apply(json));
        check(error, pointer, lineAndColumn, text);
        return error;
    }

    static void check(InvalidInputException error, String pointer, long[] lineAndColumn, String text) {
        assertThat(error).as("an InvalidInputException").isNotNull();
        assertThat(error.pointer()).as("pointer of: " + error.getMessage()).contains(pointer);
        assertThat(error.line()).as("line of: " + error.getMessage()).isEqualTo(OptionalLong.of(lineAndColumn[0]));
        assertThat(error.column()).as("column of: " + error.getMessage()).isEqualTo(OptionalLong.of(lineAndColumn[1]));
        if (text == null) {
            assertThat(error.text()).as("text of: " + error.getMessage()).isEmpty();
        } else {
            assertThat(error.text()).as("text of: " + error.getMessage()).contains(text);
        }
    }

    /** The line and column (from 1, in characters) where a marker, found once in the text, begins. */
    static long[] at(String text, String marker) {
        int index = text.indexOf(marker);
        assertThat(index).as("marker " + marker).isNotNegative();
        assertThat(text.indexOf(marker, index + 1)).as("marker " + marker + " found once").isNegative();
        return position(text, index);
    }

    /** The line and column of the character some way after a marker found once in the text. */
    static long[] at(String text, String marker, int after) {
        long[] start = at(text, marker);
        return new long[] {start[0], start[1] + after};
    }

    /** The line and column just after the last character. */
    private static long[] end(String text) {
        return position(text, text.length());
    }

    private static long[] position(String text, int index) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new long[] {line, index - lineStart + 1};
    }

    private static int indexOf(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("marker not found");
    }
}
