package org.citizencharter.examples.cli;

import org.citizencharter.core.Language;
import picocli.CommandLine.Option;

/** The language of text output. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "bn",
            description = "The language of text output: bn or en (default: ${DEFAULT-VALUE}).")
    String lang;

    Language language() {
        return Language.parse(lang);
    }
}
