package org.citizencharter.core.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs a property over many seeded random cases, with any test framework.
 *
 * <p>Each case gets its own {@link RandomGenerator} from its own seed. When a case fails, the
 * {@link AssertionError} names the property and the case's seed; running again with
 * {@code -Dcharter.seed=<seed>} replays exactly that case, and only it. The number of cases is
 * {@code -Dcharter.cases} (1,000 unless set; the {@code big-properties} Maven profile sets 10,000),
 * or the number given. The cases' seeds come from {@code -Dcharter.baseSeed} if set, else from the
 * clock, so that every run tries new cases; the base seed is printed on failure too.
 *
 * <pre>{@code
 * @Test
 * void quartersTileTheYear() {
 *     Property.forAll("quarters tile the year", random -> {
 *         FiscalYear year = FiscalYear.of(random.nextInt(1990, 2100));
 *         ...
 *     });
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Property {

    /** The system property that replays one case by its seed. */
    public static final String SEED = "charter.seed";
    /** The system property that sets the number of cases. */
    public static final String CASES = "charter.cases";
    /** The system property that fixes the seed from which the cases' seeds are drawn. */
    public static final String BASE_SEED = "charter.baseSeed";
    /** The number of cases when {@value #CASES} is not set. */
    public static final int DEFAULT_CASES = 1000;

    private Property() {
    }

    /**
     * The number of cases a property runs: {@code -Dcharter.cases}, else {@value #DEFAULT_CASES}.
     *
     * @return the number of cases
     */
    public static int cases() {
        return Integer.getInteger(CASES, DEFAULT_CASES);
    }

    /**
     * Runs a property over {@link #cases()} cases.
     *
     * @param name the property, in words, for the failure message
     * @param body the property: given a seeded random generator, it asserts something that could fail
     * @throws AssertionError naming the failing case's seed
     */
    public static void forAll(String name, Consumer<RandomGenerator> body) {
        forAll(name, cases(), body);
    }

    /**
     * Runs a property over a number of cases.
     *
     * @param name the property, in words
     * @param cases how many cases to run (ignored when {@code -Dcharter.seed} replays one)
     * @param body the property
     * @throws AssertionError naming the failing case's seed
     */
    public static void forAll(String name, int cases, Consumer<RandomGenerator> body) {
        String replay = System.getProperty(SEED);
        if (replay != null && !replay.isBlank()) {
            runCase(name, Long.parseLong(replay.strip()), -1, body);
            return;
        }
        long baseSeed = Long.getLong(BASE_SEED, System.nanoTime() ^ 0x5DEECE66DL);
        SplittableRandom seeds = new SplittableRandom(baseSeed);
        for (int i = 0; i < cases; i++) {
            long seed = seeds.nextLong();
            try {
                runCase(name, seed, i, body);
            } catch (AssertionError failure) {
                failure.addSuppressed(new AssertionError("base seed " + baseSeed + " (-D" + BASE_SEED + ")"));
                throw failure;
            }
        }
    }

    private static void runCase(String name, long seed, int index, Consumer<RandomGenerator> body) {
        try {
            body.accept(new SplittableRandom(seed));
        } catch (AssertionError | RuntimeException failure) {
            String which = index >= 0 ? "case " + (index + 1) : "the replayed case";
            AssertionError error = new AssertionError("Property \"" + name + "\" failed on " + which
                    + " with seed " + seed + "; replay it with -D" + SEED + "=" + seed + ": " + failure.getMessage(),
                    failure);
            throw error;
        }
    }
}
