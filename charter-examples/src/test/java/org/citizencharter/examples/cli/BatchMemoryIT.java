package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code charter batch} streams: the built command, as a process with a heap of 32 MB, scores 3,600 plans
 * whose scorecards alone take more than 20 MB, on one thread and on two, and writes every scorecard. The
 * engine and the JVM's own data keep about 13 MB of that heap (seen in a log of the collector), so a batch
 * that held the scorecards, or the plans, until the end would run out of memory. No timing is checked; the
 * timeout guards against a hang on a loaded machine.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BatchMemoryIT {

    private static final Path JAR = Path.of(System.getProperty("charter.cliJar", "target/cli.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path PLANS = Path.of("samples/district/plans-2023-24-q3.jsonl");
    private static final int COPIES = 400;

    @TempDir
    Path temp;

    @Test
    void manyPlansGoThroughASmallHeap() throws IOException, InterruptedException {
        byte[] district = Files.readAllBytes(PLANS);
        Path plans = temp.resolve("plans.jsonl");
        try (OutputStream out = Files.newOutputStream(plans)) {
            for (int i = 0; i < COPIES; i++) {
                out.write(district);
            }
        }
        long expected = Files.readAllLines(PLANS).stream().filter(line -> !line.isBlank()).count() * COPIES;
        for (String threads : List.of("1", "2")) {
            Path cards = temp.resolve("cards-" + threads + ".jsonl");
            Path err = temp.resolve("err-" + threads + ".txt");
            Process process = new ProcessBuilder(JAVA.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-jar", JAR.toString(), "batch",
                    plans.toString(), "--out", cards.toString(), "--threads", threads, "--quiet")
                    .redirectOutput(temp.resolve("out-" + threads + ".txt").toFile()).redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor()).as(Files.readString(err)).isZero();
            assertThat(Files.size(cards)).as("the scorecards' bytes").isGreaterThan(20L << 20);
            long lines = 0;
            try (BufferedReader reader = Files.newBufferedReader(cards, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    assertThat(line).startsWith("{").endsWith("}");
                    lines++;
                }
            }
            assertThat(lines).isEqualTo(expected);
        }
    }
}
