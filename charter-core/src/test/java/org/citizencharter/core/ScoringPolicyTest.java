package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

class ScoringPolicyTest {

    @Test
    void theDefaultsAreTheContract() {
        ScoringPolicy policy = ScoringPolicy.defaults();
        assertThat(policy.conventionalTotal(PlanKind.CITIZEN_CHARTER)).isEqualTo(Weight.of(25));
        assertThat(policy.conventionalTotal(PlanKind.NIS)).isEqualTo(Weight.of(50));
        assertThat(policy.conventionalTotal(PlanKind.APA)).isEqualTo(Weight.of(100));
        assertThat(policy.conventionalTotal(PlanKind.OTHER)).isNull();
        assertThat(policy.severityOf(FindingType.AREA_WEIGHT_MISMATCH)).isEqualTo(Severity.ERROR);
        assertThat(policy.severityOf(FindingType.QUARTER_MISSING)).isEqualTo(Severity.WARNING);
        assertThat(policy.missingQuarterCountsZero()).isTrue();
        assertThat(policy.round(new BigDecimal("0.885"))).isEqualTo(new BigDecimal("0.89"));
        assertThat(policy.mathContext().getPrecision()).isEqualTo(16);
        assertThat(policy.fiscalYears().contains(FiscalYear.of(2040))).isTrue();
    }

    @Test
    void hostsChangeValuesWithoutTouchingRules() {
        ScoringPolicy gpms = ScoringPolicy.defaults().toBuilder().id("gpms").version("2025.1")
                .fiscalYears(FiscalYearRange.from(FiscalYear.of(2025)))
                .severity("OVER_ACHIEVEMENT", Severity.INFO)
                .severity("BELOW_FLOOR", Severity.ERROR)
                .tolerance(new BigDecimal("0.01"))
                .build();
        assertThat(gpms.severityOf(FindingType.OVER_ACHIEVEMENT)).isEqualTo(Severity.INFO);
        assertThat(gpms.severityOf("BELOW_FLOOR", Severity.WARNING)).isEqualTo(Severity.ERROR);
        assertThat(gpms.severityOf("UNKNOWN_ID", Severity.WARNING)).isEqualTo(Severity.WARNING);
        assertThat(gpms.fiscalYears().contains(FiscalYear.of(2024))).isFalse();
        assertThat(gpms.ref()).isEqualTo(new PolicyRef("gpms", "2025.1"));
        assertThat(ScoringPolicy.defaults().severityOf(FindingType.OVER_ACHIEVEMENT)).isEqualTo(Severity.WARNING);
    }

    @Test
    void carriesTheHostsDataWithoutScoringByIt() {
        Extensions data = Extensions.of("{\"approvedBy\":\"মন্ত্রিপরিষদ বিভাগ\",\"circular\":17}");
        ScoringPolicy withData = ScoringPolicy.defaults().toBuilder().extensions(data).build();
        assertThat(ScoringPolicy.defaults().extensions()).isEqualTo(Extensions.NONE);
        assertThat(withData.extensions()).isEqualTo(data);
        assertThat(withData).isNotEqualTo(ScoringPolicy.defaults());
        assertThat(withData.toBuilder().extensions(Extensions.NONE).build()).isEqualTo(ScoringPolicy.defaults());
        assertThat(withData.toBuilder().severity("OVER_ACHIEVEMENT", Severity.INFO).build().extensions()).isEqualTo(data);
        ScoringPolicy defaults = ScoringPolicy.defaults();
        assertThat(new ScoringPolicy(defaults.id(), defaults.version(), defaults.fiscalYears(), defaults.severities(),
                defaults.tolerance(), defaults.conventionalTotals(), defaults.missingQuarterCountsZero(),
                defaults.roundingScale(), defaults.divisionPrecision())).isEqualTo(defaults);
        assertThatThrownBy(() -> defaults.toBuilder().extensions(null).build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsImpossibleValues() {
        ScoringPolicy.Builder builder = ScoringPolicy.defaults().toBuilder();
        assertThatThrownBy(() -> builder.tolerance(new BigDecimal("-1")).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ScoringPolicy.defaults().toBuilder().id("has space").build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ScoringPolicy.defaults().toBuilder().roundingScale(-1).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ScoringPolicy.defaults().toBuilder().severity("bad id", Severity.INFO).build())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void idsVersionsAndFindingIdsAreJudgedAsTheirPatternsJudgeThem() {
        Property.forAll("names as their patterns", random -> {
            String text = text(random);
            boolean name = text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
            assertThat(accepts(() -> ScoringPolicy.defaults().toBuilder().id(text).build())).as(text).isEqualTo(name);
            assertThat(accepts(() -> ScoringPolicy.defaults().toBuilder().version(text).build())).as(text)
                    .isEqualTo(name);
            assertThat(accepts(() -> ScoringPolicy.defaults().toBuilder().severity(text, Severity.INFO).build()))
                    .as(text).isEqualTo(text.matches("[A-Z][A-Z0-9_]{0,63}"));
        });
    }

    /** A text of 0 to 66 characters, mostly of the ones the patterns take, and their neighbours. */
    private static String text(RandomGenerator random) {
        String alphabet = "AZaz09._-_ @[`{/:\u00e9\u09e7\u0130";
        int length = random.nextInt(4) == 0 ? random.nextInt(60, 67) : random.nextInt(0, 6);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                    : (char) random.nextInt('0', 'z' + 1));
        }
        return text.toString();
    }

    private static boolean accepts(Runnable build) {
        try {
            build.run();
            return true;
        } catch (InvalidInputException refused) {
            return false;
        }
    }

    @Test
    void rangesOfFiscalYears() {
        FiscalYearRange apa = FiscalYearRange.parse("2019-20..2024-25");
        FiscalYearRange gpms = FiscalYearRange.parse("2025-26..");
        assertThat(apa.contains(FiscalYear.of(2024))).isTrue();
        assertThat(apa.contains(FiscalYear.of(2025))).isFalse();
        assertThat(gpms.contains(FiscalYear.of(2030))).isTrue();
        assertThat(apa.overlaps(gpms)).isFalse();
        assertThat(FiscalYearRange.all().overlaps(gpms)).isTrue();
        assertThat(FiscalYearRange.parse(apa.toString())).isEqualTo(apa);
        assertThat(FiscalYearRange.parse("..")).isEqualTo(FiscalYearRange.all());
        assertThatThrownBy(() -> FiscalYearRange.parse("2025-26..2019-20")).isInstanceOf(InvalidInputException.class);
    }
}
