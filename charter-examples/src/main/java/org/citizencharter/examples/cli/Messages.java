package org.citizencharter.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;

/**
 * What the command says to a person, in English or Bengali: its own sentences from the resource bundle
 * {@code Messages} ({@code Messages_bn} for Bengali), numbers in the language's digits, and the errors of
 * input that cannot be read, their location and their commonest problems in Bengali too
 * ({@code problems_bn.tsv}: English problem, tab, Bengali; {@code {}} in the English stands for a value,
 * which the Bengali places with {@code {1}}, {@code {2}} …). Every problem the library's readers of plans and
 * tables, the office files and the command itself can give is listed (a test scans their sources); a problem
 * not in the list keeps its English words inside the Bengali location. Immutable and thread-safe.
 */
final class Messages {

    private static final String BUNDLE = "org.citizencharter.examples.cli.Messages";
    /** The context {@code PlanOptions} gives an error about a line of a PDF over several pages. */
    private static final Pattern ON_PAGE = Pattern.compile("On page \\d{1,6} of the PDF: ");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, String> BENGALI_PROBLEMS = new LinkedHashMap<>();
    private static final List<Template> BENGALI_TEMPLATES = new ArrayList<>();
    /** The parts of a problem's list after its known words ("; missing: …"), from {@code problem_parts_bn.tsv}. */
    private static final List<Template> BENGALI_PARTS = new ArrayList<>();

    static {
        problems();
    }

    /**
     * A problem whose English holds values ({@code {}} in {@code problems_bn.tsv}): the English as a pattern
     * that captures them, and the Bengali with {@code {1}}, {@code {2}} … where they go.
     */
    private record Template(Pattern english, String bengali) {

        private static final Pattern FISCAL_YEAR = Pattern.compile("[0-9]{4}-[0-9]{2}");
        private static final Pattern QUARTER = Pattern.compile("Q[1-4]");
        /** A code ("1.2.1") or a decimal ("2.5"): Bengali output shows its digits in Bengali (domain.md §5). */
        private static final Pattern DOTTED = Pattern.compile("[0-9]{1,9}(?:\\.[0-9]{1,9}){1,5}");
        /** A column as the table reader describes it: its English description, its Bengali header in brackets. */
        private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9 %.-]* \\(([^()a-zA-Z]+)\\)");
        private static final Pattern DESCRIBED = Pattern.compile("(?:" + COLUMN.pattern() + "(?:, |$))+");
        /** The places the office readers name in their notes, each one. */
        private static final Map<String, String> PLACE_NAMES = Map.of("a paragraph before the table",
                "সারণির আগের একটি অনুচ্ছেদ", "the page's title", "পেজের শিরোনাম", "the page's text", "পেজের লেখা");
        private static final Pattern PLACE = Pattern.compile("table [0-9]+, row [0-9]+, cell [0-9]+|a paragraph before"
                + " the table|the page's title|the page's text|[A-Z]{1,3}[0-9]{1,7}");
        private static final Pattern WORD_CELL = Pattern.compile("table ([0-9]+), row ([0-9]+), cell ([0-9]+)");
        /** Names of constants, one or several: "APA", "GRS, NIS", "UPAZILA". */
        private static final Pattern ENUM_NAMES = Pattern.compile("[A-Z_]{3,20}(?:, [A-Z_]{3,20}){0,7}");
        /** The kinds of plan by name, in Bengali. */
        private static final Map<String, String> KINDS = Arrays.stream(PlanKind.values())
                .collect(Collectors.toUnmodifiableMap(PlanKind::name, kind -> kind.title().bn()));
        /** The levels of an office by name, in Bengali ("OTHER" is a kind's, where both have one). */
        private static final Map<String, String> LEVELS = Arrays.stream(OfficeLevel.values())
                .collect(Collectors.toUnmodifiableMap(OfficeLevel::name, level -> level.label().bn()));
        private static final Pattern MORE = Pattern.compile(" and ([0-9]+) more$");
        private static final Pattern PLACES = Pattern.compile("(?:" + PLACE.pattern() + ")(?:, (?:" + PLACE.pattern()
                + "))*(?:" + MORE.pattern() + ")?");

        static Template of(String english, String bengali) {
            StringBuilder regex = new StringBuilder("^");
            int from = 0;
            for (int at = english.indexOf("{}"); at >= 0; at = english.indexOf("{}", from)) {
                regex.append(Pattern.quote(english.substring(from, at))).append("(.+?)");
                from = at + 2;
            }
            regex.append(Pattern.quote(english.substring(from))).append('$');
            return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), bengali);
        }

        /** The Bengali of a problem this template matches, else null. */
        String apply(String problem) {
            Matcher matched = english.matcher(problem);
            if (!matched.matches()) {
                return null;
            }
            String out = bengali;
            for (int group = 1; group <= matched.groupCount(); group++) {
                out = out.replace("{" + group + "}", shown(matched.group(group)));
            }
            return out;
        }

        /**
         * A value among Bengali words: a bare number, a code or a decimal ("১.২.১", "২.৫") or a fiscal year in
         * Bengali digits ("২০২২-২৩"), a quarter by its Bengali name ("৩য় ত্রৈমাসিক"), a problem of its own (why a
         * PDF's text is no table) in its Bengali; any other value, a quoted text above all, as it was.
         */
        private static String shown(String value) {
            boolean number = !value.isEmpty() && value.length() <= 18 && value.chars().allMatch(Character::isDigit);
            if (number || FISCAL_YEAR.matcher(value).matches() || DOTTED.matcher(value).matches()) {
                return Numerals.toBengaliDigits(value);
            }
            if (QUARTER.matcher(value).matches()) {
                return Quarter.valueOf(value).label(Language.BN);
            }
            String named = enumNames(value);
            if (named != null) {
                return named;
            }
            if (value.startsWith("\"")) {
                return value;
            }
            if (DESCRIBED.matcher(value).matches()) {
                // Columns as the reader describes them, "graded target 80 % (উত্তম)": their Bengali headers.
                return COLUMN.matcher(value).replaceAll("$1");
            }
            Matcher places = PLACES.matcher(value);
            if (places.matches()) {
                return places(value);
            }
            String problem = known(value);
            return problem == null ? value : problem;
        }

        /**
         * Kinds of plan ("APA", "GRS, NIS") by their Bengali titles, or an office's level ("UPAZILA") by its
         * Bengali name, as the table reader's notes give them; else null.
         */
        private static String enumNames(String value) {
            if (!ENUM_NAMES.matcher(value).matches()) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (String name : value.split(", ")) {
                String bengali = KINDS.containsKey(name) ? KINDS.get(name) : LEVELS.get(name);
                if (bengali == null) {
                    return null;
                }
                out.append(out.isEmpty() ? "" : ", ").append(bengali);
            }
            return out.toString();
        }

        /**
         * Where the office readers converted Bijoy text ("table 1, row 2, cell 3, a paragraph before the table
         * and 4 more"), in Bengali; an Excel cell's reference ("A1") as Excel shows it.
         */
        private static String places(String list) {
            Matcher more = MORE.matcher(list);
            String rest = more.find() ? list.substring(0, more.start()) : list;
            Matcher place = PLACE.matcher(rest);
            StringBuilder out = new StringBuilder();
            while (place.find()) {
                String one = place.group();
                Matcher cell = WORD_CELL.matcher(one);
                String bengali = cell.matches() ? Numerals.toBengaliDigits("সারণি " + cell.group(1) + "-এর সারি "
                        + cell.group(2) + "-এর ঘর " + cell.group(3)) : PLACE_NAMES.getOrDefault(one, one);
                out.append(out.length() == 0 ? "" : ", ").append(bengali);
            }
            if (more.find(0)) {
                out.append(" এবং আরও ").append(Numerals.toBengaliDigits(more.group(1))).append("টি");
            }
            return out.toString();
        }
    }

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
        error.source().ifPresent(source -> out.append(source(Language.BN, source)));
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
        Matcher page = ON_PAGE.matcher(problem);
        if (page.lookingAt()) {
            context = known(problem.substring(0, page.end() - 2)) + ": ";
            problem = Character.toUpperCase(problem.charAt(page.end())) + problem.substring(page.end() + 1);
        }
        String known = known(problem);
        if (known == null) {
            // A problem that goes on after its known words: "The table's columns cannot be recognised; …".
            for (Map.Entry<String, String> entry : BENGALI_PROBLEMS.entrySet()) {
                String key = entry.getKey();
                if (problem.startsWith(key) && problem.length() > key.length()
                        && (problem.charAt(key.length()) == ';' || problem.charAt(key.length()) == ':')) {
                    return context + entry.getValue() + parts(problem.substring(key.length()));
                }
            }
            return context.isEmpty() ? english : context + problem;
        }
        return context + known;
    }

    /**
     * The list a problem goes on with after its known words ("; not recognised: \"…\" (row 18, column 1);
     * missing: …"), each of its parts in Bengali where {@code problem_parts_bn.tsv} gives it, else as it is.
     */
    private static String parts(String rest) {
        if (!rest.startsWith("; ")) {
            return rest;
        }
        StringBuilder out = new StringBuilder();
        for (String part : rest.substring(2).split("; ", -1)) {
            String bengali = firstApplying(BENGALI_PARTS, part);
            out.append("; ").append(bengali == null ? part : bengali);
        }
        return out.toString();
    }

    /**
     * Whether the Bengali of a problem is known, in whole.
     *
     * @param english the problem in English, without its final full stop
     * @return true if {@code problems_bn.tsv} gives its Bengali
     */
    static boolean isTranslated(String english) {
        return known(english) != null;
    }

    /** The Bengali of a whole problem: its own line of the list, else the first template that matches it. */
    private static String known(String problem) {
        String exact = BENGALI_PROBLEMS.get(problem);
        return exact != null ? exact : firstApplying(BENGALI_TEMPLATES, problem);
    }

    /** The Bengali the first of a list's templates that matches a text gives, else null. */
    private static String firstApplying(List<Template> templates, String text) {
        for (Template template : templates) {
            String bengali = template.apply(text);
            if (bengali != null) {
                return bengali;
            }
        }
        return null;
    }

    /**
     * A note of a table's reading as a person reads it: in English as the note says itself; in Bengali its row
     * and column ("সারি ১, কলাম ৪: ") and its words, where {@code problems_bn.tsv} gives them.
     *
     * @param language the language
     * @param note the note
     * @return one line
     */
    static String note(Language language, org.citizencharter.io.table.TableNote note) {
        if (language == Language.EN) {
            return note.toString();
        }
        StringBuilder out = new StringBuilder();
        note.row().ifPresent(row -> out.append("সারি ").append(Numerals.format(row, Language.BN)));
        note.column().ifPresent(column -> separate(out).append("কলাম ").append(Numerals.format(column, Language.BN)));
        return (out.isEmpty() ? "" : out + ": ") + problem(Language.BN, note.message());
    }

    /**
     * The name of an input in messages: a file as it was given; standard input ({@code -}) in words.
     *
     * @param language the language
     * @param name the input's name, {@code -} or {@link Input#STANDARD_INPUT} for standard input
     * @return the name to print
     */
    static String source(Language language, String name) {
        if (!name.equals("-") && !name.equals(Input.STANDARD_INPUT)) {
            return name;
        }
        return language == Language.BN ? "স্ট্যান্ডার্ড ইনপুট" : Input.STANDARD_INPUT;
    }

    /**
     * A problem of a rule file as a person reads it: its file, line and rule in the language ("a.drl, লাইন ৭,
     * রুল "x": "), then the compiler's own words, which are English in every language.
     *
     * @param language the language
     * @param problem the problem
     * @return one line
     */
    static String ruleProblem(Language language, org.citizencharter.rules.RuleCompilationException.Problem problem) {
        StringBuilder out = new StringBuilder(problem.file());
        if (problem.line() > 0) {
            separate(out).append(say(language, "rule.line", problem.line()));
        }
        if (problem.rule() != null) {
            separate(out).append(say(language, "rule.rule", problem.rule()));
        }
        return out.append(": ").append(problem.message()).toString();
    }

    private static StringBuilder separate(StringBuilder out) {
        return out.isEmpty() ? out : out.append(", ");
    }

    private static String oneLine(String text) {
        String shown = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return shown.codePointCount(0, shown.length()) > 80
                ? shown.substring(0, shown.offsetByCodePoints(0, 80)) + "…" : shown;
    }

    private static void problems() {
        read("problems_bn.tsv", (english, bengali) -> {
            if (english.contains("{}")) {
                BENGALI_TEMPLATES.add(Template.of(english, bengali));
            } else {
                BENGALI_PROBLEMS.put(english, bengali);
            }
        });
        read("problem_parts_bn.tsv", (english, bengali) -> BENGALI_PARTS.add(Template.of(english, bengali)));
    }

    /** Reads a list of English, tab, Bengali (lines beginning with # are comments), in order. */
    private static void read(String resource, BiConsumer<String, String> entry) {
        try (InputStream in = Messages.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    entry.accept(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
