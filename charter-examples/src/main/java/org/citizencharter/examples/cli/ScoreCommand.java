package org.citizencharter.examples.cli;

import java.util.concurrent.Callable;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter score FILE}: the scorecard of one plan. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score a plan: a JSON plan document, or an office's table (TSV, CSV or Markdown).")
final class ScoreCommand implements Callable<Integer> {

    @Mixin
    ScoredPlan scored;

    @Mixin
    LanguageOption language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable scorecard) or json (the scorecard document, and nothing else)."
                    + " Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Scorecard card = scored.score();
        if (format == OutputFormat.json) {
            spec.commandLine().getOut().print(CharterJson.standard().writeScorecard(card));
        } else {
            spec.commandLine().getOut().print(ScorecardText.render(card, language.language()));
        }
        spec.commandLine().getOut().flush();
        return CharterCommand.DONE;
    }

    /** The output formats. */
    enum OutputFormat {
        text, json
    }
}
