package org.citizencharter.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.rules.RuleCompilationException.Problem;
import org.citizencharter.rules.RuleSource;

/**
 * Finds where in an author's DRL a compiler error is: the line, and the rule around it. The compiler
 * gives a line for syntax errors, but reports type errors against the Java it generates from the DRL,
 * or with no line at all; then the offending text is looked for in the DRL. Not API.
 */
final class DrlErrorLocator {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{2,}");
    private static final List<Pattern> QUOTED = List.of(
            Pattern.compile("Unable to find class: ([\\w.$]+)"),
            Pattern.compile("expression: (.+)$"),
            Pattern.compile("^(\\w+) cannot be resolved"),
            Pattern.compile("The method (\\w+)\\("),
            Pattern.compile("Unknown (?:field|property|variable) ([\\w.$]+)"),
            Pattern.compile("[Ff]ield '?([\\w$]+)'? "),
            Pattern.compile("'([^']+)'"));

    private final List<RuleSource> sources;

    DrlErrorLocator(List<RuleSource> sources) {
        this.sources = sources;
    }

    /**
     * Locates an error the compiler reported against an author file.
     *
     * @param source the file
     * @param line the compiler's line, or 0 or less when it gave none
     * @param message the compiler's message
     * @return the problem
     */
    Problem inDrl(RuleSource source, int line, String message) {
        if (line > 0) {
            return new Problem(source.name(), line, ruleAt(source.drl(), line),
                    CompilerHint.withHint(message, source.drl(), line));
        }
        return search(message, null, source);
    }

    /**
     * Locates an error the compiler reported against Java it generated from some author file.
     *
     * @param javaLine the text of the generated line in error, or null if unknown
     * @param message the compiler's message
     * @return the problem
     */
    Problem inGeneratedJava(String javaLine, String message) {
        return search(message, javaLine, null);
    }

    private Problem search(String message, String javaLine, RuleSource only) {
        for (RuleSource source : only != null ? List.of(only) : sources) {
            var compared = CompilerHint.comparison(message, source.drl());
            if (compared.isPresent()) {
                int line = compared.get().getKey();
                return new Problem(source.name(), line, ruleAt(source.drl(), line), compared.get().getValue());
            }
        }
        List<String> needles = new ArrayList<>();
        if (javaLine != null) {
            String code = javaLine.strip().replace("drools.", "");
            if (!code.isEmpty()) {
                needles.add(code);
            }
        }
        for (Pattern pattern : QUOTED) {
            Matcher matcher = pattern.matcher(message);
            if (matcher.find()) {
                needles.add(matcher.group(1).strip());
            }
        }
        Matcher words = IDENTIFIER.matcher(message);
        while (words.find()) {
            needles.add(words.group());
        }
        List<RuleSource> candidates = only != null ? List.of(only) : sources;
        for (String needle : needles) {
            for (RuleSource source : candidates) {
                int line = lineOf(source.drl(), needle);
                if (line > 0) {
                    return new Problem(source.name(), line, ruleAt(source.drl(), line),
                            CompilerHint.withHint(message, source.drl(), line));
                }
            }
        }
        RuleSource blamed = only != null ? only : sources.get(0);
        return new Problem(blamed.name(), 0, null, CompilerHint.withHint(message, blamed.drl(), 0));
    }

    /** The first line holding the needle, white space folded, outside comments and rule headers; or 0. */
    private static int lineOf(String drl, String needle) {
        String wanted = fold(needle);
        if (wanted.length() < 3) {
            return 0;
        }
        String[] lines = drl.split("\r\n|\r|\n", -1);
        boolean inRule = false;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (RULE.matcher(text).find()) {
                inRule = true;
                continue;
            }
            if (END.matcher(text).find()) {
                inRule = false;
                continue;
            }
            String code = text.strip();
            if (inRule && !code.startsWith("//") && fold(text).contains(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * Whether a line of DRL begins a rule.
     *
     * @param line the line
     * @return true for {@code rule "Name"}
     */
    static boolean startsRule(String line) {
        return RULE.matcher(line).find();
    }

    /**
     * Whether a line of DRL ends a rule.
     *
     * @param line the line, possibly with its line separator
     * @return true for {@code end}
     */
    static boolean endsRule(String line) {
        return END.matcher(line.strip()).find();
    }

    /** The name of the rule whose lines hold a line, or null. */
    static String ruleAt(String drl, int line) {
        String[] lines = drl.split("\r\n|\r|\n", -1);
        String current = null;
        for (int i = 0; i < lines.length && i < line; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                current = rule.group(2) != null ? rule.group(2) : rule.group(3) != null ? rule.group(3) : rule.group(4);
            } else if (END.matcher(lines[i]).find() && i < line - 1) {
                current = null;
            }
        }
        return current;
    }
}
