package org.citizencharter.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.citizencharter.core.CharterException;
import org.citizencharter.rules.RuleCompilationException;
import org.citizencharter.rules.RuleCompilationException.Problem;
import org.citizencharter.rules.RuleSource;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule authors' DRL to the executable model, once, when an engine is built. Not API.
 */
public final class AuthorRules {

    private static final String ROOT = "src/main/resources/";
    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", java.util.regex.Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();
    /** The most times the sources are compiled again with the rules in error blanked out. */
    private static final int MAX_ROUNDS = 50;

    /**
     * One class of each part of the DRL compiler chain, with the artifact it comes in. charter-rules has
     * them as optional dependencies: a host that only scores with the default rules runs without them.
     */
    private static final String[][] COMPILER_CHAIN = {
        {"org.drools.model.codegen.ExecutableModelProject", "org.drools:drools-model-codegen"},
        {"org.drools.drl.parser.DrlParser", "org.drools:drools-drl-parser"},
        {"com.github.javaparser.JavaParser", "com.github.javaparser:javaparser-core"},
        {"org.drools.mvelcompiler.MvelCompiler", "org.drools:drools-mvel-compiler"},
    };

    /** The artifact that brings the compiler chain. */
    public static final String AUTHORING_ARTIFACT = "org.citizencharter:charter-rules-authoring";

    private AuthorRules() {
    }

    /**
     * Compiles DRL sources together.
     *
     * @param sources the sources, at least one
     * @return the executable models they make
     * @throws RuleCompilationException naming file, line, rule and message of every problem
     */
    public static Collection<Model> compile(List<RuleSource> sources) {
        requireCompilerChain(sources);
        // The compiler stops at the first stage that fails: errors in conditions hide those in consequences.
        // So the rules found in error are blanked out (their lines kept, empty, so that every line number
        // stays true) and the rest compiled again, until no new error turns up: every error is reported.
        Set<Problem> problems = new LinkedHashSet<>();
        List<RuleSource> current = sources;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Built built = build(current);
            if (built.problems().isEmpty()) {
                if (problems.isEmpty()) {
                    return built.models();
                }
                break;
            }
            problems.addAll(built.problems());
            List<RuleSource> blanked = blank(current, built.problems());
            if (blanked.equals(current)) {
                break;
            }
            current = blanked;
        }
        List<Problem> ordered = new ArrayList<>(problems);
        List<String> names = sources.stream().map(RuleSource::name).toList();
        ordered.sort(Comparator.comparingInt((Problem problem) -> names.indexOf(problem.file()))
                .thenComparingInt(problem -> problem.line() > 0 ? problem.line() : Integer.MAX_VALUE));
        throw new RuleCompilationException(ordered);
    }

    /** What one compilation gave: the models, or the problems. */
    private record Built(Collection<Model> models, List<Problem> problems) {
    }

    private static Built build(List<RuleSource> sources) {
        try {
            return compiled(sources);
        } catch (RuntimeException crash) {
            // The compiler itself throws on some constraints ("weight > \"x\"": a NumberFormatException); the
            // file is the one that throws alone, and no line is known.
            RuleSource blamed = sources.get(0);
            for (RuleSource source : sources.size() > 1 ? sources : List.<RuleSource>of()) {
                try {
                    compiled(List.of(source));
                } catch (RuntimeException alone) {
                    blamed = source;
                    break;
                }
            }
            String cause = crash.getMessage() == null ? crash.getClass().getSimpleName()
                    : crash.getClass().getSimpleName() + ": " + crash.getMessage().strip();
            return new Built(List.of(), List.of(new Problem(blamed.name(), 0, null, "The compiler failed on it ("
                    + cause + ")" + (crash instanceof NumberFormatException
                            ? "; maybe a constraint compares a number with text" : ""))));
        }
    }

    private static Built compiled(List<RuleSource> sources) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("org.citizencharter.author", "rules-" + BUILDS.incrementAndGet(),
                "1.0.0");
        files.generateAndWritePomXML(release);
        Map<String, RuleSource> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            // Filed under its package's folder, as Drools expects.
            java.util.regex.Matcher declared = PACKAGE.matcher(sources.get(i).drl());
            String folder = declared.find() ? declared.group(1).replace('.', '/') + "/" : "";
            String path = ROOT + folder + "source" + i + ".drl";
            byPath.put(path, sources.get(i));
            files.write(path, sources.get(i).drl());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        try {
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                return new Built(List.of(), problems(errors, byPath, sources));
            }
            CanonicalKieModule module = (CanonicalKieModule) builder.getKieModule();
            KieBaseModelImpl base = (KieBaseModelImpl) module.getKieModuleModel().getKieBaseModels().values()
                    .iterator().next();
            return new Built(List.copyOf(module.getModelForKBase(base)), List.of());
        } finally {
            services.getRepository().removeKieModule(release);
        }
    }

    /** The sources with each rule that has a located problem made blank lines; as they were if none has. */
    private static List<RuleSource> blank(List<RuleSource> sources, List<Problem> problems) {
        List<RuleSource> blanked = new ArrayList<>();
        for (RuleSource source : sources) {
            String[] lines = source.drl().split("(?<=\r\n|\r(?!\n)|\n)", -1);
            boolean changed = false;
            for (Problem problem : problems) {
                if (!problem.file().equals(source.name()) || problem.line() <= 0 || problem.rule() == null
                        || problem.line() > lines.length) {
                    continue;
                }
                int start = problem.line() - 1;
                while (start >= 0 && !DrlErrorLocator.startsRule(lines[start])) {
                    start--;
                }
                if (start < 0) {
                    continue;
                }
                int end = problem.line() - 1;
                while (end < lines.length - 1 && !DrlErrorLocator.endsRule(lines[end])) {
                    end++;
                }
                for (int i = start; i <= end; i++) {
                    String text = lines[i];
                    String separator = text.endsWith("\r\n") ? "\r\n" : text.endsWith("\n") ? "\n"
                            : text.endsWith("\r") ? "\r" : "";
                    if (!text.equals(separator)) {
                        lines[i] = separator;
                        changed = true;
                    }
                }
            }
            blanked.add(changed ? new RuleSource(source.name(), String.join("", lines)) : source);
        }
        return blanked;
    }

    /**
     * Checks that the DRL compiler chain is on the class path, before anything fails half-way with a
     * NoClassDefFoundError.
     *
     * @param sources the sources about to be compiled, named in the message
     * @throws CharterException naming what is missing and the artifact to add
     */
    static void requireCompilerChain(List<RuleSource> sources) {
        List<String> missing = new ArrayList<>();
        for (String[] part : COMPILER_CHAIN) {
            try {
                Class.forName(part[0], false, AuthorRules.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(part[1] + " (" + part[0] + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new CharterException("Compiling rule authors' DRL (" + sources.get(0).name()
                    + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "")
                    + ") needs the Drools DRL compiler, which is not on the class path (missing: "
                    + String.join(", ", missing) + "). Maybe add " + AUTHORING_ARTIFACT
                    + " (<type>pom</type>, the version of charter-rules) beside charter-rules; the default rules"
                    + " and disableRule need nothing more");
        }
    }

    private static List<Problem> problems(List<Message> errors, Map<String, RuleSource> byPath,
            List<RuleSource> sources) {
        DrlErrorLocator locator = new DrlErrorLocator(sources);
        Map<String, String[]> generated = new HashMap<>();
        for (Message error : errors) {
            String text = error.getText();
            String marker = "Java source of " + error.getPath() + " in error:";
            if (text.startsWith(marker)) {
                generated.put(error.getPath(), text.substring(marker.length()).split("\r\n|\r|\n", -1));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Message error : errors) {
            String text = error.getText().strip();
            if (text.startsWith("Java source of ") || text.equals("Parser returned a null Package")) {
                continue;
            }
            RuleSource source = error.getPath() == null ? null : byPath.get(normalise(error.getPath()));
            if (source != null) {
                problems.add(locator.inDrl(source, error.getLine(), text));
            } else {
                String[] lines = generated.get(error.getPath());
                // The generated source printed after the marker begins with a line break.
                String javaLine = lines != null && error.getLine() > 0 && error.getLine() < lines.length
                        ? lines[error.getLine()] : null;
                problems.add(locator.inGeneratedJava(javaLine, text));
            }
        }
        if (problems.isEmpty()) {
            for (Message error : errors) {
                problems.add(new Problem(sources.get(0).name(), 0, null, error.getText().strip()));
            }
        }
        return problems;
    }

    private static String normalise(String path) {
        return path.startsWith(ROOT) ? path : "src/main/resources/" + path;
    }
}
