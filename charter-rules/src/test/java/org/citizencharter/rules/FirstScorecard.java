package org.citizencharter.rules;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.SeedPlans;

/**
 * Measures, in a fresh JVM, the time from the JVM's start to the first scorecard: with the rules
 * precompiled at build time ({@code precompiled}), or with the same DRL compiled at run time
 * ({@code runtime}). Run it once per JVM:
 *
 * <pre>
 * java -cp ... org.citizencharter.rules.FirstScorecard precompiled
 * java -cp ... org.citizencharter.rules.FirstScorecard runtime
 * </pre>
 */
public final class FirstScorecard {

    private FirstScorecard() {
    }

    private static List<String> ruleNamesOfDefaults() {
        List<String> names = new ArrayList<>();
        org.citizencharter.rules.internal.DefaultRules.model().getRules().forEach(rule -> names.add(rule.getName()));
        return names;
    }

    /**
     * Scores the Cox's Bazar plan once and prints the milliseconds since the JVM started.
     *
     * @param args {@code precompiled} or {@code runtime}
     */
    public static void main(String[] args) {
        boolean runtime = args.length > 0 && args[0].equals("runtime");
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        ScoringEngine engine;
        if (runtime) {
            // The same DRL, compiled now: the default rules disabled, their source added under another
            // package name (a rule's identity is its package and name).
            ScoringEngine.Builder builder = ScoringEngine.builder();
            for (String file : List.of("aggregation", "scoring", "consistency", "rollup")) {
                RuleSource source = RuleSource.fromClasspath("org/citizencharter/rules/" + file + ".drl");
                builder.rules(RuleSource.of(source.name(), source.drl().replace("package org.citizencharter.rules;",
                        "package org.citizencharter.rules.runtime;")));
            }
            for (String rule : ruleNamesOfDefaults()) {
                builder.disableRule(rule);
            }
            engine = builder.build();
        } else {
            engine = ScoringEngine.defaults();
        }
        Scorecard card = engine.score(SeedPlans.coxsBazar(), ReportingPeriod.parse("2022-23 Q3"));
        long elapsed = System.currentTimeMillis() - start;
        System.out.printf("%s: first scorecard (total %s) %d ms after the JVM started%n",
                runtime ? "runtime" : "precompiled", card.totalScore().setScale(2, java.math.RoundingMode.HALF_UP), elapsed);
    }
}
