package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built command ({@code java -jar} of the CLI jar in {@code target}) as a process, as a user meets it:
 * standard output that fails or is closed, pipes, {@code <(…)}, FIFOs, and other default locales. Run by
 * failsafe after the jar is packaged; each run has a 60-second guard against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CharterProcessIT {

    private static final Path JAR = Path.of(System.getProperty("charter.cliJar", "target/cli.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String PLAN = "samples/coxsbazar-cc-2022-23-q3.json";
    private static final String TABLE = "samples/coxsbazar-cc-2022-23-q3.tsv";
    private static final String PLANS = "samples/district/plans-2023-24-q3.jsonl";

    @TempDir
    Path temp;

    /** What a run gave. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("the CLI jar, built by package").isRegularFile();
    }

    private static List<String> java(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run charter(String... args) throws IOException, InterruptedException {
        return run(java(List.of(), args));
    }

    /** The command reading a file as its standard input, with an environment of its own added. */
    private Run charter(Path stdin, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(java(List.of(), args)).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()));
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The command with CHARTER_LANG set in its environment. */
    private Run charterIn(String lang, String... args) throws IOException, InterruptedException {
        return charter(Path.of("/dev/null"), Map.of("CHARTER_LANG", lang), args);
    }

    private Run bash(String script) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
        return run(List.of("/bin/bash", "-c", script));
    }

    private static String command(String... args) {
        return String.join(" ", java(List.of(), args).stream().map(arg -> "'" + arg + "'").toList());
    }

    @Test
    void writingToAFullDiskExitsWithThreeAndOneLine() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
        Run run = bash(command("score", PLAN, "--format", "json") + " > /dev/full");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("charter: Standard output cannot be written: No space left on device")
                .endsWith(".\n").hasLineCount(1);
        Run batch = bash(command("batch", PLANS, "--out", "-") + " > /dev/full");
        assertThat(batch.exit()).isEqualTo(3);
        assertThat(batch.err()).startsWith("charter: Standard output cannot be written").hasLineCount(1);
    }

    @Test
    void aPipeClosedByItsReaderEndsTheCommandQuietly() throws Exception {
        Path plans = manyPlans(300);
        Process process = new ProcessBuilder(java(List.of(), "batch", plans.toString(), "--out", "-"))
                .redirectError(temp.resolve("err").toFile()).start();
        try (InputStream out = process.getInputStream()) {
            assertThat(out.readNBytes(100)).hasSize(100);
        }
        int exit = process.waitFor();
        assertThat(exit).isEqualTo(141);
        assertThat(Files.readString(temp.resolve("err"))).isEmpty();
    }

    @Test
    void aBatchStoppedByASignalLeavesNoTemporaryFileBesideItsOutput() throws Exception {
        Path plans = manyPlans(2_000);
        Path outputs = Files.createDirectory(temp.resolve("outputs"));
        Process process = new ProcessBuilder(java(List.of(), "batch", plans.toString(), "--out",
                outputs.resolve("cards.jsonl").toString(), "--quiet"))
                .redirectError(temp.resolve("err").toFile()).start();
        while (process.isAlive() && listing(outputs).isEmpty()) {
            Thread.sleep(20);
        }
        assertThat(listing(outputs)).as("the temporary file while the batch writes")
                .singleElement().asString().endsWith(".part");
        process.destroy(); // SIGTERM, as a terminal's Ctrl-C stops the JVM: shutdown hooks run
        assertThat(process.waitFor()).as("stopped by the signal, not finished").isEqualTo(143);
        assertThat(listing(outputs)).isEmpty();
    }

    /** The district's plans written that many times over, as one JSON Lines file. */
    private Path manyPlans(int times) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(PLANS));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            many.addAll(lines);
        }
        return Files.write(temp.resolve("plans.jsonl"), many);
    }

    private static List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    @Test
    void processSubstitutionReadsAsAFile() throws Exception {
        Run json = bash(command("score", "<(cat " + PLAN + ")", "--format", "json").replace("'<(cat " + PLAN + ")'",
                "<(cat " + PLAN + ")"));
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"totalScore\":18.39");
        Run table = bash(command("score", "<(cat " + TABLE + ")", "--as-of", "Q3", "--fiscal-year", "2022-23",
                "--office", "coop", "--lang", "en").replace("'<(cat " + TABLE + ")'", "<(cat " + TABLE + ")"));
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("Total score 18.39 of 25");
    }

    @Test
    void standardInputThroughAPipeReadsAsAFile() throws Exception {
        Run json = bash("cat " + PLAN + " | " + command("score", "-", "--format", "json"));
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"totalScore\":18.39").endsWith("}\n");
        Run table = bash("cat " + TABLE + " | " + command("import", "-", "--as-of", "Q3", "--fiscal-year", "2022-23",
                "--office", "coop"));
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).startsWith("{\"schemaVersion\":1").endsWith("}\n");
    }

    @Test
    void aFifoIsReadOnceAndDoesNotHang() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "no mkfifo");
        for (String sample : new String[] {PLAN, TABLE}) {
            Path fifo = temp.resolve("plan-fifo-" + (sample.endsWith(".json") ? "json" : "table"));
            assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
            Thread writer = new Thread(() -> {
                try (OutputStream out = Files.newOutputStream(fifo)) {
                    out.write(Files.readAllBytes(Path.of(sample)));
                } catch (IOException ignored) {
                    // the reader went away: the test says so
                }
            });
            writer.start();
            Run run = charter("score", fifo.toString(), "--as-of", "Q3", "--fiscal-year", "2022-23", "--lang", "en");
            writer.join();
            assertThat(run.exit()).as(sample + ": " + run.err()).isZero();
            assertThat(run.out()).as(sample).contains("Total score 18.39 of 25");
        }
    }

    @Test
    void machineReadableOutputIsTheSameUnderArabicAndBengaliLocales() throws Exception {
        List<String[]> commands = List.of(
                new String[] {"score", PLAN, "--format", "json"},
                new String[] {"batch", PLANS, "--out", "-"});
        for (String[] args : commands) {
            Run root = run(java(List.of("-Duser.language=en", "-Duser.country=US"), args));
            assertThat(root.exit()).as(String.join(" ", args) + root.err()).isZero();
            for (List<String> locale : List.of(List.of("-Duser.language=ar", "-Duser.country=EG"),
                    List.of("-Duser.language=bn", "-Duser.country=BD"))) {
                Run there = run(java(locale, args));
                assertThat(there.exit()).as(locale + " " + String.join(" ", args)).isZero();
                assertThat(there.out()).as(locale + " " + String.join(" ", args)).isEqualTo(root.out());
            }
        }
        Path plan = temp.resolve("ar.json");
        Run arabic = run(java(List.of("-Duser.language=ar", "-Duser.country=EG"), "import", TABLE, "--as-of", "Q3",
                "--fiscal-year", "2022-23", "--out", plan.toString()));
        assertThat(arabic.exit()).isZero();
        assertThat(charter("score", plan.toString(), "--format", "json").exit()).as("its own output, read back").isZero();
    }

    @Test
    void outOfMemoryIsOneLineWithStatusFour() throws Exception {
        // A plan of about ten million characters, within the document limit, read under a heap that cannot hold it.
        String line = Files.readAllLines(Path.of(PLANS)).get(0);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            big.append(",\"n").append(i).append("\":\"").append("ক".repeat(900_000)).append('"');
        }
        Path plans = temp.resolve("big.jsonl");
        Files.writeString(plans, line.substring(0, line.length() - 1) + ",\"extensions\":{\"a\":1" + big + "}}\n");
        Run run = run(java(List.of("-Xmx24m"), "batch", plans.toString(), "--out", "-"));
        assertThat(run.exit()).as(run.err()).isEqualTo(4);
        assertThat(run.err()).startsWith("charter: Out of memory").hasLineCount(1).doesNotContain("\tat ");
    }

    // Issue 20: the officer's command, as a process.

    @Test
    void bengaliWithLangBeforeOrAfterTheCommandOrCharterLangErrorsToo() throws Exception {
        Run before = charter("--lang", "bn", "score", PLAN);
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.out()).contains("মোট প্রাপ্ত মান ১৮.৩৯, মোট মান ২৫ (৭৩.৫৬%)").endsWith("\n");
        Run after = charter("score", PLAN, "--lang", "bn");
        assertThat(after.out()).isEqualTo(before.out());
        Run missing = charterIn("bn", "score", "samples/nope.json");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("charter: samples/nope.json নামে কোনো ফাইল নেই। সম্ভবত: নামটি আবার দেখুন।\n");
        Run english = charterIn("bn", "score", PLAN, "--format", "json");
        assertThat(english.out()).as("JSON is the same in any language").contains("\"totalScore\":18.39");
        Run help = charterIn("bn", "help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("ব্যবহার: charter").contains("প্রস্থান কোড:");
    }

    @Test
    void validateAsJsonIsOneLineOfDataAndTheExitStatusSaysTheFindings() throws Exception {
        Run run = charter("validate", PLAN, "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("{\"source\":\"" + PLAN + "\",\"errors\":[],\"findings\":[{\"id\":")
                .endsWith("}]}\n").hasLineCount(1);
        Run warnings = charter("validate", PLAN, "--format", "json", "--fail-on", "warning");
        assertThat(warnings.exit()).isEqualTo(1);
        Run unreadable = charter("validate", TABLE, "--format", "json", "--fiscal-year", "2022-23");
        assertThat(unreadable.exit()).isEqualTo(1);
        assertThat(unreadable.out()).contains("\"errors\":[{\"source\":\"" + TABLE + "\"").endsWith("\"findings\":[]}\n");
    }

    @Test
    void batchIntoRollupThroughAPipeRanksTheDistrictAndNamesTheOfficesThatSentNothing() throws Exception {
        Run run = bash(command("batch", PLANS, "--out", "-", "--quiet") + " | " + command("rollup", "-",
                "--hierarchy", "samples/district/offices.json", "--format", "json"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"schemaVersion\":1,\"office\":{").contains("\"rank\":1,")
                .contains("SUBORDINATE_REPORT_MISSING").endsWith("}\n").hasLineCount(1);
    }

    @Test
    void aTablesReportNamesItsOfficeAndListsHowTheTableWasRead() throws Exception {
        Path html = temp.resolve("report.html");
        Run run = charter("report", TABLE, "--fiscal-year", "2022-23", "--as-of", "Q3", "--office", "coop-coxsbazar",
                "--office-name", "জেলা সমবায় কার্যালয়, কক্সবাজার", "--office-level", "DISTRICT", "--lang", "bn",
                "--html", html.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("সারি ১, কলাম ১: শিরোনাম \"কার্যক্রমের ক্ষেত্র\" পড়া হয়েছে");
        assertThat(Files.readString(html)).contains("জেলা সমবায় কার্যালয়, কক্সবাজার")
                .contains("<title>অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক: জেলা সমবায় কার্যালয়, কক্সবাজার</title>")
                .contains("<strong class=\"figure\">১৮.৩৯</strong>").contains("white-space: nowrap")
                .contains("জেলা কার্যালয়")
                .contains("<li>সারি ৩, কলাম ১: ক্ষেত্র &quot;প্রাতিষ্ঠানিক&quot;-এর কোনো কোড নেই; অবস্থান অনুযায়ী এর নম্বর ১</li>");
    }

    @Test
    void batchOnATerminalShowsItsProgressOnStandardError() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to give the command a terminal");
        List<String> lines = Files.readAllLines(Path.of(PLANS));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.addAll(lines);
        }
        Path plans = temp.resolve("plans.jsonl");
        Files.write(plans, many);
        Path cards = temp.resolve("cards.jsonl");
        Path typescript = temp.resolve("typescript");
        Run run = run(List.of("/usr/bin/script", "-qec", command("batch", plans.toString(), "--out", cards.toString()),
                typescript.toString()));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).as("what the terminal showed").contains(" of about ").contains(" plans/s, about ")
                .contains("Scored 1,800 plans in");
        assertThat(Files.readAllLines(cards)).hasSize(1800);
        Run quiet = run(List.of("/usr/bin/script", "-qec", command("batch", plans.toString(), "--out", cards.toString(),
                "--quiet"), typescript.toString()));
        assertThat(quiet.out()).doesNotContain(" of about ").doesNotContain("Scored");
    }

    @Test
    void aDashReadsStandardInputForEveryCommandAndEveryOutputEndsWithANewline() throws Exception {
        Path plan = Path.of(PLAN);
        Run validate = charter(plan, Map.of(), "validate", "-");
        assertThat(validate.exit()).as("findings at ERROR").isEqualTo(1);
        assertThat(validate.out()).startsWith("ERROR ").endsWith("4 finding(s), 2 at or above ERROR.\n");
        Run html = charter(plan, Map.of(), "report", "-", "--html", "-");
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html.err()).as("nothing said when the report goes to standard output").isEmpty();
        Run markdown = charter(plan, Map.of(), "report", "-", "--markdown", "--lang", "bn");
        assertThat(markdown.exit()).as(markdown.err()).isZero();
        assertThat(markdown.out()).startsWith("# অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক\n")
                .contains("মোট প্রাপ্ত মান **১৮.৩৯**, মোট মান ২৫ (৭৩.৫৬%)").contains("## অসংগতি\n").endsWith("শেষ হয়েছে।\n");
        Run imported = charter(Path.of(TABLE), Map.of(), "import", "-", "--out", "-", "--fiscal-year", "2022-23",
                "--as-of", "Q3", "--office", "coop-coxsbazar", "--office-name", "জেলা সমবায় কার্যালয়, কক্সবাজার",
                "--office-name", "District Cooperative Office, Cox's Bazar", "--office-level", "DISTRICT", "--quiet");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("{\"schemaVersion\":1,\"office\":{\"id\":\"coop-coxsbazar\",\"name\":{\"bn\":"
                + "\"জেলা সমবায় কার্যালয়, কক্সবাজার\",\"en\":\"District Cooperative Office, Cox's Bazar\"},\"level\":\"DISTRICT\"}")
                .endsWith("}\n").hasLineCount(1);
        assertThat(imported.err()).as("--quiet: no notes").isEmpty();
        Run text = charter(Path.of(TABLE), Map.of(), "score", "-", "--fiscal-year", "2022-23", "--as-of", "Q3", "--office", "coop",
                "--office-level", "DISTRICT", "--office-name", "District Cooperative Office, Cox's Bazar");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("District Cooperative Office, Cox's Bazar").contains("Total score 18.39 of 25")
                .endsWith("\n").doesNotEndWith("\n\n");
        assertThat(text.err()).as("the notes of the reading").contains("standard input: row 2");
    }

    @Test
    void theExitStatusesAreTheTableTheHelpShows() throws Exception {
        Run help = charter("help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: charter").contains("Exit status:\n   0    done")
                .contains("\n   1    the input was refused").contains("\n   2    usage error")
                .contains("\n   3    a file could not be read or written").endsWith("\n");
        Run command = charter("help", "rollup");
        assertThat(command.exit()).isZero();
        assertThat(command.out()).startsWith("Usage: charter rollup").contains("--hierarchy=FILE.json");
        Run usage = charter("score", PLAN, "--bogus");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).isEqualTo("charter: Unknown option: '--bogus'. Try 'charter score --help' for more.\n");
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{");
        Run refused = charter(broken, Map.of("CHARTER_LANG", "bn"), "score", "-");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("charter: স্ট্যান্ডার্ড ইনপুট, লাইন ১, কলাম ২").endsWith("।\n")
                .hasLineCount(1);
    }

    @Test
    void charterLangChoosesBengaliForSummariesAndHelpAndLangOverridesIt() throws Exception {
        Path empty = Path.of("/dev/null");
        Run summary = charter(empty, Map.of("CHARTER_LANG", "bn"), "validate", PLAN);
        assertThat(summary.exit()).isEqualTo(1);
        assertThat(summary.out()).contains("ত্রুটি REPORTED_TOTAL_MISMATCH: ")
                .contains("সূচক [২.২.১]-এর ১ম ত্রৈমাসিকের অর্জন প্রতিবেদনে নেই")
                .endsWith("মোট ৪টি অসংগতি, এর মধ্যে ২টি ত্রুটি বা তার বেশি গুরুতর।\n");
        Run english = charter(empty, Map.of("CHARTER_LANG", "bn"), "validate", PLAN, "--lang", "en");
        assertThat(english.out()).endsWith("4 finding(s), 2 at or above ERROR.\n");
        Run help = charter(empty, Map.of("CHARTER_LANG", "bn"), "help", "batch");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("ব্যবহার: charter batch");
        Run wrong = charter(empty, Map.of("CHARTER_LANG", "fr"), "score", PLAN);
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("charter: The language given by CHARTER_LANG (fr) is neither \"bn\" nor \"en\".\n");
    }

    @Test
    void optionsThatWouldDoNothingAreRefusedAndAFallbackPolicySetsEveryDefault() throws Exception {
        Run office = charter("score", PLAN, "--office", "someone-else");
        assertThat(office.exit()).isEqualTo(1);
        assertThat(office.err()).startsWith("charter: " + PLAN + ", at /office/id: ").contains("(someone-else)")
                .hasLineCount(1);
        Path misspelt = temp.resolve("misspelt.json");
        Files.writeString(misspelt, "{\"schemaVersion\":1,\"id\":\"p\",\"version\":\"1\","
                + "\"severities\":{\"QUARTER_MISING\":\"INFO\"}}");
        Run severity = charter("validate", PLAN, "--policy", misspelt.toString(), "--lang", "bn");
        assertThat(severity.exit()).isEqualTo(1);
        assertThat(severity.err()).startsWith("charter: " + misspelt + ", /severities/QUARTER_MISING-এ: ").hasLineCount(1);
        assertThat(severity.out()).isEmpty();
        Path everything = temp.resolve("everything.json");
        Files.writeString(everything, "{\"schemaVersion\":1,\"id\":\"district-2026\",\"version\":\"3\","
                + "\"fiscalYears\":{\"from\":\"2030-31\"},\"severities\":{\"QUARTER_MISSING\":\"INFO\"},\"tolerance\":0.5,"
                + "\"conventionalTotals\":{\"CITIZEN_CHARTER\":30},\"missingQuarterCountsZero\":false,"
                + "\"roundingScale\":3,\"divisionPrecision\":20}");
        Run fallback = charter("score", PLAN, "--fallback-policy", everything.toString(), "--format", "json");
        assertThat(fallback.exit()).as(fallback.err()).isZero();
        assertThat(fallback.out()).as("a fallback alone governs every year, its own range aside")
                .contains("\"policy\":{\"id\":\"district-2026\",\"version\":\"3\",\"roundingScale\":3}")
                .contains("\"totalScore\":18.389").contains("\"id\":\"QUARTER_MISSING\",\"severity\":\"INFO\"")
                .contains("\"id\":\"PLAN_WEIGHT_MISMATCH\",\"severity\":\"WARNING\"").contains("\"expected\":\"30\"")
                .as("a closed quarter with nothing reported does not count").contains("\"percentOfTargetToDate\":200,");
    }

    @Test
    void batchWithoutATerminalSaysOnlyItsSummaryAndRollupRanksFilesAsTextAndHtml() throws Exception {
        Path cards = temp.resolve("cards.jsonl");
        Run batch = charter("batch", PLANS, "--out", cards.toString(), "--lang", "bn");
        assertThat(batch.exit()).as(batch.err()).isZero();
        assertThat(batch.err()).as("standard error is a file: no progress, the summary alone")
                .startsWith("৯টি পরিকল্পনার মূল্যায়ন হয়েছে ").hasLineCount(1).doesNotContain("\r");
        List<String> lines = Files.readAllLines(cards);
        Path some = temp.resolve("some.jsonl");
        Files.write(some, lines.subList(0, 4));
        Path one = temp.resolve("one.json");
        Files.writeString(one, lines.get(4));
        Run text = charter("rollup", some.toString(), one.toString(), "--hierarchy", "samples/district/offices.json",
                "--lang", "bn");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("সমন্বিত মূল্যায়ন, অর্থবছর ২০২৩-২৪, ৩য় ত্রৈমাসিক")
                .contains("\n১ ").contains("\n৫ ").doesNotContain("\n৬ ")
                .contains("সতর্কতা SUBORDINATE_REPORT_MISSING: আওতাধীন দপ্তর উপজেলা কার্যালয় ")
                .endsWith("নেই।\n");
        assertThat(text.out().lines().filter(line -> line.contains("SUBORDINATE_REPORT_MISSING")))
                .as("ten upazilas, four sent theirs").hasSize(6);
        Path html = temp.resolve("rollup.html");
        Run page = charter("rollup", some.toString(), one.toString(), "--format", "html", "--out", html.toString());
        assertThat(page.exit()).as(page.err()).isZero();
        assertThat(Files.readString(html)).contains("<title>Roll-up, fiscal year 2023-24, Q3</title>")
                .contains("<h1>Roll-up, fiscal year 2023-24, Q3</h1>").contains("5 offices reported; mean ")
                .endsWith("</html>\n");
        assertThat(Files.readString(html).split("<tr><td class=\"num\">", -1)).hasSize(6);
    }

    @Test
    void aMissingFileAndADirectoryAreOneLineWithStatusThree() throws Exception {
        Run missing = charter("score", "samples/nope.json");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("charter: There is no file samples/nope.json. Maybe check the name.\n");
        Run directory = charter("validate", "samples");
        assertThat(directory.exit()).isEqualTo(3);
        assertThat(directory.err()).hasLineCount(1);
        Run bare = charter();
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err()).startsWith("Usage: charter");
    }
}
