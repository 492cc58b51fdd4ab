package org.citizencharter.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.citizencharter.core.Finding;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line a finding, and a summary) or json (the errors and findings as data:"
                    + " {\"source\", \"errors\": [{line, column, pointer, text, message}], \"findings\": [{id, severity,"
                    + " area, indicator, quarter, message}]}). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The output formats. */
    enum Format {
        text, json
    }

    @Override
    public Integer call() {
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (InvalidInputException bad) {
            throw new UsageException(bad.withContext("In --fail-on"));
        }
        Terminal terminal = CharterCommand.terminal(spec);
        PrintWriter out = spec.commandLine().getOut();
        Language lang = language.language();
        if (format == Format.json) {
            return json(threshold, out, lang, terminal);
        }
        Scorecard card = scored.score(terminal);
        long counted = card.findings().count(finding -> finding.severity().isAtLeast(threshold));
        for (Finding finding : card.findings()) {
            out.println(Terminal.printable(Messages.say(lang, "validate.finding", severity(finding.severity(), lang),
                    finding.id(), finding.message().in(lang))));
        }
        out.println(Messages.say(lang, "validate.summary", card.findings().size(), counted, severity(threshold, lang)));
        out.flush();
        return counted > 0 ? CharterCommand.REFUSED : CharterCommand.DONE;
    }

    /** Severities as scripts match them in English (ERROR), as officers read them in Bengali (ত্রুটি). */
    private static String severity(Severity severity, Language lang) {
        return lang == Language.EN ? severity.name() : severity.label().in(lang);
    }

    /** The errors and findings as one JSON document: an unreadable input is an error in it, not a message. */
    private int json(Severity threshold, PrintWriter out, Language lang, Terminal terminal) {
        ObjectNode document = JsonDocuments.object().put("source", scored.file);
        ArrayNode errors = document.putArray("errors");
        ArrayNode findings = document.putArray("findings");
        int status;
        try {
            Scorecard card = scored.score(terminal);
            card.findings().forEach(finding -> JsonDocuments.finding(finding, findings.addObject()));
            status = card.findings().anySatisfy(finding -> finding.severity().isAtLeast(threshold))
                    ? CharterCommand.REFUSED : CharterCommand.DONE;
        } catch (InvalidInputException unreadable) {
            JsonDocuments.error(unreadable, Messages.error(lang, unreadable), errors.addObject());
            status = CharterCommand.REFUSED;
        }
        out.println(JsonDocuments.write(document));
        out.flush();
        return status;
    }
}
