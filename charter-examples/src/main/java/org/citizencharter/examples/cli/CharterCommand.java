package org.citizencharter.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.rules.ScoringEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code charter} command: scores plans, checks them, imports tables, writes progress reports, scores
 * many plans in batch, ranks several offices' scorecards, and checks rule files.
 *
 * <p>Exit statuses, the one table of every command ({@link #DONE} to {@link #BROKEN_PIPE}): 0 done;
 * 1 the input was refused (the message names the file, row, column or JSON pointer and the text), or
 * {@code validate} found findings at or above {@code --fail-on}; 2 a usage error; 3 a file could not be
 * read or written; 4 charter itself failed (out of memory, or a fault in charter); 141 standard output
 * was closed by the program reading it (nothing is printed). Every failure is one line on standard
 * error; a stack trace only with {@code --debug}.
 *
 * <p>The command reads and writes only the streams given to {@link #run(String[], InputStream,
 * OutputStream, PrintStream)}: {@link #main(String[])} is the one place that takes the process's own
 * standard streams.
 */
@Command(name = "charter", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scores the performance plans of Bangladesh government offices and flags every"
                + " inconsistency in them.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:done (findings do not change it)",
            " 1:the input was refused (the message says where and what), or validate found findings at or above"
                    + " --fail-on",
            " 2:usage error: an unknown option, a missing or wrong argument, an output that is an input",
            " 3:a file could not be read or written (missing, a directory, no permission, disk full)",
            " 4:charter itself failed: out of memory (give Java more with -Xmx) or a fault to report",
            "141:standard output was closed by the program reading it; nothing is printed"})
public final class CharterCommand implements Callable<Integer> {

    /** Exit status: done. */
    public static final int DONE = 0;
    /** Exit status: the input was refused, or validate found findings at or above --fail-on. */
    public static final int REFUSED = 1;
    /** Exit status: a usage error. */
    public static final int USAGE = 2;
    /** Exit status: a file could not be read or written. */
    public static final int FILE = 3;
    /** Exit status: charter itself failed (out of memory, or a fault in charter). */
    public static final int FAILED = 4;
    /** Exit status: standard output was closed by its reader (128 + SIGPIPE, as Unix tools end). */
    public static final int BROKEN_PIPE = 141;

    /**
     * The subcommands, in the order the usage lists them. They are added by {@link #commandLine(CharterCommand,
     * String[])} rather than named in {@code @Command}, so that a run builds picocli's model of the one it runs.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ScoreCommand.class, ValidateCommand.class,
            ImportCommand.class, ReportCommand.class, BatchCommand.class, RollupCommand.class, RulesCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * {@code charter --lang bn COMMAND …}: the language given before the command, as every subcommand takes
     * it after its name too ({@link LanguageOption}); the last one given wins.
     *
     * @param text bn or en
     */
    @Option(names = "--lang", paramLabel = "LANG",
            description = "The language of what a person reads: bn or en (default: $CHARTER_LANG, else en)."
                    + " Given here or after the command.")
    void setLanguage(String text) {
        try {
            language = Language.parse(text);
        } catch (InvalidInputException bad) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.say(language(), "lang.option", text));
        }
    }

    private Terminal terminal;

    /** The language chosen with --lang, if any. */
    Language language;

    /** The language of the environment: CHARTER_LANG, else English. */
    private Language environmentLanguage = Language.EN;

    /**
     * The language of what a person reads: --lang, else CHARTER_LANG, else English.
     *
     * @return the language
     */
    Language language() {
        return language != null ? language : environmentLanguage;
    }

    /** Creates the command; picocli fills its options. */
    public CharterCommand() {
        // options are filled by picocli
    }

    /** Bare {@code charter}: the usage, on standard error, as for any usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * The streams of the running command.
     *
     * @param spec any (sub)command's spec
     * @return the root command's streams
     */
    static Terminal terminal(CommandLine.Model.CommandSpec spec) {
        return ((CharterCommand) spec.root().userObject()).terminal;
    }

    /**
     * Runs the command on the process's standard streams and exits with its status. This is the seam
     * through which the command meets the process: nothing else reads {@code System.in} or writes
     * {@code System.out} and {@code System.err}.
     *
     * @param args the arguments
     */
    @SuppressForbidden
    public static void main(String[] args) {
        buildTheEngineAhead(args);
        System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.getenv()));
    }

    /**
     * Starts building the default engine on a thread of its own when the command will score with it ({@code
     * score}, {@code validate}, {@code report} with none of {@code --rules}, {@code --policy}, {@code
     * --fallback-policy}, and not asking for help), on a machine of two processors or more: Drools' rule base
     * is the largest piece of a one-plan run's start-up, and so it is built while picocli reads the command
     * line and the plan is read. The command asks for the same engine ({@link ScoringEngine#defaults()}),
     * waiting for it if it is not built yet; a failure here is left for the command to meet and report.
     */
    private static void buildTheEngineAhead(String[] args) {
        if (args.length == 0 || !List.of("score", "validate", "report").contains(args[0])
                || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        for (String arg : args) {
            if (arg.startsWith("--rules") || arg.startsWith("--policy") || arg.startsWith("--fallback-policy")
                    || List.of("-h", "--help", "-V", "--version").contains(arg)) {
                return;
            }
        }
        Thread ahead = new Thread(() -> {
            try {
                ScoringEngine.defaults();
            } catch (RuntimeException | Error left) {
                // the command builds the engine again and reports what fails
            }
        }, "charter-engine");
        ahead.setDaemon(true);
        ahead.start();
    }

    /**
     * Runs the command without exiting, with no standard input, in an empty environment.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err, Map.of());
    }

    /**
     * Runs the command without exiting, with no standard input, in an environment.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @param environment the environment variables the command reads ({@code CHARTER_LANG})
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return run(args, InputStream.nullInputStream(), out, err, environment);
    }

    /**
     * Runs the command without exiting.
     *
     * @param args the arguments
     * @param in standard input
     * @param out standard output: written through, and checked (a write that fails is exit status 3, a
     *     closed pipe 141)
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        return run(args, in, out, err, Map.of());
    }

    /**
     * Runs the command without exiting, in an environment.
     *
     * @param args the arguments
     * @param in standard input
     * @param out standard output, checked as in {@link #run(String[], InputStream, OutputStream, PrintStream)}
     * @param err standard error
     * @param environment the environment variables the command reads ({@code CHARTER_LANG})
     * @return the exit status
     */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err,
            Map<String, String> environment) {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(in, out, errors);
        CharterCommand root = new CharterCommand();
        root.terminal = terminal;
        String lang = environment.get("CHARTER_LANG");
        if (lang != null && !lang.isBlank()) {
            try {
                root.environmentLanguage = Language.parse(lang);
            } catch (InvalidInputException bad) {
                errors.println("charter: " + Messages.say(Language.EN, "lang.env", lang));
                return USAGE;
            }
        }
        Failures failures = new Failures(root, terminal);
        int status = DONE;
        try {
            CommandLine line = commandLine(root, args);
            if (helpLanguage(args, root.language()) == Language.BN) {
                line.setResourceBundle(ResourceBundle.getBundle("org.citizencharter.examples.cli.Help",
                        Locale.forLanguageTag("bn"), CharterCommand.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            }
            line.setOut(new PrintWriter(terminal.text(), true));
            line.setErr(new PrintWriter(new OutputStreamWriter(errors, StandardCharsets.UTF_8), true));
            line.setExecutionExceptionHandler(failures);
            line.setParameterExceptionHandler((failure, arguments) -> {
                String said = Terminal.printable(Failures.said(root.language(), failure.getMessage())).strip();
                // picocli's own messages ("Unknown option: '--x'") end without a full stop.
                errors.println("charter: " + (said.endsWith(".") || said.endsWith("।") ? said : said + ".") + " "
                        + Messages.say(root.language(), "try.help", commandPath(failure.getCommandLine())));
                return USAGE;
            });
            status = line.execute(args);
            terminal.finish();
        } catch (Exception | Error failure) {
            // A failure already reported (standard output failed while the command wrote) is not said twice.
            status = failures.reported() ? status(failures) : failures.handle(failure);
        }
        return terminal.outputClosed() ? BROKEN_PIPE : status;
    }

    /**
     * The command line of a run: when the first argument names one of charter's own commands, the root with that
     * command alone, as building picocli's model of each of the others costs start-up time (some 0.1 s of
     * processor time, docs/performance.md) and changes nothing the run does or prints; otherwise (no command,
     * an option first, {@code help}, a misspelt name) the root with every command.
     */
    static CommandLine commandLine(CharterCommand root, String[] args) {
        CommandLine line = new CommandLine(root);
        Class<?> named = null;
        for (Class<?> command : SUBCOMMANDS) {
            if (command != CommandLine.HelpCommand.class && args.length > 0
                    && command.getAnnotation(Command.class).name().equals(args[0])) {
                named = command;
            }
        }
        for (Class<?> command : SUBCOMMANDS) {
            if (named == null || command == named) {
                line.addSubcommand(command);
            }
        }
        return line;
    }

    private static int status(Failures failures) {
        return failures.lastStatus();
    }

    /** The language --help is written in: the last --lang on the line, else the environment's. */
    private static Language helpLanguage(String[] args, Language environment) {
        Language language = environment;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && (value.equalsIgnoreCase("bn") || value.equalsIgnoreCase("en"))) {
                language = Language.parse(value);
            }
        }
        return language;
    }

    private static String commandPath(CommandLine line) {
        StringBuilder path = new StringBuilder();
        for (CommandLine each = line; each.getParent() != null; each = each.getParent()) {
            path.insert(0, each.getCommandName() + " ");
        }
        return path.toString();
    }
}
