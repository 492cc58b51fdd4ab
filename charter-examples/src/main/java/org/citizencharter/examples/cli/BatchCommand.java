package org.citizencharter.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.DocumentWriter;
import org.citizencharter.io.JsonLayout;
import org.citizencharter.rules.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter batch IN --out OUT}: many plans in, their scorecards out, as JSON Lines, streaming. Plans are
 * read and written in order, a chunk at a time, and each chunk is scored on all the threads, so memory holds
 * one chunk whatever the number of plans.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Score many plans (JSON Lines or a JSON array of plan documents) into JSON Lines of"
                + " scorecards, streaming. Progress goes to standard error when it is a terminal, and a summary"
                + " line at the end.")
final class BatchCommand implements Callable<Integer> {

    private static final int CHUNK = 512;

    @Parameters(paramLabel = "IN", description = "The plans, or - for standard input.")
    String in;

    @Option(names = "--out", paramLabel = "OUT", required = true,
            description = "Where the scorecards go, or - for standard output.")
    String out;

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "The quarter to score plans as of when a plan does not say.")
    String asOf;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many threads score (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    EngineOptions engine;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw InvalidInputException.of("--threads must be at least 1", Integer.toString(threads));
        }
        Quarter quarter = asOf == null ? null : parseQuarter();
        ScoringEngine scoring = engine.engine();
        CharterJson json = CharterJson.standard();
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = System.console() != null;
        long started = System.nanoTime();
        long scored = 0;
        long withErrors = 0;
        ForkJoinPool pool = new ForkJoinPool(threads);
        try (InputStream input = open(in);
             OutputStream output = out.equals("-") ? System.out : new BufferedOutputStream(create(out), 1 << 16);
             DocumentWriter<Scorecard> writer = json.scorecardWriter(output, JsonLayout.LINES)) {
            Iterator<ActionPlan> plans = json.readPlans(input, in.equals("-") ? "standard input" : in).iterator();
            List<ActionPlan> chunk = new ArrayList<>(CHUNK);
            while (plans.hasNext()) {
                chunk.clear();
                while (plans.hasNext() && chunk.size() < CHUNK) {
                    ActionPlan plan = plans.next();
                    chunk.add(quarter != null && plan.asOf().isEmpty() ? plan.withAsOf(quarter) : plan);
                }
                for (Scorecard card : score(pool, scoring, chunk)) {
                    writer.write(card);
                    scored++;
                    if (card.hasErrors()) {
                        withErrors++;
                    }
                }
                if (progress) {
                    err.print("\r" + String.format("%,d", scored) + " plans scored");
                    err.flush();
                }
            }
            writer.flush();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println((progress ? "\r" : "") + String.format("Scored %,d plans in %.1f s (%,.0f plans/s); %,d with"
                + " errors.", scored, seconds, scored / Math.max(seconds, 1e-9), withErrors));
        return CharterCommand.DONE;
    }

    private static List<Scorecard> score(ForkJoinPool pool, ScoringEngine scoring, List<ActionPlan> chunk) {
        try {
            return pool.submit(() -> chunk.parallelStream().map(scoring::score).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CharterException("Interrupted while scoring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new CharterException("Scoring failed: " + e.getCause(), e.getCause());
        }
    }

    private Quarter parseQuarter() {
        try {
            return Quarter.parse(asOf);
        } catch (InvalidInputException bad) {
            throw bad.withContext("In --as-of");
        }
    }

    private static InputStream open(String name) throws IOException {
        return name.equals("-") ? System.in : Files.newInputStream(Path.of(name));
    }

    private static OutputStream create(String name) {
        try {
            return Files.newOutputStream(Path.of(name));
        } catch (IOException e) {
            throw new UncheckedIOException(new FileNotFoundException("The output (" + name + ") cannot be written: "
                    + e.getMessage()));
        }
    }

}
