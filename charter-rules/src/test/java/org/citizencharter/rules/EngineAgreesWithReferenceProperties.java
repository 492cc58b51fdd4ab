package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Weight;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.core.testing.ReferenceScorer;
import org.junit.jupiter.api.Test;

/**
 * The Drools engine and the plain-Java reference scorer, written from domain.md and not from the DRL,
 * agree on generated plans: scores to the last digit and the same findings.
 */
class EngineAgreesWithReferenceProperties {

    private static final ScoringEngine ENGINE = ScoringEngine.defaults();
    private static final ReferenceScorer REFERENCE = ReferenceScorer.defaults();

    @Test
    void onConsistentPlans() {
        Property.forAll("engine = reference on consistent plans", random -> {
            ActionPlan plan = PlanGenerator.using(random).plan();
            agree(plan, plan.period().orElseThrow());
        });
    }

    @Test
    void onPlansWithOneInconsistency() {
        Property.forAll("engine = reference on inconsistent plans", random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ReportingPeriod period = generator.period();
            FindingType type = generator.injectable(period);
            ActionPlan plan = generator.inject(generator.plan(generator.kind(), random.nextInt(1, 25), period), period, type);
            agree(plan, period);
        });
    }

    @Test
    void onPlansWithManyInconsistencies() {
        Property.forAll("engine = reference on plans with several problems", random -> {
            ActionPlan plan = planWithSeveralProblems(random, 25, 6);
            agree(plan, plan.period().orElseThrow());
        });
    }

    @Test
    void onPlansWithReportedScores() {
        Property.forAll("engine = reference on plans that report scores", random -> {
            ActionPlan plan = planWithReportedScores(random);
            agree(plan, plan.period().orElseThrow());
        });
    }

    /**
     * A plan with inconsistencies injected, each that its period allows.
     *
     * @param indicators one more than the most indicators it has
     * @param problems one more than the most inconsistencies injected
     */
    static ActionPlan planWithSeveralProblems(RandomGenerator random, int indicators, int problems) {
        PlanGenerator generator = PlanGenerator.using(random);
        ReportingPeriod period = generator.period();
        ActionPlan plan = generator.plan(generator.kind(), random.nextInt(1, indicators), period);
        for (int i = random.nextInt(1, problems); i > 0; i--) {
            FindingType type = FindingType.values()[random.nextInt(FindingType.values().length)];
            if (PlanGenerator.canInject(type, period)) {
                plan = generator.inject(plan, period, type);
            }
        }
        return plan;
    }

    /** A plan reporting scores as the default rules give them, half the time with one inconsistency after. */
    static ActionPlan planWithReportedScores(RandomGenerator random) {
        PlanGenerator generator = PlanGenerator.using(random);
        ReportingPeriod period = generator.period();
        ActionPlan plan = generator.plan(generator.kind(), random.nextInt(1, 25), period);
        if (random.nextInt(4) == 0) {
            plan = generator.withAlternative(plan, period, random.nextBoolean());
        }
        plan = generator.withReportedScores(plan, period);
        return random.nextBoolean() ? plan : generator.inject(plan, period, generator.injectable(period));
    }

    @Test
    void onPlansWithAlternatives() {
        Property.forAll("engine = reference on plans with alternatives", random -> {
            ActionPlan plan = planWithAlternatives(random);
            agree(plan, plan.period().orElseThrow());
        });
    }

    /**
     * A plan, annual one time in four, with one to three alternative indicators whose primaries keep or lose
     * their achievements, and half the time (if it reports by quarter) an injected inconsistency.
     */
    static ActionPlan planWithAlternatives(RandomGenerator random) {
        PlanGenerator generator = PlanGenerator.using(random);
        ReportingPeriod period = generator.period();
        ActionPlan plan = random.nextInt(4) == 0
                ? generator.annualPlan(generator.kind(), random.nextInt(1, 20), period.fiscalYear())
                : generator.plan(generator.kind(), random.nextInt(1, 25), period);
        period = plan.period().orElseThrow();
        for (int i = random.nextInt(1, 4); i > 0; i--) {
            plan = generator.withAlternative(plan, period, random.nextBoolean());
        }
        if (plan.reportsByQuarter() && random.nextBoolean()) {
            plan = generator.inject(plan, period, generator.injectable(period));
        }
        return plan;
    }

    @Test
    void onAnnualPlans() {
        Property.forAll("engine = reference on annual evaluations", random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ActionPlan plan = generator.annualPlan(generator.kind(), random.nextInt(1, 20), generator.fiscalYear());
            // now and then scored as of an earlier quarter, where completion dates may fall after its end
            agree(plan, random.nextInt(3) == 0 ? ReportingPeriod.of(plan.fiscalYear(), Quarter.values()[random.nextInt(4)])
                    : plan.period().orElseThrow());
        });
    }

    /**
     * Policies unlike the default in every value a ministry may set (tolerance, rounding scale, division
     * precision, empty quarters, severities, conventional totals), each with its engine and reference scorer.
     */
    private static final List<Map.Entry<ScoringEngine, ReferenceScorer>> POLICIES = policies();

    private static List<Map.Entry<ScoringEngine, ReferenceScorer>> policies() {
        SplittableRandom random = new SplittableRandom(2026_12_05L);
        List<Map.Entry<ScoringEngine, ReferenceScorer>> policies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ScoringPolicy.Builder policy = ScoringPolicy.defaults().toBuilder().id("varied-" + i)
                    .tolerance(List.of(BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("0.5"), BigDecimal.ONE)
                            .get(random.nextInt(4)))
                    .roundingScale(random.nextInt(0, 11))
                    .divisionPrecision(random.nextInt(8, 35))
                    .missingQuarterCountsZero(random.nextBoolean());
            for (FindingType type : FindingType.values()) {
                if (random.nextInt(4) == 0) {
                    policy.severity(type.id(), Severity.values()[random.nextInt(Severity.values().length)]);
                }
            }
            for (PlanKind kind : PlanKind.values()) {
                if (random.nextInt(3) == 0) {
                    policy.conventionalTotal(kind, Weight.of(random.nextInt(1, 120)));
                }
            }
            ScoringPolicy built = policy.build();
            policies.add(Map.entry(ScoringEngine.builder().policy(built).build(), ReferenceScorer.of(built)));
        }
        return policies;
    }

    @Test
    void underPoliciesUnlikeTheDefault() {
        Property.forAll("engine = reference under other policies", random -> {
            Map.Entry<ScoringEngine, ReferenceScorer> scorers = POLICIES.get(random.nextInt(POLICIES.size()));
            PlanGenerator generator = PlanGenerator.using(random);
            ReportingPeriod period = generator.period();
            ActionPlan plan = generator.plan(generator.kind(), random.nextInt(1, 25), period);
            if (random.nextBoolean()) {
                plan = generator.withReportedScores(plan, period);
            }
            for (int i = random.nextInt(0, 3); i > 0; i--) {
                plan = generator.inject(plan, period, generator.injectable(period));
            }
            agree(scorers.getKey(), scorers.getValue(), plan, period);
        });
    }

    static void agree(ActionPlan plan, ReportingPeriod period) {
        agree(ENGINE, REFERENCE, plan, period);
    }

    private static void agree(ScoringEngine scoring, ReferenceScorer oracle, ActionPlan plan, ReportingPeriod period) {
        Scorecard engine = scoring.score(plan, period);
        Scorecard reference = oracle.score(plan, period);
        assertThat(engine.indicators().collect(r -> r.code() + " " + r.status() + " " + r.score() + " " + r.onTrackScore()
                + " " + r.achieved() + " " + r.annualTarget() + " " + r.targetToDate() + " " + r.percentOfAnnualTarget()
                + " " + r.percentOfTargetToDate()))
                .as("indicators of %s", plan)
                .isEqualTo(reference.indicators().collect(r -> r.code() + " " + r.status() + " " + r.score() + " "
                        + r.onTrackScore() + " " + r.achieved() + " " + r.annualTarget() + " " + r.targetToDate() + " "
                        + r.percentOfAnnualTarget() + " " + r.percentOfTargetToDate()));
        assertThat(engine.areas()).isEqualTo(reference.areas());
        assertThat(engine.indicators().collect(r -> r.extensions()))
                .isEqualTo(reference.indicators().collect(r -> r.extensions()));
        assertThat(engine.totalScore()).isEqualTo(reference.totalScore());
        assertThat(engine.percentOfTotal()).isEqualTo(reference.percentOfTotal());
        assertThat(engine.findings()).as("findings of %s", plan).isEqualTo(reference.findings());
        assertThat(engine.findings().collect(finding -> finding.message().en() + finding.message().bn()))
                .as("every argument of a message filled in").noneMatch(message -> message.contains("{"));
        assertThat(engine.indicators().collect(r -> r.explanation().band()))
                .isEqualTo(reference.indicators().collect(r -> r.explanation().band()));
    }
}
