package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, point 10: a table of 300,000 rows (11.6 MB) is read in a JVM of 256 MB of heap. The reader
 * held the table's text several times over (split into a string a line twice, copied whole for the
 * parser, rows copied into a grid and back) and, past 65,536 rows, a string for every "-" and "১": it ran
 * out of memory there (and its plan is some 150 MB by itself). Memory, not time, is what this checks: the
 * run has minutes, and only a hang would exceed them.
 */
class LargeTableMemoryTest {

    private static final int ROWS = 300_000;

    @Test
    void aTableOfThreeHundredThousandRowsIsReadInTwoHundredAndFiftySixMegabytesOfHeap(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path table = dir.resolve("big.tsv");
        try (Writer out = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", Tables.HEADER));
            out.write('\n');
            for (int area = 1; area <= 300; area++) {
                for (int activity = 1; activity <= 10; activity++) {
                    for (int indicator = 1; indicator <= ROWS / 3_000; indicator++) {
                        out.write(activity == 1 && indicator == 1 ? "A" + area + "\t1000\t" : "\t\t");
                        out.write(indicator == 1 ? "[" + area + "." + activity + "] x" : "");
                        out.write("\t[" + area + "." + activity + "." + indicator
                                + "]\tজন\t1\t4\t1\t1\t1\t-\t3\t75%\n");
                    }
                }
            }
        }
        Path output = dir.resolve("out.txt");
        Process reading = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Reading.class.getName(), table.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = reading.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            reading.destroyForcibly();
        }
        List<String> said = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(ended).as("ended within five minutes").isTrue();
        assertThat(said).as("what the reading process said").contains("areas 300, indicators 300000");
        assertThat(reading.exitValue()).isZero();
    }

    /** Reads a table in its own process and says how many areas and indicators it has. */
    static final class Reading {

        private Reading() {
        }

        /**
         * Reads the table named.
         *
         * @param arguments the table's path
         */
        public static void main(String[] arguments) {
            ReadResult read = Tables.READER.readWithNotes(Path.of(arguments[0]));
            System.out.println("areas " + read.plan().areas().size() + ", indicators "
                    + read.plan().areas().sumOfLong(area -> area.activities().sumOfInt(a -> a.indicators().size())));
        }
    }
}
