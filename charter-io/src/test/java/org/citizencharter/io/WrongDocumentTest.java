package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Function;
import java.util.stream.Stream;
import org.citizencharter.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document given where another kind belongs (a plan to the scorecard reader, as `charter rollup` of a plan
 * does) is refused at its first member of the other kind, with a hint that names both kinds rather than a
 * near miss ("office" is not "offices") or the host's extensions.
 */
class WrongDocumentTest {

    private static final CharterJson JSON = CharterJson.standard();

    static Stream<Arguments> samplesReadAsAnotherKind() {
        Function<String, ?> plan = JSON::readPlan;
        Function<String, ?> scorecard = JSON::readScorecard;
        Function<String, ?> hierarchy = JSON::readHierarchy;
        Function<String, ?> policy = JSON::readPolicy;
        String scoreFirst = "Score the plan first, and give its scorecard: the document looks like a plan";
        return Stream.of(
                Arguments.of("plan-coxsbazar.json", "scorecard", scorecard, "/areas/0/activities", scoreFirst),
                Arguments.of("plan-apa.json", "scorecard", scorecard, "/declaredTotal", scoreFirst),
                Arguments.of("plan-apa.json", "hierarchy", hierarchy, "/office",
                        "Give an office hierarchy here: the document looks like a plan or a scorecard"),
                Arguments.of("plan-apa.json", "policy", policy, "/office",
                        "Give a scoring policy here: the document looks like a plan or a scorecard"),
                Arguments.of("scorecard-apa.json", "plan", plan, "/policy",
                        "Give a plan here: the document looks like a scorecard"),
                Arguments.of("scorecard-coxsbazar.json", "hierarchy", hierarchy, "/office",
                        "Give an office hierarchy here: the document looks like a plan or a scorecard"),
                Arguments.of("hierarchy.json", "plan", plan, "/offices",
                        "Give a plan here: the document looks like an office hierarchy"),
                Arguments.of("hierarchy.json", "scorecard", scorecard, "/offices",
                        "Give a scorecard here: the document looks like an office hierarchy"),
                Arguments.of("hierarchy.json", "policy", policy, "/offices",
                        "Give a scoring policy here: the document looks like an office hierarchy"),
                Arguments.of("policy-gpms.json", "plan", plan, "/id",
                        "Give a plan here: the document looks like a scoring policy"),
                Arguments.of("policy-gpms.json", "scorecard", scorecard, "/id",
                        "Give a scorecard here: the document looks like a scoring policy"),
                Arguments.of("policy-gpms.json", "hierarchy", hierarchy, "/id",
                        "Give an office hierarchy here: the document looks like a scoring policy"));
    }

    @ParameterizedTest(name = "{0} read as a {1}")
    @MethodSource("samplesReadAsAnotherKind")
    void isToldWhatItLooksLike(String sample, String kind, Function<String, ?> read, String pointer, String hint) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> read.apply(JsonText.sample(sample)));
        assertThat(error).as("refused").isNotNull();
        assertThat(error.pointer()).as(error.getMessage()).contains(pointer);
        assertThat(error.problem()).startsWith("The field is not part of ");
        assertThat(error.hint()).as(error.getMessage()).hasValue(hint);
    }

    @Test
    void aMemberOfNoOtherKindKeepsItsHint() {
        String plan = JsonText.sample("plan-apa.json").replaceFirst("\"asOf\"", "\"remarks\": 1, \"asOf\"");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(plan));
        assertThat(error.pointer()).contains("/remarks");
        assertThat(error.hint().orElseThrow()).startsWith("Put the host's own data under \"extensions\"");
    }
}
