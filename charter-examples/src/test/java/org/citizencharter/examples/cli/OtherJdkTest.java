package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.DocumentWriter;
import org.citizencharter.io.JsonLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charter command writes the same bytes under this JDK and under another, when the machine has
 * one: {@code -Dcharter.otherJdk=HOME}, by default the Temurin 25 JDK at
 * {@code /usr/lib/jvm/temurin-25-jdk-amd64}. Without it the test is skipped, and says so.
 * {@code scripts/determinism.sh} makes the same comparison on thousands of plans.
 */
class OtherJdkTest {

    private static final Path OTHER = Path.of(System.getProperty("charter.otherJdk",
            "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");
    private static final Path THIS = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void theCommandWritesTheSameBytesUnderAnotherJdk(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(OTHER)) {
            // In the build's output as well as in the test report: a skipped comparison is no comparison.
            System.err.println("OtherJdkTest: skipped: no other JDK at " + OTHER);
        }
        assumeTrue(Files.isExecutable(OTHER), "skipped: no other JDK at " + OTHER
                + " (give one with -Dcharter.otherJdk=JAVA_HOME)");
        Path plans = dir.resolve("plans.jsonl");
        writePlans(plans, 200);
        List<List<String>> commands = List.of(
                List.of("score", "samples/patuakhali-cc-2023-24-q3.md", "--fiscal-year", "2023-24", "--as-of", "Q3"),
                List.of("batch", plans.toString(), "--out", "-"));
        int[] expectedExits = {CharterCommand.REFUSED, CharterCommand.DONE};
        for (int c = 0; c < commands.size(); c++) {
            List<String> command = commands.get(c);
            Run here = run(THIS, command, dir.resolve("this"));
            assertThat(here.exit()).as("exit code of %s here", command).isEqualTo(expectedExits[c]);
            assertThat(here.exit() == 0 ? here.out() : here.err()).as("what %s says", command).isNotEmpty();
            Run there = run(OTHER, command, dir.resolve("other"));
            assertThat(there.exit()).as("exit code of %s", command).isEqualTo(here.exit());
            assertThat(there.out()).as("standard output of %s", command).isEqualTo(here.out());
            if (!command.get(0).equals("batch")) {
                assertThat(there.err()).as("standard error of %s", command).isEqualTo(here.err());
            }
        }
    }

    /** What a run of the command gave. */
    private record Run(int exit, byte[] out, byte[] err) {
    }

    private static Run run(Path java, List<String> arguments, Path files) throws IOException, InterruptedException {
        Files.createDirectories(files);
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CharterCommand.class.getName()));
        command.addAll(arguments);
        Path out = files.resolve("out");
        Path err = files.resolve("err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readAllBytes(out), Files.readAllBytes(err));
    }

    /**
     * The Cox's Bazar sample, then generated plans, two in three with an inconsistency, so that the
     * scorecards carry findings.
     */
    private static void writePlans(Path file, int count) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                DocumentWriter<ActionPlan> writer = CharterJson.standard().planWriter(out, JsonLayout.LINES)) {
            writer.write(CharterJson.standard().readPlan(Files.readString(Path.of("samples",
                    "coxsbazar-cc-2022-23-q3.json"))));
            for (int i = 0; i < count; i++) {
                PlanGenerator generator = PlanGenerator.using(new SplittableRandom(4_242L + i));
                ReportingPeriod period = generator.period();
                ActionPlan plan = generator.plan(generator.kind(), 1 + i % 30, period);
                writer.write(i % 3 == 0 ? plan : generator.inject(plan, period, generator.injectable(period)));
            }
        }
    }
}
