package org.citizencharter.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code charter} command: scores plans, checks them, imports tables, writes progress reports,
 * scores many plans in batch, and checks rule files.
 *
 * <p>Exit codes: 0 done (findings do not change it); 2 the input could not be read (the message names
 * the file, row, column or JSON pointer and the text); 3 {@code validate} found findings at or above
 * {@code --fail-on}; 1 anything else. No stack trace is printed unless {@code --debug} is given.
 */
@Command(name = "charter", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scores the performance plans of Bangladesh government offices and flags every"
                + " inconsistency in them.",
        subcommands = {ScoreCommand.class, ValidateCommand.class, ImportCommand.class, ReportCommand.class,
            BatchCommand.class, RulesCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (findings do not change it)",
            "1:anything else went wrong",
            "2:the input could not be read; the message says where and what",
            "3:validate found findings at or above --fail-on"})
public final class CharterCommand implements Callable<Integer> {

    /** Exit code: done. */
    public static final int DONE = 0;
    /** Exit code: anything else went wrong. */
    public static final int FAILED = 1;
    /** Exit code: the input could not be read. */
    public static final int UNREADABLE = 2;
    /** Exit code: validate found findings at or above --fail-on. */
    public static final int FINDINGS = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli fills its options. */
    public CharterCommand() {
        // options are filled by picocli
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return DONE;
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command without exiting.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CharterCommand root = new CharterCommand();
        CommandLine line = new CommandLine(root);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler(new Failures(root, err));
        line.setParameterExceptionHandler((failure, arguments) -> {
            err.println("charter: " + failure.getMessage());
            err.println("Try 'charter " + commandPath(failure.getCommandLine()) + "--help' for more.");
            return UNREADABLE;
        });
        return line.execute(args);
    }

    private static String commandPath(CommandLine line) {
        StringBuilder path = new StringBuilder();
        for (CommandLine each = line; each.getParent() != null; each = each.getParent()) {
            path.insert(0, each.getCommandName() + " ");
        }
        return path.toString();
    }
}
