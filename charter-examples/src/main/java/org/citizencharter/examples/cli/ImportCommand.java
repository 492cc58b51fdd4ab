package org.citizencharter.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citizencharter.io.CharterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter import TABLE}: an office's table as a JSON plan document. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an office's table (TSV, CSV or Markdown) and print it as a JSON plan document.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", description = "The table.")
    Path file;

    @Mixin
    PlanOptions plan;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CharterJson.standard().writePlan(plan.read(file)));
        spec.commandLine().getOut().flush();
        return CharterCommand.DONE;
    }
}
