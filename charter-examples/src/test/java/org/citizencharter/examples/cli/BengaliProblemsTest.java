package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.rules.ScoringEngine;
import org.junit.jupiter.api.Test;

/**
 * With {@code --lang bn}, every problem a person can meet is in Bengali: those of the values and codes
 * (charter-core), of the table reader (charter-io's tables and reports), of the office files (charter-office),
 * of the engine's refusals, and the command's own. The test reads the sources and finds the texts given to
 * {@code InvalidInputException.of}, {@code withHint}, {@code withContext}, an office reader's {@code error}
 * and the command's and engine's exceptions; a value joined into a text stands as {@code {}}. Each must have
 * its Bengali in {@code problems_bn.tsv}. The JSON reader's errors are scanned too, and as they are put
 * together from parts (where the value stands, what it must be, what it is), malformed documents of each kind
 * are read and their errors checked for English words left in the Bengali.
 */
class BengaliProblemsTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("../charter-core/src/main/java"),
            Path.of("../charter-io/src/main/java/org/citizencharter/io/table"),
            Path.of("../charter-io/src/main/java/org/citizencharter/io/internal/table"),
            Path.of("../charter-io/src/main/java/org/citizencharter/io/report"),
            Path.of("../charter-io/src/main/java/org/citizencharter/io/internal/json"),
            Path.of("../charter-io/src/main/java/org/citizencharter/io/internal/bind"),
            Path.of("../charter-io/src/main/java/org/citizencharter/io/CharterJson.java"),
            Path.of("../charter-io/src/main/java/org/citizencharter/io/JsonLimits.java"),
            Path.of("../charter-office/src/main/java"),
            Path.of("../charter-rules/src/main/java/org/citizencharter/rules/ScoringEngine.java"),
            Path.of("src/main/java/org/citizencharter/examples/cli"));

    /** The calls whose argument (the last one, for the engine's exceptions, which name the rule first) is a problem. */
    private static final Pattern CALL = Pattern.compile("(InvalidInputException\\.of|\\.withHint|\\.withContext|"
            + "\\berror|\\bproblem|new FileException|new UsageException|new CharterException|new RuleExecutionException"
            + "|notes\\.add|\\bnote)\\(");

    /**
     * Notes whose text is put together from parts the scan cannot see as one template (a column's description,
     * a suffix chosen by a condition): their forms are checked one by one in {@link #composedNotesAreInBengali()}.
     */
    private static final Set<String> COMPOSED = Set.of("The header {} is read as the {}",
            "The indicator {} has no weight{}", "The report is made as of {}, the quarter {} names: {}",
            "Converted text in the Bijoy font{} to Unicode Bengali, in {}.", "The JSON ends before the document does{}",
            "The table is typed in an old Bijoy font (SutonnyMJ): {} read as the Bengali the font shows, such as {}"
                    + " as {}",
            "The text {}");

    @Test
    void composedNotesAreInBengali() {
        assertThat(Messages.problem(Language.BN, "The header \"সূচক\" is read as the indicator (কর্মসম্পাদন সূচক)"))
                .isEqualTo("শিরোনাম \"সূচক\" পড়া হয়েছে \"কর্মসম্পাদন সূচক\" কলাম হিসেবে");
        assertThat(Messages.problem(Language.BN, "The indicator 1.1.1 has no weight")).isEqualTo("সূচক ১.১.১-এর মান নেই");
        assertThat(Messages.problem(Language.BN, "The indicator 1.1.1.1 has no weight of its own (an alternative"
                + " indicator)")).isEqualTo("সূচক ১.১.১.১-এর নিজস্ব মান নেই (বিকল্প সূচক)");
        assertThat(Messages.problem(Language.BN, "The report is made as of Q2, the quarter a header names: \"x\""))
                .isEqualTo("প্রতিবেদন ২য় ত্রৈমাসিক পর্যন্ত, যে ত্রৈমাসিক একটি শিরোনামে আছে: \"x\"");
        assertThat(Messages.problem(Language.BN, "The header \"মোট অর্জন (জুলাই-জুন)\" runs to the end of Q4, not of"
                + " Q3, the quarter of the report: its cells are kept as text on each indicator"))
                .isEqualTo("শিরোনাম \"মোট অর্জন (জুলাই-জুন)\"-এর হিসাব ৪র্থ ত্রৈমাসিক শেষ হওয়া পর্যন্ত, প্রতিবেদনের"
                        + " মতো ৩য় ত্রৈমাসিক পর্যন্ত নয়: এর ঘরগুলো প্রতিটি সূচকে লেখা হিসেবে রাখা হয়েছে");
        assertThat(Messages.problem(Language.BN, "The table has some of the five graded target columns but not graded"
                + " target 80 % (উত্তম), graded target 70 % (চলতি মান); write all five, or the annual target alone"))
                .isEqualTo("সারণিতে গ্রেডভিত্তিক লক্ষ্যমাত্রার পাঁচটি কলামের কয়েকটি আছে, কিন্তু উত্তম, চলতি মান নেই; পাঁচটিই"
                        + " লিখুন, অথবা শুধু বার্ষিক লক্ষ্যমাত্রা");
        assertThat(Messages.problem(Language.BN, "Converted text in the Bijoy font SutonnyMJ to Unicode Bengali, in a"
                + " paragraph before the table, table 1, row 12, cell 3 and 4 more")).isEqualTo("বিজয় ফন্ট SutonnyMJ-এর"
                + " লেখা ইউনিকোড বাংলায় রূপান্তর করা হয়েছে, সারণির আগের একটি অনুচ্ছেদ, সারণি ১-এর সারি ১২-এর ঘর ৩ এবং আরও"
                + " ৪টি-এ");
        assertThat(Messages.problem(Language.BN, "Text in the page's text, A1 looks typed in a Bijoy font (such as"
                + " SutonnyMJ), but the file does not name the font, so it was left as it is; set the font in the source"
                + " file, or convert the text to Unicode")).startsWith("পেজের লেখা, A1-এর লেখা");
        assertThat(Messages.problem(Language.BN, "Converted text in the Bijoy fonts SutonnyMJ, SutonnyOMJ to Unicode"
                + " Bengali, in cell B2.")).isEqualTo("বিজয় ফন্ট SutonnyMJ, SutonnyOMJ-এর লেখা ইউনিকোড বাংলায় রূপান্তর করা"
                + " হয়েছে, cell B2-এ");
    }

    @Test
    void notesCountingCellsAreInBengaliWithTheirCounts() {
        assertThat(Messages.problem(Language.BN, "The table is typed in an old Bijoy font (SutonnyMJ): 4 cells of its"
                + " body are read as the Bengali the font shows, such as \"gvb\" as \"মান\"")).isEqualTo("সারণিটি পুরনো"
                + " বিজয় ফন্টে (SutonnyMJ) টাইপ করা: মূল অংশের ৪টি ঘর ফন্টটি যে বাংলা দেখায় সেভাবে পড়া হয়েছে, যেমন"
                + " \"gvb\" হলো \"মান\"");
        assertThat(Messages.problem(Language.BN, "The table is typed in an old Bijoy font (SutonnyMJ): 1 cell of its"
                + " body is read as the Bengali the font shows, such as \"gvb\" as \"মান\""))
                .contains("মূল অংশের ১টি ঘর");
        String save = ": the table was saved in a code page without Bengali (in Excel: \"CSV (Comma delimited)\" or"
                + " \"Text (Tab delimited)\"), which loses them. Save it again from the workbook as \"CSV UTF-8\" or"
                + " \"Unicode text\", or give charter the workbook itself";
        assertThat(Messages.problem(Language.BN, "The text \"?? ???\" shows question marks where its letters were;"
                + " kept as it stands" + save)).startsWith("লেখা \"?? ???\"-এ অক্ষরের জায়গায় প্রশ্নচিহ্ন আছে;")
                .contains("\"CSV UTF-8\"").doesNotContain("saved");
        assertThat(Messages.problem(Language.BN, "The text \"?? ???\" and 1 other cell of the body show question"
                + " marks where their letters were; kept as they stand" + save))
                .startsWith("লেখা \"?? ???\" ও মূল অংশের আরও ১টি ঘরে").doesNotContain("saved");
        assertThat(Messages.problem(Language.BN, "The text \"?? ???\" and 12 other cells of the body show question"
                + " marks where their letters were; kept as they stand" + save))
                .startsWith("লেখা \"?? ???\" ও মূল অংশের আরও ১২টি ঘরে").doesNotContain("saved");
        assertThat(Messages.problem(Language.BN, "The headers hold question marks where their letters were" + save))
                .startsWith("শিরোনামগুলোতে অক্ষরের জায়গায় প্রশ্নচিহ্ন আছে");
        assertThat(Messages.problem(Language.BN, "The cell holds question marks where its characters were" + save))
                .startsWith("ঘরে অক্ষরের জায়গায় প্রশ্নচিহ্ন আছে");
    }

    @Test
    void kindsOfPlanAndLevelsOfOfficesInNotesAreInBengali() {
        // the table reader names them by their constants, which a Bengali note showed as they are ("UPAZILA")
        assertThat(Messages.problem(Language.BN, "The office's level is UPAZILA, as its name tells"))
                .isEqualTo("দপ্তরের স্তর উপজেলা কার্যালয়, যেমন এর নাম বলে");
        assertThat(Messages.problem(Language.BN, "The plan is read as APA, the kind the text around the table names:"
                + " \"APA 2023-24\"")).isEqualTo("পরিকল্পনাটি বার্ষিক কর্মসম্পাদন চুক্তি হিসেবে পড়া হয়েছে, যে ধরনের"
                        + " নাম সারণির আশপাশের লেখায় আছে: \"APA 2023-24\"");
        assertThat(Messages.problem(Language.BN, "The text around the table names several kinds of plan (GRS, NIS);"
                + " the plan is read as OTHER: \"x\"")).isEqualTo("সারণির আশপাশের লেখায় একাধিক ধরনের পরিকল্পনার নাম আছে"
                        + " (অভিযোগ প্রতিকার ব্যবস্থা কর্মপরিকল্পনা, জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা); পরিকল্পনাটি"
                        + " অন্যান্য কর্মপরিকল্পনা হিসেবে পড়া হয়েছে: \"x\"");
    }

    @Test
    void theJsonReadersErrorsAreInBengaliPartByPart() throws IOException {
        assertThat(Messages.problem(Language.BN, "The JSON ends before the document does, inside an array"))
                .isEqualTo("ডকুমেন্ট শেষ হওয়ার আগেই JSON শেষ হয়ে গেছে, একটি অ্যারের ভেতরে");
        assertThat(Messages.problem(Language.BN, "Item 2 of \"areas\" must be an object (an area), not the end of the"
                + " input")).isEqualTo("\"areas\"-এর ২ নম্বর আইটেম একটি অবজেক্ট (একটি ক্ষেত্র) হতে হবে,"
                        + " ইনপুটের শেষ নয়");
        assertThat(Messages.problem(Language.BN, "An indicator has no \"unit\""))
                .isEqualTo("সূচক-এ \"unit\" ফিল্ডটি নেই");
        ObjectMapper mapper = new ObjectMapper();
        CharterJson json = CharterJson.standard();
        String plan = Files.readString(Path.of("samples/coxsbazar-cc-2022-23-q3.json"), StandardCharsets.UTF_8);
        // Each kind of document: its malformed forms, and how to read one.
        Map<String, Consumer<String>> readers = Map.of(
                plan, json::readPlan,
                json.writeScorecard(ScoringEngine.defaults().score(json.readPlan(plan))), json::readScorecard,
                Files.readString(Path.of("samples/district/offices.json"), StandardCharsets.UTF_8), json::readHierarchy,
                json.writePolicy(ScoringPolicy.defaults()), json::readPolicy);
        TreeSet<String> english = new TreeSet<>();
        int refused = 0;
        for (Map.Entry<String, Consumer<String>> kind : readers.entrySet()) {
            JsonNode sample = mapper.readTree(kind.getKey());
            List<String> documents = new ArrayList<>(List.of("", "[1, 2]", "{}", "{\"schemaVersion\": 1} {}",
                    "{\"a\": 1, \"a\": 2}", "{\"schemaVersion\": 1e999}", "{\"areas\": [1"));
            mutations(sample, sample, documents, mapper);
            for (String document : documents) {
                InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                        () -> kind.getValue().accept(document));
                if (error == null) {
                    continue;
                }
                refused++;
                String problem = Messages.problem(Language.BN, error.problem());
                // Left as they are: quoted names and texts, JSON's own words, identifiers and enum constants.
                String words = problem.replaceAll("\"[^\"]*\"", "")
                        .replaceAll("\\b(JSON|ASCII|null|true|false|charter)\\b", "")
                        .replaceAll("\\b[A-Z][A-Z0-9_]+\\b", "").replaceAll("\\bJsonLimits\\.\\w+", "");
                if (words.matches("(?s).*[A-Za-z]{2,}.*")) {
                    english.add(error.problem() + " -> " + problem);
                }
                error.hint().filter(hint -> Messages.problem(Language.BN, hint).equals(hint))
                        .filter(hint -> !Messages.isTranslated(hint)).ifPresent(hint -> english.add("hint: " + hint));
            }
        }
        assertThat(refused).as("malformed documents refused").isGreaterThan(700);
        assertThat(english).as("English words left in the Bengali of the JSON reader's errors").isEmpty();
    }

    /** The sample with each value, in turn, of another type, left out, or beside a member the shape has not. */
    private static void mutations(JsonNode root, JsonNode node, List<String> out, ObjectMapper mapper) {
        List<JsonNode> others = List.of(mapper.getNodeFactory().textNode("x"), mapper.getNodeFactory().numberNode(-1),
                mapper.getNodeFactory().booleanNode(true), mapper.getNodeFactory().nullNode(),
                mapper.createArrayNode(), mapper.createObjectNode());
        if (node instanceof ObjectNode object) {
            for (String name : object.properties().stream().map(Map.Entry::getKey).toList()) {
                JsonNode value = object.get(name);
                for (JsonNode other : others) {
                    if (other.getNodeType() != value.getNodeType()) {
                        object.set(name, other);
                        out.add(root.toString());
                    }
                }
                object.remove(name);
                out.add(root.toString());
                object.set(name, value);
                mutations(root, value, out, mapper);
            }
            object.put("zzUnknown", 1);
            out.add(root.toString());
            object.remove("zzUnknown");
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            JsonNode first = array.get(0);
            for (JsonNode other : others) {
                if (other.getNodeType() != first.getNodeType()) {
                    array.set(0, other);
                    out.add(root.toString());
                }
            }
            array.set(0, first);
            mutations(root, first, out, mapper);
        }
    }

    @Test
    void everyProblemOfTheValuesTablesOfficeFilesEngineAndCommandIsInBengali() throws IOException {
        TreeSet<String> untranslated = new TreeSet<>();
        int seen = 0;
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String template : problems(Files.readString(file, StandardCharsets.UTF_8))) {
                        seen++;
                        if (COMPOSED.contains(template)) {
                            continue;
                        }
                        String sample = template.replace("{}", "x");
                        String bare = sample.endsWith(".") ? sample.substring(0, sample.length() - 1) : sample;
                        if (!Messages.isTranslated(bare) && Messages.problem(Language.BN, bare).equals(bare)) {
                            untranslated.add(template + "\t(" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(seen).as("problems found in the sources").isGreaterThan(150);
        assertThat(untranslated).as("problems without their Bengali in problems_bn.tsv (English, tab, Bengali;"
                + " {} for a value, {1} {2} … where it goes)").isEmpty();
    }

    @Test
    void aProblemWithValuesIsTranslatedWithTheValuesInTheirPlaces() {
        assertThat(Messages.problem(Language.BN, "The output a.json is the input b.json: writing it would destroy the"
                + " input. Maybe write to another file")).isEqualTo("আউটপুট a.json আর ইনপুট b.json একই ফাইল: লিখলে"
                + " ইনপুটটি নষ্ট হবে। সম্ভবত: অন্য একটি ফাইলে লিখুন");
        assertThat(Messages.problem(Language.BN, "The fiscal year in the header (2022-23) is not the one given to the"
                + " reader (2023-24)")).isEqualTo("শিরোনামের অর্থবছর (২০২২-২৩) দেওয়া অর্থবছর (২০২৩-২৪) নয়");
        assertThat(Messages.problem(Language.BN, "The report is made as of Q3, the quarter the text around the table"
                + " names: \"জানুয়ারী-মার্চ/২০২৪\"")).isEqualTo("প্রতিবেদন ৩য় ত্রৈমাসিক পর্যন্ত, যে ত্রৈমাসিক সারণির"
                + " আশপাশের লেখায় আছে: \"জানুয়ারী-মার্চ/২০২৪\"");
        // codes and decimals in Bengali digits, as every figure of Bengali output (domain.md §5)
        assertThat(Messages.problem(Language.BN, "The indicator \"সভা\" has no code of its own; it is numbered 1.2.1"
                + " in order under its activity")).isEqualTo("সূচক \"সভা\"-এর নিজস্ব কোড নেই; কার্যক্রমের অধীনে ক্রম"
                + " অনুযায়ী এর নম্বর ১.২.১");
        // a value that is a problem of its own (why a PDF's text is no table) is in Bengali too
        assertThat(Messages.problem(Language.BN, "The PDF's table on page 2 has no ruling lines, and its columns cannot"
                + " be told from the text's positions without guessing: its texts do not leave a gap between columns"
                + " on every line")).isEqualTo("PDF-টির ২ পৃষ্ঠার সারণিতে রেখা নেই, আর লেখার অবস্থান থেকে অনুমান ছাড়া তার"
                + " কলাম চেনা যায় না: এর লেখা প্রতিটি লাইনে কলামগুলোর মাঝে ফাঁক রাখে না");
        assertThat(Messages.problem(Language.EN, "The hierarchy has no such office"))
                .isEqualTo("The hierarchy has no such office");
    }

    @Test
    void theListAfterATablesMissingColumnsIsInBengaliToo() {
        // The refusal an officer meets most (a header damaged by OCR): what was not recognised, what is missing
        // and what was recognised, each part with its row and column.
        String[] header = {"কার্যক্রমের মেচ্ছেট", "শান", "কার্যক্রম", "সূচক", "লক্ষণ মাত্রা"};
        String[] row = {"প্রাতিষ্ঠানিক", "১০", "[১.১] সভা", "[১.১.১] সভা আয়োজিত", "৪"};
        String[] noIndicator = {"কার্যক্রমের মেচ্ছেট", "শান", "কার্যক্রম", "সুচোক", "লক্ষ্যমাত্রা"};
        for (String[] first : List.of(header, noIndicator)) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> TableReader.of(Office.of(OfficeId.of("o"), BilingualText.of("দপ্তর", "Office"), OfficeLevel.OTHER),
                            PlanKind.CITIZEN_CHARTER, Quarter.Q3).withFiscalYear(FiscalYear.of(2023))
                            .read(String.join("\t", first) + "\n" + String.join("\t", row) + "\n", "t.tsv"));
            String bengali = Messages.problem(Language.BN, refused.problem());
            assertThat(bengali).as(refused.problem()).startsWith("সারণির অপরিহার্য কলামগুলো পাওয়া যায় না; চেনা যায়নি: ")
                    .contains("\"শান\" (সারি ১, কলাম ২)").contains("; নেই: ").contains("; চেনা গেছে: ")
                    .contains("\"কার্যক্রম\" কলাম হিসেবে (সারি ১, কলাম ৩)");
            // no English left outside the headers quoted
            assertThat(bengali.replaceAll("\"[^\"]*\"", "")).doesNotContainPattern("[A-Za-z]");
        }
    }

    /** The problem texts of a source file, values as {}; a text chosen by a condition gives each choice. */
    static List<String> problems(String source) {
        List<String> found = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            List<String> arguments = arguments(source, call.end());
            if (arguments.isEmpty()) {
                continue;
            }
            // The engine's exceptions name the rule first, and a table's notes their kind and place: the text is last.
            boolean textLast = call.group(1).contains("RuleExecutionException") || call.group(1).contains("note");
            String argument = textLast ? arguments.get(arguments.size() - 1) : arguments.get(0);
            for (String choice : choices(argument)) {
                String template = template(choice);
                if (template != null && !template.isBlank()) {
                    found.add(template);
                }
            }
        }
        return found;
    }

    /** The arguments of a call, as source text, from just after its opening parenthesis. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = endOfString(source, i);
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == ',' && depth == 0) || c == ')') {
                arguments.add(source.substring(start, i).strip());
                if (c == ')') {
                    return arguments;
                }
                start = i + 1;
            }
        }
        return arguments;
    }

    private static int endOfString(String source, int quote) {
        for (int i = quote + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == '"') {
                return i;
            }
        }
        return source.length();
    }

    /** The texts an argument may be: both sides of a condition at its top level, else itself. */
    private static List<String> choices(String argument) {
        int depth = 0;
        int question = -1;
        int colon = -1;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '"') {
                i = endOfString(argument, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == '?' && question < 0) {
                question = i;
            } else if (depth == 0 && c == ':' && question >= 0 && colon < 0) {
                colon = i;
            }
        }
        if (question < 0 || colon < 0) {
            return List.of(argument);
        }
        List<String> both = new ArrayList<>(choices(argument.substring(question + 1, colon).strip()));
        both.addAll(choices(argument.substring(colon + 1).strip()));
        return both;
    }

    /** A concatenation as a template: its string literals as they read, anything else as {}; null if no literal. */
    private static String template(String expression) {
        StringBuilder template = new StringBuilder();
        boolean literal = false;
        int depth = 0;
        int start = 0;
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                i = endOfString(expression, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '+' && depth == 0) {
                operands.add(expression.substring(start, i).strip());
                start = i + 1;
            }
        }
        operands.add(expression.substring(start).strip());
        for (String operand : operands) {
            if (operand.startsWith("\"") && operand.endsWith("\"") && endOfString(operand, 0) == operand.length() - 1) {
                template.append(unescape(operand.substring(1, operand.length() - 1)));
                literal = true;
            } else if (template.length() < 2 || !template.substring(template.length() - 2).equals("{}")) {
                template.append("{}");
            }
        }
        return literal ? template.toString() : null;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == 'u') {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
