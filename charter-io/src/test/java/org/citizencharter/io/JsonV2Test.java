package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.core.testing.ReferenceScorer;
import org.junit.jupiter.api.Test;

/**
 * The plan and scorecard documents say everything contract v2 speaks of, so that it is flagged when the
 * plan is scored rather than refused when it is read: each case is read, written back canonical and equal,
 * follows its schema, and scores to the finding v2 names.
 */
class JsonV2Test {

    private static final CharterJson JSON = CharterJson.standard();

    private static final String HEAD = "{\"schemaVersion\":1,\"office\":{\"id\":\"o\",\"name\":{\"bn\":\"অফিস\",\"en\":\"\"},"
            + "\"level\":\"DISTRICT\"},\"fiscalYear\":\"2023-24\",\"kind\":\"APA\",\"asOf\":\"Q3\",\"areas\":[{\"code\":\"1\","
            + "\"name\":{\"bn\":\"ক\",\"en\":\"\"},\"weight\":%s,\"activities\":[{\"code\":\"1.1\",\"name\":{\"bn\":\"খ\","
            + "\"en\":\"\"},\"indicators\":[%s]}]}]}";

    private static String plan(String areaWeight, String... indicators) {
        return String.format(java.util.Locale.ROOT, HEAD, areaWeight, String.join(",", indicators));
    }

    private static String number(String code, String weight, String target, String quarters, String reported) {
        return "{\"code\":\"" + code + "\",\"name\":{\"bn\":\"সূচক\",\"en\":\"\"},\"unit\":{\"kind\":\"NUMBER\",\"label\":\"\"},"
                + (weight == null ? "" : "\"weight\":" + weight + ",") + "\"polarity\":\"HIGHER\",\"method\":\"SUM\""
                + (target == null ? "" : ",\"target\":" + target) + (quarters == null ? "" : ",\"quarters\":" + quarters)
                + (reported == null ? "" : ",\"reported\":" + reported) + "}";
    }

    private static String date(String code, String weight, String target, String quarters) {
        return "{\"code\":\"" + code + "\",\"name\":{\"bn\":\"সূচক\",\"en\":\"\"},\"unit\":{\"kind\":\"DATE\",\"label\":\"\"},"
                + "\"weight\":" + weight + ",\"polarity\":\"HIGHER\",\"method\":\"DATE\",\"target\":" + target
                + (quarters == null ? "" : ",\"quarters\":" + quarters) + "}";
    }

    /** Reads the canonical plan, writes it back the same, checks the schema, and returns the plan. */
    private static ActionPlan roundTrip(String canonical) {
        Schemas.assertFollows(Schemas.PLAN, canonical);
        ActionPlan plan = JSON.readPlan(canonical);
        assertThat(JSON.writePlan(plan)).isEqualTo(canonical);
        assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
        return plan;
    }

    private static Scorecard score(ActionPlan plan) {
        Scorecard card = ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
        String json = JSON.writeScorecard(card);
        Schemas.assertFollows(Schemas.SCORECARD, json);
        assertThat(JSON.readScorecard(json)).isEqualTo(card);
        return card;
    }

    private static Indicator only(ActionPlan plan) {
        return plan.areas().getFirst().activities().getFirst().indicators().getFirst();
    }

    private static boolean has(Scorecard card, FindingType type, String indicator) {
        return card.findings().anySatisfy(finding -> finding.type().equals(Optional.of(type))
                && finding.indicator().map(Object::toString).equals(Optional.of(indicator)));
    }

    @Test
    void anIndicatorWithoutAWeightIsReadAndFlagged() {
        String canonical = plan("1", number("1.1.1", "null", "{\"kind\":\"SINGLE\",\"annual\":4}", "[1,1,1,null]", null));
        ActionPlan plan = roundTrip(canonical);
        assertThat(only(plan).weight()).isEmpty();
        // Left out reads the same as null.
        String absent = plan("1", number("1.1.1", null, "{\"kind\":\"SINGLE\",\"annual\":4}", "[1,1,1,null]", null));
        Schemas.assertFollows(Schemas.PLAN, absent);
        assertThat(JSON.readPlan(absent)).isEqualTo(plan);
        Scorecard card = score(plan);
        assertThat(has(card, FindingType.WEIGHT_MISSING, "1.1.1")).isTrue();
        IndicatorResult result = card.indicators().getFirst();
        assertThat(result.status()).isEqualTo(ScoreStatus.UNSCORED);
        assertThat(result.weight()).isEmpty();
        assertThat(result.percentOfAnnualTarget()).hasValue(new BigDecimal("75"));
        assertThat(JSON.writeScorecard(card)).contains("\"code\":\"1.1.1\",\"area\":\"1\",\"activity\":\"1.1\","
                + "\"name\":{\"bn\":\"সূচক\",\"en\":\"\"},\"weight\":null,");
    }

    @Test
    void anAlternativeWithoutAWeightOfItsOwnIsRead() {
        String canonical = plan("1",
                number("1.1.1", "1", "{\"kind\":\"SINGLE\",\"annual\":4}", null, null),
                number("1.1.1.1", "null", "{\"kind\":\"SINGLE\",\"annual\":2}", null, "{\"actual\":1}"));
        ActionPlan plan = roundTrip(canonical);
        Scorecard card = score(plan);
        assertThat(card.findings().collect(Finding::id)).doesNotContain("WEIGHT_MISSING", "AREA_WEIGHT_MISMATCH");
        // An annual report: the primary has no achievement, so the alternative is scored with the primary's
        // weight, 1 × 1 / 2.
        assertThat(card.totalScore()).isEqualByComparingTo("0.5");
    }

    @Test
    void gradedTargetsWithFewerThanFiveColumnsAreReadAndFlagged() {
        String canonical = plan("2",
                number("1.1.1", "1", "{\"kind\":\"GRADED\",\"columns\":[100,90,80]}", "[50,null,null,null]", null),
                date("1.1.2", "1", "{\"kind\":\"GRADED_DATES\",\"columns\":[\"2024-01-01\",\"2024-02-01\"]}",
                        "[null,null,\"2024-01-15\",null]"));
        ActionPlan plan = roundTrip(canonical);
        assertThat(only(plan).target()).isEqualTo(Target.graded(new BigDecimal("100"), new BigDecimal("90"),
                new BigDecimal("80")));
        Scorecard card = score(plan);
        assertThat(has(card, FindingType.TARGET_MISSING, "1.1.1")).isTrue();
        assertThat(has(card, FindingType.TARGET_MISSING, "1.1.2")).isTrue();
        assertThat(card.indicators().collect(IndicatorResult::status).distinct()).containsExactly(ScoreStatus.UNSCORED);
        assertThat(card.indicators().getFirst().percentOfAnnualTarget()).isEmpty();
        // Six columns, or none, are still refused.
        assertThatThrownBy(() -> JSON.readPlan(plan("1",
                number("1.1.1", "1", "{\"kind\":\"GRADED\",\"columns\":[6,5,4,3,2,1]}", null, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 5 items, not 6");
        assertThatThrownBy(() -> JSON.readPlan(plan("1",
                number("1.1.1", "1", "{\"kind\":\"GRADED\",\"columns\":[]}", null, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 5 items, not 0");
    }

    @Test
    void aDeadlineWrittenAsARangeCountsItsLastDay() {
        String canonical = plan("1", date("1.1.1", "1",
                "{\"kind\":\"DEADLINE\",\"from\":\"2023-12-01\",\"to\":\"2023-12-31\"}", "[null,\"2023-12-20\",null,null]"));
        ActionPlan plan = roundTrip(canonical);
        assertThat(only(plan).target()).isEqualTo(Target.between(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)));
        Scorecard card = score(plan);
        assertThat(card.indicators().getFirst().score()).isEqualByComparingTo("1");
        // The single date is written as before.
        roundTrip(plan("1", date("1.1.1", "1", "{\"kind\":\"DEADLINE\",\"date\":\"2023-12-31\"}", null)));
        String both = plan("1", date("1.1.1", "1",
                "{\"kind\":\"DEADLINE\",\"date\":\"2023-12-31\",\"from\":\"2023-12-01\",\"to\":\"2023-12-31\"}", null));
        assertThat(Schemas.problems(Schemas.PLAN, both)).isNotEmpty();
        assertThatThrownBy(() -> JSON.readPlan(both)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not both");
        String half = plan("1", date("1.1.1", "1", "{\"kind\":\"DEADLINE\",\"from\":\"2023-12-01\"}", null));
        assertThat(Schemas.problems(Schemas.PLAN, half)).isNotEmpty();
        assertThatThrownBy(() -> JSON.readPlan(half)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"from\" and \"to\"");
    }

    @Test
    void aReportedHalfYearSubtotalIsReadAndChecked() {
        String canonical = plan("1", number("1.1.1", "1", "{\"kind\":\"SINGLE\",\"annual\":4}", "[1,1,1,null]",
                "{\"actual\":3,\"halfYear\":3}"));
        ActionPlan plan = roundTrip(canonical);
        assertThat(only(plan).reported().halfYear()).isEqualTo(Value.of(new BigDecimal("3")));
        Scorecard card = score(plan);
        Finding mismatch = card.findings().detect(finding -> finding.type().equals(
                Optional.of(FindingType.REPORTED_TOTAL_MISMATCH)));
        assertThat(mismatch.expected()).hasValue("2");
        assertThat(mismatch.actual()).hasValue("3");
        assertThat(mismatch.activity()).hasValue(ActivityCode.parse("1.1"));
        assertThat(mismatch.indicator()).hasValue(IndicatorCode.parse("1.1.1"));
    }

    @Test
    void percentOfTotalIsNullWhenTheAreaWeightsSumToZero() {
        ActionPlan plan = roundTrip(plan("0", number("1.1.1", "0", "{\"kind\":\"SINGLE\",\"annual\":4}", "[1,1,1,null]",
                null)));
        Scorecard card = score(plan);
        assertThat(card.percentOfTotal()).isEmpty();
        assertThat(JSON.writeScorecard(card)).contains("\"totalWeight\":0,\"totalScore\":0,\"percentOfTotal\":null,");
    }

    @Test
    void percentsAreNullWithNothingAchievedAndForAnUnusableTarget() {
        ActionPlan plan = roundTrip(plan("2",
                number("1.1.1", "1", "{\"kind\":\"SINGLE\",\"annual\":-4}", "[1,1,1,null]", null),
                number("1.1.2", "1", "{\"kind\":\"SINGLE\",\"annual\":4,\"quarterly\":[1,1,1,1]}", null, null)
                        .replace("\"SUM\"", "\"AVERAGE\"")));
        Scorecard card = score(plan);
        String json = JSON.writeScorecard(card);
        for (IndicatorResult result : card.indicators()) {
            assertThat(result.percentOfAnnualTarget()).as(result.code().toString()).isEmpty();
            assertThat(result.percentOfTargetToDate()).as(result.code().toString()).isEmpty();
        }
        assertThat(json).contains("\"percentOfAnnualTarget\":null,\"percentOfTargetToDate\":null");
    }

    @Test
    void figuresAreWrittenAtTheScorecardsScale() {
        ActionPlan plan = roundTrip(plan("3", number("1.1.1", "3", "{\"kind\":\"SINGLE\",\"annual\":9}",
                "[1,1,null,null]", null)));
        for (int scale : new int[] {0, 2, 3, 5}) {
            Scorecard card = ReferenceScorer.of(ScoringPolicy.defaults().toBuilder().roundingScale(scale).build())
                    .score(plan, plan.period().orElseThrow());
            String json = JSON.writeScorecard(card);
            Schemas.assertFollows(Schemas.SCORECARD, json);
            assertThat(JSON.readScorecard(json)).isEqualTo(card);
            // score = 3 × 2 / 9 = 0.6666…, percent 22.2222…
            assertThat(json).contains("\"roundingScale\":" + scale)
                    .contains("\"score\":" + card.round(card.indicators().getFirst().score()).toPlainString() + ",")
                    .contains("\"percentOfAnnualTarget\":"
                            + card.round(card.indicators().getFirst().percentOfAnnualTarget().orElseThrow()).toPlainString());
        }
    }
}
