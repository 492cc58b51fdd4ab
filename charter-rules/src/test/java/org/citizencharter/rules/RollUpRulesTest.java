package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.List;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.RollUp;
import org.citizencharter.core.testing.OfficeGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of rollup.drl: a district and its upazila offices. */
class RollUpRulesTest {

    private final OfficeHierarchy district = OfficeGenerator.district("Rangpur", 3);
    private final OfficeId districtId = OfficeId.of("district-rangpur");

    private ActionPlan planOf(String office, int achieved) {
        ActionPlan plan = Plans.plan(Plans.count().quarters(Plans.quarters(achieved, 0, 0, null)).build());
        return plan.withOffice(district.office(OfficeId.of(office)));
    }

    @Test
    @DisplayName("SUBORDINATE_REPORT_MISSING")
    void subordinateReportMissing() {
        RollUp rollUp = ScoringEngine.defaults().rollUp(district, districtId,
                List.of(planOf("district-rangpur", 4), planOf("upazila-rangpur-1", 3)), Plans.Q3);
        assertThat(rollUp.findings().collect(Finding::id)).containsOnly("SUBORDINATE_REPORT_MISSING").hasSize(2);
        assertThat(rollUp.findings().collect(f -> f.arguments().get("officeId")))
                .containsExactlyInAnyOrder("upazila-rangpur-2", "upazila-rangpur-3");
        assertThat(rollUp.findings().getFirst().message().bn()).contains("উপজেলা কার্যালয়").contains("৩য় ত্রৈমাসিক");
        RollUp complete = ScoringEngine.defaults().rollUp(district, districtId, List.of(planOf("upazila-rangpur-1", 1),
                planOf("upazila-rangpur-2", 2), planOf("upazila-rangpur-3", 3)), Plans.Q3);
        assertThat(complete.findings()).isEmpty();
        assertThat(complete.own()).as("the district itself sent no plan: not a finding").isEmpty();
    }

    @Test
    @DisplayName("Roll-up figures")
    void rollUpFigures() {
        RollUp rollUp = ScoringEngine.defaults().rollUp(district, districtId, List.of(planOf("upazila-rangpur-1", 4),
                planOf("upazila-rangpur-2", 2), planOf("upazila-rangpur-3", 1)), Plans.Q3);
        assertThat(rollUp.subordinates().collect(card -> card.office().id().value()))
                .containsExactly("upazila-rangpur-1", "upazila-rangpur-2", "upazila-rangpur-3");
        assertThat(rollUp.meanPercentOfTotal().orElseThrow().setScale(2, RoundingMode.HALF_UP))
                .as("(100 + 50 + 25) / 3").isEqualByComparingTo("58.33");
        assertThat(rollUp.minimumPercentOfTotal().orElseThrow()).isEqualByComparingTo("25");
        RollUp empty = ScoringEngine.defaults().rollUp(district, districtId, List.of(), Plans.Q3);
        assertThat(empty.meanPercentOfTotal()).isEmpty();
        assertThat(empty.findings()).hasSize(3);
    }

    @Test
    void aRollUpPastTheFiringLimitNamesTheRuleThatFiredMost() {
        // Charter's rules alone fire without the agenda; the limit holds for a roll-up as for a plan.
        ScoringEngine engine = ScoringEngine.builder().maxFirings(2).build();
        assertThatThrownBy(() -> engine.rollUp(district, districtId, List.of(), Plans.Q3))
                .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                    assertThat(e.rule()).isEqualTo("SUBORDINATE_REPORT_MISSING");
                    assertThat(e.getMessage()).contains("fired more than 2 times rolling up the offices under office"
                            + " (district-rangpur) (4 in all)")
                            .contains("the rule that fired most was \"SUBORDINATE_REPORT_MISSING\" (3 times)");
                });
        assertThat(engine.rollUp(district, districtId, List.of(planOf("upazila-rangpur-1", 1),
                planOf("upazila-rangpur-2", 2), planOf("upazila-rangpur-3", 3)), Plans.Q3).findings()).isEmpty();
    }

    @Test
    void plansOutsideTheRollUpOrTwiceForOneOfficeAreMisuse() {
        OfficeHierarchy wider = OfficeHierarchy.of(Office.named("elsewhere"));
        assertThatThrownBy(() -> ScoringEngine.defaults().rollUp(district, districtId,
                List.of(planOf("upazila-rangpur-1", 1).withOffice(wider.office(OfficeId.of("elsewhere")))), Plans.Q3))
                .isInstanceOf(CharterException.class).hasMessageContaining("not part of the roll-up");
        assertThatThrownBy(() -> ScoringEngine.defaults().rollUp(district, districtId,
                List.of(planOf("upazila-rangpur-1", 1), planOf("upazila-rangpur-1", 2)), Plans.Q3))
                .isInstanceOf(CharterException.class).hasMessageContaining("Two plans belong to office");
    }
}
