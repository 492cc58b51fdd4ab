package org.citizencharter.examples.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.rules.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter batch IN --out OUT}: many plans in, their scorecards out, as JSON Lines, streaming. Plans are
 * read and written in order, a chunk at a time: one thread reads the next chunk while the threads score and
 * write to bytes the current one, and the command writes the one before, so memory holds about four chunks of
 * 128 plans (one queued, one being read, one being scored, one being written) whatever the number of plans;
 * with the default heap, a {@link HeapBudget} keeps the collector from growing the heap far beyond that. A
 * document that cannot be read is reported with its line as it is met, and the others are scored all the
 * same; the command then ends as unreadable input does.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Score many plans (JSON Lines or a JSON array of plan documents) into JSON Lines of"
                + " scorecards, streaming. When standard error is a terminal, the progress goes there (plans scored,"
                + " percent of the input read, plans a second, time left); a summary line at the end.")
final class BatchCommand implements Callable<Integer> {

    private static final int CHUNK = 128;

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

    @Option(names = "--quiet", description = "Print neither the progress nor the summary line.")
    boolean quiet;

    @Mixin
    EngineOptions engine;

    @Mixin
    LanguageOption language;

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
        Language lang = language.language();
        long started = System.nanoTime();
        Progress progress = !quiet && Progress.onTerminal() ? new Progress(err, lang, size(in), started) : null;
        long scored = 0;
        long withErrors = 0;
        HeapBudget heap = HeapBudget.ofThisJvm();
        AtomicLong unreadable = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(threads);
        Thread reader = null;
        try (CountingInputStream input = new CountingInputStream(open(in));
             OutputStream output = out.equals("-") ? System.out : new BufferedOutputStream(create(out), 1 << 16)) {
            BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(1);
            // A document that cannot be read is reported where it stands and costs no other its scorecard.
            Stream<ActionPlan> plans = json.readPlans(input, in.equals("-") ? "standard input" : in, problem -> {
                unreadable.incrementAndGet();
                err.println("charter: " + Messages.error(lang, problem));
                err.flush();
            });
            reader = new Thread(() -> read(plans, quarter, chunks), "charter-batch-reader");
            reader.setDaemon(true);
            reader.start();
            // Chunk n is scored on the pool while chunk n - 1 is written and chunk n + 1 is read.
            Future<List<Scored>> previous = null;
            Chunk chunk = null;
            boolean reading = true;
            while (reading || previous != null) {
                Future<List<Scored>> current = null;
                if (reading) {
                    chunk = take(chunks);
                    List<ActionPlan> plansOfChunk = chunk.plans();
                    current = pool.submit(() -> plansOfChunk.parallelStream()
                            .map(plan -> Scored.of(json, scoring.score(plan))).toList());
                    reading = chunk.failure() == null && !chunk.last();
                }
                if (previous != null) {
                    for (Scored card : get(previous)) {
                        output.write(card.line());
                        scored++;
                        withErrors += card.hasErrors() ? 1 : 0;
                    }
                    heap.check();
                    if (progress != null) {
                        progress.show(scored, input.count(), System.nanoTime());
                    }
                }
                previous = current;
            }
            output.flush();
            if (chunk.failure() != null) {
                // Every plan before the unreadable document has been scored and written.
                throw chunk.failure();
            }
        } finally {
            pool.shutdownNow();
            if (reader != null) {
                reader.interrupt();
            }
        }
        if (progress != null) {
            progress.clear();
        }
        if (!quiet) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(Messages.say(lang, "batch.summary", Progress.grouped(scored, lang),
                    Progress.decimal(seconds, 1, lang), Progress.grouped(Math.round(scored / Math.max(seconds, 1e-9)), lang),
                    Progress.grouped(withErrors, lang)));
        }
        if (unreadable.get() > 0) {
            throw InvalidInputException.of(String.format(java.util.Locale.ROOT, "%,d of the documents could not be"
                    + " read; each is reported above with its line", unreadable.get()));
        }
        return CharterCommand.DONE;
    }

    /** Plans read in order, a chunk at a time; the last chunk says so, or carries what stopped the reading. */
    private record Chunk(List<ActionPlan> plans, boolean last, RuntimeException failure) {
    }

    /** A scorecard as its line of JSON Lines, written by the thread that scored it. */
    private record Scored(byte[] line, boolean hasErrors) {
        static Scored of(CharterJson json, Scorecard card) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            json.writeScorecard(card, bytes);
            bytes.write('\n');
            return new Scored(bytes.toByteArray(), card.hasErrors());
        }
    }

    /** The reading thread: parses plans into chunks until the input ends or cannot be read. */
    private static void read(Stream<ActionPlan> plans, Quarter quarter, BlockingQueue<Chunk> chunks) {
        List<ActionPlan> chunk = new ArrayList<>(CHUNK);
        try {
            Iterator<ActionPlan> iterator = plans.iterator();
            RuntimeException failure = null;
            boolean last = false;
            while (!last && failure == null) {
                try {
                    last = !iterator.hasNext();
                    if (!last) {
                        ActionPlan plan = iterator.next();
                        chunk.add(quarter != null && plan.asOf().isEmpty() ? plan.withAsOf(quarter) : plan);
                    }
                } catch (RuntimeException unreadable) {
                    failure = unreadable;
                } catch (Error broken) {
                    // The command waits on this thread: it must hear of anything that ends it.
                    failure = new CharterException("Reading the plans failed: " + broken, broken);
                }
                if (last || failure != null || chunk.size() == CHUNK) {
                    chunks.put(new Chunk(List.copyOf(chunk), last, failure));
                    chunk.clear();
                }
            }
        } catch (InterruptedException stopped) {
            // The command ended first (it failed while scoring or writing): nothing more is wanted.
            Thread.currentThread().interrupt();
        }
    }

    private static Chunk take(BlockingQueue<Chunk> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CharterException("Interrupted while reading plans", e);
        }
    }

    private static List<Scored> get(Future<List<Scored>> scoring) {
        try {
            return scoring.get();
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

    /** The size of the input in bytes, for the percent done; -1 for standard input or anything not a file. */
    private static long size(String name) {
        try {
            return name.equals("-") ? -1 : Files.size(Path.of(name));
        } catch (IOException e) {
            return -1;
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
