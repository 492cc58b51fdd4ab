package org.citizencharter.examples;

import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.rules.ScoringEngine;

/**
 * A rule of your own: a 60 % floor (below 60 % of a single target, no marks), from a DRL file on the
 * classpath, added to the default rules.
 */
public final class CustomRuleExample {

    private CustomRuleExample() {
    }

    /**
     * Scores the Cox's Bazar report with the 60 % floor and prints each indicator's score.
     *
     * @param args the table (default: the Cox's Bazar sample)
     */
    public static void main(String[] args) {
        Path table = args.length > 0 ? Path.of(args[0]) : Samples.path("coxsbazar-cc-2022-23-q3.tsv");
        ActionPlan plan = TableReader.of(Office.of(OfficeId.of("coop-district-coxsbazar"),
                        BilingualText.english("District Cooperative Office, Cox's Bazar"), OfficeLevel.DISTRICT),
                        PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                .withFiscalYear(FiscalYear.parse("2022-23")).read(table);

        // --8<-- [start:floor]
        ScoringEngine floor = ScoringEngine.builder()
                .rulesFromClasspath("rules/sixty-percent-floor.drl")   // compiled once, here
                .build();
        Scorecard card = floor.score(plan);
        // --8<-- [end:floor]

        for (IndicatorResult result : card.indicators()) {
            System.out.printf("%s %5.2f %s%n", result.code(), result.score(), String.join("; ", result.explanation().notes()));
        }
        System.out.printf("total %.2f (the default rules give %.2f)%n", card.totalScore(),
                ScoringEngine.defaults().score(plan).totalScore());
    }
}
