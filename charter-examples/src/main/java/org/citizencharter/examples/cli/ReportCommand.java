package org.citizencharter.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Output output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where the report goes. */
    static final class Output {
        @Option(names = "--html", paramLabel = "OUT", description = "Write a self-contained HTML file.")
        Path html;

        @Option(names = "--markdown", paramLabel = "OUT", arity = "0..1", fallbackValue = "-",
                description = "Write Markdown to OUT, or to standard output.")
        String markdown;
    }

    @Override
    public Integer call() {
        Scorecard card = scored.score();
        ProgressReport report = ProgressReport.of(scored.plan(), card).withNotes(scored.notes());
        Language lang = language.language();
        if (output.html != null) {
            write(output.html, report.toHtml(lang));
            spec.commandLine().getErr().println(Messages.say(lang, "report.wrote", output.html));
        } else if (output.markdown.equals("-")) {
            spec.commandLine().getOut().print(report.toMarkdownReport(lang));
            spec.commandLine().getOut().flush();
        } else {
            write(Path.of(output.markdown), report.toMarkdownReport(lang));
            spec.commandLine().getErr().println(Messages.say(lang, "report.wrote", output.markdown));
        }
        return CharterCommand.DONE;
    }

    private static void write(Path out, String text) {
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
