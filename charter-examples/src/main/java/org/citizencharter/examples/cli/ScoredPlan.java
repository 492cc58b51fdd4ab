package org.citizencharter.examples.cli;

import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The plan a command scores, how it is read, and what scores it: shared by score, validate and report. */
final class ScoredPlan {

    @Parameters(paramLabel = "FILE", description = "The plan: JSON, or a table (TSV, CSV, Markdown).")
    Path file;

    @Mixin
    PlanOptions plan;

    @Mixin
    EngineOptions engine;

    private ActionPlan read;

    /**
     * The plan, read once.
     *
     * @return the plan, as of the period to score
     */
    ActionPlan plan() {
        if (read == null) {
            read = plan.read(file);
        }
        return read;
    }

    /**
     * The notes of reading the plan's table.
     *
     * @return the notes, empty for a JSON plan
     */
    java.util.List<String> notes() {
        plan();
        return plan.notes();
    }

    /**
     * The plan's scorecard.
     *
     * @return the scorecard
     */
    Scorecard score() {
        return engine.engine().score(plan(), PlanOptions.period(plan()));
    }
}
