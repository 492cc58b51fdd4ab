package org.citizencharter.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Language;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.RollUp;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.rules.ScoringEngine;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;

/** A district and its upazilas in one ranked table: the HTML and Markdown of a roll-up. */
class RollUpReportTest {

    private static final ReportingPeriod PERIOD = ReportingPeriod.of(FiscalYear.of(2023), Quarter.Q3);
    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final OfficeHierarchy DISTRICT = OfficeGenerator.district("Coxs Bazar", 4);

    /** The district's scorecards: every office but the third upazila. */
    private static List<Scorecard> cards() {
        PlanGenerator generator = PlanGenerator.using(new SplittableRandom(7));
        MutableList<Scorecard> cards = Lists.mutable.empty();
        int position = 0;
        for (Office office : DISTRICT.offices()) {
            position++;
            if (position != 4) {
                ActionPlan plan = generator.plan(PlanKind.CITIZEN_CHARTER, 4 + position, PERIOD).withOffice(office);
                cards.add(ENGINE.score(plan, PERIOD));
            }
        }
        return cards;
    }

    @Test
    void theOfficesAreRankedByTheirPercentOfTotalWithTiesSharingARank() {
        List<Scorecard> cards = cards();
        MutableList<Scorecard> withTwin = Lists.mutable.withAll(cards);
        Scorecard first = cards.get(0);
        Office twin = Office.of(org.citizencharter.core.OfficeId.of("twin"), first.office().name(), first.office().level());
        withTwin.add(new Scorecard(twin, first.kind(), first.period(), first.policy(), first.totalWeight(),
                first.totalScore(), first.percentOfTotal(), first.areas(), first.indicators(), first.findings(),
                first.extensions()));
        RollUpReport report = RollUpReport.of(withTwin);

        assertThat(report.ranked().collect(row -> row.scorecard().percentOfTotal().orElseThrow()).castToList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        RollUpReport.Row original = report.ranked().detect(row -> row.scorecard() == first);
        RollUpReport.Row copy = report.ranked().detect(row -> row.scorecard().office().id().toString().equals("twin"));
        assertThat(copy.rank()).isEqualTo(original.rank());
        assertThat(report.ranked().collectInt(RollUpReport.Row::rank).toList().distinct().size())
                .isEqualTo(report.ranked().size() - 1);
        assertThat(report.office()).isEmpty();
        assertThat(report.meanPercentOfTotal()).isPresent();
    }

    @Test
    void theHtmlOfARollUpNamesTheOfficeThePeriodAndTheOfficesThatSentNothing() {
        RollUp rollUp = ENGINE.rollUpScorecards(DISTRICT, DISTRICT.roots().getOnly().id(), cards(), PERIOD);
        RollUpReport report = RollUpReport.of(rollUp);
        Xhtml page = Xhtml.parse(report.toHtml(Language.BN));

        assertThat(page.one("//header/h1").getTextContent()).isEqualTo("সমন্বিত মূল্যায়ন, অর্থবছর ২০২৩-২৪, ৩য় ত্রৈমাসিক");
        assertThat(page.one("//header/p[@class='office']").getTextContent())
                .isEqualTo("জেলা কার্যালয়, Coxs Bazar, জেলা কার্যালয় ও আওতাধীন দপ্তর");
        assertThat(page.all("//table[@class='rollup']/tbody/tr")).hasSize(4);
        assertThat(page.texts("//table[@class='rollup']/tbody/tr/td[1]")).containsExactly("১", "২", "৩", "৪");
        assertThat(page.texts("//section[@class='findings']/ol/li")).singleElement().asString()
                .contains("উপজেলা কার্যালয় ৩");
        assertThat(report.toHtml(Language.BN)).contains("table.rollup td.num { text-align: right; white-space: nowrap; }")
                .contains("src: url(data:font/woff2;base64,d09GMg");
        assertThat(report.toMarkdown(Language.EN)).startsWith("# Roll-up, fiscal year 2023-24, Q3\n\n"
                + "**District office, Coxs Bazar**, District office and the offices under it\n\n4 offices reported; mean ")
                .contains("## Findings\n\n1. **Warning** `SUBORDINATE_REPORT_MISSING` The office Upazila office 3");
    }

    @Test
    void aPolicyOfScaleThreeWritesEveryFigureOfTheRollUpAtScaleThree() {
        ScoringEngine scaleThree = ScoringEngine.builder()
                .policy(ScoringPolicy.defaults().toBuilder().roundingScale(3).build()).build();
        MutableList<Scorecard> cards = Lists.mutable.empty();
        PlanGenerator generator = PlanGenerator.using(new SplittableRandom(11));
        for (Office office : DISTRICT.offices()) {
            cards.add(scaleThree.score(generator.plan(PlanKind.CITIZEN_CHARTER, 7, PERIOD).withOffice(office), PERIOD));
        }
        RollUp rollUp = scaleThree.rollUpScorecards(DISTRICT, DISTRICT.roots().getOnly().id(), cards, PERIOD);
        for (RollUpReport report : List.of(RollUpReport.of(cards), RollUpReport.of(rollUp))) {
            BigDecimal mean = report.meanPercentOfTotal().orElseThrow();
            BigDecimal lowest = report.minimumPercentOfTotal().orElseThrow();
            assertThat(report.round(mean).scale()).isEqualTo(3);
            assertThat(report.round(mean)).isEqualByComparingTo(mean.setScale(3, RoundingMode.HALF_UP));
            String meanText = report.format(mean, Language.EN);
            String lowestText = report.format(lowest, Language.EN);
            assertThat(meanText).matches("\\d+\\.\\d{3}");
            assertThat(report.toMarkdown(Language.EN)).contains("; mean " + meanText + "%, lowest " + lowestText + "%");
            assertThat(report.toHtml(Language.BN)).contains("গড় " + report.format(mean, Language.BN) + "%, সর্বনিম্ন "
                    + report.format(lowest, Language.BN) + "%");
            Scorecard top = report.ranked().getFirst().scorecard();
            assertThat(report.toMarkdown(Language.EN)).contains(" | " + top.format(top.totalScore(), Language.EN) + " | ")
                    .contains(" | " + top.format(top.percentOfTotal().orElseThrow(), Language.EN) + "% | ");
        }
        assertThat(RollUpReport.of(cards()).format(new BigDecimal("55.0555"), Language.EN))
                .as("the default policy's scale").isEqualTo("55.06");
    }

    @Test
    void scorecardsOfAnotherPeriodOrKindAreRefused() {
        Scorecard seed = ENGINE.score(SeedPlans.coxsBazar());
        assertThatThrownBy(() -> RollUpReport.of(Lists.mutable.withAll(cards()).with(seed)))
                .isInstanceOf(CharterException.class).hasMessageContaining("different periods");
        assertThatThrownBy(() -> RollUpReport.of(List.of())).isInstanceOf(CharterException.class)
                .hasMessageContaining("at least one scorecard");
    }

    @Test
    void anOfficeGivenTwiceIsRefusedNotRankedTwice() {
        // A file given twice, or two versions of an office's report: ranked twice, counted twice in the mean.
        List<Scorecard> cards = cards();
        assertThatThrownBy(() -> RollUpReport.of(Lists.mutable.withAll(cards).with(cards.get(2))))
                .isInstanceOf(CharterException.class)
                .hasMessage("Two scorecards belong to the office (" + cards.get(2).office().id()
                        + "). Maybe give each office's scorecard once");
    }
}
