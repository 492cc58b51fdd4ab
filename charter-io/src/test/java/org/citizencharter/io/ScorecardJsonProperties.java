package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.PolicyRef;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.core.testing.ReferenceScorer;
import org.junit.jupiter.api.Test;

/**
 * Scorecards survive JSON: the §6 figures are rounded HALF_UP to the scale, their exact values ride
 * beside them, and scorecard → JSON → scorecard is equal, canonical JSON → scorecard → JSON the same.
 */
class ScorecardJsonProperties {

    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Test
    void scorecardsRoundTripAtTheDefaultScale() {
        Property.forAll("scorecard → JSON → scorecard", random -> roundTrips(scorecard(random),
                CharterJson.standard()));
    }

    @Test
    void scorecardsRoundTripAtAnyScale() {
        Property.forAll("scorecard → JSON → scorecard, scale 0 to 10", random -> {
            int scale = random.nextInt(0, 11);
            Scorecard card = scorecard(random);
            // At the scale it carries, written by the standard JSON; at a scale the writer sets, it reads back
            // carrying that scale.
            Scorecard carrying = atScale(card, scale);
            roundTrips(carrying, CharterJson.standard());
            String json = CharterJson.standard().withRoundingScale(scale).writeScorecard(card);
            assertThat(CharterJson.standard().readScorecard(json)).isEqualTo(carrying);
        });
    }

    private static Scorecard atScale(Scorecard card, int scale) {
        return new Scorecard(card.office(), card.kind(), card.period(), new PolicyRef(card.policy().id(),
                card.policy().version(), scale), card.totalWeight(), card.totalScore(), card.percentOfTotal(),
                card.areas(), card.indicators(), card.findings(), card.extensions());
    }

    @Test
    void figuresAreWrittenRoundedHalfUpWithTheExactValueBeside() {
        Property.forAll("figures rounded HALF_UP, exact beside", random -> {
            int scale = random.nextInt(0, 5);
            Scorecard card = scorecard(random);
            JsonNode json = tree(CharterJson.standard().withRoundingScale(scale).writeScorecard(card));
            assertThat(json.get("policy").get("roundingScale").intValue()).isEqualTo(scale);
            checkFigure(json, "totalScore", card.totalScore(), scale);
            checkFigure(json, "percentOfTotal", card.percentOfTotal().orElseThrow(), scale);
            for (int i = 0; i < card.areas().size(); i++) {
                AreaResult area = card.areas().get(i);
                JsonNode written = json.get("areas").get(i);
                assertThat(written.get("code").textValue()).isEqualTo(area.code().toString());
                assertThat(written.get("weight").decimalValue()).isEqualTo(area.weight().value());
                checkFigure(written, "score", area.score(), scale);
            }
            for (int i = 0; i < card.indicators().size(); i++) {
                IndicatorResult indicator = card.indicators().get(i);
                JsonNode written = json.get("indicators").get(i);
                assertThat(written.get("code").textValue()).isEqualTo(indicator.code().toString());
                checkFigure(written, "score", indicator.score(), scale);
                checkFigure(written, "onTrackScore", indicator.onTrackScore(), scale);
                checkOptionalFigure(written, "percentOfAnnualTarget", indicator.percentOfAnnualTarget(), scale);
                checkOptionalFigure(written, "percentOfTargetToDate", indicator.percentOfTargetToDate(), scale);
                checkOptionalFigure(written, "achieved", indicator.achieved().amount(), scale);
            }
            for (int i = 0; i < card.findings().size(); i++) {
                JsonNode finding = json.get("findings").get(i);
                assertThat(finding.has("indicator")).isTrue();
                assertThat(finding.get("indicator").isNull()).isEqualTo(card.findings().get(i).indicator().isEmpty());
            }
        });
    }

    /** A generated plan, consistent or with one inconsistency, annual or by quarter, scored by the reference. */
    static Scorecard scorecard(RandomGenerator random) {
        PlanGenerator plans = PlanGenerator.using(random);
        ActionPlan plan = switch (random.nextInt(3)) {
            case 0 -> plans.plan();
            case 1 -> plans.annualPlan(plans.kind(), random.nextInt(1, 31), plans.fiscalYear());
            default -> PlanJsonProperties.inconsistentPlan(random);
        };
        return ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
    }

    private static void roundTrips(Scorecard card, CharterJson json) {
        RoundTrip.scorecards(json).check(card);
    }

    /** The number is the exact figure rounded HALF_UP where it has more decimals than the scale, else it. */
    private static void checkFigure(JsonNode owner, String name, BigDecimal exact, int scale) {
        BigDecimal written = owner.get(name).decimalValue();
        JsonNode exactNode = owner.path("exact").path(name);
        if (exact.scale() > scale) {
            assertThat(written).as(name).isEqualTo(exact.setScale(scale, RoundingMode.HALF_UP));
            assertThat(exactNode.textValue()).as("exact " + name).isEqualTo(exact.toString());
        } else {
            assertThat(written.compareTo(exact)).as(name + " (" + written + " for " + exact + ")").isZero();
            assertThat(exactNode.isMissingNode() || exact.scale() < 0).as("no exact " + name).isTrue();
        }
    }

    private static void checkOptionalFigure(JsonNode owner, String name, Optional<BigDecimal> exact, int scale) {
        if (exact.isPresent()) {
            checkFigure(owner, name, exact.get(), scale);
        } else {
            assertThat(owner.get(name).isNumber()).as(name).isFalse();
        }
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
