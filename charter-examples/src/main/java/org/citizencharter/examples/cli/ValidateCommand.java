package org.citizencharter.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.citizencharter.core.Finding;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code charter validate FILE}: the findings alone, and an exit code for scripts. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a plan: print its findings, and exit with 1 if any is at or above --fail-on.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ScoredPlan scored;

    @Mixin
    LanguageOption language;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "error or warning: the least severity that makes the exit status 1 (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (InvalidInputException bad) {
            throw new UsageException(bad.withContext("In --fail-on").getMessage());
        }
        Scorecard card = scored.score(CharterCommand.terminal(spec));
        PrintWriter out = spec.commandLine().getOut();
        long counted = card.findings().count(finding -> finding.severity().isAtLeast(threshold));
        for (Finding finding : card.findings()) {
            out.println(finding.severity() + " " + Terminal.printable(finding.id()) + ": "
                    + Terminal.printable(finding.message().in(language.language())));
        }
        out.println(Numerals.format(card.findings().size(), language.language()) + " finding(s), "
                + counted + " at or above " + threshold + ".");
        out.flush();
        return counted > 0 ? CharterCommand.REFUSED : CharterCommand.DONE;
    }
}
