package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * JSON Lines, each line read on its own: a line that cannot be read is reported with its line number and
 * costs no other line its plan; white space between documents is skipped, not kept.
 */
class JsonLinesTest {

    private static final CharterJson JSON = CharterJson.standard();

    private static List<String> lines(int count) {
        SplittableRandom random = new SplittableRandom(20261204L);
        return Stream.generate(() -> JSON.writePlan(PlanGenerator.using(random.split()).plan())).limit(count).toList();
    }

    /** Reads every plan it can, keeping the errors. */
    private record Outcome(List<ActionPlan> plans, List<InvalidInputException> errors) {
        static Outcome of(byte[] input) {
            return of(new ByteArrayInputStream(input));
        }

        static Outcome of(InputStream input) {
            List<InvalidInputException> errors = new ArrayList<>();
            try (Stream<ActionPlan> plans = JSON.readPlans(input, "plans.jsonl", errors::add)) {
                return new Outcome(plans.toList(), errors);
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLineThatIsNotUtf8CostsNoOtherLineItsPlan() {
        List<String> lines = lines(100);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = utf8(lines.get(i) + "\n");
            if (i == 51) {
                line[40] = (byte) 0xFF;
            }
            input.writeBytes(line);
        }
        Outcome outcome = Outcome.of(input.toByteArray());
        assertThat(outcome.plans()).hasSize(99);
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.problem()).startsWith("The input is not UTF-8 text");
            assertThat(error.line()).hasValue(52);
            assertThat(error.column()).hasValue(41);
            assertThat(error.source()).contains("plans.jsonl");
        });
    }

    @Test
    void badJsonABadPlanAndSomethingAfterADocumentAreEachTheirLinesOwn() {
        List<String> lines = new ArrayList<>(lines(6));
        lines.set(1, lines.get(1).substring(0, lines.get(1).length() / 2));
        lines.set(3, lines.get(3).replaceFirst("\"fiscalYear\":\"[0-9-]+\"", "\"fiscalYear\":\"2023-25\""));
        lines.set(4, "  " + lines.get(4) + " {}");
        String text = String.join("\r\n", lines) + "\r\n";
        Outcome outcome = Outcome.of(utf8(text));
        assertThat(outcome.plans()).hasSize(3);
        assertThat(outcome.errors()).extracting(error -> error.line().orElse(0)).containsExactly(2L, 4L, 5L);
        assertThat(outcome.errors().get(0).problem()).startsWith("The JSON ends before the document does");
        assertThat(outcome.errors().get(0).hint()).hasValue("Write each document whole on one line");
        assertThat(outcome.errors().get(1).hint()).hasValue("Write 2023-24");
        JsonErrorTest.check(outcome.errors().get(1), "/fiscalYear", JsonErrorTest.at(text, "\"2023-25\""), "2023-25");
        assertThat(outcome.errors().get(2).problem()).isEqualTo("Something follows the plan document on its line");
        assertThat(outcome.errors().get(2).column()).hasValue(lines.get(4).length() - 1);
    }

    @Test
    void eachPlanComesWithItsLineAndItsPlaceAmongTheDocuments() {
        List<String> lines = new ArrayList<>(lines(4));
        lines.set(1, "{\"schemaVersion\": 1,");
        String text = "\n   \n" + String.join("\n\n", lines) + "\n";
        List<InvalidInputException> errors = new ArrayList<>();
        List<Located<ActionPlan>> plans;
        try (Stream<Located<ActionPlan>> read = JSON.readPlansLocated(new ByteArrayInputStream(utf8(text)),
                "plans.jsonl", errors::add)) {
            plans = read.toList();
        }
        // Lines 3, 5, 7 and 9 hold the documents; the one on line 5 is cut short.
        assertThat(plans).extracting(Located::line).containsExactly(3L, 7L, 9L);
        assertThat(plans).extracting(Located::index).containsExactly(1L, 3L, 4L);
        assertThat(plans).extracting(Located::document)
                .containsExactly(JSON.readPlan(lines.get(0)), JSON.readPlan(lines.get(2)), JSON.readPlan(lines.get(3)));
        assertThat(errors).singleElement().satisfies(error -> assertThat(error.line()).hasValue(5));
    }

    @Test
    void theElementsOfAnArrayComeWithTheLinesTheyBeginOn() {
        List<String> lines = lines(3);
        String text = "[\n" + String.join(",\n\n", lines) + "\n]\n";
        try (Stream<Located<ActionPlan>> read = JSON.readPlansLocated(new ByteArrayInputStream(utf8(text)),
                "plans.json", error -> { throw error; })) {
            assertThat(read.toList()).extracting(Located::line, Located::index)
                    .containsExactly(tuple(2L, 1L),
                            tuple(4L, 2L), tuple(6L, 3L));
        }
    }

    @Test
    void aLineBeyondTheDocumentLimitCostsNoOtherLineItsPlan() {
        String line = JSON.writePlan(SeedPlans.coxsBazar());
        CharterJson limited = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(line.length()));
        String longer = line.replace("\"fiscalYear\"", " ".repeat(10 * line.length()) + "\"fiscalYear\"");
        byte[] input = utf8(line + "\n" + longer + "\n" + line + "\n");
        List<InvalidInputException> errors = new ArrayList<>();
        try (Stream<ActionPlan> plans = limited.readPlans(new ByteArrayInputStream(input), "plans", errors::add)) {
            assertThat(plans.toList()).containsExactly(SeedPlans.coxsBazar(), SeedPlans.coxsBazar());
        }
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).hasValue(2);
            assertThat(error.problem()).isEqualTo("The document is longer than the limit of " + line.length()
                    + " characters");
        });
    }

    /** What a line gave: its plan, or the error its reading threw, with its line and place. */
    private record Read(long line, long index, ActionPlan plan, String error) {
        static Read of(Located<Supplier<ActionPlan>> located) {
            try {
                return new Read(located.line(), located.index(), located.document().get(), null);
            } catch (InvalidInputException unreadable) {
                return new Read(located.line(), located.index(), null, unreadable.getMessage());
            }
        }
    }

    @Test
    @Timeout(60)
    void linesReadLaterOnOtherThreadsGiveWhatLinesReadAtOnceGive() throws Exception {
        List<String> lines = new ArrayList<>(lines(40));
        lines.set(3, lines.get(3).substring(0, lines.get(3).length() / 2));
        lines.set(7, lines.get(7).replaceFirst("\"fiscalYear\":\"[0-9-]+\"", "\"fiscalYear\":\"2023-25\""));
        lines.set(11, "  " + lines.get(11) + " {}");
        lines.set(13, "[1]");
        int longest = lines.stream().mapToInt(String::length).max().orElseThrow();
        // Beyond three bytes a character of the limit: read at once, and refused at the limit.
        lines.set(17, lines.get(17).replace("\"fiscalYear\"", " ".repeat(4 * longest) + "\"fiscalYear\""));
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = utf8(lines.get(i) + (i % 2 == 0 ? "\r\n" : "\n\n"));
            if (i == 21) {
                line[40] = (byte) 0xFF;
            }
            input.writeBytes(line);
        }
        CharterJson limited = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(longest));

        List<InvalidInputException> atOnce = new ArrayList<>();
        List<Read> expected = new ArrayList<>();
        try (Stream<Located<ActionPlan>> read = limited.readPlansLocated(new ByteArrayInputStream(input.toByteArray()),
                "plans.jsonl", atOnce::add)) {
            read.forEach(plan -> expected.add(new Read(plan.line(), plan.index(), plan.document(), null)));
        }
        atOnce.forEach(error -> expected.add(new Read(error.line().orElse(0), 0, null, error.getMessage())));

        List<InvalidInputException> refused = new ArrayList<>();
        List<Located<Supplier<ActionPlan>>> deferred;
        try (Stream<Located<Supplier<ActionPlan>>> read = limited.readPlansDeferred(
                new ByteArrayInputStream(input.toByteArray()), "plans.jsonl", refused::add)) {
            deferred = read.toList();
        }
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Read> actual = new ArrayList<>();
        try {
            for (Future<Read> read : threads.invokeAll(deferred.stream()
                    .map(located -> (Callable<Read>) () -> Read.of(located)).toList())) {
                actual.add(read.get());
            }
        } finally {
            threads.shutdownNow();
        }
        // Only the long line was refused at once; every other error came from its line's reading, in its place.
        assertThat(refused).singleElement().satisfies(error -> assertThat(error.line()).hasValue(26));
        refused.forEach(error -> actual.add(new Read(error.line().orElse(0), 0, null, error.getMessage())));
        List<Read> plansFirst = new ArrayList<>(actual.stream().filter(read -> read.plan() != null).toList());
        actual.stream().filter(read -> read.plan() == null)
                .map(read -> new Read(read.line(), 0, null, read.error())).forEach(plansFirst::add);
        assertThat(plansFirst).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual.stream().filter(read -> read.plan() == null)).hasSize(6);
        assertThat(deferred).extracting(Located::index).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 40).filter(i -> i != 18).boxed().toList());
    }

    @Test
    @Timeout(30)
    void whiteSpaceBetweenDocumentsIsSkippedNotKept() {
        // Blank lines and a blank line of 64 MiB, made as they are read, between documents; spaces after a
        // document on its line are part of the line, and count to its limit.
        byte[] plan = utf8(JSON.writePlan(SeedPlans.coxsBazar()) + "\n");
        InputStream blank = new SequenceInputStream(new Repeated(utf8(" ".repeat(4095) + "\n"), 32L * 1024 * 1024),
                new Repeated(utf8("\t "), 32L * 1024 * 1024));
        InputStream trailing = new Repeated(utf8(" "), 1024 * 1024);
        InputStream input = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(plan), blank, new ByteArrayInputStream(plan, 0, plan.length - 1), trailing,
                new ByteArrayInputStream(utf8("\n")), new ByteArrayInputStream(plan))));
        Outcome outcome = Outcome.of(input);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.plans()).hasSize(3);
    }

    @Test
    void theUnreadableStillEndTheStreamWhereNoOneIsTold() {
        List<String> lines = new ArrayList<>(lines(3));
        lines.set(1, "{");
        byte[] input = utf8(String.join("\n", lines));
        List<ActionPlan> read = new ArrayList<>();
        try (Stream<ActionPlan> plans = JSON.readPlans(new ByteArrayInputStream(input), "plans")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.forEach(read::add))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2");
        }
        assertThat(read).hasSize(1);
    }

    /** A document as a pretty printer writes it: "{" alone on the first line, a member a line. */
    private static String pretty(String json) {
        try {
            // Numbers kept as written (1.50 stays 1.50).
            ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    /** The lines on which each of some texts, joined by a separator, begins. */
    private static List<Long> startLines(List<String> texts, String separator, long first) {
        List<Long> starts = new ArrayList<>();
        long line = first;
        for (String text : texts) {
            starts.add(line);
            line += (text + separator).lines().count();
        }
        return starts;
    }

    @Test
    void documentsOverManyLinesEachAreReadOneAfterAnother() {
        // As pretty-printed (a scorecard kept by hand, `jq .` of a plan): "{" alone on the first line, a member next.
        List<String> plans = lines(3).stream().map(JsonLinesTest::pretty).toList();
        String text = "\r\n" + String.join("\n\n", plans).replace("{\n", "{  \t\r\n") + "\n";
        List<InvalidInputException> errors = new ArrayList<>();
        try (Stream<Located<ActionPlan>> read = JSON.readPlansLocated(new ByteArrayInputStream(utf8(text)),
                "plans.json", errors::add)) {
            List<Located<ActionPlan>> located = read.toList();
            assertThat(located).extracting(Located::document)
                    .containsExactlyElementsOf(lines(3).stream().map(JSON::readPlan).toList());
            assertThat(located).extracting(Located::line).containsExactlyElementsOf(startLines(plans, "\n\n", 2));
            assertThat(located).extracting(Located::index).containsExactly(1L, 2L, 3L);
        }
        assertThat(errors).isEmpty();
        // Read later, they are read at once, as an array's elements are.
        try (Stream<Located<Supplier<ActionPlan>>> read = JSON.readPlansDeferred(
                new ByteArrayInputStream(utf8(text)), "plans.json", errors::add)) {
            assertThat(read.map(located -> located.document().get()).toList())
                    .containsExactlyElementsOf(lines(3).stream().map(JSON::readPlan).toList());
        }
        // A scorecard so, as charter rollup reads one.
        String card = JsonText.sample("scorecard-apa.json");
        try (Stream<org.citizencharter.core.Scorecard> read = JSON.readScorecards(
                new ByteArrayInputStream(utf8(card)), "card.json")) {
            assertThat(read.toList()).containsExactly(JSON.readScorecard(card));
        }
    }

    @Test
    void aScorecardLineThatCannotBeReadIsToldAndTheOthersAreRead() {
        // As charter rollup reads them: a bad line costs the others nothing.
        org.citizencharter.core.Scorecard card = JSON.readScorecard(JsonText.sample("scorecard-apa.json"));
        String line = JSON.writeScorecard(card).strip();
        String text = line + "\n" + line.replaceFirst("\"asOf\":\"Q[1-4]\"", "\"asOf\":\"Q5\"") + "\n" + line + "\n";
        List<InvalidInputException> errors = new ArrayList<>();
        try (Stream<org.citizencharter.core.Scorecard> read = JSON.readScorecards(
                new ByteArrayInputStream(utf8(text)), "cards.jsonl", errors::add)) {
            assertThat(read.toList()).containsExactly(card, card);
        }
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.source()).hasValue("cards.jsonl");
            assertThat(error.line()).hasValue(2L);
            assertThat(error.pointer()).hasValue("/asOf");
        });
    }

    @Test
    void aDocumentOverManyLinesThatCannotBeReadEndsTheReadingWithItsLine() {
        List<String> plans = new ArrayList<>(lines(3).stream().map(JsonLinesTest::pretty).toList());
        plans.set(1, plans.get(1).replaceFirst("\"fiscalYear\" : \"[0-9-]+\"", "\"fiscalYear\" : \"2023-25\""));
        String text = String.join("\n", plans);
        long line = startLines(plans, "\n", 1).get(1) + plans.get(1).lines()
                .takeWhile(member -> !member.contains("fiscalYear")).count();
        Outcome outcome = Outcome.of(utf8(text));
        assertThat(outcome.plans()).containsExactly(JSON.readPlan(lines(1).get(0)));
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).hasValue(line);
            assertThat(error.pointer()).hasValue("/fiscalYear");
        });
    }

    @Test
    void onlyAFirstLineOfABraceAloneMakesDocumentsOverManyLines() {
        String plan = lines(1).get(0);
        // "{" and a member on the first line: JSON Lines, each line refused on its own.
        String notAlone = pretty(plan).replaceFirst("\\{\n *", "{ ");
        Outcome lines = Outcome.of(utf8(notAlone + "\n" + plan + "\n"));
        assertThat(lines.plans()).containsExactly(JSON.readPlan(plan));
        assertThat(lines.errors()).hasSizeGreaterThan(1);
        assertThat(lines.errors().get(0).hint()).hasValue("Write each document whole on one line");
        // Found however the input comes: a byte a read, after blank lines longer than charter's buffer.
        byte[] input = utf8(" \n".repeat(40_000) + "{\t\n" + pretty(plan).substring(2));
        InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(input)) {
            @Override
            public int read(byte[] into, int offset, int length) throws java.io.IOException {
                return super.read(into, offset, Math.min(length, 1));
            }
        };
        Outcome alone = Outcome.of(trickle);
        assertThat(alone.errors()).isEmpty();
        assertThat(alone.plans()).containsExactly(JSON.readPlan(plan));
        // A file that holds "{" and nothing else is a document cut short.
        assertThat(Outcome.of(utf8("{\n")).errors()).singleElement()
                .satisfies(error -> assertThat(error.problem()).startsWith("The JSON ends before the document does"));
        // A lone "{" followed by whole documents is a bad line of JSON Lines, which costs the others nothing.
        Outcome badFirstLine = Outcome.of(utf8("{\n" + plan + "\n" + plan + "\n"));
        assertThat(badFirstLine.plans()).containsExactly(JSON.readPlan(plan), JSON.readPlan(plan));
        assertThat(badFirstLine.errors()).singleElement().satisfies(error -> assertThat(error.line()).hasValue(1));
    }

    /** The same bytes again and again, made as they are read. */
    private static final class Repeated extends InputStream {
        private final byte[] unit;
        private final long total;
        private long served;

        Repeated(byte[] unit, long total) {
            this.unit = unit;
            this.total = total;
        }

        @Override
        public int read() {
            return served == total ? -1 : unit[(int) (served++ % unit.length)] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served == total) {
                return -1;
            }
            int at = (int) (served % unit.length);
            int count = (int) Math.min(Math.min(length, total - served), unit.length - at);
            System.arraycopy(unit, at, buffer, offset, count);
            served += count;
            return count;
        }
    }
}
