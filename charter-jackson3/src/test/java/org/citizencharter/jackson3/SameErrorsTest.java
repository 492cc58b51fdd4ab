package org.citizencharter.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.JsonVariants;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.CharterJson;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import org.citizencharter.core.ActionPlan;

/**
 * A Jackson 3 mapper refuses what a Jackson 2 mapper with charter-io's module and charter-io itself refuse,
 * with the same problem, pointer, text, hint, line and column (all read the same text): the content errors
 * of charter-io's error tests, one case each. (JSON that is not well formed is the host parser's to
 * refuse, before charter sees it.)
 */
class SameErrorsTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final ObjectMapper JACKSON2 = new ObjectMapper().findAndRegisterModules();
    private static final String PLAN = JSON.writePlan(SeedPlans.coxsBazar());

    @Test
    void everyContentErrorIsTheSameOnBothLines() {
        List<String> cases = List.of(
                PLAN.replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q5\""),
                PLAN.replace("\"2022-23\"", "\"2023-25\""),
                PLAN.replace("\"weight\":18", "\"weight\":-18"),
                PLAN.replace("\"weight\":18", "\"weight\":true"),
                PLAN.replace("\"weight\":18", "\"wieght\":18"),
                PLAN.replace("\"weight\":18,", ""),
                PLAN.replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q3\",\"asOf\":\"Q4\""),
                PLAN.replace("\"annual\":4", "\"annual\":1e400"),
                PLAN.replace("\"annual\":4", "\"annual\":1E+2147483647"),
                PLAN.replace("\"annual\":4", "\"annual\":\"2_2200\""),
                // An object where a number belongs, skipped: its strings are counted for the columns after it.
                PLAN.replace("\"annual\":4", "\"annual\":{\"n\":[\"বাংলা\",\"x\",\"কখগ\"]},\"b\":1"),
                PLAN.replace("\"level\":\"DISTRICT\"", "\"level\":\"DISTRIKT\""),
                PLAN.replace("[1,1,1,null]", "[1,1,1]"),
                PLAN.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                PLAN.replace("\"label\":\"সংখ্যা\"}", "\"label\":\"সংখ্যা\",\"extensions\":{}}"),
                PLAN.replace("\"en\":\"\"", "\"en\":\"\\ud800\""),
                // A member of a scorecard, at the root and in an area: the hint names the kind it marks.
                PLAN.replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q3\",\"totalScore\":1"),
                PLAN.replace("\"weight\":18,", "\"weight\":18,\"score\":1,"),
                "[" + PLAN + "]");
        List<String> all = new java.util.ArrayList<>(cases);
        // Pretty-printed too, so that the line and column differ from those of the copy charter-io reads.
        cases.forEach(json -> all.add(json.replace(",\"", ",\n  \"")));
        for (String json : all) {
            InvalidInputException io = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(json));
            assertThat(io).as("charter-io refuses %s", json).isNotNull();
            JsonMappingException jackson2 = catchThrowableOfType(JsonMappingException.class,
                    () -> JACKSON2.readValue(json, ActionPlan.class));
            assertThat(jackson2).as("Jackson 2 refuses %s", json).isNotNull();
            if (!json.startsWith("[")) {
                // charter-io checks that the input is a document before reading it, a host's mapper at the value.
                assertThat(jackson2.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                        actual -> assertThat(actual.getMessage()).isEqualTo(io.getMessage()));
            }
            InvalidInputException expected = (InvalidInputException) jackson2.getCause();
            // From text, from bytes and from a stream (as a request's body is read): the column in characters.
            for (ThrowingCallable read : List.<ThrowingCallable>of(() -> MAPPER.readValue(json, ActionPlan.class),
                    () -> MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), ActionPlan.class),
                    () -> MAPPER.readValue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                            ActionPlan.class))) {
                DatabindException problem = catchThrowableOfType(DatabindException.class, read);
                assertThat(problem).as("Jackson 3 refuses %s", json).isNotNull()
                        .isNotInstanceOf(StreamReadException.class);
                assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class, actual -> {
                    assertThat(actual.problem()).isEqualTo(expected.problem());
                    assertThat(actual.pointer()).isEqualTo(expected.pointer());
                    assertThat(actual.text()).isEqualTo(expected.text());
                    assertThat(actual.hint()).isEqualTo(expected.hint());
                    assertThat(actual.line()).as("line of %s", expected).isEqualTo(expected.line());
                    assertThat(actual.column()).as("column of %s", expected).isEqualTo(expected.column());
                });
                assertThat((long) problem.getLocation().getLineNr()).isEqualTo(expected.line().orElse(-1));
                assertThat((long) problem.getLocation().getColumnNr()).isEqualTo(expected.column().orElse(-1));
            }
        }
    }

    /** What cannot be told in characters is left out, never guessed: after a name beyond ASCII on the line. */
    @Test
    void aColumnThatCannotBeToldIsLeftOut() {
        String json = PLAN.replace("\"weight\":18", "\"extensions\":{\"নোট\":\"কখ\"},\"weight\":-18");
        DatabindException problem = catchThrowableOfType(DatabindException.class,
                () -> MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), ActionPlan.class));
        assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class, actual -> {
            assertThat(actual.pointer()).contains("/areas/0/weight");
            assertThat(actual.line()).hasValue(1);
            assertThat(actual.column()).isEmpty();
        });
        assertThat(problem.getLocation().getColumnNr()).isEqualTo(-1);

        // A mapper whose parser allows comments, which it skips unseen: no column is told in characters.
        JsonMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).findAndAddModules()
                .build();
        String bad = PLAN.replace("\"weight\":18", "\"weight\":-18");
        DatabindException withComments = catchThrowableOfType(DatabindException.class,
                () -> lenient.readValue(bad.getBytes(StandardCharsets.UTF_8), ActionPlan.class));
        assertThat(withComments.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                actual -> assertThat(actual.column()).isEmpty());
    }

    /** Hierarchies are bound by Jackson 3's databind into charter-io's shapes, not copied into charter-io's reader. */
    @Test
    void everyHierarchyErrorIsTheSameOnBothLines() {
        String hierarchy = JSON.writeHierarchy(OfficeGenerator.district("Rangpur", 3));
        int start = hierarchy.indexOf("{\"id\"");
        String office = hierarchy.substring(start, hierarchy.indexOf("},{\"id\"", start) + 1);
        String id = office.substring(7, office.indexOf('"', 7));
        List<String> cases = List.of(
                hierarchy.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                hierarchy.replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""),
                hierarchy.replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"source\":1,"),
                hierarchy.replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"extensions\":[],"),
                hierarchy.replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"extensions\":{\"a\":1.50,\"a\":2},"),
                hierarchy.replace("\"schemaVersion\":1,", ""),
                hierarchy.replace(office, "\"" + id + "\""),
                hierarchy.replace(office, "null"),
                hierarchy.replace(office + ",", ""),
                hierarchy.replace(office, office + "," + office),
                hierarchy.replace(office, office.replace("\"id\":", "\"ID\":")),
                hierarchy.replace(office, office.replace("\"level\":\"", "\"level\":1,\"x\":\"")),
                hierarchy.replace(office, office.replace("\"level\":\"", "\"level\":\"X")),
                hierarchy.replace(office, office.replace("\"bn\":", "\"bn\":1,\"b\":")),
                hierarchy.replace(office, office.replace("\"bn\":\"", "\"bn\":\"\\ud800")),
                hierarchy.replace("\"offices\":[", "\"offices\":{\"a\":[").replace("]}", "]}}"),
                "{\"h\":" + hierarchy.replace(office, office.replace("\"id\":", "\"parent\":\"none\",\"id\":")) + "}");
        List<String> all = new java.util.ArrayList<>(cases);
        cases.forEach(json -> all.add(json.replace(",\"", ",\n  \"")));
        for (String json : all) {
            boolean wrapped = json.startsWith("{\"h\":");
            InvalidInputException expected = catchThrowableOfType(InvalidInputException.class,
                    () -> JSON.readHierarchy(wrapped ? json.substring(5, json.length() - 1) : json));
            assertThat(expected).as("charter-io refuses %s", json).isNotNull();
            // From text and from bytes: the same column in characters (where a host's object holds the
            // hierarchy, from the line after the one it begins on).
            for (byte[] bytes : new byte[][] {null, json.getBytes(StandardCharsets.UTF_8)}) {
                DatabindException problem = catchThrowableOfType(DatabindException.class, () -> {
                    Class<?> type = wrapped ? Wrapper.class : OfficeHierarchy.class;
                    if (bytes == null) {
                        MAPPER.readValue(json, type);
                    } else {
                        MAPPER.readValue(bytes, type);
                    }
                });
                assertThat(problem).as("Jackson 3 refuses %s", json).isNotNull()
                        .isNotInstanceOf(StreamReadException.class);
                assertThat(problem.getCause()).as("%s", problem).isInstanceOfSatisfying(InvalidInputException.class,
                        actual -> {
                            assertThat(actual.problem()).isEqualTo(expected.problem());
                            assertThat(actual.pointer())
                                    .isEqualTo(expected.pointer().map(at -> (wrapped ? "/h" : "") + at));
                            assertThat(actual.text()).isEqualTo(expected.text());
                            assertThat(actual.hint()).isEqualTo(expected.hint());
                            assertThat(actual.line()).as("line of %s", expected).isEqualTo(expected.line());
                            if (!wrapped || expected.line().orElse(0) > 1) {
                                assertThat(actual.column()).as("column of %s", expected).isEqualTo(expected.column());
                            }
                        });
            }
        }
    }

    /**
     * Generated plans, scorecards and hierarchies with one value changed, written as a host's clients write
     * them ({@link JsonVariants}), read by a Jackson 3 mapper from bytes or a stream: refused wherever charter-io
     * refuses them, with its problem, pointer, text and line, and its column (always, as charter writes and
     * one member a line) or none; read alike wherever charter-io reads them.
     */
    @Test
    void generatedDocumentsAreRefusedWhereCharterIoRefusesThem() {
        int[] refused = new int[1];
        Property.forAll("a Jackson 3 host's error on a document is charter-io's", 300, random -> {
            int kind = random.nextInt(3);
            ActionPlan plan = PlanGenerator.using(random).plan();
            String json = switch (kind) {
                case 0 -> JSON.writePlan(plan);
                case 1 -> JSON.writeScorecard(ReferenceScorer.defaults().score(plan, plan.period().orElseThrow()));
                default -> JSON.writeHierarchy(OfficeGenerator.using(random).tree(random.nextInt(1, 30)));
            };
            JsonVariants.Style style = JsonVariants.Style.values()[random.nextInt(4)];
            String changed = JsonVariants.written(JsonVariants.withOneValueChanged(json, random), style, random);
            Class<?> type = kind == 0 ? ActionPlan.class : kind == 1 ? Scorecard.class : OfficeHierarchy.class;
            Object read = null;
            InvalidInputException expected = null;
            try {
                read = kind == 0 ? JSON.readPlan(changed) : kind == 1 ? JSON.readScorecard(changed)
                        : JSON.readHierarchy(changed);
            } catch (InvalidInputException refusal) {
                expected = refusal;
            }
            byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
            ThrowingCallable hostReads = random.nextBoolean() ? () -> MAPPER.readValue(bytes, type)
                    : () -> MAPPER.readValue(new ByteArrayInputStream(bytes), type);
            if (expected == null) {
                assertThat(MAPPER.writeValueAsString(MAPPER.readValue(bytes, type)))
                        .isEqualTo(MAPPER.writeValueAsString(read));
                return;
            }
            refused[0]++;
            InvalidInputException io = expected;
            DatabindException problem = catchThrowableOfType(DatabindException.class, hostReads);
            assertThat(problem).as("Jackson 3 refuses %s", changed).isNotNull();
            assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class, actual -> {
                assertThat(actual.problem()).isEqualTo(io.problem());
                assertThat(actual.pointer()).isEqualTo(io.pointer());
                assertThat(actual.text()).isEqualTo(io.text());
                assertThat(actual.line()).isEqualTo(io.line());
                if (style.ordinal() < 2 || actual.column().isPresent()) {
                    assertThat(actual.column()).as("written %s, at %s", style, io.location()).isEqualTo(io.column());
                }
                assertThat((long) problem.getLocation().getColumnNr()).isEqualTo(actual.column().orElse(-1));
            });
        });
        assertThat(refused[0]).as("documents refused").isGreaterThan(100);
    }

    /** A host's object that holds a hierarchy. */
    record Wrapper(OfficeHierarchy h) {
    }

    @Test
    void aPolicyWithAnExponentAtTheEndOfAnIntIsRefusedAlike() {
        String json = JSON.writePolicy(ScoringPolicy.defaults()).replaceFirst("\"tolerance\":[0-9.]+",
                "\"tolerance\":1E+2147483647");
        DatabindException problem = catchThrowableOfType(DatabindException.class,
                () -> MAPPER.readValue(json, ScoringPolicy.class));
        assertThat(problem.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                actual -> assertThat(actual.pointer()).contains("/tolerance"));
    }
}
