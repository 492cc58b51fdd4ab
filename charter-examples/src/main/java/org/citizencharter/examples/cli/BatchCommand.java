package org.citizencharter.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.DocumentWriter;
import org.citizencharter.io.JsonLayout;
import org.citizencharter.io.Located;
import org.citizencharter.rules.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter batch IN --out OUT}: many plans in, their scorecards out, as JSON Lines, streaming. Plans are
 * read and written in order, a chunk at a time: one thread finds the lines of the next chunk while the threads
 * read, score and write to bytes the plans of the current one (so reading the JSON takes as many threads as
 * scoring), and the command writes the one before, so memory holds about four chunks of
 * 128 plans (one queued, one being read, one being scored, one being written) whatever the number of plans;
 * with the default heap, a {@link HeapBudget} keeps the collector from growing the heap far beyond that.
 *
 * <p>A plan that fails, for any reason (a line that is not a plan document, a plan without its quarter, a
 * rule that throws or loops), fails alone: it is named with its line on standard error, and every other plan
 * gets its scorecard; the exit status is then 1. JSON Lines are read a line at a time, so that a line that
 * cannot be read costs only itself; a JSON array is read as a stream, and a document in it that cannot be
 * read ends it (the plans before it are scored and written). The output is written to a temporary file,
 * moved into place at the end; it is never one of the inputs.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Score many plans (JSON Lines, a JSON array of plan documents, or pretty-printed plan"
                + " documents one after another) into JSON Lines of scorecards, streaming. A plan that fails is"
                + " named with its line on standard error, and the others are scored. When standard error is a"
                + " terminal, the progress goes there (plans scored, percent of the input read, plans a second,"
                + " time left); a summary line at the end.")
final class BatchCommand implements Callable<Integer> {

    private static final int CHUNK = 128;

    /** The most threads: more than the processors gains nothing. */
    static final int MAX_THREADS = 256;

    @Parameters(paramLabel = "IN", descriptionKey = "param.plans",
            description = "The plans, or - for standard input.")
    String in;

    @Option(names = "--out", paramLabel = "OUT", required = true,
            description = "Where the scorecards go, or - for standard output. Never one of the inputs.")
    String out;

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "The quarter to score plans as of when a plan does not say.")
    String asOf;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many threads score, 1 to " + MAX_THREADS + " (default: the number of processors).")
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
    public Integer call() {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageException("--threads must be from 1 to " + MAX_THREADS + ", not " + threads
                    + ". Maybe leave it out: the default is the number of processors.");
        }
        Quarter quarter = asOf == null ? null : parseQuarter();
        Terminal terminal = CharterCommand.terminal(spec);
        List<Path> inputs = new ArrayList<>(engine.files());
        if (!in.equals("-")) {
            inputs.add(Path.of(in));
        }
        Output output = Output.of(out, inputs);
        ScoringEngine scoring = engine.engine();
        long[] counts = new long[3];
        long started = System.nanoTime();
        Language lang = language.language();
        try (Input input = Input.open(in, terminal)) {
            output.write(terminal, bytes -> run(input, bytes, quarter, scoring, terminal, counts, started));
        }
        long scored = counts[0];
        long withErrors = counts[1];
        long failed = counts[2];
        if (!quiet) {
            double seconds = (System.nanoTime() - started) / 1e9;
            terminal.err().println(Messages.say(lang, "batch.summary", Progress.grouped(scored, lang),
                    Progress.decimal(seconds, 1, lang),
                    Progress.grouped(Math.round(scored / Math.max(seconds, 1e-9)), lang),
                    Progress.grouped(withErrors, lang))
                    + (failed == 0 ? "" : " " + Messages.say(lang, "batch.failed", Progress.grouped(failed, lang))));
        }
        return failed == 0 ? CharterCommand.DONE : CharterCommand.REFUSED;
    }

    private void run(Input input, OutputStream output, Quarter quarter, ScoringEngine scoring, Terminal terminal,
            long[] counts, long started) throws IOException {
        CharterJson json = CharterJson.standard();
        PrintStream err = terminal.err();
        Language lang = language.language();
        CountingInputStream counted = new CountingInputStream(input.stream());
        Progress progress = !quiet && Progress.onTerminal()
                ? new Progress(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), lang,
                        input.path().map(BatchCommand::size).orElse(-1L), started)
                : null;
        HeapBudget heap = HeapBudget.ofThisJvm();
        ForkJoinPool pool = new ForkJoinPool(threads);
        Thread reader = null;
        try {
            BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(1);
            reader = new Thread(() -> Reading.run(input, counted, json, quarter, chunks), "charter-batch-reader");
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
                    List<Item> items = chunk.items();
                    current = pool.submit(() -> items.parallelStream()
                            .map(item -> Scored.of(json, scoring, item, input.name(), lang)).toList());
                    reading = chunk.error() == null && !chunk.last();
                }
                if (previous != null) {
                    for (Scored card : get(previous)) {
                        if (card.failure() != null) {
                            err.println("charter: " + Terminal.printable(card.failure()));
                            counts[2]++;
                        } else {
                            output.write(card.line());
                            counts[0]++;
                            counts[1] += card.hasErrors() ? 1 : 0;
                        }
                    }
                    heap.check();
                    if (progress != null) {
                        progress.show(counts[0], counted.count(), System.nanoTime());
                    }
                }
                previous = current;
            }
            if (chunk.error() != null) {
                // What ended the reading is no plan's own failure: the reader itself broke (out of memory).
                throw chunk.error();
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
    }

    /** A plan to read (on the thread that scores it), or why it could not be read, with where it is in the input. */
    private record Item(String where, Supplier<ActionPlan> plan, RuntimeException failure) {
    }

    /** Plans read in order, a chunk at a time; the last chunk says so, or carries what broke the reading. */
    private record Chunk(List<Item> items, boolean last, Error error) {
    }

    /** A scorecard as its line of JSON Lines, written by the thread that scored it; or why there is none. */
    private record Scored(byte[] line, boolean hasErrors, String failure) {
        static Scored of(CharterJson json, ScoringEngine scoring, Item item, String source, Language lang) {
            if (item.failure() != null) {
                return failed(item, source, item.failure(), lang);
            }
            try {
                Scorecard card = scoring.score(item.plan().get());
                // Through a DocumentWriter, which makes each document whole in memory before writing it:
                // nothing to check first, as writeScorecard(card, stream) must (docs/performance.md).
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
                try (DocumentWriter<Scorecard> line = json.scorecardWriter(bytes, JsonLayout.LINES)) {
                    line.write(card);
                }
                return new Scored(bytes.toByteArray(), card.hasErrors(), null);
            } catch (RuntimeException failure) {
                return failed(item, source, failure, lang);
            }
        }

        private static Scored failed(Item item, String source, RuntimeException failure, Language lang) {
            String message = failure instanceof InvalidInputException refused && refused.source().isPresent()
                    ? Messages.error(lang, refused)
                    : source + ", " + where(item.where(), lang) + ": " + Failures.said(lang, failure.getMessage());
            return new Scored(null, false, message);
        }

        /** "line 5" or "plan 5 of the array", as a person reads it in a language. */
        private static String where(String where, Language lang) {
            if (lang == Language.EN) {
                return where;
            }
            String[] words = where.split(" ");
            if (words.length < 2 || !words[1].chars().allMatch(Character::isDigit)) {
                return "পড়া পরিকল্পনাগুলোর পরে";
            }
            long number = Long.parseLong(words[1]);
            return where.startsWith("line ") ? "লাইন " + Numerals.format(number, lang)
                    : "অ্যারের " + Numerals.format(number, lang) + " নম্বর পরিকল্পনা";
        }
    }

    /**
     * The reading thread: finds the plans as charter-io finds many to read later (JSON Lines a line at a time,
     * each line's plan read by the scoring thread that takes it, where a line that cannot be read is named; or
     * one JSON array, read here, which a document that cannot be read ends), each with where it is, into
     * chunks, until the input ends or the reading itself breaks.
     */
    private static final class Reading {
        private final Quarter quarter;
        private final BlockingQueue<Chunk> chunks;
        private final boolean array;
        private final List<Item> chunk = new ArrayList<>(CHUNK);
        /** The documents met so far, read or not. */
        private long index;

        private Reading(Input input, Quarter quarter, BlockingQueue<Chunk> chunks) {
            String start = new String(input.head(), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            this.array = start.startsWith("[");
            this.quarter = quarter;
            this.chunks = chunks;
        }

        static void run(Input input, InputStream in, CharterJson json, Quarter quarter, BlockingQueue<Chunk> chunks) {
            Reading reading = new Reading(input, quarter, chunks);
            Error error = null;
            try (Stream<Located<Supplier<ActionPlan>>> plans = json.readPlansDeferred(in, input.name(),
                    reading::refused)) {
                plans.forEach(reading::read);
            } catch (Stopped stopped) {
                return;
            } catch (UncheckedIOException failed) {
                error = new IOError(failed.getCause());
            } catch (RuntimeException unreadable) {
                reading.chunk.add(new Item("after the plans read", null, unreadable));
            } catch (Error broken) {
                // The command waits on this thread: it must hear of anything that ends it.
                error = broken;
            }
            try {
                reading.put(true, error);
            } catch (Stopped stopped) {
                // The command has ended already.
            }
        }

        /** A plan found, read later by the thread that scores it (a line that cannot be read is refused there). */
        private void read(Located<Supplier<ActionPlan>> plan) {
            index = plan.index();
            Supplier<ActionPlan> document = plan.document();
            Supplier<ActionPlan> read = quarter == null ? document : () -> {
                ActionPlan found = document.get();
                return found.asOf().isEmpty() ? found.withAsOf(quarter) : found;
            };
            add(new Item(where(plan.line(), plan.index()), read, null));
        }

        /** A document that cannot be read: its chunk carries it, in the input's order, as a plan would be. */
        private void refused(InvalidInputException problem) {
            index++;
            add(new Item(where(problem.line().orElse(0), index), null, problem));
        }

        private void add(Item item) {
            chunk.add(item);
            if (chunk.size() == CHUNK) {
                put(false, null);
            }
        }

        private void put(boolean last, Error error) {
            try {
                chunks.put(new Chunk(List.copyOf(chunk), last, error));
            } catch (InterruptedException interrupted) {
                // The command ended first (it failed while scoring or writing): nothing more is wanted.
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            chunk.clear();
        }

        private String where(long line, long place) {
            return array ? "plan " + place + " of the array" : "line " + line;
        }
    }

    /** The reading thread was told to stop: it ends without another chunk. */
    private static final class Stopped extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
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
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new CharterException("Scoring failed: " + e.getCause(), e.getCause());
        }
    }

    private Quarter parseQuarter() {
        try {
            return Quarter.parse(asOf);
        } catch (InvalidInputException bad) {
            throw new UsageException(bad.withContext("In --as-of"));
        }
    }

    /** The size of a file in bytes, for the percent done; -1 for anything whose size is not known. */
    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
