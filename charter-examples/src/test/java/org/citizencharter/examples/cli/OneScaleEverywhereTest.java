package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.report.ProgressReport;
import org.citizencharter.io.report.RollUpReport;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/**
 * The rounding scale travels with the scorecard: its JSON, its text and its reports show the same figures,
 * whatever scale the policy sets (issue 14: a policy with scale 3 gave JSON at 2 and text mixing 22.22 % and
 * 22.222 %).
 */
class OneScaleEverywhereTest {

    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static Scorecard score(int scale) {
        ScoringPolicy policy = ScoringPolicy.defaults().toBuilder().roundingScale(scale).build();
        ActionPlan plan = SeedPlans.coxsBazar();
        return ScoringEngine.builder().policy(policy).build().score(plan, plan.period().orElseThrow());
    }

    @Test
    void aPolicyWithScaleThreeGivesTheSameFiguresInJsonTextAndReports() throws Exception {
        check(score(3), "22.222", "18.389", "0.889");
    }

    @Test
    void theDefaultScaleGivesTheSameFiguresInJsonTextAndReports() throws Exception {
        check(score(2), "22.22", "18.39", "0.89");
    }

    @Test
    void aRollUpOfScaleThreeScorecardsWritesItsMeanAndLowestAtScaleThreeInTextAndJson() throws Exception {
        Scorecard card = score(3);
        ActionPlan generated = org.citizencharter.core.testing.PlanGenerator.using(new java.util.SplittableRandom(5))
                .plan(card.kind(), 6, card.period());
        Scorecard other = ScoringEngine.builder().policy(ScoringPolicy.defaults().toBuilder().roundingScale(3).build())
                .build().score(generated, card.period());
        RollUpReport report = RollUpReport.of(java.util.List.of(card, other));
        BigDecimal mean = report.meanPercentOfTotal().orElseThrow();
        String mean3 = mean.setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
        String lowest3 = report.minimumPercentOfTotal().orElseThrow().setScale(3, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(RollupCommand.text(report, Language.EN)).contains("Mean " + mean3 + "%, lowest " + lowest3 + "%")
                .contains(" 18.389 ").contains(" 73.556 ");
        assertThat(RollupCommand.text(report, Language.BN)).contains("গড় " + bn(mean3) + "%");
        JsonNode json = TREES.readTree(RollupCommand.json(report));
        assertThat(json.get("meanPercentOfTotal").decimalValue()).isEqualTo(new BigDecimal(mean3));
        assertThat(json.get("minimumPercentOfTotal").decimalValue()).isEqualTo(new BigDecimal(lowest3));
        assertThat(json.get("offices").get(0).get("percentOfTotal").decimalValue().scale()).isEqualTo(3);
        assertThat(json.get("offices").get(0).get("areas").get(0).get("score").decimalValue().scale()).isEqualTo(3);
    }

    private static void check(Scorecard card, String percent, String total, String score) throws Exception {
        IndicatorResult result = card.indicator(IndicatorCode.parse("1.2.1")).orElseThrow();
        // JSON
        JsonNode json = TREES.readTree(CharterJson.standard().writeScorecard(card));
        JsonNode indicator = null;
        for (JsonNode node : json.get("indicators")) {
            if (node.get("code").textValue().equals("1.2.1")) {
                indicator = node;
            }
        }
        assertThat(indicator).isNotNull();
        assertThat(indicator.get("percentOfAnnualTarget").decimalValue()).isEqualTo(new BigDecimal(percent));
        assertThat(indicator.get("score").decimalValue()).isEqualTo(new BigDecimal(score));
        assertThat(json.get("totalScore").decimalValue()).isEqualTo(new BigDecimal(total));
        // Text, in both languages.
        String english = ScorecardText.render(card, Language.EN);
        assertThat(english).contains(" " + percent + "%").contains(" " + score + " ").contains("Total score " + total);
        String bengali = ScorecardText.render(card, Language.BN);
        assertThat(bengali).contains(bn(percent) + "%").contains(bn(total));
        // Reports: HTML in English and Bengali, Markdown (Bengali digits).
        ProgressReport report = ProgressReport.of(SeedPlans.coxsBazar(), card);
        assertThat(report.toHtml(Language.EN)).contains(percent + "%").contains(score).contains(total);
        assertThat(report.toHtml(Language.BN)).contains(bn(percent) + "%").contains(bn(total));
        assertThat(report.toMarkdown()).contains(bn(percent) + "%").contains(bn(score));
        // And nowhere a figure at another scale.
        String other = card.policy().roundingScale() == 3 ? "22.22%" : "22.222";
        assertThat(english).doesNotContain(other);
        assertThat(report.toHtml(Language.EN)).doesNotContain(other);
        assertThat(card.round(result.percentOfAnnualTarget().orElseThrow())).isEqualByComparingTo(percent);
    }

    private static String bn(String figure) {
        return Numerals.format(new BigDecimal(figure), Language.BN);
    }
}
