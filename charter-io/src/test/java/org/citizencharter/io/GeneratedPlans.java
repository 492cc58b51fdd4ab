package org.citizencharter.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;

/**
 * Writes generated plans as JSON Lines, for {@code scripts/determinism.sh}: the same count and seed give
 * the same file. Two plans in three carry an inconsistency of the catalogue, so that scorecards have
 * findings to keep in order; every tenth is an annual evaluation.
 */
public final class GeneratedPlans {

    private GeneratedPlans() {
    }

    /**
     * Writes the plans.
     *
     * @param args the count, the seed and the file to write
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: GeneratedPlans COUNT SEED FILE");
        }
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]));
                DocumentWriter<ActionPlan> plans = CharterJson.standard().planWriter(out, JsonLayout.LINES)) {
            for (int i = 0; i < count; i++) {
                plans.write(plan(new SplittableRandom(seed + i), i));
            }
        }
    }

    private static ActionPlan plan(SplittableRandom random, int i) {
        PlanGenerator generator = PlanGenerator.using(random);
        if (i % 10 == 9) {
            return generator.annualPlan(generator.kind(), random.nextInt(1, 31), generator.fiscalYear());
        }
        ReportingPeriod period = generator.period();
        ActionPlan plan = generator.plan(generator.kind(), random.nextInt(1, 31), period);
        return i % 3 == 0 ? plan : generator.inject(plan, period, generator.injectable(period));
    }
}
