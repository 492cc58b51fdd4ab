package org.citizencharter.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.OfficeGenerator;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.DocumentWriter;
import org.citizencharter.io.JsonLayout;

/**
 * Makes the sample files of {@code charter-examples/samples}: the Cox's Bazar plan as JSON, and a
 * district with ten upazila offices and their plans for 2023-24, as of Q3 (two upazilas sent none;
 * some plans carry a slip). The same seed gives the same files; {@code SamplesTest} checks that the
 * committed files are exactly these. Run {@code main} to write them again after a format change.
 */
public final class SampleFiles {

    /** The period of the district's plans. */
    public static final ReportingPeriod DISTRICT_PERIOD = ReportingPeriod.of(FiscalYear.of(2023), Quarter.Q3);

    private SampleFiles() {
    }

    /**
     * The sample files by path under {@code samples/}.
     *
     * @return the files' contents, by path
     */
    public static Map<String, String> contents() {
        CharterJson json = CharterJson.standard();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("coxsbazar-cc-2022-23-q3.json", json.writePlan(SeedPlans.coxsBazar()));
        OfficeHierarchy district = OfficeGenerator.district("Coxs Bazar", 10);
        files.put("district/offices.json", json.writeHierarchy(district));
        PlanGenerator generator = PlanGenerator.using(new SplittableRandom(20232403L));
        FindingType[] slips = {FindingType.REPORTED_TOTAL_MISMATCH, FindingType.QUARTER_MISSING,
            FindingType.AREA_WEIGHT_MISMATCH};
        ByteArrayOutputStream plans = new ByteArrayOutputStream();
        try (DocumentWriter<ActionPlan> writer = json.planWriter(plans, JsonLayout.LINES)) {
            int position = 0;
            for (Office office : district.offices()) {
                position++;
                if (position == 5 || position == 9) {
                    continue;
                }
                ActionPlan plan = generator.plan(PlanKind.CITIZEN_CHARTER, 6 + position % 5, DISTRICT_PERIOD)
                        .withOffice(office);
                if (position % 3 == 0) {
                    plan = generator.inject(plan, DISTRICT_PERIOD, slips[position % slips.length]);
                }
                writer.write(plan);
            }
        }
        files.put("district/plans-2023-24-q3.jsonl", plans.toString(StandardCharsets.UTF_8));
        return files;
    }

    /**
     * Writes the sample files.
     *
     * @param args the samples directory (default {@code charter-examples/samples})
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "charter-examples/samples");
        for (Map.Entry<String, String> file : contents().entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            System.out.println("Wrote " + path);
        }
    }
}
