package org.citizencharter.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.citizencharter.core.Language;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.report.ProgressReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter report FILE --html OUT}: the quarterly progress report, every computed column filled in. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the progress report (অগ্রগতি প্রতিবেদন) of a plan: HTML for printing, or Markdown;"
                + " in the language of --lang.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    ScoredPlan scored;

    @Mixin
    LanguageOption language;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where the report goes. */
    static final class Destination {
        @Option(names = "--html", paramLabel = "OUT",
                description = "Write a self-contained HTML file (never the plan), or - for standard output.")
        String html;

        @Option(names = "--markdown", paramLabel = "OUT", arity = "0..1", fallbackValue = "-",
                description = "Write Markdown to OUT (never the plan), or to standard output (- or nothing).")
        String markdown;
    }

    @Override
    public Integer call() {
        Terminal terminal = CharterCommand.terminal(spec);
        Output out = Output.of(output.html != null ? output.html : output.markdown, scored.files());
        Scorecard card = scored.score(terminal);
        ProgressReport report = ProgressReport.of(scored.plan(terminal), card).withNotes(scored.notes());
        Language lang = language.language();
        String text = output.html != null ? report.toHtml(lang) : report.toMarkdownReport(lang);
        String ended = text.endsWith("\n") ? text : text + "\n";
        out.write(terminal, bytes -> bytes.write(ended.getBytes(StandardCharsets.UTF_8)));
        if (!out.isStandardOutput()) {
            terminal.err().println(Messages.say(lang, "report.wrote", out.name()));
        }
        return CharterCommand.DONE;
    }
}
