package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Weight;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand, and every exit code, as a user meets them. */
class CharterCommandTest {

    private static final String COXS_BAZAR = "samples/coxsbazar-cc-2022-23-q3.tsv";
    private static final String COXS_BAZAR_JSON = "samples/coxsbazar-cc-2022-23-q3.json";

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private static Run charter(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CharterCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scoreATableAsText() {
        Run run = charter("score", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--lang", "bn");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("মোট প্রাপ্ত মান ১৮.৩৯, মোট মান ২৫ (৭৩.৫৬%)").contains("ত্রুটি (২)")
                .contains("REPORTED_TOTAL_MISMATCH").contains("সতর্কতা (২)");
        assertThat(run.err()).contains(COXS_BAZAR + ": সারি ১, কলাম ৭: শিরোনাম \"লক্ষ্য মাত্রা\" পড়া হয়েছে"
                + " \"লক্ষ্যমাত্রা\" কলাম হিসেবে").contains(COXS_BAZAR + ": সারি ২: শিরোনামের নিচের কলাম-নম্বরের সারিটি"
                + " বাদ দেওয়া হয়েছে");
        Run quiet = charter("score", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--quiet", "--lang", "bn");
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(run.out());
        Run english = charter("score", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--lang", "en");
        assertThat(english.err()).contains(COXS_BAZAR + ": row 1, column 7: The header \"লক্ষ্য মাত্রা\" is read as the"
                + " annual target (লক্ষ্যমাত্রা)").contains(COXS_BAZAR + ": row 2: The row of column numbers under the"
                + " header is skipped");
        assertThat(english.out()).contains("Total score 18.39 of 25 (73.56%)").contains("[1.2.1]")
                .contains("  0.89  ");
    }

    @Test
    void importWithNotesPrintsThePlanAndTheNotesOfTheReading() {
        Run run = charter("import", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--with-notes");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"plan\" : {").contains("\"notes\" : [")
                .contains("\"kind\" : \"SKIPPED\",\n    \"row\" : 2,\n    \"column\" : null,\n    \"message\" : \"The row of"
                        + " column numbers under the header is skipped\"");
        Run missing = charter("import", COXS_BAZAR, "--fiscal-year", "2022-23");
        // The table does not say its quarter, and no --as-of says it: the input is refused.
        assertThat(missing.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(missing.err()).contains("The quarter the report is made as of is not given").contains("--as-of");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void scoreAsJsonPrintsTheScorecardDocumentAndNothingElse() {
        Run run = charter("score", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--kind", "CITIZEN_CHARTER",
                "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\"schemaVersion\":1,").contains("\"totalScore\":18.39")
                .contains("\"percentOfTotal\":73.56").contains("\"id\":\"REPORTED_PERCENT_MISMATCH\"");
        assertThat(run.out().strip().lines()).hasSize(1);
    }

    @Test
    void scoreAJsonPlanThatSaysItsQuarter() {
        assertThat(charter("score", COXS_BAZAR_JSON, "--format", "json").out()).contains("\"totalScore\":18.39");
    }

    @Test
    void validateExitsWithOneOnFindingsAtOrAboveTheThreshold() {
        Run errors = charter("validate", COXS_BAZAR_JSON, "--lang", "en");
        assertThat(errors.code()).isEqualTo(1);
        assertThat(errors.out()).contains("ERROR REPORTED_TOTAL_MISMATCH").contains("4 finding(s), 2 at or above ERROR.");
        assertThat(charter("validate", COXS_BAZAR_JSON, "--fail-on", "warning").code()).isEqualTo(1);
        assertThat(charter("validate", COXS_BAZAR_JSON, "--rules", "src/test/resources/quiet.drl").code())
                .as("with an author's rule file that adds nothing").isEqualTo(1);
    }

    @Test
    void validateExitsWithZeroOnACleanPlan() throws Exception {
        Path clean = temp.resolve("clean.json");
        Files.writeString(clean, Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl")).get(0));
        Run run = charter("validate", clean.toString(), "--lang", "en", "--fail-on", "warning");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("0 finding(s), 0 at or above WARNING.\n");
    }

    @Test
    void importPrintsThePlanDocument() {
        Run run = charter("import", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3",
                "--office", "coop-district-coxsbazar");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\"schemaVersion\":1,\"office\":{\"id\":\"coop-district-coxsbazar\"")
                .contains("\"fiscalYear\":\"2022-23\"").contains("\"asOf\":\"Q3\"");
    }

    @Test
    void reportWritesHtmlOrMarkdown() throws Exception {
        Path html = temp.resolve("report.html");
        Run run = charter("report", COXS_BAZAR_JSON, "--html", html.toString(), "--lang", "bn");
        assertThat(run.code()).isZero();
        assertThat(Files.readString(html)).contains("<html").contains("Noto Sans Bengali").contains("১৮.৩৯");
        Run markdown = charter("report", COXS_BAZAR_JSON, "--markdown");
        assertThat(markdown.out()).startsWith("# Progress report, fiscal year 2022-23, Q3\n").contains("\n| কার্যক্রমের ক্ষেত্র |");
        assertThat(charter("report", COXS_BAZAR_JSON).code()).as("--html or --markdown is required").isEqualTo(2);
    }

    @Test
    void batchStreamsScorecardsAndSummarises() throws Exception {
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", "samples/district/plans-2023-24-q3.jsonl", "--out", out.toString(), "--threads", "2");
        assertThat(run.code()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(9).allSatisfy(line -> assertThat(line).contains("\"totalScore\""));
        assertThat(run.err()).contains("Scored 9 plans in").contains("2 with errors.");
    }

    @Test
    void batchWritesTheScorecardsOfManyChunksInTheOrderOfThePlans() throws Exception {
        List<String> district = Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            lines.addAll(district);
        }
        Path in = temp.resolve("plans.jsonl");
        Files.write(in, lines);
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).as("1,170 plans, more than two chunks").containsExactlyElementsOf(
                expectedScorecards(lines));
        assertThat(run.err()).contains("Scored 1,170 plans in").contains("260 with errors.");
    }

    @Test
    void batchAsOfScoresThePlansThatDoNotSayTheirQuarterAndLeavesTheOthersTheirs() throws Exception {
        List<String> district = Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < district.size(); i++) {
            // Every other plan without its quarter; the rest keep Q3.
            lines.add(i % 2 == 0 ? district.get(i).replace("\"asOf\":\"Q3\",", "") : district.get(i));
        }
        assertThat(lines.get(0)).doesNotContain("\"asOf\"");
        Path in = temp.resolve("plans.jsonl");
        Files.write(in, lines);
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", in.toString(), "--out", out.toString(), "--as-of", "Q2", "--threads", "2");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> cards = Files.readAllLines(out);
        assertThat(cards).hasSize(district.size());
        for (int i = 0; i < cards.size(); i++) {
            assertThat(cards.get(i)).as("scorecard %d", i + 1).contains(i % 2 == 0 ? "\"asOf\":\"Q2\"" : "\"asOf\":\"Q3\"");
        }
        // Without --as-of, a plan that does not say its quarter fails alone, named with its line.
        Run without = charter("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(without.code()).isNotZero();
        assertThat(Files.readAllLines(out)).hasSize(district.size() / 2);
        assertThat(without.err()).contains("line 1").contains("line 3");
    }

    @Test
    void aBatchPlanThatCannotBeReadFailsAloneNamedWithItsLineAndEveryOtherPlanIsScored() throws Exception {
        List<String> district = Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            lines.addAll(district);
        }
        List<String> good = new ArrayList<>(lines);
        lines.add("{\"office\": ");
        lines.addAll(district);
        good.addAll(district);
        Path in = temp.resolve("plans.jsonl");
        Files.write(in, lines);
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", in.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("charter: " + in + ", line 631, column 12, at /office: The JSON ends")
                .contains("Scored 639 plans in").contains(" with errors. 1 could not be scored (named above).")
                .doesNotContain("\tat ");
        assertThat(Files.readAllLines(out)).as("the 630 plans before it and the 9 after").containsExactlyElementsOf(
                expectedScorecards(good));
    }

    @Test
    void aRunOfLinesThatCannotBeReadIsNamedLineByLineAcrossChunksAndThePlansAroundItAreScored() throws Exception {
        List<String> district = Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl"));
        List<String> lines = new ArrayList<>(district);
        for (int i = 0; i < 300; i++) {
            lines.add(i % 2 == 0 ? "{\"office\": " : "[1, 2]");
        }
        lines.addAll(district);
        List<String> good = new ArrayList<>(district);
        good.addAll(district);
        Path in = temp.resolve("plans.jsonl");
        Files.write(in, lines);
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().filter(line -> line.startsWith("charter: " + in + ", line "))).as(run.err())
                .hasSize(300).first().asString().startsWith("charter: " + in + ", line 10,");
        assertThat(run.err()).contains("line 309,").contains("Scored 18 plans in")
                .contains("300 could not be scored (named above).");
        assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expectedScorecards(good));
    }

    @Test
    void aBatchPlanWhoseScoringFailsFailsAloneNamedWithItsLineAndOffice() throws Exception {
        List<String> district = Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl"));
        Path throwing = temp.resolve("throwing.drl");
        String office = CharterJson.standard().readPlan(district.get(3)).office().id().toString();
        Files.writeString(throwing, "package x;\nimport org.citizencharter.rules.facts.*;\nrule \"Fails for one office\"\n"
                + "when\n    ScoringContext( plan.office().id().toString() == \"" + office + "\" )\nthen\n"
                + "    throw new IllegalStateException(\"no\");\nend\n");
        List<String> lines = new ArrayList<>(district);
        // A plan without its quarter, on line 10.
        lines.add(district.get(0).replace("\"asOf\":\"Q3\",", ""));
        Path in = temp.resolve("plans.jsonl");
        Files.write(in, lines);
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", in.toString(), "--out", out.toString(), "--rules", throwing.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("charter: " + in + ", line 4: The rule \"Fails for one office\" failed scoring"
                + " the plan of office (" + office + "): no")
                .contains("charter: " + in + ", line 10: The plan of office (")
                .contains("Scored 8 plans").contains("2 could not be scored").doesNotContain("Exception");
        assertThat(Files.readAllLines(out)).hasSize(8);
    }

    @Test
    void aBatchOfPlansWithManyEmptyAreasIsScored() throws Exception {
        CharterJson json = CharterJson.standard();
        ActionPlan plan = json.readPlan(Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl")).get(0));
        MutableList<Area> areas = Lists.mutable.empty();
        for (int a = 1; a <= 1_201; a++) {
            areas.add(new Area(AreaCode.of(a), BilingualText.bengali("ক্ষেত্র"), Weight.of(0), Lists.immutable.empty()));
        }
        String empty = json.writePlan(plan.withAreas(areas.toImmutable()));
        Path in = temp.resolve("plans.jsonl");
        Files.write(in, java.util.Collections.nCopies(100, empty));
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", in.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(100);
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputIsKept() throws Exception {
        Path in = temp.resolve("plans.jsonl");
        Files.copy(Path.of("samples/district/plans-2023-24-q3.jsonl"), in);
        byte[] before = Files.readAllBytes(in);
        Path link = temp.resolve("link.jsonl");
        Files.createLink(link, in);
        Path symbolic = temp.resolve("symbolic.jsonl");
        Files.createSymbolicLink(symbolic, in);
        for (String out : new String[] {in.toString(), temp + "/./plans.jsonl", link.toString(), symbolic.toString()}) {
            Run run = charter("batch", in.toString(), "--out", out);
            assertThat(run.code()).as(out).isEqualTo(2);
            assertThat(run.err()).as(out).startsWith("charter: The output " + out + " is the input " + in)
                    .endsWith("Maybe write to another file.\n");
            assertThat(Files.readAllBytes(in)).as(out).isEqualTo(before);
        }
        Run report = charter("report", COXS_BAZAR_JSON, "--html", COXS_BAZAR_JSON);
        assertThat(report.code()).isEqualTo(2);
        Run rules = charter("score", COXS_BAZAR_JSON, "--rules", "src/test/resources/quiet.drl", "--out",
                "src/test/resources/quiet.drl");
        assertThat(rules.code()).isEqualTo(2);
    }

    @Test
    void aDocumentOfAnotherKindOrLayoutIsToldWhatToDo() throws Exception {
        // A plan where a scorecard belongs: score it first.
        Run plan = charter("rollup", COXS_BAZAR_JSON);
        assertThat(plan.code()).isEqualTo(1);
        assertThat(plan.err()).contains("Maybe score the plan first, and give its scorecard: the document looks like"
                + " a plan.");
        // Two plans, one a line, to the command that scores one: the command that scores many.
        Path lines = temp.resolve("plans.jsonl");
        String one = Files.readString(Path.of(COXS_BAZAR_JSON)).strip();
        Files.writeString(lines, one + "\n" + one + "\n");
        Run two = charter("score", lines.toString(), "--lang", "bn");
        assertThat(two.code()).isEqualTo(1);
        assertThat(two.err()).contains("সম্ভবত: অনেক পরিকল্পনা charter batch দিয়ে মূল্যায়ন করুন, অথবা পরের অংশ মুছুন।");
        Path array = temp.resolve("plans.json");
        Files.writeString(array, "[" + one + "]\n");
        Run inArray = charter("validate", array.toString());
        assertThat(inArray.code()).isEqualTo(1);
        assertThat(inArray.err()).contains("A plan document is a JSON object, not an array ([). Maybe score an array"
                + " of plans with charter batch.");
        // A scorecard pretty-printed, as an editor or jq keeps it, is rolled up as written compact.
        Path compact = temp.resolve("card.json");
        assertThat(charter("score", COXS_BAZAR_JSON, "--format", "json", "--out", compact.toString()).code()).isZero();
        Path pretty = temp.resolve("card-pretty.json");
        // Numbers as written: a scorecard's exact figures have 34 digits.
        com.fasterxml.jackson.databind.ObjectMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
        Files.writeString(pretty, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
                mapper.readTree(Files.readString(compact))));
        Run twice = charter("rollup", compact.toString(), pretty.toString(), "--lang", "bn");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("দপ্তর (coop-district-coxsbazar)-এর দুটি স্কোরকার্ড। সম্ভবত: প্রতিটি দপ্তরের"
                + " স্কোরকার্ড একবারই দিন");
        Run rolled = charter("rollup", pretty.toString());
        assertThat(rolled.code()).as(rolled.err()).isZero();
        assertThat(rolled.out()).isEqualTo(charter("rollup", compact.toString()).out());
    }

    @Test
    void aRollUpWhoseOutputIsOneOfItsInputsIsRefusedAndTheInputIsKept() throws Exception {
        Path cards = temp.resolve("cards.jsonl");
        assertThat(charter("batch", "samples/district/plans-2023-24-q3.jsonl", "--out", cards.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(cards);
        Run run = charter("rollup", cards.toString(), "--format", "html", "--out", cards.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("charter: The output " + cards + " is the input " + cards);
        assertThat(Files.readAllBytes(cards)).isEqualTo(before);
        Run hierarchy = charter("rollup", cards.toString(), "--hierarchy", "samples/district/offices.json", "--out",
                "samples/district/offices.json");
        assertThat(hierarchy.code()).isEqualTo(2);
        Path html = temp.resolve("rollup.html");
        Run written = charter("rollup", cards.toString(), "--format", "html", "--out", html.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").endsWith("\n");
    }

    @Test
    void aFailedRunLeavesTheOutputThatWasThereAndNoTemporaryFile() throws Exception {
        Path out = temp.resolve("cards.jsonl");
        Files.writeString(out, "the scorecards of yesterday\n");
        Path in = temp.resolve("plans.jsonl");
        Files.writeString(in, "{\"office\": \n");
        Path throwing = temp.resolve("broken.drl");
        Files.writeString(throwing, "package x;\nrule \"Typo\"\nwhen\n    Nothing( )\nthen\nend\n");
        Run run = charter("batch", in.toString(), "--out", out.toString(), "--rules", throwing.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("the scorecards of yesterday\n");
        Run written = charter("report", COXS_BAZAR_JSON, "--markdown", out.toString());
        assertThat(written.code()).isZero();
        assertThat(Files.readString(out)).startsWith("# Progress report").contains("| কার্যক্রমের ক্ষেত্র |").endsWith("\n");
        try (var files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void anOutputInADirectoryThatDoesNotExistSaysSo() {
        Run run = charter("report", COXS_BAZAR_JSON, "--html", temp + "/missing/report.html");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("charter: The directory " + temp + "/missing of the output " + temp
                + "/missing/report.html does not exist. Maybe create it, or write elsewhere.\n");
    }

    @Test
    void tooManyThreadsIsAUsageErrorThatSaysTheRange() {
        Run run = charter("batch", "samples/district/plans-2023-24-q3.jsonl", "--out", "-", "--threads", "100000");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("charter: --threads must be from 1 to 256, not 100000. Maybe leave it out: the"
                + " default is the number of processors.\n");
        assertThat(charter("batch", "samples/district/plans-2023-24-q3.jsonl", "--out", "-", "--threads", "0").code())
                .isEqualTo(2);
    }

    @Test
    void bareCharterPrintsTheUsageAndExitsWithTwoAndHelpWorks() {
        Run bare = charter();
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).startsWith("Usage: charter").contains("Exit status:");
        Run help = charter("help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: charter").contains("Exit status:");
        Run helpScore = charter("help", "score");
        assertThat(helpScore.code()).isZero();
        assertThat(helpScore.out()).startsWith("Usage: charter score");
    }

    @Test
    void aDashReadsStandardInputAndEveryOutputEndsWithANewline() throws Exception {
        byte[] plan = Files.readAllBytes(Path.of(COXS_BAZAR_JSON));
        byte[] table = Files.readAllBytes(Path.of(COXS_BAZAR));
        Run json = charterWithInput(plan, "score", "-", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"totalScore\":18.39").endsWith("}\n");
        Run imported = charterWithInput(table, "import", "-", "--as-of", "Q3", "--fiscal-year", "2022-23", "--office",
                "coop-district-coxsbazar");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("{\"schemaVersion\":1").endsWith("}\n");
        Run noOffice = charterWithInput(table, "import", "-", "--as-of", "Q3");
        assertThat(noOffice.code()).isEqualTo(2);
        assertThat(noOffice.err()).contains("--office");
        Run validate = charterWithInput(plan, "validate", "-", "--lang", "en");
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).endsWith("at or above ERROR.\n");
        Run markdown = charterWithInput(plan, "report", "-", "--markdown", "-");
        assertThat(markdown.code()).isZero();
        assertThat(markdown.out()).endsWith("\n");
        Run batch = charterWithInput(plan, "batch", "-", "--out", "-");
        assertThat(batch.code()).isZero();
        assertThat(batch.out()).endsWith("}\n");
    }

    @Test
    void controlCharactersAndEscapesInAPlansNamesArePrintedVisibly() throws Exception {
        String plan = Files.readString(Path.of(COXS_BAZAR_JSON)).replace("District Cooperative Office, Cox's Bazar",
                "\\u001b[2J\\u001b]0;owned\\u0007Office\\u202e");
        Path file = temp.resolve("hostile.json");
        Files.writeString(file, plan);
        Run run = charter("score", file.toString(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                .contains("\\u001B[2J\\u001B]0;owned\\u0007Office\\u202E");
    }

    @Test
    void aNameWrittenOnSeveralLinesOfItsCellIsOneLineOfTheScorecard() throws Exception {
        // A quoted cell of several lines, as Excel writes a cell typed with Alt+Enter: the plan keeps the name as
        // written; the scorecard's row shows it on one line.
        Path table = temp.resolve("lines.tsv");
        Files.writeString(table, "কার্যক্রমের ক্ষেত্র\tমান\tকার্যক্রম\tকর্মসম্পাদন সূচক\tএকক\tকর্মসম্পাদন সূচকের মান\t"
                + "লক্ষ্যমাত্রা\t১ম ত্রৈমাসিক অর্জন\n"
                + "\"প্রাতিষ্ঠানিক\r\nব্যবস্থা\"\t১০\t[১.১] সভা\t\"[১.১.১] সভা \n আয়োজিত\"\tসংখ্যা\t১০\t৪\t১\n");
        Run run = charter("score", table.toString(), "--fiscal-year", "2023-24", "--as-of", "Q1", "--quiet");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("[1.1.1]").contains(" সভা আয়োজিত\n").doesNotContain("\\n");
        Run json = charter("import", table.toString(), "--fiscal-year", "2023-24", "--as-of", "Q1", "--quiet");
        assertThat(json.out()).contains("\"সভা \\n আয়োজিত\"");
    }

    private static Run charterWithInput(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CharterCommand.run(args, new java.io.ByteArrayInputStream(input), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> expectedScorecards(List<String> plans) {
        CharterJson json = CharterJson.standard();
        ScoringEngine engine = ScoringEngine.defaults();
        return plans.stream().map(plan -> json.writeScorecard(engine.score(json.readPlan(plan)))).toList();
    }

    @Test
    void rulesCheckReportsErrorsWithTheirLine() throws Exception {
        Path good = Path.of("src/main/resources/rules/sixty-percent-floor.drl");
        Run ok = charter("rules", "check", good.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("1 rule(s) of your own");
        Path broken = temp.resolve("broken.drl");
        Files.writeString(broken, "package x;\nimport org.citizencharter.rules.facts.*;\nrule \"Typo\"\nwhen\n"
                + "    IndicatorFact( weigth > 1 )\nthen\nend\n");
        Run bad = charter("rules", "check", broken.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains(broken + ", line 5, rule \"Typo\"").contains("weigth");
        assertThat(charter("rules", "list").out()).contains("OVER_ACHIEVEMENT").contains("Achievement by SUM");
    }

    @Test
    void refusedInputExitsWithOneAndSaysWhereAMissingFileWithThreeAUsageErrorWithTwo() throws Exception {
        Run missing = charter("score", "samples/nope.tsv", "--as-of", "Q3");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("charter: There is no file samples/nope.tsv. Maybe check the name.\n");
        Run directory = charter("score", "samples", "--as-of", "Q3");
        assertThat(directory.code()).isEqualTo(3);
        assertThat(directory.err()).isEqualTo("charter: samples is a directory, not a file. Maybe name a file in it.\n");
        Run damaged = charter("score", "samples/patuakhali-cc-2023-24-q3.md", "--as-of", "Q3");
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err()).contains("samples/patuakhali-cc-2023-24-q3.md, line 1").contains("মেচ্ছেট")
                .doesNotContain("\tat ");
        Path json = temp.resolve("bad.json");
        Files.writeString(json, "{\"schemaVersion\":1,\"office\":{\"id\":\"x\",\"name\":{\"bn\":\"x\",\"en\":\"x\"},"
                + "\"level\":\"OTHER\"},\"fiscalYear\":\"2023-25\"}");
        Run wrongYear = charter("score", json.toString(), "--as-of", "Q3");
        assertThat(wrongYear.code()).isEqualTo(1);
        assertThat(wrongYear.err()).contains("/fiscalYear").contains("2023-25");
        Run badQuarter = charter("score", COXS_BAZAR, "--as-of", "Q5");
        assertThat(badQuarter.code()).isEqualTo(2);
        assertThat(badQuarter.err()).contains("--as-of").contains("(Q5)");
        Run unknownOption = charter("score", COXS_BAZAR, "--bogus");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).isEqualTo("charter: Unknown option: '--bogus'. Try 'charter score --help' for more.\n");
    }

    @Test
    void aFailingRuleExitsWithOneInOneLineAndAStackTraceOnlyWithDebug() throws Exception {
        Path throwing = temp.resolve("throwing.drl");
        Files.writeString(throwing, "package x;\nimport org.citizencharter.rules.facts.*;\nrule \"Always fails\"\n"
                + "when\n    IndicatorFact( )\nthen\n    throw new IllegalStateException(\"no\");\nend\n");
        Run run = charter("score", COXS_BAZAR_JSON, "--rules", throwing.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("charter: The rule \"Always fails\" failed scoring the plan of office"
                + " (coop-district-coxsbazar): no.\n");
        Run debug = charter("score", COXS_BAZAR_JSON, "--rules", throwing.toString(), "--debug");
        assertThat(debug.code()).isEqualTo(1);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void helpAndVersion() {
        for (String command : new String[] {"score", "validate", "import", "report", "batch", "rules"}) {
            Run help = charter(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: charter " + command);
        }
        assertThat(charter("rules", "check", "--help").out()).startsWith("Usage: charter rules check");
        assertThat(charter("--help").out()).contains("Exit status:").contains("2    usage error")
                .contains("3    a file could not be read or written");
        assertThat(charter("--version").out()).startsWith("charter ");
    }
}
