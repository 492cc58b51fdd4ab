package org.citizencharter.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/** The smallest plans that show a rule firing or not: one area, one activity per indicator. */
final class Plans {

    static final FiscalYear YEAR = FiscalYear.parse("2023-24");
    static final ReportingPeriod Q3 = ReportingPeriod.of(YEAR, Quarter.Q3);

    private Plans() {
    }

    /** A count indicator coded 1.1.1 with weight 4 and target 4, as of Q3 reported 1 a quarter. */
    static Indicator.Builder count() {
        return Indicator.builder(IndicatorCode.of(1, 1, 1), BilingualText.bengali("সভা আয়োজিত"))
                .unit(Unit.number()).weight(Weight.of(4)).target(Target.of(4))
                .quarters(quarters(1, 1, 1, null));
    }

    static Indicator.Builder percent() {
        return count().unit(Unit.percent()).target(Target.of(90)).quarters(quarters(25, 25, 10, null));
    }

    static Indicator.Builder date(LocalDate deadline) {
        return count().unit(Unit.date()).target(Target.by(deadline)).quarters(QuarterValues.NONE);
    }

    static QuarterValues quarters(Integer q1, Integer q2, Integer q3, Integer q4) {
        return QuarterValues.of(value(q1), value(q2), value(q3), value(q4));
    }

    static Value value(Integer amount) {
        return amount == null ? Value.NOT_REPORTED : Value.of(amount);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A Citizen's Charter plan holding the indicators, area weight and declared total matching. */
    static ActionPlan plan(Indicator... indicators) {
        return plan(PlanKind.OTHER, indicators);
    }

    static ActionPlan plan(PlanKind kind, Indicator... indicators) {
        MutableList<Activity> activities = Lists.mutable.empty();
        Weight total = Weight.ZERO;
        for (Indicator indicator : indicators) {
            int[] segments = indicator.code().segments().toArray();
            ActivityCode activity = segments.length > 1 ? ActivityCode.of(segments[0], segments[1]) : ActivityCode.of(1, 1);
            activities.add(Activity.of(activity, BilingualText.bengali("কার্যক্রম"), indicator));
            total = total.plus(indicator.weight().orElse(Weight.ZERO));
        }
        Area area = new Area(AreaCode.of(1), BilingualText.bengali("ক্ষেত্র"), total, activities.toImmutable());
        return new ActionPlan(Office.named("office"), YEAR, kind, Optional.of(total), Optional.of(Quarter.Q3),
                Lists.immutable.of(area));
    }

    static Scorecard score(ActionPlan plan) {
        return ScoringEngine.defaults().score(plan, Q3);
    }

    static Scorecard score(ActionPlan plan, Quarter asOf) {
        return ScoringEngine.defaults().score(plan, ReportingPeriod.of(YEAR, asOf));
    }

    static IndicatorResult only(Scorecard card) {
        return card.indicators().getFirst();
    }

    static ImmutableList<String> ids(Scorecard card) {
        return card.findings().collect(Finding::id);
    }

    static boolean has(Scorecard card, String id) {
        return card.findings().anySatisfy(finding -> finding.id().equals(id));
    }
}
