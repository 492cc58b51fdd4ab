package org.citizencharter.rules.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an author most likely meant where the compiler's message does not say. "Unable to parse left part
 * of expression: weigth > 3" names neither the type nor what was meant, "Unknown field weigth on class …"
 * only the name: the type is the compiler's, or the pattern's around the expression in the DRL, resolved
 * through the file's imports; its properties are its record components, public fields and public methods
 * without parameters ({@code weight()}, {@code getWeight()} and {@code isWeighted()} read as {@code weight}
 * and {@code weighted}), and the hint names those nearest to what was written. A class of charter's that
 * an expression or a pattern names ({@code TargetKind.SINGLE}) and the file does not import is named with
 * the import it needs. Not API.
 */
final class CompilerHint {

    private static final Pattern MISSING_CLASS =
            Pattern.compile("Unable to find class: ([A-Z][\\w$]*)\\s*$"
                    + "|^([A-Z][\\w$]*)(?:\\.[\\w$.]*)? cannot be resolved");
    private static final Pattern UNDEFINED_METHOD =
            Pattern.compile("^The method ([\\w$]+)\\(.*\\) is undefined for the type ([A-Z][\\w$]*)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field ([\\w$]+) on class ([\\w.$]+)");
    private static final Pattern UNPARSED =
            Pattern.compile("(?:Unable to parse left part of expression: |Unable to Analyse Expression )(.+?):?\\s*$");
    /** An expression's first name, after a binding ({@code $w :}) and a negation. */
    private static final Pattern FIRST_NAME =
            Pattern.compile("^\\s*(?:\\$[\\w$]*\\s*:\\s*)?!?\\s*([A-Za-z_][\\w$]*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.$]+?)(\\.\\*)?\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.$]+)\\s*;?");
    private static final Pattern TYPE_BEFORE = Pattern.compile("([A-Za-z_][\\w$.]*)\\s*$");
    private static final String FACTS = "org.citizencharter.rules.facts.";
    private static final List<String> CHARTER_PACKAGES = List.of("org.citizencharter.core.", FACTS);
    /** A class named in an expression: a capitalised name before a dot, not after one. */
    private static final Pattern CLASS_NAMED = Pattern.compile("(?<![\\w$.])([A-Z][\\w$]*)\\s*\\.");

    private static final Pattern INCOMPATIBLE = Pattern.compile(
            "Comparison operation requires compatible types\\. Found class ([\\w.$]+) and (?:class )?([\\w.$]+)");
    /** A property compared with a literal: {@code w > 3}, {@code weight == "x"}. */
    private static final Pattern COMPARED =
            Pattern.compile("(?<![\\w$.])([a-z_][\\w$]*)\\s*(?:[<>]=?|[=!]=)\\s*(-?[0-9][0-9.]*|\"[^\"]*\")");

    /**
     * A property compared with a literal of another type ({@code code == "1.1.1"}), as the compiler of the
     * executable model tells it: the method it generates for the comparison does not take the two types.
     */
    private static final Pattern LITERAL_OF_ANOTHER_TYPE = Pattern.compile("^The method alphaIndexedBy\\(.*\\) in"
            + " the type PatternDSL is not applicable for the arguments \\(Class<([\\w.$]+)>, .*, ([\\w.$]+)\\)\\s*$");

    /** A property, possibly a path ({@code indicator.code}), compared with text: {@code code == "1.1.1"}. */
    private static final Pattern TEXT_COMPARED =
            Pattern.compile("(?<![\\w$.])([a-z_][\\w$]*(?:\\.[a-z_][\\w$]*)*)\\s*([=!]=)\\s*(\"[^\"]*\")");

    private CompilerHint() {
    }

    /**
     * Where a comparison of incompatible types is ("Comparison operation requires compatible types. Found class
     * org.citizencharter.core.Fraction and int", which the compiler gives no line): the first constraint that
     * compares a property of that type with a literal, and the message with what to write instead.
     *
     * @param message the compiler's message
     * @param drl an author's DRL
     * @return the line, from 1, and the message with its hint; empty if the message is another or no such
     *     constraint is found
     */
    static Optional<Map.Entry<Integer, String>> comparison(String message, String drl) {
        Matcher incompatible = INCOMPATIBLE.matcher(message);
        if (!incompatible.find()) {
            return Optional.empty();
        }
        String[] lines = drl.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher compared = COMPARED.matcher(lines[i]);
            while (compared.find()) {
                String property = compared.group(1);
                Optional<Class<?>> type = patternType(drl, i + 1, compared.group());
                Optional<Class<?>> valueType = type.flatMap(t -> propertyType(t, property));
                if (valueType.isPresent() && valueType.get().getName().equals(incompatible.group(1))) {
                    String literal = compared.group(2);
                    boolean fraction = valueType.get() == org.citizencharter.core.Fraction.class;
                    String instead = fraction && !literal.startsWith("\"")
                            ? "; maybe compare it with " + (literal.contains(".") ? "Fraction.parse(\"" + literal
                                    + "\")" : "Fraction.of(" + literal + ")") : "";
                    return Optional.of(Map.entry(i + 1, after(message, property + " of " + type.get().getSimpleName()
                            + " is a " + valueType.get().getSimpleName() + instead)));
                }
            }
        }
        return Optional.empty();
    }

    /** The type a property reads as: its accessor's, {@code getX()}'s or {@code isX()}'s return type. */
    private static Optional<Class<?>> propertyType(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of(property, "get" + capitalised, "is" + capitalised)) {
            try {
                Method method = type.getMethod(name);
                if (method.getReturnType() != void.class) {
                    return Optional.of(method.getReturnType());
                }
            } catch (NoSuchMethodException notThis) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /**
     * The compiler's message with a hint after it, where one can be given.
     *
     * @param message the compiler's message
     * @param drl the author's DRL
     * @param line the line of the error in it, from 1, or 0 when unknown
     * @return the message, possibly with " (IndicatorFact has no property weigth; maybe weight)" after it
     */
    static String withHint(String message, String drl, int line) {
        Matcher literal = LITERAL_OF_ANOTHER_TYPE.matcher(message.strip());
        if (literal.find()) {
            return after(message, literalHint(simpleName(literal.group(1)), simpleName(literal.group(2)), drl, line));
        }
        Matcher missing = MISSING_CLASS.matcher(message);
        if (missing.find()) {
            String name = missing.group(1) != null ? missing.group(1) : missing.group(2);
            return importHint(name, drl).or(() -> importedLike(name, drl))
                    .map(hint -> after(message, hint)).orElse(message);
        }
        Matcher undefined = UNDEFINED_METHOD.matcher(message);
        if (undefined.find()) {
            return resolve(undefined.group(2), drl, true)
                    .map(type -> methodHinted(message, type, undefined.group(1))).orElse(message);
        }
        Matcher unknown = UNKNOWN_FIELD.matcher(message);
        if (unknown.find()) {
            return load(unknown.group(2)).map(type -> hinted(message, type, unknown.group(1))).orElse(message);
        }
        Matcher unparsed = UNPARSED.matcher(message);
        if (!unparsed.find() || line <= 0) {
            return message;
        }
        Optional<String> unimported = unimported(unparsed.group(1), drl);
        if (unimported.isPresent()) {
            return after(message, unimported.get());
        }
        Matcher name = FIRST_NAME.matcher(unparsed.group(1));
        if (!name.find()) {
            return message;
        }
        return patternType(drl, line, unparsed.group(1).strip())
                .map(type -> hinted(message, type, name.group(1))).orElse(message);
    }

    /**
     * "code is an IndicatorCode, not text; maybe code.toString() == "1.1.1"": the property compared with text on
     * the error's line, else (the executable model's line is not always the constraint's) the first in the file;
     * else the two types.
     */
    private static String literalHint(String type, String literal, String drl, int line) {
        String[] lines = drl.split("\r\n|\r|\n", -1);
        String types = "a property of type " + type + " is compared with " + article(literal) + " " + literal;
        if (!"String".equals(literal)) {
            return types;
        }
        Optional<String> onLine = line > 0 && line <= lines.length ? textCompared(type, lines[line - 1])
                : Optional.empty();
        return onLine.or(() -> textCompared(type, drl)).orElse(types);
    }

    private static Optional<String> textCompared(String type, String text) {
        Matcher compared = TEXT_COMPARED.matcher(text);
        return compared.find() ? Optional.of(compared.group(1) + " is " + article(type) + " " + type + ", not text;"
                + " maybe " + compared.group(1) + ".toString() " + compared.group(2) + " " + compared.group(3))
                : Optional.empty();
    }

    private static String article(String noun) {
        return "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * A class the expression names ({@code TargetKind.SINGLE}) that the file does not import but charter has:
     * "TargetKind is not imported; maybe import org.citizencharter.core.TargetKind".
     */
    private static Optional<String> unimported(String expression, String drl) {
        Matcher named = CLASS_NAMED.matcher(expression);
        while (named.find()) {
            Optional<String> hint = importHint(named.group(1), drl);
            if (hint.isPresent()) {
                return hint;
            }
        }
        return Optional.empty();
    }

    /** "X is not imported; maybe import org.citizencharter.core.X": a class of charter's the file does not import. */
    private static Optional<String> importHint(String name, String drl) {
        if (resolve(name, drl, false).isPresent() || load("java.lang." + name).isPresent()) {
            return Optional.empty();
        }
        for (String home : CHARTER_PACKAGES) {
            if (load(home + name).isPresent()) {
                return Optional.of(name + " is not imported; maybe import " + home + name);
            }
        }
        return Optional.empty();
    }

    /** The nearest of the classes the file imports by name, for a name it does not know: "maybe IndicatorFact". */
    private static Optional<String> importedLike(String name, String drl) {
        TreeSet<String> imported = new TreeSet<>();
        Matcher imports = IMPORT.matcher(drl);
        while (imports.find()) {
            if (imports.group(2) == null) {
                imported.add(simpleName(imports.group(1)));
            }
        }
        List<String> nearest = nearest(name, imported);
        return nearest.isEmpty() ? Optional.empty() : Optional.of("maybe " + String.join(" or ", nearest));
    }

    private static String hinted(String message, Class<?> type, String name) {
        TreeSet<String> properties = properties(type);
        if (properties.contains(name)) {
            return message;
        }
        List<String> nearest = nearest(name, properties);
        return after(message, type.getSimpleName() + " has no property " + name
                + (nearest.isEmpty() ? "" : "; maybe " + String.join(" or ", nearest)));
    }

    private static String methodHinted(String message, Class<?> type, String name) {
        TreeSet<String> methods = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() != Object.class) {
                methods.add(method.getName());
            }
        }
        List<String> nearest = nearest(name, methods);
        return nearest.isEmpty() ? message : after(message, "maybe " + String.join("() or ", nearest) + "()");
    }

    /** The message, without the colon the compiler may end it with, and the hint in brackets. */
    private static String after(String message, String hint) {
        String text = message.strip();
        return (text.endsWith(":") ? text.substring(0, text.length() - 1) : text) + " (" + hint + ")";
    }

    /** The type of the pattern whose parentheses hold the expression, on the error's line or above it. */
    private static Optional<Class<?>> patternType(String drl, int line, String expression) {
        String[] lines = drl.split("\r\n|\r|\n", -1);
        if (line > lines.length) {
            return Optional.empty();
        }
        int from = line - 1;
        while (from > 0 && !DrlErrorLocator.startsRule(lines[from])) {
            from--;
        }
        StringBuilder rule = new StringBuilder();
        for (int i = from; i < line; i++) {
            rule.append(lines[i]).append('\n');
        }
        String text = rule.toString();
        int at = text.lastIndexOf(expression);
        if (at < 0) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && depth-- == 0) {
                Matcher type = TYPE_BEFORE.matcher(text.substring(0, i));
                return type.find() ? resolve(type.group(1), drl, true) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A simple name through the file's imports (and charter's facts package, as the compiler would not). */
    private static Optional<Class<?>> resolve(String name, String drl, boolean facts) {
        if (name.contains(".")) {
            return load(name);
        }
        List<String> candidates = new ArrayList<>();
        Matcher imports = IMPORT.matcher(drl);
        while (imports.find()) {
            String imported = imports.group(1);
            if (imports.group(2) != null) {
                candidates.add(imported + "." + name);
            } else if (imported.endsWith("." + name)) {
                candidates.add(imported);
            }
        }
        Matcher declared = PACKAGE.matcher(drl);
        if (declared.find()) {
            candidates.add(declared.group(1) + "." + name);
        }
        if (facts) {
            candidates.add(FACTS + name);
        }
        for (String candidate : candidates) {
            Optional<Class<?>> type = load(candidate);
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, CompilerHint.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError notHere) {
            return Optional.empty();
        }
    }

    /** The names a constraint may use on a type. */
    private static TreeSet<String> properties(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                names.add(field.getName());
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() > 0 || method.getReturnType() == void.class
                    || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            names.add(name);
            if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
                names.add(decapitalise(name.substring(3)));
            } else if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
                names.add(decapitalise(name.substring(2)));
            }
        }
        return names;
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The properties nearest to a name, at most three, none further than a third of its length (at least 2). */
    private static List<String> nearest(String name, TreeSet<String> properties) {
        int limit = Math.max(2, name.length() / 3);
        int best = Integer.MAX_VALUE;
        List<String> found = new ArrayList<>();
        for (String property : properties) {
            int distance = distance(name.toLowerCase(Locale.ROOT), property.toLowerCase(Locale.ROOT));
            if (distance > limit || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                found.clear();
            }
            found.add(property);
        }
        return found.size() > 3 ? found.subList(0, 3) : found;
    }

    /** Edits (insert, delete, replace, swap of two neighbours) from one text to another. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
