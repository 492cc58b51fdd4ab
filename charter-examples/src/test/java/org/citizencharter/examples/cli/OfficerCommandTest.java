package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citizencharter.core.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as an officer uses it (issue 20): the language of everything a person reads, findings as data,
 * options that would do nothing refused, a table's office named, the roll-up of several offices, the progress
 * of a batch, the report's title and totals.
 */
class OfficerCommandTest {

    private static final String COXS_BAZAR = "samples/coxsbazar-cc-2022-23-q3.tsv";
    private static final String COXS_BAZAR_JSON = "samples/coxsbazar-cc-2022-23-q3.json";
    private static final String DISTRICT_PLANS = "samples/district/plans-2023-24-q3.jsonl";
    private static final String DISTRICT_OFFICES = "samples/district/offices.json";

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private static Run charter(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CharterCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run charter(String... args) {
        return charter(Map.of(), args);
    }

    private static Run withStandardInput(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CharterCommand.run(args, new ByteArrayInputStream(input), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // --lang and CHARTER_LANG

    @Test
    void englishIsTheDefaultAndCharterLangChoosesBengali() {
        Run english = charter("score", COXS_BAZAR_JSON);
        assertThat(english.out()).contains("Total score 18.39 of 25 (73.56%)").doesNotContain("মোট প্রাপ্ত মান");
        Run bengali = charter(Map.of("CHARTER_LANG", "bn"), "score", COXS_BAZAR_JSON);
        assertThat(bengali.out()).contains("মোট প্রাপ্ত মান ১৮.৩৯, মোট মান ২৫ (৭৩.৫৬%)");
        Run overridden = charter(Map.of("CHARTER_LANG", "bn"), "score", COXS_BAZAR_JSON, "--lang", "en");
        assertThat(overridden.out()).contains("Total score 18.39");
        Run wrong = charter(Map.of("CHARTER_LANG", "fr"), "score", COXS_BAZAR_JSON);
        assertThat(wrong.code()).isEqualTo(CharterCommand.USAGE);
        assertThat(wrong.err()).isEqualTo("charter: The language given by CHARTER_LANG (fr) is neither \"bn\" nor \"en\".\n");
        Run wrongOption = charter("score", COXS_BAZAR_JSON, "--lang", "fr");
        assertThat(wrongOption.code()).isEqualTo(CharterCommand.USAGE);
        assertThat(wrongOption.err()).contains("--lang").contains("(fr)");
    }

    @Test
    void errorsSummariesAndHelpAreInBengaliWithLangBn() throws Exception {
        Run badQuarter = charter("score", COXS_BAZAR, "--as-of", "Q5", "--lang", "bn");
        assertThat(badQuarter.err()).isEqualTo("charter: --as-of-এ: ত্রৈমাসিকটি Q1, Q2, Q3, Q4 (১ম, ২য়, ৩য়, ৪র্থ) এর কোনোটি নয় (Q5)।\n");
        Path json = temp.resolve("bad.json");
        Files.writeString(json, "{\"schemaVersion\":1,\"office\":{\"id\":\"x\",\"name\":{\"bn\":\"x\",\"en\":\"x\"},"
                + "\"level\":\"OTHER\"},\"fiscalYear\":\"2023-25\"}");
        Run wrongYear = charter(Map.of("CHARTER_LANG", "bn"), "score", json.toString(), "--as-of", "Q3");
        assertThat(wrongYear.err()).startsWith("charter: " + json + ", লাইন ১, কলাম ").contains("/fiscalYear-এ: ")
                .contains("(2023-25)").endsWith("।\n");
        Run noYear = charter("score", COXS_BAZAR, "--lang", "bn");
        assertThat(noYear.err()).contains("অর্থবছর দেওয়া হয়নি, আর সারণিতে বা তার আশপাশের লেখাতেও তা নেই")
                .contains("সম্ভবত: অর্থবছরটি দিন: কমান্ডে --fiscal-year 2023-24");
        Run noQuarter = charter("score", COXS_BAZAR, "--fiscal-year", "2022-23", "--lang", "bn");
        assertThat(noQuarter.err()).contains("কোন ত্রৈমাসিক পর্যন্ত প্রতিবেদন তা দেওয়া হয়নি, আর সারণিতে বা তার আশপাশের লেখাতেও তা নেই")
                .contains("সম্ভবত: ত্রৈমাসিকটি দিন: কমান্ডে --as-of Q3, জাভায় withAsOf(Quarter.Q3)।");

        Run validate = charter("validate", COXS_BAZAR_JSON, "--lang", "bn");
        assertThat(validate.out()).contains("ত্রুটি REPORTED_TOTAL_MISMATCH: সূচক [১.২.১]-এর প্রতিবেদিত প্রকৃত অর্জন (৬০)")
                .endsWith("মোট ৪টি অসংগতি, এর মধ্যে ২টি ত্রুটি বা তার বেশি গুরুতর।\n");

        Run help = charter("score", "--help", "--lang", "bn");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("ব্যবহার: charter score").contains("অপশন:")
                .contains("অর্থবছর, যেমন 2022-23").contains("একটি পরিকল্পনার মূল্যায়ন");
        assertThat(charter("score", "--help").out()).startsWith("Usage: charter score").contains("The fiscal year");
    }

    @Test
    void langBeforeTheCommandChoosesTheLanguageAndTheHelpSaysTheExitStatusesInBengali() {
        Run score = charter("--lang", "bn", "score", COXS_BAZAR_JSON);
        assertThat(score.code()).as(score.err()).isZero();
        assertThat(score.out()).contains("মোট প্রাপ্ত মান ১৮.৩৯, মোট মান ২৫ (৭৩.৫৬%)");
        assertThat(charter("--lang", "bn", "score", COXS_BAZAR_JSON, "--lang", "en").out()).contains("Total score 18.39");
        Run wrong = charter("--lang", "fr", "score", COXS_BAZAR_JSON);
        assertThat(wrong.code()).isEqualTo(CharterCommand.USAGE);
        assertThat(wrong.err()).contains("--lang").contains("(fr)");
        Run help = charter("--lang", "bn", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("ব্যবহার: charter").contains("প্রস্থান কোড:")
                .contains("1   ইনপুট গ্রহণ করা যায়নি").contains("3   কোনো ফাইল পড়া বা লেখা যায়নি")
                .doesNotContain("the input was refused");
        assertThat(charter("--lang", "bn", "validate", "--help").out()).contains("প্রস্থান কোড ১");
    }

    @Test
    void theCommandsOwnErrorsAreInBengaliWithLangBn() throws Exception {
        Run missing = charter("--lang", "bn", "score", "samples/nope.json");
        assertThat(missing.code()).isEqualTo(CharterCommand.FILE);
        assertThat(missing.err()).isEqualTo("charter: samples/nope.json নামে কোনো ফাইল নেই। সম্ভবত: নামটি আবার দেখুন।\n");
        Run directory = charter("validate", "samples", "--lang", "bn");
        assertThat(directory.code()).isEqualTo(CharterCommand.FILE);
        assertThat(directory.err()).isEqualTo("charter: samples একটি ফোল্ডার, ফাইল নয়। সম্ভবত: এর ভেতরের একটি ফাইলের নাম দিন।\n");
        Run same = charter(Map.of("CHARTER_LANG", "bn"), "batch", DISTRICT_PLANS, "--out", DISTRICT_PLANS);
        assertThat(same.code()).isEqualTo(CharterCommand.USAGE);
        assertThat(same.err()).isEqualTo("charter: আউটপুট " + DISTRICT_PLANS + " আর ইনপুট " + DISTRICT_PLANS
                + " একই ফাইল: লিখলে ইনপুটটি নষ্ট হবে। সম্ভবত: অন্য একটি ফাইলে লিখুন।\n");
        Run threads = charter("--lang", "bn", "batch", DISTRICT_PLANS, "--out", "-", "--threads", "0");
        assertThat(threads.err()).startsWith("charter: --threads ১ থেকে ২৫৬ এর মধ্যে হতে হবে, ০ নয়।");
        Run unknown = charter("--lang", "bn", "score", COXS_BAZAR_JSON, "--colour");
        assertThat(unknown.code()).isEqualTo(CharterCommand.USAGE);
        assertThat(unknown.err()).startsWith("charter: অজানা অপশন: '--colour'").contains("আরও জানতে: charter score --help");
        Path noQuarter = temp.resolve("plans.jsonl");
        Files.writeString(noQuarter, Files.readAllLines(Path.of(DISTRICT_PLANS)).get(0).replace("\"asOf\":\"Q3\",", "")
                + "\n{\"office\": \n");
        Run batch = charter("batch", noQuarter.toString(), "--out", "-", "--lang", "bn");
        assertThat(batch.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(batch.err()).contains("charter: " + noQuarter + ", লাইন ১: দপ্তর (")
                .contains("-এর পরিকল্পনায় লেখা নেই কোন ত্রৈমাসিক পর্যন্ত প্রতিবেদন")
                .contains("charter: " + noQuarter + ", লাইন ২, কলাম ").contains("ডকুমেন্ট শেষ হওয়ার আগেই JSON শেষ হয়ে গেছে, একটি অবজেক্টের ভেতরে")
                .contains("২টির মূল্যায়ন করা যায়নি");
    }

    @Test
    void quartersAreWrittenAsOfficesWriteThem() {
        Run validate = charter("validate", COXS_BAZAR_JSON, "--lang", "bn");
        assertThat(validate.out()).contains("সূচক [২.১.১]-এর ১ম ত্রৈমাসিকের অর্জন প্রতিবেদনে নেই")
                .doesNotContain("ত্রৈমাসিক-এর");
        Run rollUp = charter("rollup", "--lang", "bn", "--hierarchy", DISTRICT_OFFICES, cards().toString());
        assertThat(rollUp.out()).contains("সমন্বিত মূল্যায়ন, অর্থবছর ২০২৩-২৪, ৩য় ত্রৈমাসিক")
                .contains("২০২৩-২৪, ৩য় ত্রৈমাসিকের কোনো পরিকল্পনা বা প্রতিবেদন নেই।").doesNotContain("ত্রৈমাসিক-এর");
    }

    // validate --format json

    @Test
    void validateAsJsonGivesTheFindingsAsData() {
        Run run = charter("validate", COXS_BAZAR_JSON, "--format", "json");
        assertThat(run.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(run.out()).startsWith("{\"source\":\"" + COXS_BAZAR_JSON + "\",\"errors\":[],\"findings\":[")
                .contains("{\"id\":\"REPORTED_TOTAL_MISMATCH\",\"severity\":\"ERROR\",\"area\":\"1\",\"indicator\":\"1.2.1\","
                        + "\"quarter\":null,\"expected\":\"20\",\"actual\":\"60\",\"message\":{\"bn\":\"সূচক [১.২.১]-এর")
                .contains("\"id\":\"QUARTER_MISSING\",\"severity\":\"WARNING\",\"area\":\"2\",\"indicator\":\"2.1.1\","
                        + "\"quarter\":\"Q1\"")
                .endsWith("}]}\n");
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateAsJsonGivesAnUnreadableInputAsAnErrorWithItsPlace() throws Exception {
        Run table = charter("validate", "samples/patuakhali-cc-2023-24-q3.md", "--as-of", "Q3", "--format", "json");
        assertThat(table.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(table.out()).startsWith("{\"source\":\"samples/patuakhali-cc-2023-24-q3.md\",\"errors\":[{"
                + "\"source\":\"samples/patuakhali-cc-2023-24-q3.md\",\"line\":1,")
                .contains("\"problem\":\"The table's essential columns cannot be found").contains("মেচ্ছেট")
                .endsWith("],\"findings\":[]}\n");
        Path json = temp.resolve("bad.json");
        Files.writeString(json, "{\"schemaVersion\":1,\"office\":{\"id\":\"x\",\"name\":{\"bn\":\"x\",\"en\":\"x\"},"
                + "\"level\":\"OTHER\"},\"fiscalYear\":\"2023-25\"}");
        Run document = charter("validate", json.toString(), "--format", "json", "--as-of", "Q3");
        assertThat(document.out()).contains("\"pointer\":\"/fiscalYear\"").contains("\"text\":\"2023-25\"")
                .contains("\"line\":1,\"column\":");
    }

    // Options that would do nothing

    @Test
    void anOptionAJsonPlanAnswersOtherwiseIsRefused() {
        Run kind = charter("score", COXS_BAZAR_JSON, "--kind", "APA");
        assertThat(kind.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(kind.err()).isEqualTo("charter: " + COXS_BAZAR_JSON + ", at /kind: The plan says CITIZEN_CHARTER;"
                + " --kind says otherwise (APA). Maybe leave out --kind: it is for tables, which do not say it.\n");
        Run office = charter("score", COXS_BAZAR_JSON, "--office", "somewhere-else");
        assertThat(office.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(office.err()).contains("at /office/id").contains("(somewhere-else)");
        Run level = charter("score", COXS_BAZAR_JSON, "--office-level", "UPAZILA");
        assertThat(level.err()).contains("at /office/level").contains("DISTRICT");
        assertThat(charter("score", COXS_BAZAR_JSON, "--kind", "CITIZEN_CHARTER", "--office", "coop-district-coxsbazar",
                "--office-level", "district").code()).as("options that agree with the plan").isZero();
    }

    @Test
    void aPolicySeverityForAFindingNoRuleGivesIsRefused() throws Exception {
        Path typo = temp.resolve("typo.json");
        Files.writeString(typo, "{\"schemaVersion\": 1, \"id\": \"office\", \"version\": \"1\","
                + " \"severities\": {\"OVER_ACHEIVEMENT\": \"INFO\"}}");
        Run run = charter("validate", COXS_BAZAR_JSON, "--policy", typo.toString());
        assertThat(run.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(run.err()).startsWith("charter: " + typo + ", at /severities/OVER_ACHEIVEMENT: The policy sets the"
                + " severity of a finding that no rule gives (OVER_ACHEIVEMENT). Maybe correct the id");
        Path known = temp.resolve("known.json");
        Files.writeString(known, "{\"schemaVersion\": 1, \"id\": \"office\", \"version\": \"1\","
                + " \"severities\": {\"REPORTED_TOTAL_MISMATCH\": \"INFO\", \"REPORTED_PERCENT_MISMATCH\": \"INFO\"}}");
        assertThat(charter("validate", COXS_BAZAR_JSON, "--policy", known.toString()).code()).as("no error is left")
                .isZero();
        Path own = temp.resolve("own.json");
        Files.writeString(own, "{\"schemaVersion\": 1, \"id\": \"office\", \"version\": \"1\","
                + " \"severities\": {\"NO_EVIDENCE\": \"ERROR\"}}");
        Run withRules = charter("validate", COXS_BAZAR_JSON, "--policy", own.toString(), "--rules",
                "src/test/resources/evidence.drl", "--lang", "en");
        assertThat(withRules.code()).as(withRules.err()).isEqualTo(CharterCommand.REFUSED);
        assertThat(withRules.out()).contains("ERROR NO_EVIDENCE: Indicator [1.1.1] has no evidence.");
        assertThat(charter("validate", COXS_BAZAR_JSON, "--policy", own.toString()).err())
                .as("without the rule file that gives it").contains("(NO_EVIDENCE)");
    }

    @Test
    void aFallbackPolicyScoresTheYearsNoOtherPolicyGoverns() throws Exception {
        Path gpms = temp.resolve("gpms.json");
        Files.writeString(gpms, "{\"schemaVersion\": 1, \"id\": \"gpms-draft\", \"version\": \"2025.1\","
                + " \"fiscalYears\": {\"from\": \"2025-26\"}}");
        Path apa = temp.resolve("apa.json");
        Files.writeString(apa, "{\"schemaVersion\": 1, \"id\": \"apa-office\", \"version\": \"7\","
                + " \"severities\": {\"QUARTER_MISSING\": \"INFO\"}}");
        Run without = charter("score", COXS_BAZAR_JSON, "--policy", gpms.toString());
        assertThat(without.code()).isNotZero();
        assertThat(without.err()).contains("2022-23");
        Run with = charter("score", COXS_BAZAR_JSON, "--policy", gpms.toString(), "--fallback-policy", apa.toString(),
                "--format", "json");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("\"policy\":{\"id\":\"apa-office\",\"version\":\"7\"")
                .contains("\"id\":\"QUARTER_MISSING\",\"severity\":\"INFO\"");
    }

    // A table's office

    @Test
    void aTablesOfficeIsNamedWithItsLevel() throws Exception {
        Run imported = charter("import", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3",
                "--office", "coop-district-coxsbazar",
                "--office-name", "জেলা সমবায় কার্যালয়, কক্সবাজার", "--office-name", "District Cooperative Office, Cox's Bazar",
                "--office-level", "DISTRICT");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("{\"schemaVersion\":1,\"office\":{\"id\":\"coop-district-coxsbazar\","
                + "\"name\":{\"bn\":\"জেলা সমবায় কার্যালয়, কক্সবাজার\",\"en\":\"District Cooperative Office, Cox's Bazar\"},"
                + "\"level\":\"DISTRICT\"}");
        Path html = temp.resolve("report.html");
        Run report = charter("report", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--office-name", "জেলা সমবায় কার্যালয়, কক্সবাজার",
                "--office-level", "district", "--html", html.toString(), "--lang", "bn");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readString(html)).contains("<p class=\"office\"><strong>জেলা সমবায় কার্যালয়, কক্সবাজার</strong>,"
                + " জেলা কার্যালয়</p>").doesNotContain("coxsbazar-cc-2022-23-q3</strong>");
        assertThat(charter("import", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--office-level", "VILLAGE")
                .err())
                .contains("In --office-level").contains("(VILLAGE)");
    }

    @Test
    void anOfficeGivenByItsIdAloneIsNamedAsTheTextAroundTheTableNamesIt() throws Exception {
        // Its name was its id and its level OTHER: the covering letter was read only without --office.
        Path table = temp.resolve("upz.tsv");
        Files.writeString(table, "জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\n\n"
                + "কর্মসম্পাদন সূচক\tলক্ষ্যমাত্রা\t১ম ত্রৈমাসিক\n[১.১.১] সভা\t৪\t১\n");
        Run imported = charter("import", table.toString(), "--fiscal-year", "2023-24", "--as-of", "Q1",
                "--office", "coop-district-patuakhali");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("{\"schemaVersion\":1,\"office\":{\"id\":\"coop-district-patuakhali\","
                + "\"name\":{\"bn\":\"জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\","
                + "\"en\":\"coop-district-patuakhali\"},\"level\":\"DISTRICT\"}");
        assertThat(imported.err()).contains("The office is \"জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী\", as the"
                + " text around the table names it");
        // A name given is the name.
        Run named = charter("import", table.toString(), "--fiscal-year", "2023-24", "--as-of", "Q1",
                "--office", "coop-district-patuakhali", "--office-name", "সমবায় দপ্তর");
        assertThat(named.out()).contains("\"name\":{\"bn\":\"সমবায় দপ্তর\",\"en\":\"\"},\"level\":\"OTHER\"}");
    }

    // rollup

    private Path cards() {
        Path cards = temp.resolve("cards.jsonl");
        if (!Files.exists(cards)) {
            Run batch = charter("batch", DISTRICT_PLANS, "--out", cards.toString(), "--quiet");
            assertThat(batch.code()).as(batch.err()).isZero();
        }
        return cards;
    }

    @Test
    void rollupRanksTheOfficesPerAreaAndInTotal() {
        Run run = charter("rollup", cards().toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Roll-up, fiscal year 2023-24, Q3 — Citizen's Charter action plan");
        assertThat(lines.get(2)).startsWith("Rank  ").contains("[1]").contains("[5]").endsWith("Office");
        assertThat(lines.get(3)).startsWith("1 ").contains("19.50").contains("78.00").endsWith("(upazila-coxs-bazar-5)");
        assertThat(lines.get(11)).startsWith("9 ").contains("5.63").endsWith("(upazila-coxs-bazar-9)");
        assertThat(run.out()).contains("Mean 52.81%, lowest 22.52%\n").doesNotContain("SUBORDINATE_REPORT_MISSING");
    }

    @Test
    void rollupAgainstAHierarchyFindsTheOfficesThatSentNothing() {
        Run run = charter("rollup", cards().toString(), "--hierarchy", DISTRICT_OFFICES, "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"schemaVersion\":1,\"office\":{\"id\":\"district-coxs-bazar\",")
                .contains("\"fiscalYear\":\"2023-24\",\"asOf\":\"Q3\",\"kind\":\"CITIZEN_CHARTER\","
                        + "\"meanPercentOfTotal\":51.70,\"minimumPercentOfTotal\":22.52")
                .contains("{\"rank\":1,\"office\":{\"id\":\"upazila-coxs-bazar-5\"")
                .contains("\"totalScore\":15.46,\"percentOfTotal\":61.82,\"areas\":[{\"code\":\"1\",\"weight\":25.00,"
                        + "\"score\":15.46}],\"errors\":0,\"warnings\":0}")
                .contains("\"id\":\"SUBORDINATE_REPORT_MISSING\",\"severity\":\"WARNING\"")
                .contains("The office Upazila office 4 under this office has no plan or report for 2023-24 Q3.")
                .contains("Upazila office 8").endsWith("}]}\n");
        Run upazila = charter("rollup", cards().toString(), "--hierarchy", DISTRICT_OFFICES, "--office", "nowhere");
        assertThat(upazila.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(upazila.err()).contains("In --office").contains("(nowhere)");
    }

    @Test
    void rollupReadsJsonLinesOnStandardInputAndWritesHtml() throws Exception {
        byte[] cards = Files.readAllBytes(cards());
        Path html = temp.resolve("district.html");
        Run run = withStandardInput(cards, "rollup", "-", "--hierarchy", DISTRICT_OFFICES, "--format", "html",
                "--out", html.toString(), "--lang", "bn");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo(html + " লেখা হয়েছে\n");
        assertThat(Files.readString(html)).contains("<title>সমন্বিত মূল্যায়ন, অর্থবছর ২০২৩-২৪, ৩য় ত্রৈমাসিক: জেলা কার্যালয়,"
                + " Coxs Bazar</title>").contains("@font-face { font-family: \"Noto Sans Bengali\"")
                .contains("<td class=\"num\">১৫.৪৬<span class=\"of\">মান ২৫.০০</span></td>")
                .contains("উপজেলা কার্যালয় ৪-এর");
        Run markdown = charter("rollup", cards().toString(), "--format", "markdown");
        assertThat(markdown.out()).startsWith("# Roll-up, fiscal year 2023-24, Q3\n\n9 offices reported; mean 52.81%,"
                + " lowest 22.52%.\n\n| Rank | Office |").contains("| 3 | Upazila office 1 | 15.46 | - |");
    }

    @Test
    void aScorecardOfAnotherPeriodOrALineThatCannotBeReadIsLeftOutAndTheOthersAreRolledUp() throws Exception {
        // The whole roll-up was refused ("The scorecards are of different periods") for one office's card.
        Path mixed = temp.resolve("mixed.jsonl");
        Run q3 = charter("score", COXS_BAZAR_JSON, "--format", "json");
        Files.writeString(mixed, Files.readString(cards()) + q3.out());
        Run run = charter("rollup", mixed.toString());
        assertThat(run.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(run.err()).isEqualTo("charter: " + mixed + ": The scorecard of office (coop-district-coxsbazar) is"
                + " of 2022-23 Q3, not of the roll-up's period (2023-24 Q3).\n"
                + "charter: Left out of the roll-up: 1 of 10 scorecards (said above); the others are rolled up as of"
                + " 2023-24 Q3, the period of most of them.\n");
        assertThat(run.out()).isEqualTo(charter("rollup", cards().toString()).out());
        // Against the hierarchy, an office whose card is of another period has no report for the roll-up's; a line
        // that cannot be read is named, and the lines after it are read; an office outside the roll-up is named.
        List<String> lines = new ArrayList<>(Files.readAllLines(cards()));
        int first = lines.indexOf(lines.stream().filter(line -> line.contains("upazila-coxs-bazar-1\"")).findFirst()
                .orElseThrow());
        lines.set(first, lines.get(first).replace("\"asOf\":\"Q3\"", "\"asOf\":\"Q2\""));
        lines.add(1, "{\"schemaVersion\":1,");
        lines.add(q3.out().strip());
        Path slips = temp.resolve("slips.jsonl");
        Files.write(slips, lines);
        Run rolled = charter("rollup", slips.toString(), "--hierarchy", DISTRICT_OFFICES, "--format", "json",
                "--lang", "bn");
        assertThat(rolled.code()).isEqualTo(CharterCommand.REFUSED);
        assertThat(rolled.err()).contains(slips + ", লাইন ২").contains("দপ্তর (upazila-coxs-bazar-1)-এর স্কোরকার্ড"
                + " 2023-24 Q2-এর, সমন্বয়ের সময়ের (2023-24 Q3) নয়।")
                .contains("দপ্তর (coop-district-coxsbazar)-এর পরিকল্পনা দপ্তর (district-coxs-bazar)-এর সমন্বয়ের"
                        + " অংশ নয়।")
                .endsWith("সমন্বয় থেকে বাদ: ১১টি স্কোরকার্ডের ৩টি (উপরে বলা হয়েছে); বাকিগুলোর সমন্বয় হয়েছে"
                        + " 2023-24 Q3 অনুযায়ী, যা বেশিরভাগ স্কোরকার্ডের সময়।\n");
        assertThat(rolled.out()).contains("\"id\":\"SUBORDINATE_REPORT_MISSING\"")
                .contains("The office Upazila office 1 under this office has no plan or report for 2023-24 Q3.")
                .doesNotContain("{\"rank\":3,\"office\":{\"id\":\"upazila-coxs-bazar-1\"");
    }

    // batch

    @Test
    void batchIsQuietWithQuietAndShowsNoProgressWhereStandardErrorIsNoTerminal() throws Exception {
        Path out = temp.resolve("cards.jsonl");
        Run quiet = charter("batch", DISTRICT_PLANS, "--out", out.toString(), "--quiet");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.err()).isEmpty();
        Run summary = charter("batch", DISTRICT_PLANS, "--out", out.toString(), "--lang", "bn");
        assertThat(summary.err()).as("no progress line, only the summary").doesNotContain("\r")
                .startsWith("৯টি পরিকল্পনার মূল্যায়ন হয়েছে ").endsWith("২টিতে ত্রুটি আছে।\n");
    }

    @Test
    void theProgressLineSaysCountPercentRateAndTimeLeft() {
        assertThat(Progress.line(25_000, 85_500_000, 855_000_000, 2_500_000_000L, Language.EN))
                .isEqualTo("25,000 of about 250,000 plans (10%), 10,000 plans/s, about 23 s left");
        assertThat(Progress.line(125_000, 427_500_000, 855_000_000, 100_000_000_000L, Language.EN))
                .isEqualTo("125,000 of about 250,000 plans (50%), 1,250 plans/s, about 1 min 40 s left");
        assertThat(Progress.line(25_000, 85_500_000, 855_000_000, 2_500_000_000L, Language.BN))
                .isEqualTo("প্রায় ২৫০,০০০টির মধ্যে ২৫,০০০টি (১০%), সেকেন্ডে ১০,০০০টি, বাকি প্রায় ২৩ সে");
        assertThat(Progress.line(1_200, 4_000, -1, 1_000_000_000L, Language.EN)).as("standard input: no size")
                .isEqualTo("1,200 plans scored");
    }

    @Test
    void theProgressLineIsRewrittenInPlaceAtMostFiveTimesASecondAndWipedAtTheEnd() {
        java.io.StringWriter text = new java.io.StringWriter();
        Progress progress = new Progress(new java.io.PrintWriter(text), Language.EN, 1_000, 0);
        progress.show(128, 100, 1_000_000_000L);
        progress.show(256, 200, 1_100_000_000L);
        progress.show(1_280, 1_000, 2_000_000_000L);
        progress.clear();
        assertThat(text.toString()).isEqualTo("\r128 of about 1,280 plans (10%), 128 plans/s, about 9 s left"
                + "\r1,280 of about 1,280 plans (100%), 640 plans/s, about 0 s left"
                + "\r" + " ".repeat(62) + "\r");
    }

    // report

    @Test
    void theMarkdownReportHasATitleTheTotalsAndTheFindings() {
        Run run = charter("report", COXS_BAZAR_JSON, "--markdown", "--lang", "bn");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("# অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক\n\n"
                + "**জেলা সমবায় কার্যালয়, কক্সবাজার**, জেলা কার্যালয় — ")
                .contains("মোট প্রাপ্ত মান **১৮.৩৯**, মোট মান ২৫ (৭৩.৫৬%)\n\n| কার্যক্রমের ক্ষেত্র |")
                .contains("## অসংগতি\n\n1. **ত্রুটি** `REPORTED_PERCENT_MISMATCH` সূচক \\[১.২.১\\]-এর")
                .contains("4. **সতর্কতা** `QUARTER_MISSING`");
        assertThat(charter("report", COXS_BAZAR_JSON, "--markdown").out())
                .startsWith("# Progress report, fiscal year 2022-23, Q3\n\n**District Cooperative Office, Cox's Bazar**,"
                        + " District office — ")
                .contains("Total score **18.39** of 25 (73.56%)").contains("## Findings");
    }

    @Test
    void theHtmlReportKeepsNumbersWholeAndSaysTheYearAndQuarterInItsTitle() throws Exception {
        Path html = temp.resolve("report.html");
        assertThat(charter("report", COXS_BAZAR_JSON, "--html", html.toString(), "--lang", "bn").code()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<title>অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক: জেলা সমবায় কার্যালয়, কক্সবাজার</title>")
                .contains("<h1>অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক</h1>")
                .contains("table.plan td.num { text-align: right; white-space: nowrap; }")
                .contains("<strong class=\"figure\">১৮.৩৯</strong>")
                .contains("src: url(data:font/woff2;base64,d09GMg");
    }

    @Test
    void theReportOfATableListsHowTheReaderReadItInTheReportsLanguage() throws Exception {
        Path bengali = temp.resolve("bn.html");
        Run bn = charter("report", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--html", bengali.toString(),
                "--lang", "bn");
        assertThat(bn.code()).as(bn.err()).isZero();
        assertThat(bn.err()).contains(COXS_BAZAR + ": সারি ২: শিরোনামের নিচের কলাম-নম্বরের সারিটি বাদ দেওয়া হয়েছে\n");
        assertThat(Files.readString(bengali)).contains("<h2>সারণি পড়ার টীকা</h2>")
                .contains("<li>সারি ১, কলাম ৭: শিরোনাম &quot;লক্ষ্য মাত্রা&quot; পড়া হয়েছে &quot;লক্ষ্যমাত্রা&quot; কলাম হিসেবে</li>")
                .contains("<li>সারি ৭, কলাম ১: ক্ষেত্র &quot;সক্ষমতা অর্জন&quot;-এর কোনো কোড নেই; অবস্থান অনুযায়ী এর নম্বর ২</li>")
                .doesNotContain("is read as the");
        Path english = temp.resolve("en.html");
        assertThat(charter("report", COXS_BAZAR, "--fiscal-year", "2022-23", "--as-of", "Q3", "--html",
                english.toString()).code()).isZero();
        assertThat(Files.readString(english)).contains("<li>row 1, column 7: The header &quot;লক্ষ্য মাত্রা&quot; is read as"
                + " the annual target (লক্ষ্যমাত্রা)</li>");
    }

    @Test
    void theBengaliHelpSaysTheDefaultsAndTheFormatsTheEnglishSays() {
        // A Bengali description written once and left when the English grew (a default added, the office files'
        // formats) tells an officer less than the English: each default the English names is in the Bengali,
        // and so is each file format.
        picocli.CommandLine english = CharterCommand.commandLine(new CharterCommand(), new String[0]);
        picocli.CommandLine bengali = CharterCommand.commandLine(new CharterCommand(), new String[0]);
        bengali.setResourceBundle(java.util.ResourceBundle.getBundle("org.citizencharter.examples.cli.Help",
                java.util.Locale.forLanguageTag("bn"), CharterCommand.class.getClassLoader(),
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        List<String> stale = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine[]> pairs = new java.util.ArrayDeque<>();
        pairs.add(new picocli.CommandLine[] {english, bengali});
        while (!pairs.isEmpty()) {
            picocli.CommandLine[] pair = pairs.poll();
            pair[0].getSubcommands().forEach((name, sub) -> {
                if (!name.equals("help")) {
                    pairs.add(new picocli.CommandLine[] {sub, pair[1].getSubcommands().get(name)});
                }
            });
            List<String> texts = new java.util.ArrayList<>();
            texts.add(String.join(" ", pair[0].getCommandSpec().usageMessage().description()));
            texts.add(String.join(" ", pair[1].getCommandSpec().usageMessage().description()));
            List<picocli.CommandLine.Model.OptionSpec> options = pair[0].getCommandSpec().options();
            for (picocli.CommandLine.Model.OptionSpec option : options) {
                texts.add(String.join(" ", option.description()));
                texts.add(String.join(" ", pair[1].getCommandSpec().findOption(option.longestName()).description()));
            }
            for (int i = 0; i < texts.size(); i += 2) {
                String en = texts.get(i);
                String bn = texts.get(i + 1);
                boolean staleDefault = en.toLowerCase(java.util.Locale.ROOT).contains("default") && !bn.contains("ডিফল্ট");
                boolean staleFormats = en.contains(".xlsx") && !bn.contains(".xlsx");
                if (staleDefault || staleFormats) {
                    stale.add(pair[0].getCommandName() + ": " + en + " | " + bn);
                }
            }
        }
        assertThat(stale).as("Bengali help that says less than the English (Help_bn.properties)").isEmpty();
    }

    @Test
    void everyOptionAndArgumentOfEveryCommandHasItsHelpInBengali() {
        List<String> untranslated = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> commands = new java.util.ArrayDeque<>();
        commands.add(CharterCommand.commandLine(new CharterCommand(), new String[0]));
        while (!commands.isEmpty()) {
            picocli.CommandLine command = commands.poll();
            command.getSubcommands().values().stream().filter(sub -> !sub.getCommandName().equals("help"))
                    .forEach(commands::add);
            List<String> path = new java.util.ArrayList<>();
            for (picocli.CommandLine each = command; each.getParent() != null; each = each.getParent()) {
                path.add(0, each.getCommandName());
            }
            path.addAll(List.of("--help", "--lang", "bn"));
            String help = charter(path.toArray(String[]::new)).out();
            List<picocli.CommandLine.Model.ArgSpec> arguments = new java.util.ArrayList<>(command.getCommandSpec().options());
            arguments.addAll(command.getCommandSpec().positionalParameters());
            for (picocli.CommandLine.Model.ArgSpec argument : arguments) {
                String english = String.join(" ", argument.description());
                String start = english.substring(0, Math.min(25, english.length()));
                if (!start.isEmpty() && help.contains(start)) {
                    untranslated.add(String.join(" ", path) + ": " + start);
                }
            }
        }
        assertThat(untranslated).as("help in English under --lang bn (Help_bn.properties)").isEmpty();
        assertThat(charter("batch", "--help", "--lang", "bn").out()).contains("অগ্রগতি ও সারসংক্ষেপ দেখায় না।");
        assertThat(charter("score", "--help", "--lang", "bn").out()).contains("সারণি কীভাবে পড়া হলো তার টীকা দেখায় না।")
                .contains("পরিকল্পনা: JSON, বা সারণি");
    }

    @Test
    void theKindOfPlanIsTheOneItsTitleNamesUnlessGiven() throws Exception {
        // An integrity plan (whose areas add up to 50, the conventional total of its kind), its kind given nowhere
        // but in its title: read as a Citizen's Charter plan, it would be told its weights miss 25.
        Path table = temp.resolve("nis.tsv");
        Files.writeString(table, "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা, ২০২৩-২৪\n৩য় ত্রৈমাসিক অগ্রগতি প্রতিবেদন\n\n"
                + "কার্যক্রমের ক্ষেত্র\tমান\tকার্যক্রম\tকর্মসম্পাদন সূচক\tএকক\tকর্মসম্পাদন সূচকের মান\tলক্ষ্যমাত্রা"
                + "\t১ম ত্রৈমাসিক অর্জন\t২য় ত্রৈমাসিক অর্জন\t৩য় ত্রৈমাসিক অর্জন\n"
                + "[১] প্রাতিষ্ঠানিক ব্যবস্থা\t২৫\t[১.১] নৈতিকতা কমিটির সভা\t[১.১.১] সভা আয়োজিত\tসংখ্যা\t২৫"
                + "\t৪\t১\t১\t১\n"
                + "[২] সুশাসন\t২৫\t[২.১] প্রশিক্ষণ\t[২.১.১] প্রশিক্ষিত কর্মচারী\tসংখ্যা\t২৫\t৪০\t১০\t১০\t১০\n");

        Run read = charter("score", table.toString());
        assertThat(read.code()).as(read.err()).isZero();
        assertThat(read.out()).contains("National integrity strategy action plan")
                .doesNotContain("PLAN_WEIGHT_MISMATCH");
        assertThat(read.err()).contains(table + ": The plan is read as NIS, the kind the text around the table names:"
                + " \"জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা, ২০২৩-২৪\"\n");
        assertThat(charter("score", table.toString(), "--lang", "bn").err())
                .contains("পরিকল্পনাটি জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা হিসেবে পড়া হয়েছে, যে ধরনের নাম সারণির"
                        + " আশপাশের লেখায় আছে: \"জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা, ২০২৩-২৪\"");

        Run given = charter("score", table.toString(), "--kind", "CITIZEN_CHARTER");
        assertThat(given.out()).contains("PLAN_WEIGHT_MISMATCH");
        assertThat(given.err()).contains("The plan is read as CITIZEN_CHARTER, the kind given, though the text around"
                + " the table names NIS");
    }
}
