package org.citizencharter.benchmarks;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.SplittableRandom;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.DocumentWriter;
import org.citizencharter.io.JsonLayout;

/**
 * Writes generated plans to standard output as JSON Lines, one at a time, for whole-process runs of
 * {@code charter batch}: {@code java -cp benchmarks.jar org.citizencharter.benchmarks.GeneratePlans COUNT
 * [INDICATORS] [SEED]}.
 */
public final class GeneratePlans {

    private GeneratePlans() {
    }

    /**
     * Writes the plans.
     *
     * @param args how many plans, indicators per plan (default 6), the seed (default 1)
     */
    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        PlanGenerator generator = PlanGenerator.using(new SplittableRandom(seed));
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        try (DocumentWriter<ActionPlan> writer = CharterJson.standard().planWriter(out, JsonLayout.LINES)) {
            for (long i = 0; i < count; i++) {
                ActionPlan plan = generator.plan(PlanKind.CITIZEN_CHARTER, indicators, GeneratedPlans.PERIOD);
                writer.write(i % 4 == 3 ? generator.inject(plan, GeneratedPlans.PERIOD,
                        generator.injectable(GeneratedPlans.PERIOD)) : plan);
            }
        }
        System.out.flush();
    }
}
