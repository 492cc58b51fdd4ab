package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Severity;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/** The two seed tables of shared/seeds, read as the acceptance asks. */
class SeedTablesTest {

    static final String COXS_BAZAR = "coxsbazar-cc-2022-23-q3.tsv";
    static final String PATUAKHALI = "patuakhali-cc-2023-24-q3.md";

    static final TableReader COXS_BAZAR_READER = TableReader.of(SeedPlans.COXS_BAZAR_OFFICE,
            PlanKind.CITIZEN_CHARTER, Quarter.Q3).withFiscalYear(FiscalYear.parse("2022-23"));

    static InputStream seed(String name) {
        InputStream in = SeedTablesTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("No test resource " + name);
        }
        return in;
    }

    static ActionPlan coxsBazar() {
        try (InputStream in = seed(COXS_BAZAR)) {
            return COXS_BAZAR_READER.read(in, COXS_BAZAR);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Test
    void coxsBazarReadsToThePlanBuiltByHand() {
        assertThat(coxsBazar()).isEqualTo(SeedPlans.coxsBazar());
    }

    @Test
    void coxsBazarScores18_39WithTheTwoErrorsOf1_2_1() {
        ActionPlan plan = coxsBazar();
        Scorecard card = ScoringEngine.defaults().score(plan, plan.period().orElseThrow());

        assertThat(card.totalScore().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("18.39");
        assertThat(card.findings(Severity.ERROR).collect(f -> f.id() + " " + f.indicator().orElseThrow()))
                .containsExactlyInAnyOrder("REPORTED_TOTAL_MISMATCH 1.2.1", "REPORTED_PERCENT_MISMATCH 1.2.1");
    }

    @Test
    void patuakhaliIsRefusedNamingTheHeadersItCannotRecognise() {
        TableReader reader = TableReader.of(SeedPlans.COXS_BAZAR_OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3);

        assertThatThrownBy(() -> reader.read(seed(PATUAKHALI), PATUAKHALI))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).contains(PATUAKHALI);
                    assertThat(e.line()).hasValue(1);
                })
                .hasMessageContaining("essential columns cannot be found")
                .hasMessageContaining("\"কার্যক্রমের মেচ্ছেট\" (row 1, column 1)")
                .hasMessageContaining("\"শান\" (row 1, column 2)")
                .hasMessageContaining("\"বার্ষিক লক্ষণ মাত্রা ২০২৩- ২০২৪\" (row 1, column 9)")
                .hasMessageContaining("\"প্রার্থিক ভিত্তিক অর্জন\" (row 1, column 10)")
                .hasMessageContaining("missing: annual target (লক্ষ্যমাত্রা) or the five graded targets")
                .hasMessageContaining("indicator (কর্মসম্পাদন সূচক) as \"কর্মসম্পাদন সূচক\" (row 1, column 4)");
    }
}
