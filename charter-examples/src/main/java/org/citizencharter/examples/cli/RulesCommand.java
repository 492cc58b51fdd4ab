package org.citizencharter.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citizencharter.rules.RuleCompilationException;
import org.citizencharter.rules.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter rules}: check rule files, list the default rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Check your rule files; list the default rules.",
        subcommands = {RulesCommand.Check.class, RulesCommand.ListRules.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CharterCommand.DONE;
    }

    /** {@code charter rules check FILE.drl...}: compile author rules beside the default ones. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile rule files with the default rules and report each error with its file, line and"
                    + " rule. Exit status 1 if a file does not compile.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.drl", arity = "1..*", descriptionKey = "param.rules",
                description = "The rule files.")
        List<Path> files;

        @picocli.CommandLine.Mixin
        LanguageOption language;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ScoringEngine.Builder builder = ScoringEngine.builder();
            for (Path file : files) {
                Input.checkReadable(file);
                builder.rules(file);
            }
            ScoringEngine engine;
            try {
                engine = builder.build();
            } catch (RuleCompilationException broken) {
                // Every error of every file, one a line, each with its file, line and rule.
                java.io.PrintWriter err = spec.commandLine().getErr();
                int count = broken.problems().size();
                err.println("charter: " + (count == 1 ? Messages.say(language.language(), "rules.failed.one")
                        : Messages.say(language.language(), "rules.failed", count)));
                for (RuleCompilationException.Problem problem : broken.problems()) {
                    err.println("  " + Terminal.printable(Messages.ruleProblem(language.language(), problem)));
                }
                err.flush();
                return CharterCommand.REFUSED;
            }
            long own = engine.ruleNames().size() - ScoringEngine.defaults().ruleNames().size();
            spec.commandLine().getOut().println(Messages.say(language.language(), "rules.ok", files.size(), own,
                    ScoringEngine.defaults().ruleNames().size()));
            return CharterCommand.DONE;
        }
    }

    /** {@code charter rules list}: the names of the default rules, which a builder disables or replaces by name. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the default rules by name.")
    static final class ListRules implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ScoringEngine.defaults().ruleNames().forEach(spec.commandLine().getOut()::println);
            return CharterCommand.DONE;
        }
    }
}
