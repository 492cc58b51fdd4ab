package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.testing.JsonVariants;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/**
 * A host's mapper that reads bytes or a stream (as Spring reads a request's body) names the line and the
 * column in characters that charter's own reader names for the same text, though its parser counts the
 * column in bytes: on a Bengali plan written on one line, each error test's case. Where the column cannot
 * be told for sure it is left out, never guessed.
 */
class HostColumnsTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final ObjectMapper HOST = new ObjectMapper().findAndRegisterModules();
    private static final String PLAN = JSON.writePlan(SeedPlans.coxsBazar());

    /** The content errors of the error tests, one case each, on the plan as charter writes it (one line). */
    static List<String> planCases() {
        List<String> cases = List.of(
                PLAN.replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q5\""),
                PLAN.replace("\"2022-23\"", "\"2023-25\""),
                PLAN.replace("\"weight\":18", "\"weight\":-18"),
                PLAN.replace("\"weight\":18", "\"weight\":true"),
                PLAN.replace("\"weight\":18", "\"wieght\":18"),
                PLAN.replace("\"weight\":18,", ""),
                PLAN.replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q3\",\"asOf\":\"Q4\""),
                PLAN.replace("\"annual\":4", "\"annual\":1e400"),
                PLAN.replace("\"annual\":4", "\"annual\":\"2_2200\""),
                PLAN.replace("\"annual\":4", "\"annual\":{\"n\":[\"বাংলা\",\"x\",\"কখগ\"]},\"b\":1"),
                PLAN.replace("\"level\":\"DISTRICT\"", "\"level\":\"DISTRIKT\""),
                PLAN.replace("[1,1,1,null]", "[1,1,1]"),
                PLAN.replace("\"label\":\"সংখ্যা\"}", "\"label\":\"সংখ্যা\",\"extensions\":{\"এ\":1,\"এ\":2}}"),
                PLAN.replace("\"en\":\"\"", "\"en\":\"\\ud800\""),
                PLAN.replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q3\",\"totalScore\":1"));
        assertThat(cases).doesNotContain(PLAN);
        return cases;
    }

    @Test
    void aPlanOnOneLineIsRefusedAtTheColumnInCharacters() {
        for (String json : planCases()) {
            assertSameExactly(json);
        }
    }

    @Test
    void aPlanOnManyLinesIsRefusedAtTheColumnInCharacters() {
        for (String json : planCases()) {
            assertSameExactly(json.replace(",\"", ",\n  \""));
        }
    }

    @Test
    void aHierarchyIsRefusedAtTheColumnInCharacters() {
        String hierarchy = JSON.writeHierarchy(OfficeGenerator.district("রংপুর", 3));
        for (String json : List.of(
                hierarchy.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                hierarchy.replace("\"level\":\"", "\"level\":\"X"),
                hierarchy.replace("\"bn\":\"", "\"bn\":1,\"b\":\""))) {
            InvalidInputException expected = catchThrowableOfType(InvalidInputException.class,
                    () -> JSON.readHierarchy(json));
            for (boolean stream : new boolean[] {false, true}) {
                JsonMappingException error = catchThrowableOfType(JsonMappingException.class, () -> {
                    if (stream) {
                        HOST.readValue(new ByteArrayInputStream(utf8(json)), OfficeHierarchy.class);
                    } else {
                        HOST.readValue(utf8(json), OfficeHierarchy.class);
                    }
                });
                assertThat(error.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                        actual -> assertThat(actual.getMessage()).isEqualTo(expected.getMessage()));
            }
        }
    }

    /**
     * Written as Python writes by default, every character beyond ASCII escaped: the column is the same,
     * or, after a string whose bytes two ways of escaping could explain, left out.
     */
    @Test
    void aPlanWithEveryCharacterBeyondAsciiEscapedIsRefusedAtTheColumnOrNone() {
        int told = 0;
        List<String> all = new ArrayList<>();
        for (String json : planCases()) {
            StringBuilder escaped = new StringBuilder();
            json.chars().forEach(c -> escaped.append(c < 0x80 ? String.valueOf((char) c)
                    : String.format("\\u%04x", c)));
            all.add(escaped.toString());
            // One member a line, as Python writes with an indent: each told.
            all.add(escaped.toString().replace(",\"", ",\n  \""));
        }
        for (String json : all) {
            InvalidInputException expected = catchThrowableOfType(InvalidInputException.class,
                    () -> JSON.readPlan(json));
            InvalidInputException actual = hostError(json, false);
            assertThat(actual.line()).isEqualTo(expected.line());
            if (actual.column().isPresent()) {
                assertThat(actual.column()).as(json).isEqualTo(expected.column());
                told++;
            }
        }
        assertThat(told).isGreaterThanOrEqualTo(planCases().size());
    }

    /**
     * What cannot be told is left out: after a member's name beyond ASCII on the same line (written as
     * itself or escaped, the parser does not say), or on the line where a document inside a host's own
     * object begins; the next line is counted again.
     */
    @Test
    void aColumnThatCannotBeToldIsLeftOutNeverGuessed() {
        String afterName = PLAN.replace("\"weight\":18", "\"extensions\":{\"নোট\":1},\"weight\":-18");
        InvalidInputException expected = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.readPlan(afterName));
        InvalidInputException actual = hostError(afterName, false);
        assertThat(actual.problem()).isEqualTo(expected.problem());
        assertThat(actual.line()).isEqualTo(expected.line());
        assertThat(actual.column()).isEmpty();
        assertThat(actual.getMessage()).startsWith("line 1, at /areas/0/weight");
        JsonMappingException error = catchThrowableOfType(JsonMappingException.class,
                () -> HOST.readValue(utf8(afterName), ActionPlan.class));
        assertThat(error.getLocation().getLineNr()).isEqualTo(1);
        assertThat(error.getLocation().getColumnNr()).isEqualTo(-1);

        String bad = PLAN.replace("\"weight\":18", "\"weight\":-18");
        JsonMappingException inside = catchThrowableOfType(JsonMappingException.class,
                () -> HOST.readValue(utf8("{\"plan\":" + bad + "}"), Wrapper.class));
        assertThat(inside.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                cause -> assertThat(cause.column()).isEmpty());
        String below = "{\"plan\":\n" + bad + "}";
        JsonMappingException onItsOwnLine = catchThrowableOfType(JsonMappingException.class,
                () -> HOST.readValue(utf8(below), Wrapper.class));
        InvalidInputException ownLine = (InvalidInputException) onItsOwnLine.getCause();
        InvalidInputException alone = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(bad));
        assertThat(ownLine.line()).isEqualTo(OptionalLong.of(2));
        assertThat(ownLine.column()).isEqualTo(alone.column());
    }

    /**
     * Generated plans, each with one weight made negative, written as a host's clients write them: as
     * charter writes (one line), one member a line, every character beyond ASCII escaped, or some escaped
     * and some not. Read from bytes or a stream by a host's mapper, each is refused at charter's own line,
     * and at charter's own column, which the first two ways always give, or at none; never at another.
     */
    @Test
    void generatedPlansAreRefusedAtCharactersColumnOrNoneNeverAnother() {
        Property.forAll("a host's column from bytes is charter's or none", 300, random -> {
            String json = JSON.writePlan(PlanGenerator.using(random).plan());
            List<Integer> weights = new ArrayList<>();
            for (int at = json.indexOf(WEIGHT); at >= 0; at = json.indexOf(WEIGHT, at + 1)) {
                weights.add(at + WEIGHT.length());
            }
            int at = weights.get(random.nextInt(weights.size()));
            int style = random.nextInt(4);
            String bad = JsonVariants.written(json.substring(0, at) + "-1" + json.substring(at), STYLES[style],
                    random);
            InvalidInputException expected = catchThrowableOfType(InvalidInputException.class,
                    () -> JSON.readPlan(bad));
            assertCharters(hostError(bad, random.nextBoolean()), expected, style);
        });
    }

    /**
     * Every kind of document, generated, with one scalar value replaced by another (or a member added),
     * written in the four ways and read by a host's mapper from bytes or a stream: refused wherever charter's
     * own reader refuses it, with charter's problem, pointer and line, and charter's column (always, in the
     * first two ways) or none; read alike wherever charter reads it.
     */
    @Test
    void everyKindOfDocumentIsRefusedByAHostWhereCharterRefusesIt() {
        int[] refused = new int[1];
        Property.forAll("a host's error on any document is charter's", 400, random -> {
            int kind = random.nextInt(4);
            String json = switch (kind) {
                case 0 -> JSON.writePlan(PlanGenerator.using(random).plan());
                case 1 -> JSON.writeScorecard(ScorecardJsonProperties.scorecard(random));
                case 2 -> JSON.writeHierarchy(OfficeGenerator.using(random).tree(random.nextInt(1, 30)));
                default -> JSON.writePolicy(PolicyGenerator.using(random).policy());
            };
            int style = random.nextInt(4);
            String changed = JsonVariants.written(JsonVariants.withOneValueChanged(json, random), STYLES[style],
                    random);
            Class<?> type = switch (kind) {
                case 0 -> ActionPlan.class;
                case 1 -> Scorecard.class;
                case 2 -> OfficeHierarchy.class;
                default -> ScoringPolicy.class;
            };
            Object read = null;
            InvalidInputException expected = null;
            try {
                read = switch (kind) {
                    case 0 -> JSON.readPlan(changed);
                    case 1 -> JSON.readScorecard(changed);
                    case 2 -> JSON.readHierarchy(changed);
                    default -> JSON.readPolicy(changed);
                };
            } catch (InvalidInputException refusal) {
                expected = refusal;
            }
            boolean stream = random.nextBoolean();
            if (expected == null) {
                try {
                    Object hosts = hostRead(changed, type, stream);
                    assertThat(HOST.writeValueAsString(hosts)).isEqualTo(HOST.writeValueAsString(read));
                } catch (java.io.IOException e) {
                    throw new AssertionError("charter reads what a host refuses: " + changed, e);
                }
                return;
            }
            refused[0]++;
            assertCharters(hostError(changed, type, stream), expected, style);
        });
        assertThat(refused[0]).as("documents refused").isGreaterThan(100);
    }

    private static final String WEIGHT = "\"weight\":";

    private static final JsonVariants.Style[] STYLES = JsonVariants.Style.values();

    /** The host's error is charter's: its column too, always in the first two styles, else it or none. */
    private static void assertCharters(InvalidInputException actual, InvalidInputException expected, int style) {
        assertThat(actual.problem()).isEqualTo(expected.problem());
        assertThat(actual.pointer()).isEqualTo(expected.pointer());
        assertThat(actual.line()).isEqualTo(expected.line());
        if (style < 2 || actual.column().isPresent()) {
            assertThat(actual.column()).as("written %s, at %s", STYLES[style], expected.location())
                    .isEqualTo(expected.column());
        }
    }

    /** A mapper whose parser allows comments, which it skips unseen, gives no column in characters. */
    @Test
    void aParserThatAllowsCommentsGivesNoColumn() {
        ObjectMapper lenient = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build()
                .findAndRegisterModules();
        String bad = PLAN.replace("\"weight\":18", "\"weight\":-18");
        JsonMappingException problem = catchThrowableOfType(JsonMappingException.class,
                () -> lenient.readValue(utf8(bad), ActionPlan.class));
        assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                actual -> assertThat(actual.column()).isEmpty());
    }

    /** A host's object holding a plan. */
    record Wrapper(ActionPlan plan) {
    }

    private static void assertSameExactly(String json) {
        InvalidInputException expected = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(json));
        assertThat(expected).as("charter refuses %s", json).isNotNull();
        for (boolean stream : new boolean[] {false, true}) {
            InvalidInputException actual = hostError(json, stream);
            assertThat(actual.getMessage()).as("from %s", stream ? "a stream" : "bytes")
                    .isEqualTo(expected.getMessage());
        }
    }

    private static InvalidInputException hostError(String json, boolean stream) {
        return hostError(json, ActionPlan.class, stream);
    }

    private static InvalidInputException hostError(String json, Class<?> type, boolean stream) {
        JsonMappingException error = catchThrowableOfType(JsonMappingException.class,
                () -> hostRead(json, type, stream));
        assertThat(error).as("the host refuses %s", json).isNotNull();
        assertThat(error.getCause()).isInstanceOf(InvalidInputException.class);
        InvalidInputException cause = (InvalidInputException) error.getCause();
        assertThat((long) error.getLocation().getLineNr()).isEqualTo(cause.line().orElse(-1));
        assertThat((long) error.getLocation().getColumnNr()).isEqualTo(cause.column().orElse(-1));
        return cause;
    }

    private static Object hostRead(String json, Class<?> type, boolean stream) throws java.io.IOException {
        return stream ? HOST.readValue(new ByteArrayInputStream(utf8(json)), type) : HOST.readValue(utf8(json), type);
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
