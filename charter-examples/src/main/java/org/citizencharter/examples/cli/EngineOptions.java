package org.citizencharter.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import picocli.CommandLine.Option;

/** The rules and policy a command scores with. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "FILE.drl",
            description = "A rule file of your own, added to the default rules (repeatable). DRL is code: use only"
                    + " trusted files.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE.json",
            description = "A scoring policy document (default: charter's default policy).")
    Path policy;

    /**
     * The files these options read, which no output may be.
     *
     * @return the rule files and the policy file
     */
    List<Path> files() {
        List<Path> files = new ArrayList<>(rules);
        if (policy != null) {
            files.add(policy);
        }
        return files;
    }

    /**
     * The engine: the default one, unless rules or a policy are given.
     *
     * @return the engine
     */
    ScoringEngine engine() {
        if (rules.isEmpty() && policy == null) {
            return ScoringEngine.defaults();
        }
        ScoringEngine.Builder builder = ScoringEngine.builder();
        for (Path file : rules) {
            Input.checkReadable(file);
            builder.rules(file);
        }
        if (policy != null) {
            builder.policy(readPolicy(policy));
        }
        return builder.build();
    }

    private static ScoringPolicy readPolicy(Path file) {
        try (InputStream in = Input.openFile(file)) {
            return CharterJson.standard().readPolicy(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
