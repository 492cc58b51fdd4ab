package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.core.testing.ReferenceScorer;
import org.junit.jupiter.api.Test;

/** The generators keep their promises: consistent plans are consistent, injected problems are there. */
class PlanGeneratorProperties {

    private static final ReferenceScorer REFERENCE = ReferenceScorer.defaults();

    @Test
    void generatedPlansHaveNoFindings() {
        Property.forAll("generated plans are consistent", random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ActionPlan plan = generator.plan();
            ReportingPeriod period = plan.period().orElseThrow();
            Scorecard card = REFERENCE.score(plan, period);
            assertThat(card.findings()).as("findings of %s", plan).isEmpty();
            assertThat(plan.areas().allSatisfy(area -> area.indicatorWeights().isEqual(area.weight()))).isTrue();
            assertThat(plan.indicators().allSatisfy(i -> i.quarters().anyReported()
                    || i.unit().kind() == UnitKind.DATE)).isTrue();
        });
    }

    @Test
    void annualPlansHaveNoFindings() {
        Property.forAll("annual plans are consistent", random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ActionPlan plan = generator.annualPlan(generator.kind(), random.nextInt(1, 20), generator.fiscalYear());
            assertThat(plan.reportsByQuarter()).isFalse();
            assertThat(REFERENCE.score(plan, plan.period().orElseThrow()).findings()).isEmpty();
        });
    }

    @Test
    void alternativesAreRecognisedAndKeepAPlanConsistent() {
        Property.forAll("generated alternatives", random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ReportingPeriod period = generator.period();
            ActionPlan plan = random.nextBoolean() ? generator.plan(generator.kind(), random.nextInt(1, 25), period)
                    : generator.annualPlan(generator.kind(), random.nextInt(1, 20), period.fiscalYear());
            period = plan.period().orElseThrow();
            int count = random.nextInt(1, 4);
            ActionPlan added = plan;
            for (int i = 0; i < count; i++) {
                added = generator.withAlternative(added, period, true);
            }
            ActionPlan withAlternatives = added;
            assertThat(withAlternatives.alternatives().size()).as("alternatives of %s", withAlternatives)
                    .isEqualTo(count);
            assertThat(withAlternatives.reportsByQuarter()).isEqualTo(plan.reportsByQuarter());
            withAlternatives.alternatives().forEachKeyValue((alternative, primary) -> {
                assertThat(alternative.segments().size()).isEqualTo(primary.segments().size() + 1);
                assertThat(withAlternatives.indicators().detect(i -> i.code().equals(alternative)).weight()).isEmpty();
                assertThat(plan.indicators().collect(Indicator::code)).contains(primary);
            });
            assertThat(REFERENCE.score(withAlternatives, period).findings()).as("findings of %s", withAlternatives)
                    .isEmpty();
            ActionPlan primaryEmptied = generator.withAlternative(plan, period, false);
            IndicatorCode primary = primaryEmptied.alternatives().valuesView().getOnly();
            Indicator emptied = primaryEmptied.indicators().detect(i -> i.code().equals(primary));
            assertThat(emptied.quarters().anyReported()).isFalse();
            assertThat(emptied.reported()).isEqualTo(Reported.NONE);
        });
    }

    @Test
    void reportedScoresKeepAPlanConsistent() {
        Property.forAll("reported scores agree", random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ActionPlan plan = generator.plan();
            ReportingPeriod period = plan.period().orElseThrow();
            ActionPlan scored = generator.withReportedScores(plan, period);
            assertThat(scored.indicators().count(i -> i.reported().score().isPresent()))
                    .isEqualTo(scored.indicators().count(i -> i.reported().score().isPresent()
                            && i.reported().score().get().scale() == 2));
            assertThat(REFERENCE.score(scored, period).findings()).as("findings of %s", scored).isEmpty();
        });
    }

    @Test
    void everyInjectedInconsistencyIsPresentAndAlone() {
        Property.forAll("injected inconsistencies are present", random -> {
            PlanGenerator generator = PlanGenerator.using(random);
            ReportingPeriod period = generator.period();
            FindingType type = generator.injectable(period);
            ActionPlan plan = generator.plan(generator.kind(), random.nextInt(1, 25), period);
            ActionPlan broken = generator.inject(plan, period, type);
            Scorecard card = REFERENCE.score(broken, period);
            assertThat(card.findings().collect(Finding::id)).as("findings after injecting %s", type).contains(type.id());
            assertThat(card.findings(Severity.ERROR).reject(f -> f.id().equals(type.id())))
                    .as("other errors after injecting %s", type).isEmpty();
        });
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        Property.forAll("generation is deterministic", 200, random -> {
            long seed = random.nextLong();
            assertThat(PlanGenerator.using(new SplittableRandom(seed)).plan())
                    .isEqualTo(PlanGenerator.using(new SplittableRandom(seed)).plan());
        });
    }
}
