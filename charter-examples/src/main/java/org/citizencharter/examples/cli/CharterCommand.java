package org.citizencharter.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code charter} command: scores plans, checks them, imports tables, writes progress reports, scores
 * many plans in batch, ranks several offices' scorecards, and checks rule files.
 *
 * <p>Exit codes: 0 done (findings do not change it); 2 the input could not be read (the message names
 * the file, row, column or JSON pointer and the text); 3 {@code validate} found findings at or above
 * {@code --fail-on}; 1 anything else. No stack trace is printed unless {@code --debug} is given.
 */
@Command(name = "charter", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scores the performance plans of Bangladesh government offices and flags every"
                + " inconsistency in them.",
        subcommands = {ScoreCommand.class, ValidateCommand.class, ImportCommand.class, ReportCommand.class,
            BatchCommand.class, RollupCommand.class, RulesCommand.class},
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
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System.getenv()));
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
        return run(args, out, err, Map.of());
    }

    /**
     * Runs the command without exiting, in an environment.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @param environment the environment variables the command reads ({@code CHARTER_LANG})
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        CharterCommand root = new CharterCommand();
        String lang = environment.get("CHARTER_LANG");
        if (lang != null && !lang.isBlank()) {
            try {
                root.environmentLanguage = Language.parse(lang);
            } catch (InvalidInputException bad) {
                err.println("charter: " + Messages.say(Language.EN, "lang.env", lang));
                return UNREADABLE;
            }
        }
        CommandLine line = new CommandLine(root);
        if (helpLanguage(args, root.language()) == Language.BN) {
            line.setResourceBundle(ResourceBundle.getBundle("org.citizencharter.examples.cli.Help", Locale.forLanguageTag("bn"),
                    CharterCommand.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler(new Failures(root, err));
        line.setParameterExceptionHandler((failure, arguments) -> {
            err.println("charter: " + failure.getMessage());
            err.println(Messages.say(root.language(), "try.help", commandPath(failure.getCommandLine())));
            return UNREADABLE;
        });
        return line.execute(args);
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
