package org.citizencharter.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.table.ReadResult;
import org.citizencharter.io.table.TableReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A large office table read into a plan (issue 19, point 10): the bytes of a generated TSV under the Cox's
 * Bazar sample's Bengali header, 300 areas of 10 activities, {@code rows} indicators in all, read by
 * {@link TableReader#readWithNotes(java.io.InputStream, String)} in a JVM of 512 MB of heap, as
 * {@code charter import big.tsv} reads it. One reading an operation; the time is per table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class TableReadBenchmark {

    /** The Cox's Bazar sample's header (charter-examples/samples/coxsbazar-cc-2022-23-q3.tsv). */
    private static final String HEADER = String.join("\t", "কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম",
            "কর্ম সম্পাদন সূচক", "একক", "কর্ম সম্পাদন সূচকের মান", "লক্ষ্য মাত্রা", "১ম ত্রৈমাসিক অর্জন",
            "২য় ত্রৈমাসিক অর্জন", "৩য় ত্রৈমাসিক অর্জন", "৪র্থ ত্রৈমাসিক অর্জন", "প্রকৃত অর্জন",
            "অর্জনের শতকরা হার");
    private static final int AREAS = 300;
    private static final int ACTIVITIES = 10;
    private static final TableReader READER = TableReader.of(
            Office.of(OfficeId.of("coxsbazar"), BilingualText.of("কক্সবাজার", "Cox's Bazar"), OfficeLevel.DISTRICT),
            PlanKind.CITIZEN_CHARTER, Quarter.Q3)
            .withFiscalYear(FiscalYear.parse("2022-23"));

    /** Indicators, one a row; a multiple of 3,000 (300 areas × 10 activities). */
    @Param({"300000"})
    public int rows;

    private byte[] table;

    /** Writes the table once. */
    @Setup
    public void setUp() {
        table = table(rows).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The table as {@code charter import} is given it: rows like
     * {@code \t\t\t[1.1.2]\tজন\t1\t4\t1\t1\t1\t-\t3\t75%}, an area and its weight on its first row, an activity
     * on its first.
     *
     * @param rows the number of indicators
     * @return the text of the table
     */
    static String table(int rows) {
        int each = rows / (AREAS * ACTIVITIES);
        StringBuilder text = new StringBuilder(rows * 40).append(HEADER).append('\n');
        for (int area = 1; area <= AREAS; area++) {
            for (int activity = 1; activity <= ACTIVITIES; activity++) {
                for (int indicator = 1; indicator <= each; indicator++) {
                    text.append(activity == 1 && indicator == 1 ? "A" + area + "\t" + each * ACTIVITIES : "\t")
                            .append('\t')
                            .append(indicator == 1 ? "[" + area + "." + activity + "] x" : "")
                            .append("\t[").append(area).append('.').append(activity).append('.').append(indicator)
                            .append("]\tজন\t1\t4\t1\t1\t1\t-\t3\t75%\n");
                }
            }
        }
        return text.toString();
    }

    /**
     * Reads the table into a plan with its notes.
     *
     * @return the plan and notes
     */
    @Benchmark
    public ReadResult readTable() {
        return READER.readWithNotes(new ByteArrayInputStream(table), "big.tsv");
    }
}
