package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * Charter's rules alone fire without Drools' agenda; with an author's rules beside them they go through it.
 * Their outcome must not depend on that: the default engine and one whose author's file holds no rule (so
 * that the same rules fire through the agenda) give equal scorecards on generated plans of every kind.
 */
class DirectFiringProperties {

    private static final ScoringEngine DIRECT = ScoringEngine.defaults();
    private static final ScoringEngine AGENDA = ScoringEngine.builder()
            .rules("none.drl", "package org.citizencharter.test;\n").build();
    /** A quarter of the usual cases (about 1,000 plans of every kind), scaled by -Dcharter.cases. */
    private static final int CASES = Math.max(1, Property.cases() / 4);

    @Test
    void theAgendaChangesNothingCharterRulesDerive() {
        Property.forAll("direct firing = the agenda", CASES, random -> {
            ActionPlan plan = plan(random);
            ReportingPeriod period = plan.period().orElseThrow();
            assertThat(DIRECT.score(plan, period)).as("scorecard of %s", plan).isEqualTo(AGENDA.score(plan, period));
        });
    }

    /** A plan of one of the kinds the other properties draw, inconsistencies, alternatives and annual ones included. */
    private static ActionPlan plan(RandomGenerator random) {
        PlanGenerator generator = PlanGenerator.using(random);
        return switch (random.nextInt(5)) {
            case 0 -> generator.plan();
            case 1 -> EngineAgreesWithReferenceProperties.planWithReportedScores(random);
            case 2 -> EngineAgreesWithReferenceProperties.planWithAlternatives(random);
            case 3 -> generator.annualPlan(generator.kind(), random.nextInt(1, 20), generator.fiscalYear());
            default -> EngineAgreesWithReferenceProperties.planWithSeveralProblems(random, 30, 8);
        };
    }
}
