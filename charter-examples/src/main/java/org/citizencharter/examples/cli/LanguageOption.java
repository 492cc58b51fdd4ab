package org.citizencharter.examples.cli;

import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --lang bn|en}: the language of everything a person reads (text output, summaries, errors). Without
 * it, the environment variable {@code CHARTER_LANG} decides, else English, so scripts see English unless
 * they ask. The choice is kept on the root command, where the error handler reads it too.
 */
final class LanguageOption {

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The language of what a person reads: bn or en (default: $CHARTER_LANG, else en).")
    void setLanguage(String text) {
        try {
            root().language = Language.parse(text);
        } catch (InvalidInputException bad) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    Messages.say(root().language(), "lang.option", text));
        }
    }

    Language language() {
        return root().language();
    }

    private CharterCommand root() {
        return (CharterCommand) mixee.root().userObject();
    }
}
