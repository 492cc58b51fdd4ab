package org.citizencharter.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.citizencharter.core.Fraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * An unrounded figure written as a decimal, {@link Fraction#toBigDecimal()}, against the division it
 * replaced for small parts ({@code BigDecimal.divide} to 34 digits, HALF_UP), on 1,024 quotients as
 * scoring makes them: percents of a target, averages of quarters, weighted scores, none terminating.
 * Both give the same decimals (FractionProperties); this measures what the longs save.
 *
 * <p>JMH runs one benchmark after the other, which a shared machine can tilt; {@link #main} runs the two
 * interleaved in one thread instead, round after round, by that thread's CPU time, and prints the median
 * and inter-quartile range of the per-round ratio:
 *
 * <pre>
 * java -jar benchmarks.jar QuotientBenchmark -prof gc        # JMH, with allocation
 * java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UseParallelGC \
 *     -cp benchmarks.jar org.citizencharter.benchmarks.QuotientBenchmark   # interleaved, CPU time
 * </pre>
 *
 * <p>The fixed, touched heap matters: a heap that grows charges each new page's fault to the thread's CPU
 * time, which put a quarter of the rounds at several times the others.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class QuotientBenchmark {

    private static final int COUNT = 1024;
    private static final int PASSES = 200;
    private static final MathContext UNROUNDED = new MathContext(Fraction.SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

    private Fraction[] fractions;
    private BigDecimal[] numerators;
    private BigDecimal[] denominators;

    /** Makes the quotients, from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(17);
        fractions = new Fraction[COUNT];
        numerators = new BigDecimal[COUNT];
        denominators = new BigDecimal[COUNT];
        for (int i = 0; i < COUNT; i++) {
            Fraction achieved = Fraction.of(random.nextLong(1, 100_000), random.nextInt(3) == 0 ? 3 : 1);
            Fraction target = Fraction.of(random.nextLong(1, 100_000), 1);
            Fraction weight = Fraction.of(random.nextLong(1, 2_000), 100);
            Fraction fraction = switch (i % 3) {
                case 0 -> achieved.over(target).times(Fraction.HUNDRED);
                case 1 -> weight.times(achieved.over(target).min(Fraction.ONE));
                default -> achieved.plus(target).over(Fraction.of(3));
            };
            if (fraction.toBigDecimal().precision() < Fraction.SIGNIFICANT_DIGITS) {
                fraction = fraction.plus(Fraction.of(1, 7));
            }
            fractions[i] = fraction;
            numerators[i] = new BigDecimal(fraction.numerator());
            denominators[i] = new BigDecimal(fraction.denominator());
        }
    }

    /**
     * The fractions' decimals as charter makes them.
     *
     * @param sink where each goes
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void toBigDecimal(Blackhole sink) {
        for (Fraction fraction : fractions) {
            sink.consume(fraction.toBigDecimal());
        }
    }

    /**
     * The two interleaved, by thread CPU time: 60 rounds after 40 of warm-up, each round {@value #PASSES}
     * passes over the quotients by each.
     *
     * @param args none
     */
    public static void main(String[] args) {
        QuotientBenchmark quotients = new QuotientBenchmark();
        quotients.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = 40;
        int rounds = 60;
        double[] longs = new double[rounds];
        double[] division = new double[rounds];
        double[] ratio = new double[rounds];
        long sink = 0;
        // Every round is recorded, the warm-up's overwritten: no branch first taken after the warm-up.
        for (int round = 0; round < warmup + rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            sink += quotients.passesOfLongs();
            long middle = threads.getCurrentThreadCpuTime();
            sink += quotients.passesOfDivision();
            long end = threads.getCurrentThreadCpuTime();
            int at = round % rounds;
            longs[at] = (middle - start) / (double) (PASSES * COUNT);
            division[at] = (end - middle) / (double) (PASSES * COUNT);
            ratio[at] = longs[at] / division[at];
        }
        System.out.printf(Locale.ROOT, "ns of CPU a quotient, median [IQR] of %d rounds: toBigDecimal %s, division %s;"
                + " toBigDecimal / division %s (%d)%n", rounds, ScoringCpu.quartiles(longs, 1),
                ScoringCpu.quartiles(division, 1), ScoringCpu.quartiles(ratio, 3), sink & 1);
    }

    private long passesOfLongs() {
        long sink = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (Fraction fraction : fractions) {
                sink += fraction.toBigDecimal().scale();
            }
        }
        return sink;
    }

    private long passesOfDivision() {
        long sink = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < COUNT; i++) {
                sink += numerators[i].divide(denominators[i], UNROUNDED).scale();
            }
        }
        return sink;
    }

    /**
     * The same decimals by BigDecimal's division, as charter made them before.
     *
     * @param sink where each goes
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void division(Blackhole sink) {
        for (int i = 0; i < COUNT; i++) {
            sink.consume(numerators[i].divide(denominators[i], UNROUNDED));
        }
    }
}
