package org.citizencharter.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.io.CharterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter import TABLE}: an office's table as a JSON plan document. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an office's table (TSV, CSV or Markdown) and print it as a JSON plan document.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", description = "The table, or - for standard input.")
    String file;

    @Option(names = "--out", paramLabel = "OUT", defaultValue = "-",
            description = "Where the plan document goes: a file (never the table), or - for standard output (the"
                    + " default).")
    String out;

    @Mixin
    PlanOptions plan;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Terminal terminal = CharterCommand.terminal(spec);
        Output output = Output.of(out, file.equals("-") ? List.of() : List.of(Path.of(file)));
        ActionPlan read;
        try (Input input = Input.open(file, terminal)) {
            read = plan.read(input);
        }
        // Written as bytes, not first as a string: a plan of 300,000 indicators is 100 MB of JSON.
        output.write(terminal, bytes -> {
            CharterJson.standard().writePlan(read, bytes);
            bytes.write('\n');
        });
        return CharterCommand.DONE;
    }
}
