package org.citizencharter.benchmarks;

import java.util.SplittableRandom;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;

/** The plans every benchmark uses: Citizen's Charter plans of 2023-24 reported as of Q3, from a fixed seed. */
final class GeneratedPlans {

    /** The period of every generated plan. */
    static final ReportingPeriod PERIOD = ReportingPeriod.of(FiscalYear.of(2023), Quarter.Q3);

    private GeneratedPlans() {
    }

    /**
     * Consistent plans of one size; one in four carries one injected inconsistency, as real reports do.
     *
     * @param count how many
     * @param indicators indicators per plan
     * @param seed the seed
     * @return the plans
     */
    static ActionPlan[] of(int count, int indicators, long seed) {
        PlanGenerator generator = PlanGenerator.using(new SplittableRandom(seed));
        ActionPlan[] plans = new ActionPlan[count];
        for (int i = 0; i < count; i++) {
            ActionPlan plan = generator.plan(PlanKind.CITIZEN_CHARTER, indicators, PERIOD);
            plans[i] = i % 4 == 3 ? generator.inject(plan, PERIOD, generator.injectable(PERIOD)) : plan;
        }
        return plans;
    }
}
