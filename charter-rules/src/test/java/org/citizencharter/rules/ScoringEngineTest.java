package org.citizencharter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizencharter.rules.Plans.count;
import static org.citizencharter.rules.Plans.dec;
import static org.citizencharter.rules.Plans.plan;
import static org.citizencharter.rules.Plans.quarters;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.FiscalYearRange;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.citizencharter.core.testing.PlanGenerator;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private static final String HEADER = """
            package org.citizencharter.custom;

            import java.math.BigDecimal;
            import org.citizencharter.core.*;
            import org.citizencharter.rules.facts.*;

            """;

    @Test
    void theHostsDataTravelsFromThePlanToTheScorecardAndItsResults() {
        Extensions indicatorData = Extensions.of("{\"hostId\":\"IND-17\"}");
        Extensions areaData = Extensions.of("{\"hostId\":\"AREA-3\",\"শাখা\":\"সমন্বয়\"}");
        Extensions planData = Extensions.of("{\"hostRef\":\"e-nothi/2023/0417\"}");
        ActionPlan base = plan(count().extensions(indicatorData).build(),
                count().build().withCode(IndicatorCode.of(1, 1, 2)));
        Area area = base.areas().getOnly();
        ActionPlan hosted = base.withAreas(Lists.immutable.of(new Area(area.code(), area.name(), area.weight(),
                area.activities(), areaData))).withExtensions(planData);

        Scorecard card = ScoringEngine.defaults().score(hosted, Plans.Q3);

        assertThat(card.extensions()).isEqualTo(planData);
        assertThat(card.areas().getOnly().extensions()).isEqualTo(areaData);
        assertThat(card.indicators().collect(IndicatorResult::extensions)).containsExactly(indicatorData, Extensions.NONE);
        assertThat(card.indicators().getFirst().withScore(BigDecimal.ZERO, "adjusted").extensions()).isEqualTo(indicatorData);
    }

    @Nested
    class AuthorRulesThatDoNotCompile {

        @Test
        void aSyntaxErrorNamesFileLineAndRule() {
            assertThatThrownBy(() -> ScoringEngine.builder().rules("typo.drl", HEADER + """
                    rule "Broken condition"
                    when
                        $i : IndicatorFact( code == null
                    then
                    end
                    """).build())
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                        assertThat(e.file()).isEqualTo("typo.drl");
                        assertThat(e.line()).hasValue(10);
                        assertThat(e.rule()).contains("Broken condition");
                        assertThat(e.getMessage()).startsWith("The rules do not compile: typo.drl, line 10, rule \"Broken condition\": ");
                    });
        }

        @Test
        void aMisspelledFieldIsFoundInTheDrl() {
            assertThatThrownBy(() -> ScoringEngine.builder().rules("field.drl", HEADER + """
                    rule "First"
                    when
                        IndicatorFact( )
                    then
                    end

                    rule "Misspelled"
                    when
                        $i : IndicatorFact( wieght > 3 )
                    then
                    end
                    """).build())
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                        assertThat(e.line()).hasValue(15);
                        assertThat(e.rule()).contains("Misspelled");
                        assertThat(e.compilerMessage()).contains("wieght");
                    });
        }

        @Test
        void aMisspelledPropertyIsNamedWithTheNearestOnesOfItsType() {
            // The compiler says neither the type nor what was meant; the message says both.
            assertThat(compilerMessage("$i : IndicatorFact( wieght > 3 )")).isEqualTo(
                    "Unable to parse left part of expression: wieght > 3 (IndicatorFact has no property wieght; maybe"
                    + " weight)");
            assertThat(compilerMessage("$i : IndicatorFact( weight > 3,\n        $k : unitKnd )")).endsWith(
                    "(IndicatorFact has no property unitKnd; maybe unitKind)");
            assertThat(compilerMessage("$i : IndicatorFact( !weigthed )")).endsWith(
                    "(IndicatorFact has no property weigthed; maybe weighted)");
            assertThat(compilerMessage("Achievement( indicator.weigth > 3 )")).isEqualTo(
                    "Unknown field weigth on class org.citizencharter.rules.facts.IndicatorFact (IndicatorFact has no"
                    + " property weigth; maybe weight)");
            assertThat(compilerMessage("$i : org.citizencharter.rules.facts.IndicatorFact( xyzzy == 1 )")).endsWith(
                    "(IndicatorFact has no property xyzzy)");
        }

        @Test
        void aClassNotImportedOrMisspelledAndAMisspelledMethodAreNamed() {
            String facts = "package org.citizencharter.custom;\nimport org.citizencharter.rules.facts.IndicatorFact;\n";
            assertThat(compilerMessage(facts, "$i : IndicatorFact( target.kind == TargetKind.SINGLE )", "")).isEqualTo(
                    "Unable to Analyse Expression target.kind == TargetKind.SINGLE (TargetKind is not imported; maybe"
                    + " import org.citizencharter.core.TargetKind)");
            assertThat(compilerMessage(facts, "Achievement( )", "")).isEqualTo("Unable to find class: Achievement"
                    + " (Achievement is not imported; maybe import org.citizencharter.rules.facts.Achievement)");
            assertThat(compilerMessage(facts, "Indicatorfact( )", "")).isEqualTo(
                    "Unable to find class: Indicatorfact (maybe IndicatorFact)");
            assertThat(compilerMessage(facts, "$i : IndicatorFact( )", "System.out.println( Fraction.ZERO );"))
                    .isEqualTo("Fraction.ZERO cannot be resolved to a type (Fraction is not imported; maybe import"
                            + " org.citizencharter.core.Fraction)");
            assertThat(compilerMessage(facts, "$i : IndicatorFact( )", "System.out.println( $i.weigth() );"))
                    .isEqualTo("The method weigth() is undefined for the type IndicatorFact (maybe weight())");
        }

        @Test
        void aFractionComparedWithANumberIsFoundInTheDrlAndToldHowToCompare() {
            // The compiler gives no line, and says only the two types.
            assertThat(compilerMessage("$i : IndicatorFact( weighted, w > 3 )")).isEqualTo("Comparison operation"
                    + " requires compatible types. Found class org.citizencharter.core.Fraction and int (w of"
                    + " IndicatorFact is a Fraction; maybe compare it with Fraction.of(3))");
            assertThat(compilerMessage("$i : IndicatorFact( w >= 2.5 )")).endsWith(
                    "(w of IndicatorFact is a Fraction; maybe compare it with Fraction.parse(\"2.5\"))");
        }

        @Test
        void aCodeComparedWithTextIsToldHowToCompare() {
            // The compiler says only that a method of its generated code takes neither an IndicatorCode nor text.
            assertThat(compilerMessage("$i : IndicatorFact( code == \"1.1.1\" )")).startsWith("The method"
                    + " alphaIndexedBy(").endsWith("(code is an IndicatorCode, not text; maybe code.toString() =="
                    + " \"1.1.1\")");
            assertThat(compilerMessage("Achievement( indicator.code != \"2.1.1\" )"))
                    .endsWith("(indicator.code is an IndicatorCode, not text; maybe indicator.code.toString() !="
                            + " \"2.1.1\")");
        }

        @Test
        void aConstraintTheCompilerFailsOnIsAProblemOfItsFile() {
            // The compiler throws a NumberFormatException of its own on a number compared with text.
            assertThatThrownBy(() -> ScoringEngine.builder().rules("good.drl", HEADER + "rule \"Good\"\nwhen\n"
                    + "    IndicatorFact( )\nthen\nend\n").rules("text.drl", HEADER + "rule \"Text\"\nwhen\n"
                    + "    IndicatorFact( weight > \"x\" )\nthen\nend\n").build())
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                        assertThat(e.file()).isEqualTo("text.drl");
                        assertThat(e.compilerMessage()).startsWith("The compiler failed on it (NumberFormatException: ")
                                .endsWith("); maybe a constraint compares a number with text");
                    });
        }

        private static String compilerMessage(String pattern) {
            return compilerMessage(HEADER, pattern, "");
        }

        private static String compilerMessage(String header, String pattern, String consequence) {
            RuleSource source = RuleSource.of("hint.drl", header + "rule \"Hinted\"\nwhen\n    " + pattern
                    + "\nthen\n    " + consequence + "\nend\n");
            try {
                ScoringEngine.builder().rules(source).build();
            } catch (RuleCompilationException e) {
                assertThat(e.rule()).contains("Hinted");
                return e.compilerMessage();
            }
            throw new AssertionError("compiled: " + pattern);
        }

        @Test
        void aTypeErrorInTheConsequenceIsTracedBackToTheDrl() {
            assertThatThrownBy(() -> ScoringEngine.builder().rules("consequence.drl", HEADER + """
                    rule "Unknown class"
                    when
                        $i : IndicatorFact( )
                    then
                        insert( new ScoreAdjustmnt( $i.index(), BigDecimal.ZERO, "typo" ) );
                    end
                    """).build())
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                        assertThat(e.file()).isEqualTo("consequence.drl");
                        assertThat(e.line()).hasValue(11);
                        assertThat(e.rule()).contains("Unknown class");
                        assertThat(e.compilerMessage()).contains("ScoreAdjustmnt");
                    });
        }

        @Test
        void everyErrorOfOneFileIsReportedWithItsLine() {
            assertThatThrownBy(() -> ScoringEngine.builder().rules("three.drl", HEADER + """
                    rule "Misspelled field"
                    when
                        $i : IndicatorFact( wieght > 3 )
                    then
                    end

                    rule "Unknown fact"
                    when
                        Nothing( )
                    then
                    end

                    rule "Unknown class"
                    when
                        $i : IndicatorFact( )
                    then
                        insert( new ScoreAdjustmnt( $i.index(), BigDecimal.ZERO, "typo" ) );
                    end
                    """).build())
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                        assertThat(e.problems()).extracting(RuleCompilationException.Problem::rule)
                                .containsExactly("Misspelled field", "Unknown fact", "Unknown class");
                        assertThat(e.problems()).extracting(RuleCompilationException.Problem::line)
                                .containsExactly(9, 15, 23);
                        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("three.drl"));
                        assertThat(e.getMessage()).contains("(and 2 more problems)");
                    });
        }

        @Test
        void everyProblemIsListed() {
            assertThatThrownBy(() -> ScoringEngine.builder()
                    .rules("a.drl", HEADER + "rule \"A\"\nwhen\n    Nothing( )\nthen\nend\n")
                    .rules("b.drl", HEADER + "rule \"B\"\nwhen\n    AlsoNothing( )\nthen\nend\n").build())
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                        assertThat(e.problems()).extracting(RuleCompilationException.Problem::file)
                                .contains("a.drl", "b.drl");
                        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).as("the pattern's line").isEqualTo(9));
                    });
        }
    }

    @Nested
    class RulesThatFailWhileScoring {

        @Test
        void aLegalPlanOfManyEmptyAreasIsScoredNotTakenForALoop() {
            // 1,201 areas without activities: each fires rules of its own, more than 1,000 firings in all,
            // which a limit that counted only indicators took for a runaway rule.
            MutableList<Area> areas = Lists.mutable.empty();
            for (int a = 1; a <= 1_201; a++) {
                areas.add(new Area(AreaCode.of(a), BilingualText.bengali("ক্ষেত্র"), Weight.of(0), Lists.immutable.empty()));
            }
            ActionPlan empty = new ActionPlan(Office.named("office"), Plans.YEAR, PlanKind.OTHER, Optional.empty(),
                    Optional.of(Quarter.Q3), areas.toImmutable());
            Scorecard card = ScoringEngine.defaults().score(empty, Plans.Q3);
            assertThat(card.areas()).hasSize(1_201);
            assertThat(card.totalScore()).isEqualByComparingTo("0");
        }

        @Test
        void aRuleThatThrowsWithoutAMessageIsReportedByItsNameAndTheOfficeNotByAJavaClass() {
            ScoringEngine engine = ScoringEngine.builder().rules("npe.drl", HEADER + """
                    rule "Gives up"
                    when
                        IndicatorFact( )
                    then
                        throw new UnsupportedOperationException();
                    end
                    """).build();
            assertThatThrownBy(() -> engine.score(plan(count().build()), Plans.Q3))
                    .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                        assertThat(e.rule()).isEqualTo("Gives up");
                        assertThat(e.getMessage()).isEqualTo("The rule \"Gives up\" failed scoring the plan of office"
                                + " (office): it gave no reason");
                        assertThat(e.getCause()).isInstanceOf(UnsupportedOperationException.class);
                    });
        }

        @Test
        void aRuleThatThrowsIsNamedAndTheEngineStaysUsable() {
            ScoringEngine engine = ScoringEngine.builder().rules("boom.drl", HEADER + """
                    rule "Explodes on 1.1.2"
                    when
                        IndicatorFact( code.toString() == "1.1.2" )
                    then
                        throw new IllegalStateException( "boom" );
                    end
                    """).build();
            ActionPlan bad = plan(count().build(), count().build().withCode(IndicatorCode.of(1, 1, 2)));
            assertThatThrownBy(() -> engine.score(bad, Plans.Q3))
                    .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                        assertThat(e.rule()).isEqualTo("Explodes on 1.1.2");
                        assertThat(e.getMessage()).isEqualTo("The rule \"Explodes on 1.1.2\" failed scoring the plan of"
                                + " office (office): boom");
                    });
            assertThat(engine.score(plan(count().build()), Plans.Q3).totalScore()).isEqualByComparingTo("3");
        }

        @Test
        void aLoopIsStoppedNamedAndTheEngineStaysUsable() {
            ScoringEngine engine = ScoringEngine.builder().maxFirings(5_000).rules("loop.drl", HEADER + """
                    declare Tick
                        n : int
                    end

                    rule "Start ticking"
                    when
                        IndicatorFact( weight > 100 )
                    then
                        insert( new Tick( 0 ) );
                    end

                    rule "Tick forever"
                    when
                        $t : Tick( )
                    then
                        delete( $t );
                        insert( new Tick( $t.getN() + 1 ) );
                    end
                    """).build();
            ActionPlan looping = plan(count().weight("200").build());
            assertThatThrownBy(() -> engine.score(looping, Plans.Q3))
                    .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                        assertThat(e.rule()).isEqualTo("Tick forever");
                        assertThat(e.getMessage()).contains("more than 5000 times").contains("Maybe it loops");
                    });
            assertThat(engine.score(plan(count().build()), Plans.Q3).totalScore()).isEqualByComparingTo("3");
        }

        /** Three count indicators, 1.1.1 to 1.1.3. */
        private static ActionPlan threeIndicators() {
            return plan(count().build(), count().build().withCode(IndicatorCode.of(1, 1, 2)),
                    count().build().withCode(IndicatorCode.of(1, 1, 3)));
        }

        @Test
        void anEngineOfCharterRulesAloneKeepsTheFiringLimitThoughItFiresWithoutTheAgenda() {
            // Charter's rules alone fire without Drools' agenda (DirectFiringOption), which leaves no firing to
            // sample once the limit is passed: the rule is still named. These three indicators take seven
            // firings (an achievement and a score each, and a finding); one indicator fewer than five.
            ScoringEngine engine = ScoringEngine.builder().maxFirings(5).build();
            ActionPlan three = threeIndicators();
            assertThatThrownBy(() -> engine.score(three, Plans.Q3))
                    .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                        assertThat(engine.ruleNames()).contains(e.rule());
                        assertThat(e.getMessage()).startsWith("The rules fired more than 5 times scoring the plan of"
                                + " office (office) (7 in all); the rule that fired most was \"" + e.rule()
                                + "\" (3 times). Maybe the engine's maxFirings is too low for the plan");
                    });
            assertThat(engine.score(plan(count().build()), Plans.Q3).totalScore()).isEqualByComparingTo("3");
        }

        @Test
        void anEngineOfCharterRulesAloneKeepsTheFactLimitThoughItFiresWithoutTheAgenda() {
            // The seven facts these three indicators' rules insert pass a limit of three at the fourth.
            ScoringEngine engine = ScoringEngine.builder().maxFacts(3).build();
            ActionPlan three = threeIndicators();
            assertThatThrownBy(() -> engine.score(three, Plans.Q3))
                    .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                        assertThat(engine.ruleNames()).contains(e.rule());
                        assertThat(e.getMessage()).isEqualTo("The rule \"" + e.rule() + "\" inserted the fact that"
                                + " took the rules past 3 facts scoring the plan of office (office). Maybe it inserts"
                                + " in a loop that does not end");
                    });
            assertThat(engine.score(plan(count().build()), Plans.Q3).totalScore()).isEqualByComparingTo("3");
        }

        @Test
        void aRuleThatMultipliesItsFactsIsStoppedByTheFiringLimitNamedAndTheEngineStaysUsable() {
            ScoringEngine engine = ScoringEngine.builder().rules("spawn.drl", HEADER + """
                    declare Spawn
                        n : int
                    end

                    rule "Start spawning"
                    when
                        IndicatorFact( weight > 100 )
                    then
                        insert( new Spawn( 0 ) );
                    end

                    rule "Spawn ten"
                    when
                        $s : Spawn( )
                    then
                        for (int i = 0; i < 10; i++) {
                            insert( new Spawn( $s.getN() + 1 ) );
                        }
                    end
                    """).build();
            ActionPlan spawning = plan(count().weight("200").build());
            // Each firing inserts ten facts that fire again: without the limit, 10^n facts after n rounds.
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    assertThatThrownBy(() -> engine.score(spawning, Plans.Q3))
                            .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                                assertThat(e.rule()).isEqualTo("Spawn ten");
                                assertThat(e.getMessage()).contains("more than " + firingLimit(spawning) + " times").contains("\"Spawn ten\"");
                            }));
            assertThat(engine.score(plan(count().build()), Plans.Q3).totalScore()).isEqualByComparingTo("3");
        }

        @Test
        void aRuleThatInsertsWithoutEndInOneFiringIsStoppedByTheFactLimitNamedAndTheEngineStaysUsable() {
            ScoringEngine engine = ScoringEngine.builder().rules("flood.drl", HEADER + """
                    declare Drop
                        n : int
                    end

                    rule "Flood"
                    when
                        IndicatorFact( weight > 100 )
                    then
                        int n = 0;
                        while (true) {
                            insert( new Drop( n++ ) );
                        }
                    end
                    """).build();
            ActionPlan flooding = plan(count().weight("200").build());
            // One firing that never returns: the firing limit cannot see it; without the fact limit the heap fills.
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    assertThatThrownBy(() -> engine.score(flooding, Plans.Q3))
                            .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                                assertThat(e.rule()).isEqualTo("Flood");
                                assertThat(e.getMessage()).isEqualTo("The rule \"Flood\" inserted the fact that took the"
                                        + " rules past " + (10 * firingLimit(flooding) + 10_000) + " facts scoring the plan of office (office)."
                                        + " Maybe it inserts in a loop that does not end");
                            }));
            assertThat(engine.score(plan(count().build()), Plans.Q3).totalScore()).isEqualByComparingTo("3");
        }

        @Test
        void theFactLimitIsTheAuthorsToSetAndRulesWithinItScore() {
            String hundredEach = HEADER + """
                    declare Note
                        n : int
                    end

                    rule "Note a hundred things"
                    when
                        IndicatorFact( )
                    then
                        for (int i = 0; i < 100; i++) {
                            insert( new Note( i ) );
                        }
                    end
                    """;
            ActionPlan two = plan(count().build(), count().build().withCode(IndicatorCode.of(1, 1, 2)));
            Scorecard card = ScoringEngine.builder().rules("notes.drl", hundredEach).build().score(two, Plans.Q3);
            assertThat(card.totalScore()).isEqualByComparingTo("6");
            ScoringEngine strict = ScoringEngine.builder().maxFacts(150).rules("notes.drl", hundredEach).build();
            assertThatThrownBy(() -> strict.score(two, Plans.Q3))
                    .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
                        assertThat(e.rule()).isEqualTo("Note a hundred things");
                        assertThat(e.getMessage()).contains("past 150 facts");
                    });
            assertThatThrownBy(() -> ScoringEngine.builder().maxFacts(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The fact limit must be at least 1, not 0");
        }

        @Test
        void aDisabledRuleWithoutReplacementIsReported() {
            ScoringEngine engine = ScoringEngine.builder().disableRule("Score a single target").build();
            assertThatThrownBy(() -> engine.score(plan(count().build()), Plans.Q3))
                    .isInstanceOf(RuleExecutionException.class)
                    .hasMessageContaining("No rule scored indicator 1.1.1");
        }
    }

    /** The default firing limit, as the builder's documentation states it. */
    private static long firingLimit(ActionPlan plan) {
        return 1_000 + 200 * ScoringEngine.planFacts(plan);
    }

    @Test
    void theFactsOfAPlanCountItsContextAreasActivitiesIndicatorsAndValues() {
        // The context, one area, one activity, one indicator and its three reported quarters.
        assertThat(ScoringEngine.planFacts(plan(count().build()))).isEqualTo(7);
        assertThat(ScoringEngine.planFacts(plan(count().reported(new Reported(Value.of(3), Optional.of(dec("75")),
                Optional.empty(), Optional.empty(), Optional.empty())).build()))).isEqualTo(9);
    }

    @Nested
    class DisablingAndReplacingRules {

        @Test
        void aDisabledFindingIsNotReported() {
            ActionPlan over = plan(count().quarters(quarters(2, 2, 2, null)).build());
            assertThat(Plans.has(Plans.score(over), "OVER_ACHIEVEMENT")).isTrue();
            ScoringEngine quiet = ScoringEngine.builder().disableRule("OVER_ACHIEVEMENT").build();
            assertThat(quiet.score(over, Plans.Q3).findings()).isEmpty();
            assertThat(quiet.ruleNames()).doesNotContain("OVER_ACHIEVEMENT");
        }

        @Test
        void aReplacedRuleDoesItsWorkAnotherWay() {
            ScoringEngine doubled = ScoringEngine.builder().replaceRule("Score a single target",
                    RuleSource.of("all-or-nothing.drl", HEADER + """
                            import org.citizencharter.rules.internal.Formulas;
                            rule "All or nothing"
                            when
                                $i : IndicatorFact( targetKind == TargetKind.SINGLE, targetUsable )
                                $a : Achievement( index == $i.index, amount != null )
                            then
                                boolean met = $a.amount().compareTo( $i.annualTarget() ) >= 0;
                                insert( new IndicatorScore( $i, ScoreStatus.SCORED, met ? $i.w() : Fraction.ZERO,
                                        Fraction.ZERO, "ALL_OR_NOTHING", "all or nothing", null, "All or nothing" ) );
                            end
                            """)).build();
            assertThat(doubled.score(plan(count().build()), Plans.Q3).totalScore()).isZero();
            assertThat(doubled.score(plan(count().quarters(quarters(2, 2, 0, null)).build()), Plans.Q3).totalScore())
                    .isEqualByComparingTo("4");
        }

        @Test
        void unknownOrClashingNamesAreMisuse() {
            assertThatThrownBy(() -> ScoringEngine.builder().disableRule("Score everything").build())
                    .isInstanceOf(CharterException.class)
                    .hasMessageContaining("no default rule named \"Score everything\"")
                    .hasMessageContaining("Score a single target");
            assertThatThrownBy(() -> ScoringEngine.builder().rules("clash.drl", HEADER + """
                    rule "OVER_ACHIEVEMENT"
                    when
                        IndicatorFact( )
                    then
                    end
                    """).build())
                    .isInstanceOf(CharterException.class)
                    .hasMessageContaining("replaceRule(\"OVER_ACHIEVEMENT\"");
        }

        @Test
        void authorsAddFindingsOfTheirOwn() {
            ScoringEngine engine = ScoringEngine.builder()
                    .policy(ScoringPolicy.defaults().toBuilder().severity("NO_EVIDENCE", Severity.ERROR).build())
                    .rules("evidence.drl", HEADER + """
                            rule "Evidence required"
                            when
                                $c : ScoringContext( )
                                $i : IndicatorFact( indicator.reported().evidence().isEmpty() )
                            then
                                insert( $c.finding( "NO_EVIDENCE", Severity.WARNING,
                                        MessageTemplate.of( "সূচক {indicator}-এর প্রমাণক নেই।", "Indicator {indicator} has no evidence." ) )
                                        .area( $i.area() ).indicator( $i.code() ).build() );
                            end
                            """).build();
            Finding finding = engine.score(plan(count().build()), Plans.Q3).findings().getOnly();
            assertThat(finding.id()).isEqualTo("NO_EVIDENCE");
            assertThat(finding.severity()).as("the policy's severity").isEqualTo(Severity.ERROR);
            assertThat(finding.message().bn()).isEqualTo("সূচক [১.১.১]-এর প্রমাণক নেই।");
            assertThat(engine.score(plan(count().reported(Reported.NONE.withEvidence("minutes")).build()), Plans.Q3)
                    .findings()).isEmpty();
        }
    }

    @Nested
    class Policies {

        private final ScoringPolicy apa = ScoringPolicy.defaults().toBuilder().id("apa").version("2019.1")
                .fiscalYears(FiscalYearRange.until(FiscalYear.of(2024))).build();
        private final ScoringPolicy gpms = ScoringPolicy.defaults().toBuilder().id("gpms").version("2025.1")
                .fiscalYears(FiscalYearRange.from(FiscalYear.of(2025)))
                .severity("QUARTER_MISSING", Severity.ERROR).build();
        private final ScoringEngine engine = ScoringEngine.builder().policy(apa).policy(gpms).build();

        @Test
        void theFiscalYearChoosesThePolicy() {
            ActionPlan apaPlan = plan(count().quarters(quarters(null, 1, 1, null)).build());
            ActionPlan gpmsPlan = new ActionPlan(apaPlan.office(), FiscalYear.of(2025), apaPlan.kind(),
                    apaPlan.declaredTotal(), apaPlan.asOf(), apaPlan.areas());
            Scorecard old = engine.score(apaPlan, Plans.Q3);
            Scorecard now = engine.score(gpmsPlan, ReportingPeriod.of(FiscalYear.of(2025), Quarter.Q3));
            assertThat(old.policy().id()).isEqualTo("apa");
            assertThat(now.policy().id()).isEqualTo("gpms");
            assertThat(old.findings().getOnly().severity()).isEqualTo(Severity.WARNING);
            assertThat(now.findings().getOnly().severity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void aYearNoPolicyGovernsIsAClearErrorUnlessThereIsAFallback() {
            ScoringEngine apaOnly = ScoringEngine.builder().policy(apa).build();
            ActionPlan later = new ActionPlan(plan(count().build()).office(), FiscalYear.of(2025),
                    plan(count().build()).kind(), plan(count().build()).declaredTotal(), plan(count().build()).asOf(),
                    plan(count().build()).areas());
            assertThatThrownBy(() -> apaOnly.score(later))
                    .isInstanceOf(CharterException.class)
                    .hasMessageContaining("No scoring policy governs the fiscal year 2025-26")
                    .hasMessageContaining("apa ..2024-25")
                    .hasMessageContaining("Maybe add a policy");
            ScoringEngine withFallback = ScoringEngine.builder().policy(apa).fallbackPolicy(ScoringPolicy.defaults()).build();
            assertThat(withFallback.score(later).policy().id()).isEqualTo(ScoringPolicy.DEFAULT_ID);
        }

        @Test
        void aFallbackAloneGovernsEveryYear() {
            ScoringEngine fallbackOnly = ScoringEngine.builder().fallbackPolicy(apa).build();
            assertThat(fallbackOnly.policies()).isEmpty();
            assertThat(fallbackOnly.policyFor(FiscalYear.of(2025))).isEqualTo(apa);
            assertThat(fallbackOnly.score(plan(count().build())).policy().id()).isEqualTo(apa.id());
        }

        @Test
        void overlappingPoliciesAreMisuse() {
            assertThatThrownBy(() -> ScoringEngine.builder().policy(apa).policy(ScoringPolicy.defaults()).build())
                    .isInstanceOf(CharterException.class).hasMessageContaining("govern the same fiscal years");
        }

        @Test
        void toleranceAndEmptyQuartersArePolicy() {
            ActionPlan rounded = plan(count().reported(Reported.NONE.withActual(Value.of(dec("3.1")))).build());
            assertThat(Plans.has(Plans.score(rounded), "REPORTED_TOTAL_MISMATCH")).isTrue();
            ScoringEngine lenient = ScoringEngine.builder()
                    .policy(ScoringPolicy.defaults().toBuilder().tolerance(dec("0.1")).build()).build();
            assertThat(Plans.has(lenient.score(rounded, Plans.Q3), "REPORTED_TOTAL_MISMATCH")).isFalse();

            ActionPlan gap = plan(count().quarters(quarters(null, 1, 1, null)).build());
            assertThat(Plans.only(Plans.score(gap)).targetToDate()).as("3 quarters due").isEqualTo(Value.of(3));
            ScoringEngine reportedOnly = ScoringEngine.builder()
                    .policy(ScoringPolicy.defaults().toBuilder().missingQuarterCountsZero(false).build()).build();
            assertThat(reportedOnly.score(gap, Plans.Q3).indicators().getOnly().targetToDate())
                    .as("only the two quarters reported are due").isEqualTo(Value.of(2));
        }
    }

    @Test
    void aPlanMustSayItsQuarterOrBeGivenOne() {
        ActionPlan plan = plan(count().build());
        ActionPlan undated = new ActionPlan(plan.office(), plan.fiscalYear(), plan.kind(), plan.declaredTotal(),
                java.util.Optional.empty(), plan.areas());
        assertThatThrownBy(() -> ScoringEngine.defaults().score(undated))
                .isInstanceOf(CharterException.class).hasMessageContaining("does not say which quarter");
        assertThatThrownBy(() -> ScoringEngine.defaults().score(plan, ReportingPeriod.parse("2022-23 Q3")))
                .isInstanceOf(CharterException.class).hasMessageContaining("Maybe score it as of 2023-24 Q3");
    }

    @Test
    void scoringManyPlansIsLazy() {
        AtomicInteger produced = new AtomicInteger();
        PlanGenerator generator = PlanGenerator.using(new java.util.SplittableRandom(7));
        Iterable<ActionPlan> plans = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ActionPlan next() {
                produced.incrementAndGet();
                return generator.plan();
            }
        };
        Iterator<Scorecard> cards = ScoringEngine.defaults().scoreAll(plans).iterator();
        cards.next();
        cards.next();
        assertThat(produced.get()).isEqualTo(2);
        List<Scorecard> fromStream = new ArrayList<>();
        ScoringEngine.defaults().scoreAll(java.util.stream.Stream.generate(generator::plan)).limit(3).forEach(fromStream::add);
        assertThat(fromStream).hasSize(3);
    }

    @Test
    void anIndicatorExplainsItself() {
        var result = Plans.only(Plans.score(plan(count().weight("3").build())));
        assertThat(result.method()).isEqualTo(org.citizencharter.core.CalculationMethod.SUM);
        assertThat(result.achieved()).isEqualTo(Value.of(3));
        assertThat(result.annualTarget()).isEqualTo(Value.of(4));
        assertThat(result.targetToDate()).isEqualTo(Value.of(3));
        assertThat(result.explanation().detail()).isEqualTo("w × min(1, A / T) = 3 × min(1, 3 / 4)");
        assertThat(result.explanation().band()).isEmpty();
        assertThat(QuarterValues.NONE.anyReported()).isFalse();
    }
}
