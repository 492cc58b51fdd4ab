package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
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
        assertThat(run.err()).isEmpty();
        Run english = charter("score", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--lang", "en");
        assertThat(english.out()).contains("Total score 18.39 of 25 (73.56%)").contains("[1.2.1]")
                .contains("  0.89  ");
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
    void validateExitsWithThreeOnFindingsAtOrAboveTheThreshold() {
        Run errors = charter("validate", COXS_BAZAR_JSON, "--lang", "en");
        assertThat(errors.code()).isEqualTo(3);
        assertThat(errors.out()).contains("ERROR REPORTED_TOTAL_MISMATCH").contains("4 finding(s), 2 at or above ERROR.");
        assertThat(charter("validate", COXS_BAZAR_JSON, "--fail-on", "warning").code()).isEqualTo(3);
        assertThat(charter("validate", COXS_BAZAR_JSON, "--rules", "src/test/resources/quiet.drl").code())
                .as("with an author's rule file that adds nothing").isEqualTo(3);
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
    void batchScoresEveryPlanButAnUnreadableOneAndSaysWhere() throws Exception {
        List<String> district = Files.readAllLines(Path.of("samples/district/plans-2023-24-q3.jsonl"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            lines.addAll(district);
        }
        List<String> before = List.copyOf(lines);
        lines.add("{\"office\": ");
        lines.addAll(district);
        Path in = temp.resolve("plans.jsonl");
        Files.write(in, lines);
        Path out = temp.resolve("cards.jsonl");
        Run run = charter("batch", in.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        // The document on line 631 is cut short at the end of its line; the plans after it are scored too.
        assertThat(run.err()).contains(in + ", line " + (before.size() + 1) + ", column 12, at /office: The JSON ends")
                .contains("1 of the documents could not be read").doesNotContain("\tat ");
        List<String> readable = new ArrayList<>(before);
        readable.addAll(district);
        assertThat(Files.readAllLines(out)).as("the 639 plans around it").containsExactlyElementsOf(
                expectedScorecards(readable));
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
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(broken + ", line 5, rule \"Typo\"").contains("weigth");
        assertThat(charter("rules", "list").out()).contains("OVER_ACHIEVEMENT").contains("Achievement by SUM");
    }

    @Test
    void unreadableInputExitsWithTwoAndSaysWhere() throws Exception {
        Run missing = charter("score", "samples/nope.tsv", "--as-of", "Q3");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("charter: There is no file (samples/nope.tsv).\n");
        Run damaged = charter("score", "samples/patuakhali-cc-2023-24-q3.md", "--as-of", "Q3");
        assertThat(damaged.code()).isEqualTo(2);
        assertThat(damaged.err()).contains("samples/patuakhali-cc-2023-24-q3.md, line 1").contains("মেচ্ছেট")
                .doesNotContain("\tat ");
        Path json = temp.resolve("bad.json");
        Files.writeString(json, "{\"schemaVersion\":1,\"office\":{\"id\":\"x\",\"name\":{\"bn\":\"x\",\"en\":\"x\"},"
                + "\"level\":\"OTHER\"},\"fiscalYear\":\"2023-25\"}");
        Run wrongYear = charter("score", json.toString(), "--as-of", "Q3");
        assertThat(wrongYear.code()).isEqualTo(2);
        assertThat(wrongYear.err()).contains("/fiscalYear").contains("2023-25");
        Run badQuarter = charter("score", COXS_BAZAR, "--as-of", "Q5");
        assertThat(badQuarter.code()).isEqualTo(2);
        assertThat(badQuarter.err()).contains("--as-of").contains("(Q5)");
        Run unknownOption = charter("score", COXS_BAZAR, "--bogus");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--bogus'").contains("charter score --help");
    }

    @Test
    void anythingElseExitsWithOneAndAStackTraceOnlyWithDebug() throws Exception {
        Path throwing = temp.resolve("throwing.drl");
        Files.writeString(throwing, "package x;\nimport org.citizencharter.rules.facts.*;\nrule \"Always fails\"\n"
                + "when\n    IndicatorFact( )\nthen\n    throw new IllegalStateException(\"no\");\nend\n");
        Run run = charter("score", COXS_BAZAR_JSON, "--rules", throwing.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("\"Always fails\"").doesNotContain("\tat ");
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
        assertThat(charter("--help").out()).contains("Exit codes:").contains("3   validate found findings");
        assertThat(charter("--version").out()).startsWith("charter ");
    }
}
