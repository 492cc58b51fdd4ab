package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.rules.limit.LimitScorer;
import org.junit.jupiter.api.Test;

/**
 * The limit scorer, the benchmarks' yardstick, gives scorecards equal to the default engine's, worked
 * detail, bands, findings and all, on generated plans: so the engine's cost over it is the cost of the
 * rule engine and nothing else. {@code -Pbig-properties} runs ten times the cases.
 */
class LimitScorerProperties {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final LimitScorer LIMIT = LimitScorer.defaults();
    /** Half the usual cases a property (2,000 plans in all, about 20 s on a loaded machine), scaled by -Dcharter.cases. */
    private static final int CASES = Math.max(1, Property.cases() / 2);

    @Test
    void onConsistentPlans() {
        Property.forAll("limit = engine on consistent plans", CASES, random -> {
            ActionPlan plan = PlanGenerator.using(random).plan();
            equal(plan, plan.period().orElseThrow());
        });
    }

    @Test
    void onPlansWithOneInconsistency() {
        Property.forAll("limit = engine on inconsistent plans", CASES, random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ReportingPeriod period = generator.period();
            FindingType type = generator.injectable(period);
            ActionPlan plan = generator.inject(generator.plan(generator.kind(), random.nextInt(1, 30), period), period,
                    type);
            equal(plan, period);
        });
    }

    @Test
    void onPlansWithManyInconsistencies() {
        Property.forAll("limit = engine on plans with several problems", CASES, random -> {
            ActionPlan plan = EngineAgreesWithReferenceProperties.planWithSeveralProblems(random, 30, 8);
            equal(plan, plan.period().orElseThrow());
        });
    }

    @Test
    void onPlansWithReportedScores() {
        Property.forAll("limit = engine on plans that report scores", CASES, random -> {
            ActionPlan plan = EngineAgreesWithReferenceProperties.planWithReportedScores(random);
            equal(plan, plan.period().orElseThrow());
        });
    }

    @Test
    void onPlansWithAlternatives() {
        Property.forAll("limit = engine on plans with alternatives", CASES, random -> {
            ActionPlan plan = EngineAgreesWithReferenceProperties.planWithAlternatives(random);
            equal(plan, plan.period().orElseThrow());
        });
    }

    @Test
    void onAnnualPlans() {
        Property.forAll("limit = engine on annual evaluations", CASES, random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ActionPlan plan = generator.annualPlan(generator.kind(), random.nextInt(1, 20), generator.fiscalYear());
            equal(plan, plan.period().orElseThrow());
        });
    }

    private static void equal(ActionPlan plan, ReportingPeriod period) {
        assertThat(LIMIT.score(plan, period)).as("scorecard of %s", plan).isEqualTo(ENGINE.score(plan, period));
    }
}
