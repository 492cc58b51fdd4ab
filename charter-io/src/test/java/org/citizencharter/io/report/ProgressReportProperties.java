package org.citizencharter.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Language;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.io.table.Tables;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/**
 * Every plan the generators make, of every kind and with any injected inconsistency, gives a well-formed
 * report whose table rows fill their columns, with a bar per indicator and every finding, and no address
 * on the network.
 */
class ProgressReportProperties {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();

    @Test
    void everyReportIsWellFormedAndComplete() {
        Property.forAll("the report of any plan is well-formed and complete", random -> {
            ReportingPeriod period = PlanGenerator.using(random).period();
            ActionPlan plan = Tables.anyPlan(random, period);
            Scorecard card = ENGINE.score(plan, period);
            Language language = random.nextBoolean() ? Language.BN : Language.EN;

            String html = ProgressReport.of(plan, card).toHtml(language);

            assertThat(html).doesNotContainPattern("(?i)https?:");
            Xhtml page = Xhtml.parse(html);
            int columns = page.all("//colgroup/col").size();
            Xhtml.assertRectangular(page.all("//table[@class='plan']/thead/tr[2]"), columns - page.all(
                    "//table[@class='plan']/thead/tr[1]/th[@rowspan='2']").size());
            Xhtml.assertRectangular(page.all("//table[@class='plan']/tbody/tr"), columns);
            assertThat(page.all("//svg")).hasSize(plan.indicators().size());
            assertThat(page.all("//section[@class='findings']/ol/li")).hasSize(card.findings().size());
        });
    }
}
