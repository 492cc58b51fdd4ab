package org.citizencharter.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;

/**
 * Score a stream of plans: read JSON Lines lazily, score each, write each scorecard as a line, holding
 * one plan at a time, whatever the number of plans.
 */
public final class BatchScoringExample {

    private BatchScoringExample() {
    }

    /**
     * Scores the district's plans to standard output as JSON Lines.
     *
     * @param args the plans (default: the sample district's)
     * @throws IOException if the plans cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path input = args.length > 0 ? Path.of(args[0]) : Samples.path("district/plans-2023-24-q3.jsonl");
        OutputStream output = System.out;
        // --8<-- [start:batch]
        CharterJson json = CharterJson.standard();
        ScoringEngine engine = ScoringEngine.defaults();
        try (InputStream in = Files.newInputStream(input)) {
            Stream<ActionPlan> plans = json.readPlans(in, input.toString());     // lazy
            Stream<Scorecard> cards = engine.scoreAll(plans);                    // lazy
            long written = json.writeScorecards(cards, output);                  // one line each
            System.err.println(written + " scorecards");
        }
        // --8<-- [end:batch]
    }
}
