package org.citizencharter.examples;

import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Language;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.rules.ScoringEngine;

/**
 * Embed charter and score a plan: read an office's own table, score it, read the findings.
 */
public final class ScorePlanExample {

    private ScorePlanExample() {
    }

    /**
     * Scores the Cox's Bazar report and prints the total and the findings.
     *
     * @param args the table (default: the Cox's Bazar sample)
     */
    public static void main(String[] args) {
        Path table = args.length > 0 ? Path.of(args[0]) : Samples.path("coxsbazar-cc-2022-23-q3.tsv");
        // --8<-- [start:score]
        Office office = Office.of(OfficeId.of("coop-district-coxsbazar"),
                BilingualText.of("জেলা সমবায় কার্যালয়, কক্সবাজার", "District Cooperative Office, Cox's Bazar"),
                OfficeLevel.DISTRICT);
        ActionPlan plan = TableReader.of(office, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                .withFiscalYear(FiscalYear.parse("2022-23"))
                .read(table);

        ScoringEngine engine = ScoringEngine.defaults();     // build once; thread-safe
        Scorecard card = engine.score(plan);                  // as of the quarter the plan says

        System.out.printf("%s: %.2f of %s%n", card.office().name().en(), card.totalScore(), card.totalWeight());
        for (Finding finding : card.findings()) {
            System.out.println(finding.severity() + " " + finding.message().in(Language.EN));
        }
        // --8<-- [end:score]
    }
}
