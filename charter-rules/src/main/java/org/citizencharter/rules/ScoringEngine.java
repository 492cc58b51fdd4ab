package org.citizencharter.rules;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.Reported;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.RollUp;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.rules.facts.ActivityFact;
import org.citizencharter.rules.facts.AreaFact;
import org.citizencharter.rules.facts.IndicatorFact;
import org.citizencharter.rules.facts.RollUpContext;
import org.citizencharter.rules.facts.RollUpFigures;
import org.citizencharter.rules.facts.ScoringContext;
import org.citizencharter.rules.facts.SubordinateFact;
import org.citizencharter.rules.internal.AuthorRules;
import org.citizencharter.rules.internal.DefaultRules;
import org.citizencharter.rules.internal.FactGuard;
import org.citizencharter.rules.internal.FiringGuard;
import org.citizencharter.rules.internal.PlanFacts;
import org.citizencharter.rules.internal.ScorecardAssembler;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.MutableMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Scores action plans with Drools rules: per-indicator, per-area and plan scores and every finding of
 * the consistency catalogue, returned as a {@link Scorecard}.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.defaults();
 * Scorecard card = engine.score(plan, ReportingPeriod.parse("2022-23 Q3"));
 * }</pre>
 *
 * <p>The default rules were compiled to Drools' executable model when charter was built and load
 * without compiling anything. A {@link #builder() builder} adds rule authors' DRL (compiled once, when
 * the engine is built), disables or replaces default rules by name, and sets the scoring policies, one
 * per range of fiscal years (the APA gives way to GPMS from 2025-26).
 *
 * <p>An engine is immutable and thread-safe: build it once and share it between threads; each plan is
 * scored in its own rule session.
 */
public final class ScoringEngine {

    private static final int LOOP_SAMPLE = 1_000;

    private static volatile ScoringEngine defaults;
    private static volatile KieBase defaultBase;

    private final KieBase base;
    private final KieSessionsPool sessions;
    /**
     * The sessions' configuration: Drools' direct firing for charter's own rules, which fires each rule's
     * matches in the order the rules were activated, without the agenda. Charter's rules only insert, no
     * consequence takes away another match of its own rule, and the one order they need, every achievement
     * derived before any is scored (an alternative's score looks for its primary's achievement), is the order
     * of activation: the plan's facts activate the aggregation rules, achievements the scoring rules. The
     * agenda for an author's rules, which may rely on salience, agenda groups, logical insertion or a
     * consequence that cancels its rule's other matches. DirectFiringProperties holds the two equal.
     */
    private final KieSessionConfiguration sessionConfiguration;
    private final boolean directFiring;
    private final ImmutableList<ScoringPolicy> policies;
    private final ScoringPolicy fallback;
    private final int maxFirings;
    private final int maxFacts;
    private final ImmutableList<String> ruleNames;

    private ScoringEngine(KieBase base, boolean directFiring, ImmutableList<ScoringPolicy> policies,
            ScoringPolicy fallback, int maxFirings, int maxFacts) {
        this.base = base;
        this.sessions = base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.sessionConfiguration = sessionConfiguration(directFiring);
        this.directFiring = directFiring;
        this.policies = policies;
        this.fallback = fallback;
        this.maxFirings = maxFirings;
        this.maxFacts = maxFacts;
        MutableList<String> names = Lists.mutable.empty();
        for (KiePackage kiePackage : base.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
            }
        }
        this.ruleNames = names.sortThis().toImmutable();
    }

    /**
     * The engine with charter's default rules and the {@link ScoringPolicy#defaults() default policy},
     * which governs every fiscal year. Built once and shared.
     *
     * @return the default engine
     */
    public static ScoringEngine defaults() {
        ScoringEngine engine = defaults;
        if (engine == null) {
            synchronized (ScoringEngine.class) {
                engine = defaults;
                if (engine == null) {
                    engine = builder().build();
                    defaults = engine;
                }
            }
        }
        return engine;
    }

    /**
     * Starts building an engine.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static KieBase defaultBase() {
        KieBase shared = defaultBase;
        if (shared == null) {
            synchronized (ScoringEngine.class) {
                shared = defaultBase;
                if (shared == null) {
                    shared = KieBaseBuilder.createKieBaseFromModel(DefaultRules.model());
                    defaultBase = shared;
                }
            }
        }
        return shared;
    }

    /**
     * The names of the rules this engine runs, sorted.
     *
     * @return the names
     */
    public ImmutableList<String> ruleNames() {
        return ruleNames;
    }

    /**
     * The policies this engine holds, as given.
     *
     * @return the policies
     */
    public ImmutableList<ScoringPolicy> policies() {
        return policies;
    }

    /**
     * The policy that governs a fiscal year: the one whose range holds it, else the fallback.
     *
     * @param year the fiscal year
     * @return the policy
     * @throws CharterException if no policy governs the year and there is no fallback
     */
    public ScoringPolicy policyFor(FiscalYear year) {
        for (ScoringPolicy policy : policies) {
            if (policy.fiscalYears().contains(year)) {
                return policy;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        throw new CharterException("No scoring policy governs the fiscal year " + year + " (the policies govern "
                + policies.collect(policy -> policy.id() + " " + policy.fiscalYears()).makeString(", ")
                + "). Maybe add a policy for it, or set a fallback policy");
    }

    /**
     * Scores a plan as of the quarter it says it was reported as of.
     *
     * @param plan the plan, with {@link ActionPlan#asOf()} set
     * @return the scorecard
     * @throws CharterException if the plan does not say its quarter
     */
    public Scorecard score(ActionPlan plan) {
        return score(plan, plan.period().orElseThrow(() -> new CharterException("The plan of office ("
                + plan.office().id() + ") does not say which quarter it was reported as of. Maybe give the period")));
    }

    /**
     * Scores a plan as of a period. Data problems in the plan are findings in the scorecard.
     *
     * @param plan the plan
     * @param period the period; its fiscal year must be the plan's
     * @return the scorecard
     * @throws CharterException if the period is of another fiscal year, or no policy governs it
     * @throws RuleExecutionException if a rule throws, loops, or leaves an indicator unscored
     */
    public Scorecard score(ActionPlan plan, ReportingPeriod period) {
        requireNonNull(plan, "plan");
        requireNonNull(period, "period");
        if (!plan.fiscalYear().equals(period.fiscalYear())) {
            throw new CharterException("The plan is for the fiscal year " + plan.fiscalYear()
                    + " but is scored for " + period + ". Maybe score it as of " + plan.fiscalYear() + " "
                    + period.asOf());
        }
        ScoringContext context = ScoringContext.of(plan, period, policyFor(period.fiscalYear()));
        ImmutableList<IndicatorFact> indicators = PlanFacts.indicators(plan, period, context.byQuarter());
        Consumer<KieSession> load = into -> {
            into.setGlobal("context", context);
            into.insert(context);
            insertPlan(into, plan, indicators);
        };
        KieSession session = sessions.newKieSession(sessionConfiguration);
        try {
            load.accept(session);
            fire(session, load, "scoring the plan of", plan.office(), planFacts(plan));
            ScorecardAssembler assembler = new ScorecardAssembler(context, indicators);
            for (Object fact : session.getObjects()) {
                assembler.accept(fact);
            }
            return assembler.build();
        } finally {
            session.dispose();
        }
    }

    private static void insertPlan(KieSession session, ActionPlan plan, ImmutableList<IndicatorFact> indicators) {
        int areaIndex = 0;
        int activityIndex = 0;
        for (Area area : plan.areas()) {
            session.insert(new AreaFact(areaIndex++, area, area.indicatorWeights()));
            for (Activity activity : area.activities()) {
                session.insert(new ActivityFact(activityIndex++, area.code(), activity));
            }
        }
        indicators.forEach(session::insert);
    }

    /**
     * What the plan puts into the session, for the limits: the scoring context, each area, activity and
     * indicator, and each value an indicator carries (a reported quarter; a reported actual, percent or
     * score). The rules' work grows with each of them, so the limits do too: a plan of a thousand empty
     * areas is no runaway.
     */
    static long planFacts(ActionPlan plan) {
        long facts = 1;
        for (Area area : plan.areas()) {
            facts += 1 + area.activities().size();
            for (Activity activity : area.activities()) {
                for (Indicator indicator : activity.indicators()) {
                    QuarterValues quarters = indicator.quarters();
                    facts += 1 + (quarters.q1().isReported() ? 1 : 0) + (quarters.q2().isReported() ? 1 : 0)
                            + (quarters.q3().isReported() ? 1 : 0) + (quarters.q4().isReported() ? 1 : 0);
                    Reported reported = indicator.reported();
                    facts += (reported.actual().isReported() ? 1 : 0) + (reported.percent().isPresent() ? 1 : 0)
                            + (reported.score().isPresent() ? 1 : 0);
                }
            }
        }
        return facts;
    }

    private int firingLimit(long planFacts) {
        return maxFirings > 0 ? maxFirings : (int) Math.min(Integer.MAX_VALUE / 20, 1_000 + 200 * planFacts);
    }

    private int factLimit(int firingLimit) {
        return maxFacts > 0 ? maxFacts : 10 * firingLimit + 10_000;
    }

    /**
     * Fires the rules within the firing and fact limits; a rule that fails or passes one is named.
     *
     * @param session the session, loaded
     * @param load what loaded it, to load another session the same way (to name the rule that fired most)
     * @param doing what the rules are doing, for messages: "scoring the plan of"
     * @param office the office they are doing it for
     * @param planFacts how many facts the plan put into the session, for the default firing limit
     */
    private void fire(KieSession session, Consumer<KieSession> load, String doing, Office office, long planFacts) {
        int limit = firingLimit(planFacts);
        FactGuard facts = new FactGuard(factLimit(limit));
        session.addEventListener(facts);
        try {
            int fired = session.fireAllRules(limit + 1);
            if (fired > limit) {
                session.removeEventListener(facts);
                throw tooManyFirings(session, load, doing(doing, office), limit);
            }
        } catch (ConsequenceException failure) {
            String rule = failure.getMatch().getRule().getName();
            String what = doing(doing, office);
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof FactGuard.LimitReached tooMany) {
                throw new RuleExecutionException(rule, "The rule \"" + rule + "\" inserted the fact that took the"
                        + " rules past " + tooMany.limit() + " facts " + what + ". Maybe it inserts in a loop that"
                        + " does not end", null);
            }
            throw new RuleExecutionException(rule, "The rule \"" + rule + "\" failed " + what + ": " + reason(cause),
                    cause);
        } finally {
            session.removeEventListener(facts);
        }
    }

    /** The sessions' configuration: with Drools' direct firing, or with the agenda. */
    private static KieSessionConfiguration sessionConfiguration(boolean directFiring) {
        KieSessionConfiguration configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        configuration.setOption(directFiring ? DirectFiringOption.YES : DirectFiringOption.NO);
        return configuration;
    }

    /** What the rules were doing, for an error: "scoring the plan of office (dc-coxsbazar)". */
    private static String doing(String doing, Office office) {
        return doing + " office (" + office.id() + ")";
    }

    /**
     * The error for rules that fired more often than the limit, naming the rule that fired most. Only now are
     * firings counted by rule (counting every firing of every plan would cost).
     */
    private RuleExecutionException tooManyFirings(KieSession session, Consumer<KieSession> load, String doing,
            int limit) {
        FiringGuard guard = new FiringGuard();
        String scoring = "The rules fired more than " + limit + " times " + doing;
        if (!directFiring) {
            // A rule that loops goes on firing, and is the one that fires most in a sample of what comes next.
            session.fireAllRules(guard, LOOP_SAMPLE);
            return new RuleExecutionException(guard.busiestRule(), scoring + "; of the next " + LOOP_SAMPLE
                    + " firings, the rule that fired most was " + guard.busiest()
                    + ". Maybe it loops, inserting what makes it fire again", null);
        }
        // Direct firing fires a rule's matches together and leaves none to sample. Charter's own rules end, so
        // the plan is scored again on the agenda, every firing counted (a sample more than the limit at most).
        KieSession again = base.newKieSession(sessionConfiguration(false), null);
        try {
            load.accept(again);
            int most = limit + LOOP_SAMPLE;
            int fired = again.fireAllRules(guard, most);
            return new RuleExecutionException(guard.busiestRule(), scoring + " (" + (fired < most ? fired + " in all"
                    : "at least " + most) + "); the rule that fired most was " + guard.busiest()
                    + ". Maybe the engine's maxFirings is too low for the plan", null);
        } finally {
            again.dispose();
        }
    }

    /**
     * What a rule's failure says, for people: its message, without a Java class name (the class is in the
     * cause, for a stack trace); what failed without a message is said in words.
     */
    private static String reason(Throwable cause) {
        String message = cause.getMessage();
        if (message != null && !message.isBlank()) {
            return message.strip();
        }
        if (cause instanceof NullPointerException) {
            return "it used a value that is absent (null)";
        }
        if (cause instanceof ArithmeticException) {
            return "an arithmetic operation has no result (such as a division by zero)";
        }
        if (cause instanceof ClassCastException) {
            return "it took a fact for one of another type";
        }
        if (cause instanceof IndexOutOfBoundsException) {
            return "it read past the end of a list";
        }
        return "it gave no reason";
    }

    /**
     * Scores many plans lazily, each as of the quarter it says; the stream may be parallel.
     *
     * @param plans the plans, each with {@link ActionPlan#asOf()} set
     * @return their scorecards, in the same order, computed as the stream is consumed
     */
    public Stream<Scorecard> scoreAll(Stream<ActionPlan> plans) {
        return plans.map(this::score);
    }

    /**
     * Scores many plans lazily, each as of the quarter it says.
     *
     * @param plans the plans, each with {@link ActionPlan#asOf()} set
     * @return their scorecards, computed one by one as they are iterated
     */
    public Iterable<Scorecard> scoreAll(Iterable<ActionPlan> plans) {
        return () -> {
            Iterator<ActionPlan> each = plans.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return each.hasNext();
                }

                @Override
                public Scorecard next() {
                    return score(each.next());
                }
            };
        };
    }

    /**
     * Rolls up an office and the offices under it for one period: each office's scorecard, the mean and
     * minimum percent of total over the subordinates that have plans, and a SUBORDINATE_REPORT_MISSING
     * finding for each subordinate without one.
     *
     * @param hierarchy the offices
     * @param officeId the office to roll up
     * @param plans the plans of that office and of offices under it, at most one each
     * @param period the period
     * @return the roll-up
     * @throws CharterException if a plan belongs to an office outside the roll-up, two plans belong to one
     *     office, or the office is not in the hierarchy
     */
    public RollUp rollUp(OfficeHierarchy hierarchy, OfficeId officeId, Iterable<ActionPlan> plans,
            ReportingPeriod period) {
        List<Scorecard> scored = new ArrayList<>();
        for (ActionPlan plan : plans) {
            scored.add(score(plan, period));
        }
        return rollUpScorecards(hierarchy, officeId, scored, period);
    }

    /**
     * Rolls up scorecards already made (by this engine or another, read back from their JSON): the same
     * as {@link #rollUp} without scoring again. Each scorecard must be of the period.
     *
     * @param hierarchy the offices
     * @param officeId the office to roll up
     * @param scorecards the scorecards of that office and of offices under it, at most one each
     * @param period the period
     * @return the roll-up
     * @throws CharterException if a scorecard belongs to an office outside the roll-up or is of another
     *     period, two belong to one office, or the office is not in the hierarchy
     */
    public RollUp rollUpScorecards(OfficeHierarchy hierarchy, OfficeId officeId, Iterable<Scorecard> scorecards,
            ReportingPeriod period) {
        Office office = hierarchy.office(officeId);
        ImmutableList<Office> below = hierarchy.descendants(officeId);
        Set<OfficeId> inRollUp = new LinkedHashSet<>();
        inRollUp.add(officeId);
        below.forEach(each -> inRollUp.add(each.id()));
        MutableMap<OfficeId, Scorecard> cards = Maps.mutable.empty();
        for (Scorecard card : scorecards) {
            OfficeId owner = card.office().id();
            if (!inRollUp.contains(owner)) {
                throw new CharterException("The plan of office (" + owner + ") is not part of the roll-up of office ("
                        + officeId + ")");
            }
            if (cards.containsKey(owner)) {
                throw new CharterException("Two plans belong to office (" + owner + "). Maybe roll up one kind of"
                        + " plan at a time");
            }
            if (!card.period().equals(period)) {
                throw new CharterException("The scorecard of office (" + owner + ") is of " + card.period()
                        + ", not of the roll-up's period (" + period + ")");
            }
            cards.put(owner, card);
        }
        ScoringPolicy policy = policyFor(period.fiscalYear());
        List<Scorecard> subordinates = new ArrayList<>();
        for (Office each : below) {
            Scorecard card = cards.get(each.id());
            if (card != null) {
                subordinates.add(card);
            }
        }
        Consumer<KieSession> load = into -> {
            into.insert(new RollUpContext(office, period, policy));
            for (int i = 0; i < below.size(); i++) {
                into.insert(new SubordinateFact(i, below.get(i), cards.get(below.get(i).id())));
            }
        };
        KieSession session = sessions.newKieSession(sessionConfiguration);
        try {
            load.accept(session);
            fire(session, load, "rolling up the offices under", office, below.size());
            MutableList<Finding> findings = Lists.mutable.empty();
            RollUpFigures figures = new RollUpFigures(null, null);
            for (Object fact : session.getObjects()) {
                if (fact instanceof Finding finding) {
                    findings.add(finding);
                } else if (fact instanceof RollUpFigures computed) {
                    figures = computed;
                }
            }
            return new RollUp(office, period, Optional.ofNullable(cards.get(officeId)),
                    Lists.immutable.withAll(subordinates), Optional.ofNullable(figures.mean()),
                    Optional.ofNullable(figures.minimum()), findings.sortThis(Finding.ORDER).toImmutable());
        } finally {
            session.dispose();
        }
    }

    /**
     * Builds a {@link ScoringEngine}. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private final List<ScoringPolicy> policies = new ArrayList<>();
        private ScoringPolicy fallback;
        private final List<RuleSource> sources = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private int maxFirings;
        private int maxFacts;

        private Builder() {
        }

        /**
         * Adds a policy. Policies' fiscal years must not overlap. Without any policy and without a
         * {@link #fallbackPolicy(ScoringPolicy) fallback}, the engine holds the {@link ScoringPolicy#defaults()
         * default policy}; with only a fallback, the fallback governs every year.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(ScoringPolicy policy) {
            policies.add(requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * Sets the policy for fiscal years no other policy governs.
         *
         * @param policy the fallback
         * @return this builder
         */
        public Builder fallbackPolicy(ScoringPolicy policy) {
            this.fallback = requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Adds a rule author's DRL. An engine with an author's rules fires them through Drools' agenda, so that
         * salience, agenda groups, {@code no-loop} and logical insertion behave as Drools documents them; an
         * engine of charter's rules alone fires them directly, in the order they were activated, which costs
         * less and gives the same scorecards. Adjust scores at a salience above -100: the reported score is compared
         * with the final one at -100.
         *
         * @param source the DRL and its name
         * @return this builder
         */
        public Builder rules(RuleSource source) {
            sources.add(requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds a rule author's DRL file.
         *
         * @param file the file
         * @return this builder
         */
        public Builder rules(Path file) {
            return rules(RuleSource.fromFile(file));
        }

        /**
         * Adds DRL given as text.
         *
         * @param name the name errors are reported under
         * @param drl the DRL
         * @return this builder
         */
        public Builder rules(String name, String drl) {
            return rules(RuleSource.of(name, drl));
        }

        /**
         * Adds DRL from the classpath.
         *
         * @param resource the resource's path
         * @return this builder
         */
        public Builder rulesFromClasspath(String resource) {
            return rules(RuleSource.fromClasspath(resource));
        }

        /**
         * Disables a default rule by its name.
         *
         * @param name the rule's name, such as {@code "OVER_ACHIEVEMENT"}
         * @return this builder
         */
        public Builder disableRule(String name) {
            disabled.add(requireNonNull(name, "name"));
            return this;
        }

        /**
         * Replaces a default rule: disables it and adds DRL that does its work another way.
         *
         * @param name the default rule's name
         * @param replacement the DRL of the replacement
         * @return this builder
         */
        public Builder replaceRule(String name, RuleSource replacement) {
            return disableRule(name).rules(replacement);
        }

        /**
         * Sets the most rule firings scoring one plan may take; beyond it the engine stops the rules
         * and reports the rule that fired most. Unset, the limit is 1,000 plus 200 for each fact the plan
         * puts into the session: the scoring context, each area, activity and indicator, and each value an
         * indicator carries (a reported quarter; a reported actual, percent or score), so that a large plan
         * is never taken for a loop.
         *
         * @param limit the limit, at least 1
         * @return this builder
         */
        public Builder maxFirings(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("The firing limit must be at least 1, not " + limit);
            }
            this.maxFirings = limit;
            return this;
        }

        /**
         * Sets the most facts the rules may insert scoring one plan, beyond the plan's own; past it the
         * engine stops the rules and reports the rule whose insert passed it. This stops a rule that
         * inserts in a loop within one firing, which the firing limit cannot. Unset, the limit is ten
         * times the firing limit plus 10,000 (2,000 more for each fact the plan puts into the session, with
         * the default firing limit).
         *
         * @param limit the limit, at least 1
         * @return this builder
         */
        public Builder maxFacts(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("The fact limit must be at least 1, not " + limit);
            }
            this.maxFacts = limit;
            return this;
        }

        /**
         * Builds the engine, compiling the authors' DRL.
         *
         * @return the engine
         * @throws RuleCompilationException if an author's DRL does not compile
         * @throws CharterException if a rule to disable does not exist, an author's rule has the name of a
         *     default rule that is not disabled, or policies overlap
         */
        public ScoringEngine build() {
            // A fallback alone governs every year: the default policy would otherwise govern them all before it.
            List<ScoringPolicy> chosen = policies.isEmpty() && fallback == null ? List.of(ScoringPolicy.defaults())
                    : policies;
            for (int i = 0; i < chosen.size(); i++) {
                for (int j = i + 1; j < chosen.size(); j++) {
                    if (chosen.get(i).fiscalYears().overlaps(chosen.get(j).fiscalYears())) {
                        throw new CharterException("The policies " + chosen.get(i).id() + " ("
                                + chosen.get(i).fiscalYears() + ") and " + chosen.get(j).id() + " ("
                                + chosen.get(j).fiscalYears() + ") govern the same fiscal years");
                    }
                }
            }
            KieBase base;
            if (sources.isEmpty() && disabled.isEmpty()) {
                base = defaultBase();
            } else {
                List<Model> models = new ArrayList<>();
                models.add(DefaultRules.model());
                if (!sources.isEmpty()) {
                    models.addAll(AuthorRules.compile(sources));
                }
                checkNames(models);
                base = KieBaseBuilder.createKieBaseFromModel(models);
                for (String name : disabled) {
                    base.removeRule(DefaultRules.PACKAGE, name);
                }
            }
            return new ScoringEngine(base, sources.isEmpty(), Lists.immutable.withAll(chosen), fallback, maxFirings,
                    maxFacts);
        }

        private void checkNames(List<Model> models) {
            Set<String> defaults = new LinkedHashSet<>();
            DefaultRules.model().getRules().forEach(rule -> defaults.add(rule.getName()));
            for (String name : disabled) {
                if (!defaults.contains(name)) {
                    throw new CharterException("There is no default rule named \"" + name + "\" to disable. The default"
                            + " rules are: " + String.join(", ", defaults));
                }
            }
            for (Model model : models.subList(1, models.size())) {
                for (org.drools.model.Rule rule : model.getRules()) {
                    if (defaults.contains(rule.getName()) && !disabled.contains(rule.getName())) {
                        throw new CharterException("The author rule \"" + rule.getName() + "\" has the name of a"
                                + " default rule. Maybe replace the default rule with replaceRule(\"" + rule.getName()
                                + "\", ...), or rename yours");
                    }
                }
            }
        }
    }
}
