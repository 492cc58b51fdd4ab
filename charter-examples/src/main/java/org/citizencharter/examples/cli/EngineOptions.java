package org.citizencharter.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import picocli.CommandLine.Option;

/** The rules and policies a command scores with. */
final class EngineOptions {

    /** A finding id as a rule file names it: a string literal of capital letters, digits and underscores. */
    private static final Pattern QUOTED_ID = Pattern.compile("\"([A-Z][A-Z0-9_]{0,63})\"");

    @Option(names = "--rules", paramLabel = "FILE.drl",
            description = "A rule file of your own, added to the default rules (repeatable). DRL is code: use only"
                    + " trusted files.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE.json",
            description = "A scoring policy document, for the fiscal years it names (repeatable; their years must not"
                    + " overlap). Default: charter's default policy.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--fallback-policy", paramLabel = "FILE.json",
            description = "The scoring policy of the fiscal years no --policy governs.")
    Path fallback;

    private ScoringEngine built;

    /**
     * The files these options read, which no output may be.
     *
     * @return the rule files and the policy files
     */
    List<Path> files() {
        List<Path> files = new ArrayList<>(rules);
        files.addAll(policies);
        if (fallback != null) {
            files.add(fallback);
        }
        return files;
    }

    /**
     * The engine: the default one, unless rules or policies are given. Built once.
     *
     * @return the engine
     * @throws InvalidInputException if a file cannot be read, or a policy sets the severity of a finding that
     *     neither the catalogue nor a given rule file names (a setting that would do nothing)
     */
    ScoringEngine engine() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    /**
     * Whether the engine is the default one: no rules and no policies given.
     *
     * @return true for the default engine
     */
    boolean isDefault() {
        return rules.isEmpty() && policies.isEmpty() && fallback == null;
    }

    private ScoringEngine build() {
        if (isDefault()) {
            return ScoringEngine.defaults();
        }
        ScoringEngine.Builder builder = ScoringEngine.builder();
        Set<String> ruleIds = new TreeSet<>();
        for (Path file : rules) {
            Input.checkReadable(file);
            ruleIds.addAll(quotedIds(file));
            builder.rules(file);
        }
        for (Path file : policies) {
            builder.policy(checked(readPolicy(file), file, ruleIds));
        }
        if (fallback != null) {
            builder.fallbackPolicy(checked(readPolicy(fallback), fallback, ruleIds));
        }
        return builder.build();
    }

    /**
     * A policy whose every severity names a finding that can occur: one of the catalogue, or an id a given rule
     * file names. A misspelt id would otherwise change nothing, silently.
     */
    static ScoringPolicy checked(ScoringPolicy policy, Path file, Set<String> ruleIds) {
        for (String id : policy.severities().keysView().toSortedList()) {
            if (FindingType.find(id).isEmpty() && !ruleIds.contains(id)) {
                throw InvalidInputException.of("The policy sets the severity of a finding that no rule gives", id)
                        .withSource(file.toString()).withPointer("/severities/" + id)
                        .withHint("Correct the id (the catalogue's are listed by 'charter rules list' and in the"
                                + " README), or give the rule file that gives it with --rules");
            }
        }
        return policy;
    }

    private static Set<String> quotedIds(Path file) {
        Set<String> ids = new TreeSet<>();
        try {
            Matcher quoted = QUOTED_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (quoted.find()) {
                ids.add(quoted.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static ScoringPolicy readPolicy(Path file) {
        try (InputStream in = Input.openFile(file)) {
            return CharterJson.standard().readPolicy(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
