package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingTest {

    @Test
    void writesMessagesWithBengaliDigitsInBengali() {
        Finding finding = Finding.of(FindingType.AREA_WEIGHT_MISMATCH).area(AreaCode.of(1))
                .argument("areaWeight", Weight.of(18)).argument("indicatorWeights", Weight.of(16))
                .expected("18").actual("16").build();
        assertThat(finding.message().en())
                .isEqualTo("The weight (18) of area [1] does not equal the sum (16) of its indicators' weights.");
        assertThat(finding.message().bn()).isEqualTo("ক্ষেত্র [১]-এর মান (১৮) এর সূচকসমূহের মানের যোগফলের (১৬) সমান নয়।");
        assertThat(finding.arguments().keysView().toSortedList())
                .containsExactly("area", "areaWeight", "indicatorWeights");
        assertThat(finding.arguments().get("area")).isEqualTo("1");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void quartersAndSelectsAreWrittenInTheLanguage() {
        Finding finding = Finding.of(FindingType.QUARTER_MISSING).area(AreaCode.of(2))
                .indicator(IndicatorCode.parse("2.1.1")).quarter(Quarter.Q1).build();
        assertThat(finding.message().bn()).isEqualTo(
                "সূচক [২.১.১]-এর ১ম ত্রৈমাসিকের অর্জন প্রতিবেদনে নেই, যদিও ত্রৈমাসিকটি শেষ হয়েছে।");
        assertThat(finding.message().en()).isEqualTo("Nothing is reported for indicator [2.1.1] in Q1, which has closed.");
        Finding plan = Finding.of(FindingType.PLAN_WEIGHT_MISMATCH).argument("total", Weight.of(24))
                .argument("expected", Weight.of(25)).argument("source", "conventional").build();
        assertThat(plan.message().en()).contains("conventional total for its kind (25)");
        assertThat(plan.indicator()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FindingType.class)
    void everyCatalogueEntryHasBothMessagesWithoutAsciiDigitsInBengali(FindingType type) {
        Map<String, Object> arguments = new java.util.HashMap<>();
        arguments.put("area", AreaCode.of(1));
        arguments.put("indicator", IndicatorCode.of(1, 2, 1));
        arguments.put("code", IndicatorCode.of(1, 2, 1));
        arguments.put("parent", ActivityCode.of(2, 1));
        arguments.put("what", "indicator");
        arguments.put("count", 2);
        arguments.put("areaWeight", Weight.of(18));
        arguments.put("indicatorWeights", Weight.of(16));
        arguments.put("total", Weight.of(24));
        arguments.put("expected", Weight.of(25));
        arguments.put("source", "declared");
        arguments.put("columns", java.util.List.of(new BigDecimal(5), new BigDecimal(4), new BigDecimal(6)));
        arguments.put("quarterlySum", new BigDecimal("11"));
        arguments.put("annual", new BigDecimal("10"));
        arguments.put("quarter", Quarter.Q2);
        arguments.put("column", "QUARTER");
        arguments.put("asOf", Quarter.Q1);
        arguments.put("value", new BigDecimal("12.5"));
        arguments.put("field", "target");
        arguments.put("achieved", new BigDecimal("120"));
        arguments.put("target", new BigDecimal("100"));
        arguments.put("previous", new BigDecimal("7"));
        arguments.put("unit", UnitKind.PERCENT);
        arguments.put("method", CalculationMethod.SUM);
        arguments.put("reported", new BigDecimal("60"));
        arguments.put("computed", new BigDecimal("20"));
        arguments.put("ofAnnual", new BigDecimal("22.22"));
        arguments.put("toDate", new BigDecimal("22.22"));
        arguments.put("date", java.time.LocalDate.of(2024, 7, 2));
        arguments.put("fiscalYear", FiscalYear.of(2023));
        arguments.put("deadline", java.time.LocalDate.of(2023, 9, 30));
        arguments.put("office", BilingualText.of("উপজেলা কার্যালয়, রামু", "Upazila office, Ramu"));
        arguments.put("officeId", OfficeId.of("upazila-1"));
        arguments.put("period", ReportingPeriod.parse("2023-24 Q3"));
        BilingualText message = type.message(arguments);
        assertThat(message.bn()).isNotBlank().doesNotContainPattern("[0-9]");
        assertThat(message.en()).isNotBlank().doesNotContain("{");
        assertThat(message.bn()).doesNotContain("{");
        assertThat(type.id()).isEqualTo(type.name());
        assertThat(FindingType.find(type.id())).contains(type);
        if (type == FindingType.FUTURE_QUARTER_REPORTED) {
            // also about a completion date reported as an annual evaluation's actual, which has no quarter
            arguments.put("column", "ACTUAL");
            arguments.remove("quarter");
            assertThat(type.message(arguments).en()).doesNotContain("{").contains("(02-07-2024)");
            assertThat(type.message(arguments).bn()).doesNotContain("{").contains("(০২-০৭-২০২৪)");
        }
    }

    @Test
    void authorsMayUseTheirOwnIds() {
        Finding own = Finding.of("BELOW_FLOOR", Severity.WARNING,
                MessageTemplate.of("সূচক {indicator} ৬০%-এর নিচে", "Indicator {indicator} is below 60%"))
                .indicator(IndicatorCode.of(1, 1, 1)).build();
        assertThat(own.message().bn()).isEqualTo("সূচক [১.১.১] ৬০%-এর নিচে");
        assertThat(own.type()).isEmpty();
        assertThatThrownBy(() -> Finding.of("lower-case", Severity.INFO, MessageTemplate.of("", "")).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageTemplate.of("{broken", "ok")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void findingsSortPlanFirstThenByPlace() {
        Finding plan = Finding.of(FindingType.PLAN_WEIGHT_MISMATCH).argument("total", Weight.of(24))
                .argument("expected", Weight.of(25)).argument("source", "declared").build();
        Finding area2 = Finding.of(FindingType.AREA_WEIGHT_MISMATCH).area(AreaCode.of(2))
                .argument("areaWeight", Weight.of(1)).argument("indicatorWeights", Weight.of(2)).build();
        Finding warning = Finding.of(FindingType.QUARTER_MISSING).area(AreaCode.of(1))
                .indicator(IndicatorCode.of(1, 10, 1)).quarter(Quarter.Q1).build();
        Finding error = Finding.of(FindingType.REPORTED_TOTAL_MISMATCH).area(AreaCode.of(1))
                .indicator(IndicatorCode.of(1, 10, 1)).argument("reported", new BigDecimal(1))
                .argument("computed", new BigDecimal(2)).build();
        Finding earlier = Finding.of(FindingType.QUARTER_MISSING).area(AreaCode.of(1))
                .indicator(IndicatorCode.of(1, 2, 1)).quarter(Quarter.Q2).build();
        assertThat(Lists.mutable.of(warning, area2, error, earlier, plan).sortThis(Finding.ORDER))
                .containsExactly(plan, earlier, error, warning, area2);
    }

    @Test
    void severitiesOrderFromTheMostSerious() {
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.parse("warning")).isEqualTo(Severity.WARNING);
    }
}
