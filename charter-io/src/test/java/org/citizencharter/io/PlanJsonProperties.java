package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/** Plans survive JSON: model → JSON → model is equal, and canonical JSON → model → JSON the same bytes. */
class PlanJsonProperties {

    private static final CharterJson JSON = CharterJson.standard();
    private static final RoundTrip<ActionPlan> PLANS = RoundTrip.plans(JSON);

    /** Jackson's tree with exact decimals, to rewrite documents in tests (never charter's own code). */
    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Test
    void generatedPlansRoundTrip() {
        Property.forAll("plan → JSON → plan", random -> roundTrips(PlanGenerator.using(random).plan()));
    }

    @Test
    void annualPlansRoundTrip() {
        Property.forAll("annual plan → JSON → plan", random -> {
            PlanGenerator plans = PlanGenerator.using(random);
            roundTrips(plans.annualPlan(plans.kind(), random.nextInt(1, 31), plans.fiscalYear()));
        });
    }

    @Test
    void plansWithAlternativeIndicatorsRoundTrip() {
        Property.forAll("plan with alternatives → JSON → plan", random -> {
            PlanGenerator plans = PlanGenerator.using(random);
            ActionPlan plan = plans.plan();
            ReportingPeriod period = plan.period().orElseThrow();
            for (int i = random.nextInt(1, 4); i > 0; i--) {
                plan = plans.withAlternative(plan, period, random.nextBoolean());
            }
            roundTrips(plan);
        });
    }

    @Test
    void plansWithInjectedInconsistenciesRoundTrip() {
        Property.forAll("inconsistent plan → JSON → plan", random -> roundTrips(inconsistentPlan(random)));
    }

    @Test
    void hostileTextAndExtensionsEverywhereSurviveJson() {
        AtomicInteger indicators = new AtomicInteger();
        Property.forAll("plan with hostile text and extensions → JSON → plan", random -> {
            ActionPlan plan = HostileText.decorate(inconsistentPlan(random), random, EnumSet.allOf(HostileText.Part.class));
            ActionPlan back = JSON.readPlan(PLANS.check(plan));
            for (int i = 0; i < plan.indicators().size(); i++) {
                Indicator written = plan.indicators().get(i);
                Indicator read = back.indicators().get(i);
                assertThat(read.reported()).as("reported values, evidence, remarks").isEqualTo(written.reported());
                assertThat(read.extensions()).isEqualTo(written.extensions());
                assertThat(read.reported().evidence()).isPresent();
                indicators.incrementAndGet();
            }
            assertThat(back.extensions()).isEqualTo(plan.extensions()).isNotEqualTo(Extensions.NONE);
        });
        assertThat(indicators.get()).as("indicators checked").isGreaterThanOrEqualTo(Property.cases());
    }

    @Test
    void quantitiesCodesAndYearsInBengaliDigitsReadAsTheCanonicalForm() {
        Property.forAll("Bengali digits read as ASCII", random -> {
            ActionPlan plan = inconsistentPlan(random);
            String bengali = inBengali(JSON.writePlan(plan));
            Schemas.assertFollows(Schemas.PLAN, bengali);
            assertThat(JSON.readPlan(bengali)).isEqualTo(plan);
        });
    }

    /** A generated plan with one inconsistency of the catalogue, so that every odd shape is written. */
    static ActionPlan inconsistentPlan(RandomGenerator random) {
        PlanGenerator plans = PlanGenerator.using(random);
        ReportingPeriod period = plans.period();
        ActionPlan plan = plans.plan(plans.kind(), random.nextInt(1, 31), period);
        ImmutableList<FindingType> possible = Lists.immutable.of(FindingType.values())
                .select(type -> PlanGenerator.canInject(type, period));
        return plans.inject(plan, period, possible.get(random.nextInt(possible.size())));
    }

    private static void roundTrips(ActionPlan plan) {
        PLANS.check(plan);
    }

    /**
     * The document as a host holding Bengali text might send it: every quantity a string of Bengali
     * digits, codes "[১.২.১]", the fiscal year "২০২২-২৩" and the quarter "৩য় ত্রৈমাসিক"; extensions untouched.
     */
    static String inBengali(String json) {
        try {
            ObjectNode tree = (ObjectNode) TREES.readTree(json);
            rewrite(tree);
            tree.put("fiscalYear", Numerals.toBengaliDigits(tree.get("fiscalYear").asText()));
            if (tree.has("asOf")) {
                tree.put("asOf", Numerals.toBengaliDigits(tree.get("asOf").asText().substring(1))
                        + new String[] {"ম", "য়", "য়", "র্থ"}[tree.get("asOf").asText().charAt(1) - '1'] + " ত্রৈমাসিক");
            }
            return TREES.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (name.equals("extensions") || name.equals("schemaVersion")) {
                    continue;
                }
                if (value.isNumber()) {
                    field.setValue(bengali(value));
                } else if (name.equals("code")) {
                    field.setValue(TextNode.valueOf(Numerals.toBengaliDigits("[" + value.asText() + "]")));
                } else {
                    rewrite(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isNumber()) {
                    array.set(i, bengali(array.get(i)));
                } else {
                    rewrite(array.get(i));
                }
            }
        }
    }

    private static TextNode bengali(JsonNode number) {
        return TextNode.valueOf(Numerals.format(number.decimalValue(), Language.BN));
    }
}
