package org.citizencharter.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Scorecard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The plan a command scores, how it is read, and what scores it: shared by score, validate and report. */
final class ScoredPlan {

    @Parameters(paramLabel = "FILE", descriptionKey = "param.plan",
            description = "The plan: JSON, or a table (TSV, CSV, Markdown, .xlsx, .xls, .docx,"
            + " .doc, .html, .pdf); - for standard input.")
    String file;

    @Mixin
    PlanOptions plan;

    @Mixin
    EngineOptions engine;

    private ActionPlan read;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The plan, read once.
     *
     * @param terminal the command's streams (standard input for -)
     * @return the plan, as of the period to score
     */
    ActionPlan plan(Terminal terminal) {
        if (read == null) {
            try (Input input = Input.open(file, terminal)) {
                read = plan.read(input);
            }
            if (spec != null) {
                plan.printNotes(file, spec.commandLine().getErr(), language());
            }
        }
        return read;
    }

    /**
     * The files the command reads, which no output may be.
     *
     * @return the plan's file, unless standard input, and the engine's files
     */
    List<Path> files() {
        List<Path> files = new ArrayList<>(engine.files());
        if (!file.equals("-")) {
            files.add(Path.of(file));
        }
        return files;
    }

    /**
     * The notes of reading the plan's table, as a person reads them in the run's language; call after the plan is
     * read.
     *
     * @return the notes, empty for a JSON plan
     */
    List<String> notes() {
        return plan.notes().collect(note -> Messages.note(language(), note)).castToList();
    }

    /** The language of the run, which --lang after the command or before it chose. */
    private org.citizencharter.core.Language language() {
        return spec == null ? org.citizencharter.core.Language.EN
                : ((CharterCommand) spec.root().userObject()).language();
    }

    /**
     * The plan's scorecard.
     *
     * @param terminal the command's streams (standard input for -)
     * @return the scorecard
     */
    Scorecard score(Terminal terminal) {
        if (!engine.isDefault()) {
            // The user's rules and policies are read first, so that their errors are said before the plan's.
            engine.engine();
        }
        // The default engine is meanwhile being built on another thread (CharterCommand.main).
        ActionPlan read = plan(terminal);
        return engine.engine().score(read, PlanOptions.period(read));
    }
}
