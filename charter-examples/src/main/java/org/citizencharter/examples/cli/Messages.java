package org.citizencharter.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;

/**
 * What the command says to a person, in English or Bengali: its own sentences from the resource bundle
 * {@code Messages} ({@code Messages_bn} for Bengali), numbers in the language's digits, and the errors of
 * input that cannot be read, their location and their commonest problems in Bengali too
 * ({@code problems_bn.tsv}: English problem, tab, Bengali). A problem not in that list keeps its English
 * words inside the Bengali location. Immutable and thread-safe.
 */
final class Messages {

    private static final String BUNDLE = "org.citizencharter.examples.cli.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, String> BENGALI_PROBLEMS = problems();

    private Messages() {
    }

    /**
     * The bundle of a language: English is the base bundle, whatever the default locale.
     *
     * @param language the language
     * @return the bundle
     */
    static ResourceBundle bundle(Language language) {
        Locale locale = language == Language.BN ? Locale.forLanguageTag("bn") : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * A sentence of the command, its {@code {0}}, {@code {1}} … replaced by the arguments: numbers in the
     * language's digits, anything else as its text.
     *
     * @param language the language
     * @param key the sentence's key
     * @param arguments the arguments
     * @return the sentence
     */
    static String say(Language language, String key, Object... arguments) {
        String pattern = bundle(language).getString(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                out.append(argument(arguments[Integer.parseInt(pattern.substring(i + 1, close))], language));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String argument(Object value, Language language) {
        if (value instanceof Integer || value instanceof Long) {
            return Numerals.format(((Number) value).longValue(), language);
        }
        if (value instanceof BigDecimal decimal) {
            return Numerals.format(decimal, language);
        }
        return String.valueOf(value);
    }

    /**
     * An input error as a person reads it: in English the exception's own message; in Bengali the location
     * ("ফাইল …, লাইন ৫, কলাম ৩") and, where it is known, the problem in Bengali, with the offending text as
     * it was.
     *
     * @param language the language
     * @param error the error
     * @return one line, without a line break
     */
    static String error(Language language, InvalidInputException error) {
        if (language == Language.EN) {
            return error.getMessage();
        }
        StringBuilder out = new StringBuilder();
        error.source().ifPresent(out::append);
        error.line().ifPresent(line -> separate(out).append("লাইন ").append(Numerals.format(line, Language.BN)));
        error.column().ifPresent(column -> separate(out).append("কলাম ").append(Numerals.format(column, Language.BN)));
        error.columnName().ifPresent(name -> separate(out).append("কলাম \"").append(name).append('"'));
        error.pointer().ifPresent(pointer -> separate(out).append(pointer.isEmpty() ? "মূলে" : pointer + "-এ"));
        if (!out.isEmpty()) {
            out.append(": ");
        }
        out.append(problem(Language.BN, error.problem()));
        error.text().ifPresent(text -> out.append(" (").append(oneLine(text)).append(')'));
        out.append('।');
        error.hint().ifPresent(hint -> out.append(" সম্ভবত: ").append(problem(Language.BN, hint)).append('।'));
        return out.toString();
    }

    /**
     * A problem's words in a language: in Bengali those of {@code problems_bn.tsv} if it lists them
     * (a context such as "In --as-of: " translated too), else the English words.
     *
     * @param language the language
     * @param english the problem in English, without its final full stop
     * @return the problem
     */
    static String problem(Language language, String english) {
        if (language == Language.EN) {
            return english;
        }
        String context = "";
        String problem = english.endsWith(".") ? english.substring(0, english.length() - 1) : english;
        if (problem.startsWith("In --") && problem.indexOf(": ") > 0) {
            int colon = problem.indexOf(": ");
            context = problem.substring(3, colon) + "-এ: ";
            problem = Character.toUpperCase(problem.charAt(colon + 2)) + problem.substring(colon + 3);
        }
        String known = BENGALI_PROBLEMS.get(problem);
        if (known == null) {
            // A problem that goes on after its known words: "The table's columns cannot be recognised; …".
            for (Map.Entry<String, String> entry : BENGALI_PROBLEMS.entrySet()) {
                String key = entry.getKey();
                if (problem.startsWith(key) && problem.length() > key.length()
                        && (problem.charAt(key.length()) == ';' || problem.charAt(key.length()) == ':')) {
                    return context + entry.getValue() + problem.substring(key.length());
                }
            }
            return context.isEmpty() ? english : context + problem;
        }
        return context + known;
    }

    private static StringBuilder separate(StringBuilder out) {
        return out.isEmpty() ? out : out.append(", ");
    }

    private static String oneLine(String text) {
        String shown = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return shown.codePointCount(0, shown.length()) > 80
                ? shown.substring(0, shown.offsetByCodePoints(0, 80)) + "…" : shown;
    }

    private static Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        try (InputStream in = Messages.class.getResourceAsStream("problems_bn.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    problems.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(problems);
    }
}
