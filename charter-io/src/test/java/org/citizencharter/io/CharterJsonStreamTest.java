package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/** Many documents through one input or output: JSON Lines or an array, read and written lazily. */
class CharterJsonStreamTest {

    private static final CharterJson JSON = CharterJson.standard();

    private static List<ActionPlan> plans(int count) {
        SplittableRandom random = new SplittableRandom(20260422L);
        return Stream.generate(() -> PlanGenerator.using(random.split()).plan()).limit(count).toList();
    }

    private static byte[] written(List<ActionPlan> plans, JsonLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter<ActionPlan> writer = JSON.planWriter(out, layout)) {
            plans.forEach(writer::write);
        }
        return out.toByteArray();
    }

    private static List<ActionPlan> read(byte[] bytes) {
        try (Stream<ActionPlan> plans = JSON.readPlans(new ByteArrayInputStream(bytes), "plans")) {
            return plans.toList();
        }
    }

    @Test
    void jsonLinesHoldOnePlanALine() {
        List<ActionPlan> plans = plans(20);
        byte[] lines = written(plans, JsonLayout.LINES);
        String text = new String(lines, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).isEqualTo(plans.stream().map(JSON::writePlan).toList());
        assertThat(text).endsWith("\n");
        assertThat(read(lines)).isEqualTo(plans);
    }

    @Test
    void anArrayHoldsOnePlanALineBetweenBrackets() {
        List<ActionPlan> plans = plans(5);
        String text = new String(written(plans, JsonLayout.ARRAY), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(plans.stream().map(JSON::writePlan).collect(Collectors.joining(",\n", "[\n", "\n]\n")));
        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(plans);
    }

    @Test
    void noPlansAtAll() {
        assertThat(new String(written(List.of(), JsonLayout.ARRAY), StandardCharsets.UTF_8)).isEqualTo("[]\n");
        assertThat(written(List.of(), JsonLayout.LINES)).isEmpty();
        assertThat(read(new byte[0])).isEmpty();
        assertThat(read("[]\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(read(" \n\n ".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void readingTheFirstPlansOfAHugeInputReadsOnlyTheirPart() {
        byte[] line = (JSON.writePlan(SeedPlans.coxsBazar()) + "\n").getBytes(StandardCharsets.UTF_8);
        long million = 1_000_000;
        CountingInput input = new CountingInput(line, million);
        try (Stream<ActionPlan> plans = JSON.readPlans(input, "huge.jsonl")) {
            assertThat(input.served).isZero();
            assertThat(plans.limit(3).toList()).containsExactly(SeedPlans.coxsBazar(), SeedPlans.coxsBazar(),
                    SeedPlans.coxsBazar());
        }
        // Three plans and the read-ahead of a buffer or two, not the gigabytes behind them.
        assertThat(input.served).isLessThan(3L * line.length + 64 * 1024).isLessThan(million * line.length / 1000);
    }

    @Test
    void scorecardsAreWrittenAsTheyAreTakenFromTheStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger taken = new AtomicInteger();
        List<Integer> linesWrittenWhenTaken = new java.util.ArrayList<>();
        Stream<Scorecard> cards = plans(10).stream()
                .peek(plan -> linesWrittenWhenTaken.add(newlines(out)))
                .map(plan -> {
                    taken.incrementAndGet();
                    return ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
                });
        assertThat(taken).hasValue(0);
        assertThat(JSON.writeScorecards(cards, out)).isEqualTo(10);
        // When the k-th plan was taken, the k - 1 scorecards before it were already written.
        assertThat(linesWrittenWhenTaken).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void plansStreamThroughScoringIntoScorecards() {
        List<ActionPlan> plans = plans(30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Stream<ActionPlan> read = JSON.readPlans(new ByteArrayInputStream(written(plans, JsonLayout.ARRAY)), "in")) {
            JSON.writeScorecards(read.map(plan -> ReferenceScorer.defaults().score(plan, plan.period().orElseThrow())),
                    out);
        }
        List<Scorecard> expected = plans.stream()
                .map(plan -> ReferenceScorer.defaults().score(plan, plan.period().orElseThrow())).toList();
        try (Stream<Scorecard> cards = JSON.readScorecards(new ByteArrayInputStream(out.toByteArray()), "out")) {
            assertThat(cards.toList()).isEqualTo(expected);
        }
    }

    @Test
    void aPlanThatCannotBeReadEndsTheStreamSayingOnWhichLine() {
        List<ActionPlan> plans = plans(5);
        List<String> lines = new java.util.ArrayList<>(plans.stream().map(JSON::writePlan).toList());
        lines.set(2, lines.get(2).replaceFirst("\"fiscalYear\":\"[0-9-]+\"", "\"fiscalYear\":\"2023-25\""));
        String text = String.join("\n", lines) + "\n";
        try (Stream<ActionPlan> read = JSON.readPlans(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "plans.jsonl")) {
            Iterator<ActionPlan> each = read.iterator();
            assertThat(each.next()).isEqualTo(plans.get(0));
            assertThat(each.next()).isEqualTo(plans.get(1));
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, each::next);
            JsonErrorTest.check(error, "/fiscalYear", JsonErrorTest.at(text, "\"2023-25\""), "2023-25");
            assertThat(error.source()).contains("plans.jsonl");
            assertThat(each.hasNext()).isFalse();
        }
    }

    @Test
    void inAnArrayThePointerNamesThePlan() {
        List<ActionPlan> plans = plans(3);
        String text = new String(written(plans, JsonLayout.ARRAY), StandardCharsets.UTF_8)
                .replaceFirst("(\\[\\n.*\\n\\{\"schemaVersion\":1,)", "$1\"colour\":1,");
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> read(
                text.getBytes(StandardCharsets.UTF_8)));
        JsonErrorTest.check(error, "/1/colour", JsonErrorTest.at(text, "\"colour\""), "colour");
    }

    @Test
    void inAnArrayBytesThatAreNotUtf8CostNoPlanBeforeThem() {
        // Three small plans and a fourth with a byte that is no character, all within the first buffer the
        // reader decodes: the three are read, the fourth is refused, told to the consumer, not thrown.
        List<ActionPlan> plans = plans(4);
        byte[] array = written(plans, JsonLayout.ARRAY);
        String text = new String(array, StandardCharsets.UTF_8);
        int fourth = text.lastIndexOf("{\"schemaVersion\"");
        byte[] broken = text.substring(0, fourth + 1).concat("\u0000").concat(text.substring(fourth + 1))
                .getBytes(StandardCharsets.UTF_8);
        broken[text.substring(0, fourth + 1).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        List<InvalidInputException> refused = new java.util.ArrayList<>();
        for (boolean sized : new boolean[] {true, false}) {
            refused.clear();
            InputStream in = sized ? new ByteArrayInputStream(broken) : new ByteArrayInputStream(broken) {
                @Override
                public synchronized int available() {
                    return 0;
                }
            };
            try (Stream<ActionPlan> read = JSON.readPlans(in, "plans.json", refused::add)) {
                assertThat(read.toList()).isEqualTo(plans.subList(0, 3));
            }
            assertThat(refused).singleElement().satisfies(error -> {
                assertThat(error.problem()).isEqualTo("The input is not UTF-8 text: these bytes are no character");
                assertThat(error.text()).contains("\\xFF");
            });
        }
    }

    @Test
    void somethingOtherThanPlansInTheStream() {
        String text = JSON.writePlan(SeedPlans.coxsBazar()) + "\n[1]\n";
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> read(text.getBytes(StandardCharsets.UTF_8)));
        JsonErrorTest.check(error, "", new long[] {2, 1}, "[");
        assertThat(error.problem()).isEqualTo("Each plan document is a JSON object, not an array");

        String after = "[" + JSON.writePlan(SeedPlans.coxsBazar()) + "] {}";
        InvalidInputException following = catchThrowableOfType(InvalidInputException.class,
                () -> read(after.getBytes(StandardCharsets.UTF_8)));
        assertThat(following.problem()).isEqualTo("Something follows the array of plan documents");
        assertThat(following.column()).hasValue(after.length() - 1);
    }

    @Test
    void theDocumentLimitAppliesToEachPlanOfAStream() {
        String line = JSON.writePlan(SeedPlans.coxsBazar());
        CharterJson limited = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(line.length()));
        byte[] many = (line + "\n").repeat(50).getBytes(StandardCharsets.UTF_8);
        try (Stream<ActionPlan> plans = limited.readPlans(new ByteArrayInputStream(many), "many")) {
            assertThat(plans.count()).isEqualTo(50);
        }
        CharterJson tighter = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(line.length() - 1));
        try (Stream<ActionPlan> plans = tighter.readPlans(new ByteArrayInputStream(many), "many")) {
            assertThatThrownBy(plans::count).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("line 1, column " + (line.length() + 1))
                    .hasMessageContaining("The document is longer than the limit of " + (line.length() - 1));
        }
    }

    @Test
    void aDocumentThatCannotBeWrittenLeavesNothingOfItInTheOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionPlan broken = SeedPlans.coxsBazar().withExtensions(Extensions.of("{\"open\": }"));
        try (DocumentWriter<ActionPlan> writer = JSON.planWriter(out, JsonLayout.LINES)) {
            writer.write(SeedPlans.coxsBazar());
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> writer.write(broken));
            assertThat(error.problem()).startsWith("The extensions are not a JSON object");
            assertThat(error.text()).contains("{\"open\": }");
            assertThat(writer.count()).isEqualTo(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writePlan(SeedPlans.coxsBazar()) + "\n");
    }

    @Test
    void aPlanWhoseLastIndicatorCannotBeWrittenLeavesNothingInTheOutput() {
        // One document is streamed to its output, not built whole first: what would fail is checked before.
        ActionPlan plan = SeedPlans.coxsBazar();
        Area area = plan.areas().getLast();
        Activity activity = area.activities().getLast();
        Indicator last = activity.indicators().getLast();
        Indicator broken = new Indicator(last.code(), last.name(), last.unit(), last.weight(), last.polarity(),
                last.method(), last.target(), last.quarters(), last.reported(), Extensions.of("{\"open\": }"));
        ActionPlan unwritable = plan.withAreas(plan.areas().newWithout(area).newWith(area.withActivities(
                area.activities().newWithout(activity).newWith(activity.withIndicators(
                        activity.indicators().newWithout(last).newWith(broken))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.writePlan(unwritable, out));
        assertThat(error.problem()).startsWith("The extensions are not a JSON object");
        assertThat(out.size()).isZero();
        JSON.writePlan(plan, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writePlan(plan));
    }

    @Test
    void aClosedWriterWritesNoMore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter<ActionPlan> writer = JSON.planWriter(out, JsonLayout.ARRAY);
        writer.write(SeedPlans.coxsBazar());
        writer.close();
        writer.close();
        assertThatThrownBy(() -> writer.write(SeedPlans.coxsBazar())).isInstanceOf(CharterException.class)
                .hasMessage("The writer is closed");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\n" + JSON.writePlan(SeedPlans.coxsBazar()) + "\n]\n");
    }

    private static int newlines(ByteArrayOutputStream out) {
        return (int) out.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    /** The same line again and again, made as it is read, counting the bytes handed out. */
    private static final class CountingInput extends InputStream {
        private final byte[] line;
        private final long total;
        private long served;

        CountingInput(byte[] line, long lines) {
            this.line = line;
            this.total = lines * line.length;
        }

        @Override
        public int read() {
            if (served == total) {
                return -1;
            }
            return line[(int) (served++ % line.length)] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served == total) {
                return -1;
            }
            int count = (int) Math.min(length, total - served);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = line[(int) (served++ % line.length)];
            }
            return count;
        }
    }
}
