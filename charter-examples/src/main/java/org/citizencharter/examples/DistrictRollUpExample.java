package org.citizencharter.examples;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Language;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.RollUp;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;

/**
 * A district office and its upazila offices, rolled up for one quarter: each office's scorecard, the
 * mean and the lowest over the upazilas, and the upazilas that sent nothing.
 */
public final class DistrictRollUpExample {

    private DistrictRollUpExample() {
    }

    /**
     * Rolls up the sample district and prints each upazila's percent and the offices missing.
     *
     * @param args unused
     * @throws IOException if a sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        CharterJson json = CharterJson.standard();
        OfficeHierarchy offices;
        List<ActionPlan> plans;
        try (InputStream in = Files.newInputStream(Samples.path("district/offices.json"))) {
            offices = json.readHierarchy(in, "offices.json");
        }
        Path planFile = Samples.path("district/plans-2023-24-q3.jsonl");
        try (InputStream in = Files.newInputStream(planFile)) {
            plans = json.readPlans(in, planFile.toString()).collect(Collectors.toList());
        }

        // --8<-- [start:rollup]
        RollUp district = ScoringEngine.defaults().rollUp(offices, OfficeId.of("district-coxs-bazar"), plans,
                ReportingPeriod.parse("2023-24 Q3"));
        // --8<-- [end:rollup]

        for (Scorecard card : district.subordinates()) {
            // No percent where the plan's area weights sum to 0 (domain.md §3).
            String percent = card.percentOfTotal().map(p -> p.setScale(2, RoundingMode.HALF_UP) + "%").orElse("-");
            System.out.printf(java.util.Locale.ROOT, "%-26s %7s %d error(s)%n", card.office().id(), percent,
                    card.findings().count(finding -> finding.severity().name().equals("ERROR")));
        }
        System.out.println("mean " + district.meanPercentOfTotal().orElseThrow().setScale(2, RoundingMode.HALF_UP)
                + "%, lowest " + district.minimumPercentOfTotal().orElseThrow().setScale(2, RoundingMode.HALF_UP) + "%");
        for (Finding missing : district.findings()) {
            System.out.println(missing.message().in(Language.EN));
        }
    }
}
