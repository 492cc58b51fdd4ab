package org.citizencharter.rules.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.Explanation;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Fraction;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Weight;
import org.citizencharter.rules.RuleExecutionException;
import org.citizencharter.rules.facts.Achievement;
import org.citizencharter.rules.facts.FindingFact;
import org.citizencharter.rules.facts.IndicatorFact;
import org.citizencharter.rules.facts.IndicatorScore;
import org.citizencharter.rules.facts.ScoreAdjustment;
import org.citizencharter.rules.facts.ScoringContext;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.multimap.list.MutableListMultimap;
import org.eclipse.collections.impl.factory.Multimaps;

/**
 * Turns the facts the rules derived for one plan into its {@link Scorecard}: each indicator needs
 * exactly one achievement and one score, and its final score is the lowest author adjustment if any;
 * areas and the plan are the exact sums of their indicators' final scores; findings get the policy's severities and the deterministic order. Not
 * thread-safe: one per plan. Not API.
 */
public final class ScorecardAssembler {

    private final ScoringContext context;
    private final ImmutableList<IndicatorFact> indicators;
    private final Achievement[] achievements;
    private final IndicatorScore[] scores;
    private final MutableListMultimap<Integer, ScoreAdjustment> adjustments = Multimaps.mutable.list.empty();
    private final MutableList<Finding> findings = Lists.mutable.empty();

    /**
     * Starts assembling the scorecard of a plan.
     *
     * @param context the scoring context
     * @param indicators the indicator facts, in plan order
     */
    public ScorecardAssembler(ScoringContext context, ImmutableList<IndicatorFact> indicators) {
        this.context = context;
        this.indicators = indicators;
        int size = indicators.size();
        this.achievements = new Achievement[size];
        this.scores = new IndicatorScore[size];
    }

    /**
     * Takes one fact from the session; facts of other types are ignored.
     *
     * @param fact the fact
     */
    public void accept(Object fact) {
        if (fact instanceof Finding finding) {
            findings.add(finding);
        } else if (fact instanceof FindingFact wrapped) {
            findings.add(wrapped.finding());
        } else if (fact instanceof Achievement achievement) {
            achievements[once(achievements, achievement.index(), "achievement", achievement.rule(),
                    existing -> ((Achievement) existing).rule())] = achievement;
        } else if (fact instanceof IndicatorScore score) {
            scores[once(scores, score.index(), "score", score.rule(), existing -> ((IndicatorScore) existing).rule())]
                    = score;
        } else if (fact instanceof ScoreAdjustment adjustment) {
            int index = adjustment.index();
            if (index < 0 || index >= scores.length) {
                throw new RuleExecutionException(null, "A rule adjusted the score of an indicator that does not exist"
                        + " (index " + index + ")", null);
            }
            adjustments.put(index, adjustment);
        }
    }

    private int once(Object[] slots, int index, String what, String rule,
            java.util.function.Function<Object, String> ruleOf) {
        if (index < 0 || index >= slots.length) {
            throw new RuleExecutionException(rule, "A rule derived a " + what + " for an indicator that does not exist"
                    + " (index " + index + ")", null);
        }
        if (slots[index] != null) {
            String other = ruleOf.apply(slots[index]);
            throw new RuleExecutionException(rule, "Two rules derived a " + what + " for indicator "
                    + indicators.get(index).code() + (rule != null ? ": \"" + other + "\" and \"" + rule + "\"" : "")
                    + ". Maybe a replacement rule overlaps a default rule that was not disabled", null);
        }
        return index;
    }

    /**
     * Builds the scorecard.
     *
     * @return the scorecard
     * @throws RuleExecutionException if an indicator was left without a score
     */
    public Scorecard build() {
        ScoringPolicy policy = context.policy();
        ActionPlan plan = context.plan();
        MutableList<IndicatorResult> results = Lists.mutable.withInitialCapacity(indicators.size());
        Fraction[] areaScores = new Fraction[plan.areas().size()];
        java.util.Arrays.fill(areaScores, Fraction.ZERO);
        int areaIndex = 0;
        int counted = 0;
        for (Area area : plan.areas()) {
            int inArea = (int) area.activities().sumOfInt(activity -> activity.indicators().size());
            for (int k = 0; k < inArea; k++, counted++) {
                Fraction[] score = new Fraction[1];
                IndicatorResult result = result(counted, score);
                results.add(result);
                areaScores[areaIndex] = areaScores[areaIndex].plus(score[0]);
            }
            areaIndex++;
        }
        MutableList<AreaResult> areas = Lists.mutable.withInitialCapacity(plan.areas().size());
        Fraction total = Fraction.ZERO;
        for (int i = 0; i < areaScores.length; i++) {
            Area area = plan.areas().get(i);
            areas.add(new AreaResult(area.code(), area.name(), area.weight(), areaScores[i].toBigDecimal(),
                    area.extensions()));
            total = total.plus(areaScores[i]);
        }
        Weight totalWeight = context.areaWeights();
        Optional<BigDecimal> percent = totalWeight.isZero() ? Optional.empty()
                : Optional.of(Fraction.HUNDRED.times(total).over(totalWeight.value()).toBigDecimal());
        ImmutableList<Finding> ordered = findings.collect(finding -> {
            Severity override = policy.severities().get(finding.id());
            return override == null || override == finding.severity() ? finding : finding.withSeverity(override);
        }).sortThis(Finding.ORDER).toImmutable();
        return new Scorecard(plan.office(), plan.kind(), context.period(), policy.ref(), totalWeight,
                total.toBigDecimal(), percent,
                areas.toImmutable(), results.toImmutable(), ordered, plan.extensions());
    }

    private IndicatorResult result(int index, Fraction[] finalScore) {
        IndicatorFact fact = indicators.get(index);
        IndicatorScore score = scores[index];
        Achievement achievement = achievements[index];
        if (score == null || achievement == null) {
            throw new RuleExecutionException(null, "No rule " + (achievement == null ? "derived the achievement of"
                    : "scored") + " indicator " + fact.code() + ". Maybe a default rule was disabled without a"
                    + " replacement", null);
        }
        MutableList<ScoreAdjustment> adjusted = adjustments.get(index);
        // Notes sorted: the session returns facts in no fixed order, and a scorecard must be the same every run.
        // The detail's text is built only if someone reads it.
        Explanation explanation = Explanation.lazily(score.formula(), score::detail, Optional.ofNullable(score.band()),
                adjusted.collect(ScoreAdjustment::note).sortThis().toImmutable());
        finalScore[0] = Formulas.finalScore(fact, score, adjusted);
        boolean unscoredForTarget = score.status() == ScoreStatus.UNSCORED && !fact.target().isUsable();
        return new IndicatorResult(fact.code(), fact.area(), fact.activity(), fact.indicator().name(),
                fact.countedWeight(), fact.method(), score.status(), achievement.value(), achievement.annual(),
                achievement.toDate(), percent(unscoredForTarget ? null : achievement.ofAnnualTarget()),
                percent(unscoredForTarget ? null : achievement.ofTargetToDate()), finalScore[0].toBigDecimal(),
                score.onTrackScore().toBigDecimal(), explanation, fact.indicator().extensions());
    }

    private static Optional<BigDecimal> percent(Fraction percent) {
        return percent == null ? Optional.empty() : Optional.of(percent.toBigDecimal());
    }
}
