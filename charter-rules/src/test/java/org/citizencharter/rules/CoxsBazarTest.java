package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.citizencharter.core.Finding;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Severity;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/** The Cox's Bazar report, built by hand from the seed table, scores as domain.md says. */
class CoxsBazarTest {

    private final Scorecard card = ScoringEngine.defaults().score(SeedPlans.coxsBazar(), ReportingPeriod.parse("2022-23 Q3"));

    @Test
    void scores18_39() {
        assertThat(card.indicators().collect(r -> r.score().setScale(2, RoundingMode.HALF_UP).toPlainString()))
                .containsExactly("2.25", "0.89", "1.50", "6.75", "3.00", "4.00");
        assertThat(card.totalScore().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("18.39");
        assertThat(card.percentOfTotal().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("73.56");
        assertThat(card.totalWeight().value()).isEqualByComparingTo("25");
        assertThat(card.areas().collect(a -> a.score().setScale(2, RoundingMode.HALF_UP).toPlainString()))
                .containsExactly("11.39", "7.00");
    }

    @Test
    void itsErrorsAreExactlyTheTotalAndPercentOf1_2_1() {
        assertThat(card.findings(Severity.ERROR).collect(f -> f.id() + " " + f.indicator().orElseThrow()))
                .containsExactly("REPORTED_PERCENT_MISMATCH 1.2.1", "REPORTED_TOTAL_MISMATCH 1.2.1");
        Finding total = card.findings().detect(f -> f.id().equals("REPORTED_TOTAL_MISMATCH"));
        assertThat(total.expected()).contains("20");
        assertThat(total.actual()).contains("60");
        assertThat(total.area().map(Object::toString)).contains("1");
        assertThat(total.message().bn()).contains("[১.২.১]").contains("(৬০)").contains("(২০)");
    }

    @Test
    void quarterOneIsMissingOnTheLastTwoIndicators() {
        assertThat(card.findings(Severity.WARNING).collect(f -> f.id() + " " + f.indicator().orElseThrow() + " "
                + f.quarter().orElseThrow())).containsExactly("QUARTER_MISSING 2.1.1 Q1", "QUARTER_MISSING 2.2.1 Q1");
        assertThat(card.findings()).hasSize(4);
    }
}
