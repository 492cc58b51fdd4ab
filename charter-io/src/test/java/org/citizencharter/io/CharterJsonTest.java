package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/** How CharterJson and JsonLimits are configured: immutable values, checked when made. */
class CharterJsonTest {

    @Test
    void theStandardInstanceHasTheDefaultLimitsAndTheScorecardsOwnScale() {
        assertThat(CharterJson.standard().limits()).isEqualTo(JsonLimits.defaults());
        assertThat(CharterJson.standard().roundingScale()).isEmpty();
        assertThat(JsonLimits.defaults()).isEqualTo(new JsonLimits(16L * 1024 * 1024, 64, 1_000_000, 200));
    }

    @Test
    void configuringMakesANewInstanceAndLeavesTheOldOne() {
        CharterJson standard = CharterJson.standard();
        CharterJson three = standard.withRoundingScale(3);
        CharterJson limited = standard.withLimits(JsonLimits.defaults().withMaxNestingDepth(20));
        assertThat(three.roundingScale()).hasValue(3);
        assertThat(three.limits()).isEqualTo(JsonLimits.defaults());
        assertThat(limited.limits().maxNestingDepth()).isEqualTo(20);
        assertThat(standard.roundingScale()).isEmpty();
        assertThat(standard.limits()).isEqualTo(JsonLimits.defaults());
    }

    @Test
    void roundingAsAPolicyDoes() {
        ScoringPolicy policy = ScoringPolicy.defaults().toBuilder().roundingScale(0).build();
        CharterJson json = CharterJson.standard().withRoundingOf(policy);
        assertThat(json.roundingScale()).hasValue(0);
        String card = json.writeScorecard(ReferenceScorer.defaults().score(SeedPlans.coxsBazar(),
                SeedPlans.coxsBazar().period().orElseThrow()));
        assertThat(card).contains("\"roundingScale\":0").contains("\"totalScore\":18,\"percentOfTotal\":74,");
    }

    @Test
    void theStandardInstanceWritesAScorecardAtTheScaleItCarries() {
        ScoringPolicy three = ScoringPolicy.defaults().toBuilder().roundingScale(3).build();
        Scorecard card = ReferenceScorer.of(three).score(SeedPlans.coxsBazar(),
                SeedPlans.coxsBazar().period().orElseThrow());
        assertThat(card.policy().roundingScale()).isEqualTo(3);
        String json = CharterJson.standard().writeScorecard(card);
        assertThat(json).contains("\"roundingScale\":3").contains("\"totalScore\":18.389,\"percentOfTotal\":73.556,");
        assertThat(CharterJson.standard().readScorecard(json)).isEqualTo(card);
    }

    @Test
    void aRoundingScaleNoPolicyCouldHave() {
        assertThatThrownBy(() -> CharterJson.standard().withRoundingScale(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The rounding scale must be 0 to 10");
        assertThatThrownBy(() -> new CharterModule().withRoundingScale(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() {
        CharterJson json = CharterJson.standard();
        SplittableRandom seeds = new SplittableRandom(4);
        List<ActionPlan> plans = Stream.generate(() -> PlanGenerator.using(seeds.split()).plan()).limit(200).toList();
        List<String> alone = plans.stream().map(json::writePlan).toList();
        List<String> together = plans.parallelStream().map(json::writePlan).toList();
        assertThat(together).isEqualTo(alone);
        assertThat(together.parallelStream().map(json::readPlan).toList()).isEqualTo(plans);
    }

    @Test
    void limitsArePositive() {
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The limit maxDocumentLength must be positive, not 0");
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxNumberLength(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModuleIsNamedAndVersioned() {
        CharterModule module = new CharterModule();
        assertThat(module.getModuleName()).isEqualTo("charter");
        assertThat(module.roundingScale()).isEmpty();
        assertThat(module.getTypeId()).isNotEqualTo(module.withRoundingScale(3).getTypeId());
        assertThat(module.version()).isNotNull();
    }
}
