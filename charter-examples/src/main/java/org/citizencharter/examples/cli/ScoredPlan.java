package org.citizencharter.examples.cli;

import java.nio.file.Path;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The plan a command scores, how it is read, and what scores it: shared by score, validate and report. */
final class ScoredPlan {

    @Parameters(paramLabel = "FILE", description = "The plan: JSON, or a table (TSV, CSV, Markdown, .xlsx, .docx, .html, .pdf).")
    Path file;

    @Mixin
    PlanOptions plan;

    @Mixin
    EngineOptions engine;

    private ActionPlan read;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The notes that say how the plan's table was read.
     *
     * @return the notes; empty for a JSON plan
     */
    org.eclipse.collections.api.list.ImmutableList<org.citizencharter.io.table.TableNote> notes() {
        plan();
        return plan.notes();
    }

    /**
     * The plan, read once.
     *
     * @return the plan, as of the period to score
     */
    ActionPlan plan() {
        if (read == null) {
            read = plan.read(file);
            if (spec != null) {
                plan.printNotes(file, spec.commandLine().getErr());
            }
        }
        return read;
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
