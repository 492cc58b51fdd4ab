package org.citizencharter.examples.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The training run of {@code ./charter}'s class-data archive: in one JVM, the commands an officer runs
 * most, on the bundled samples, their output discarded, so that the archive holds the classes each of
 * them loads. A class the training did not load is read from the jar on every start: trained on a table
 * alone, scoring a JSON plan loaded some 300 classes from the jar (Jackson's reading, charter's JSON)
 * and took about a quarter more processor time (docs/performance.md). Not part of charter's API.
 */
public final class Training {

    private Training() {
    }

    /**
     * Runs the commands.
     *
     * @param args the directory of the samples ({@code charter-examples/samples})
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("Give the directory of the samples");
        }
        Path samples = Path.of(args[0]);
        String table = samples.resolve("coxsbazar-cc-2022-23-q3.tsv").toString();
        String plan = samples.resolve("coxsbazar-cc-2022-23-q3.json").toString();
        PrintStream discarded = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        List<String[]> commands = List.of(
                new String[] {"score", table, "--fiscal-year", "2022-23", "--as-of", "Q3"},
                new String[] {"score", plan},
                new String[] {"score", plan, "--format", "json"},
                new String[] {"validate", plan},
                new String[] {"report", plan, "--markdown"},
                new String[] {"score", plan, "--lang", "bn"});
        for (String[] command : commands) {
            int status = CharterCommand.run(command, discarded, discarded, Map.of());
            // validate says 1 when the plan has findings at --fail-on; anything else is a broken sample.
            if (status > CharterCommand.REFUSED) {
                throw new IllegalStateException("The training command " + String.join(" ", command)
                        + " ended with status " + status);
            }
        }
    }
}
