package org.citizencharter.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter score FILE}: the scorecard of one plan. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score a plan: a JSON plan document, or an office's table (TSV, CSV, Markdown, Excel .xlsx"
                + " or .xls, Word .docx or .doc, a web page or a PDF).")
final class ScoreCommand implements Callable<Integer> {

    @Mixin
    ScoredPlan scored;

    @Mixin
    LanguageOption language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable scorecard) or json (the scorecard document, and nothing else)."
                    + " Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "OUT", defaultValue = "-",
            description = "Where the scorecard goes: a file (never the plan), or - for standard output (the default).")
    String out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Terminal terminal = CharterCommand.terminal(spec);
        Output output = Output.of(out, scored.files());
        Scorecard card = scored.score(terminal);
        String text = format == OutputFormat.json ? CharterJson.standard().writeScorecard(card) + "\n"
                : ScorecardText.render(card, language.language());
        output.write(terminal, bytes -> bytes.write(text.getBytes(StandardCharsets.UTF_8)));
        return CharterCommand.DONE;
    }

    /** The output formats. */
    enum OutputFormat {
        text, json
    }
}
