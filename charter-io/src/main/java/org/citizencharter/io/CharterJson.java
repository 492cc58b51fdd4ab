package org.citizencharter.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.io.internal.json.JsonErrors;
import org.citizencharter.io.internal.json.JsonLinesInput;
import org.citizencharter.io.internal.json.ShapeDeserializer;
import org.citizencharter.io.internal.json.SourceReader;
import org.citizencharter.io.internal.json.Utf8Reader;
import org.citizencharter.io.internal.json.Writable;

/**
 * Reads and writes charter's JSON documents: action plans, scorecards, office hierarchies and scoring
 * policies, one at a time or, for plans and scorecards, many in a stream. The formats are those of
 * {@code docs/json-format.md}; the JSON Schemas ship in the jar under
 * {@code org/citizencharter/io/schema/}.
 *
 * <pre>{@code
 * CharterJson json = CharterJson.standard();
 * ActionPlan plan = json.readPlan(in, "plan.json");
 * String card = json.writeScorecard(engine.score(plan, plan.period().orElseThrow()));
 *
 * try (Stream<ActionPlan> plans = json.readPlans(in, "plans.jsonl")) {
 *     json.writeScorecards(plans.map(p -> engine.score(p, p.period().orElseThrow())), out);
 * }
 * }</pre>
 *
 * <p><b>Reading</b> is exact and strict. Input is UTF-8 (a leading byte order mark is skipped). Numbers
 * are read from their text into {@link java.math.BigDecimal}, keeping their scale; anything that cannot
 * be read (malformed JSON, a key repeated, an unknown field, a value of the wrong type, an impossible
 * value such as a negative weight, quarter "Q5" or fiscal year "2023-25", input beyond the
 * {@link JsonLimits}) is an {@link InvalidInputException} with the source name, the JSON pointer, the
 * line and column (counted in characters) and the text at fault. Nothing is guessed, nothing dropped.
 *
 * <p><b>Writing</b> gives the canonical form: compact UTF-8, fields in the documented order, numbers
 * plain with their scale, no newline after a single document. A canonical document read and written
 * again is the same, byte for byte. Scorecard figures are rounded HALF_UP to the scale the scorecard
 * carries (its policy's, {@link org.citizencharter.core.PolicyRef#roundingScale()}) or to the one
 * {@link #withRoundingScale(int)} sets, with their exact values beside them so that nothing is lost.
 *
 * <p>Streams given to this class belong to the caller: they are read or written, and output flushed,
 * but never closed. Immutable and thread-safe: one instance may serve every thread of a host.
 */
public final class CharterJson {

    private static final CharterJson STANDARD = new CharterJson(JsonLimits.defaults(), CharterModule.SCORECARD_SCALE);

    private final JsonLimits limits;
    private final int roundingScale;
    private final JsonFactory factory;
    private final Kind<ActionPlan> plans;
    private final Kind<Scorecard> scorecards;
    private final Kind<OfficeHierarchy> hierarchies;
    private final Kind<ScoringPolicy> policies;

    /** What reads and writes one kind of document. */
    private record Kind<T>(String name, ObjectReader reader, ObjectWriter writer) {
    }

    private CharterJson(JsonLimits limits, int roundingScale) {
        this.limits = limits;
        this.roundingScale = roundingScale;
        this.factory = factory(limits);
        ObjectMapper mapper = JsonMapper.builder(factory)
                .addModule(roundingScale == CharterModule.SCORECARD_SCALE ? new CharterModule()
                        : new CharterModule().withRoundingScale(roundingScale))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // Bytes as text: a character beyond U+FFFF in four bytes of UTF-8, not as two escapes.
                .enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        this.plans = kind(mapper, ActionPlan.class, "plan");
        this.scorecards = kind(mapper, Scorecard.class, "scorecard");
        this.hierarchies = kind(mapper, OfficeHierarchy.class, "office hierarchy");
        this.policies = kind(mapper, ScoringPolicy.class, "scoring policy");
    }

    private <T> Kind<T> kind(ObjectMapper mapper, Class<T> type, String name) {
        // charter counts the length of each document itself, exactly, from its first character; so each
        // document of a stream has the limit to itself, and the error says where the limit was passed.
        return new Kind<>(name, mapper.readerFor(type).withAttribute(ShapeDeserializer.DOCUMENT_LIMIT,
                limits.maxDocumentLength()), mapper.writerFor(type));
    }

    private static JsonFactory factory(JsonLimits limits) {
        // Bytes are decoded as UTF-8 by Utf8Reader, never guessed as UTF-16; Jackson parses characters.
        return JsonFactory.builder()
                .disable(JsonFactory.Feature.CHARSET_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /**
     * charter's JSON with the default {@link JsonLimits}, writing each scorecard's figures at the scale it
     * carries (2 decimals under the default scoring policy).
     *
     * @return the standard instance
     */
    public static CharterJson standard() {
        return STANDARD;
    }

    /**
     * This JSON with other input limits.
     *
     * @param newLimits the limits
     * @return a new instance
     */
    public CharterJson withLimits(JsonLimits newLimits) {
        return new CharterJson(requireNonNull(newLimits, "limits"), roundingScale);
    }

    /**
     * This JSON writing the figures of every scorecard rounded to one number of decimals, whatever scale the
     * scorecard carries (the document then says that scale, and reads back with it).
     *
     * @param scale the decimals, 0 to 10 as a {@link ScoringPolicy#roundingScale()}
     * @return a new instance
     * @throws IllegalArgumentException if the scale is out of range
     */
    public CharterJson withRoundingScale(int scale) {
        return new CharterJson(limits, CharterModule.checkedScale(scale));
    }

    /**
     * This JSON writing scorecard figures as a policy rounds them.
     *
     * @param policy the policy that scored the scorecards
     * @return a new instance
     */
    public CharterJson withRoundingOf(ScoringPolicy policy) {
        return withRoundingScale(policy.roundingScale());
    }

    /**
     * The input limits.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * The decimals every scorecard's figures are rounded to when written, if this JSON sets them.
     *
     * @return the scale, or empty when each scorecard is written at the scale it carries
     */
    public OptionalInt roundingScale() {
        return roundingScale == CharterModule.SCORECARD_SCALE ? OptionalInt.empty() : OptionalInt.of(roundingScale);
    }

    // ---------------------------------------------------------------------------------------------
    // Plans

    /**
     * Reads a plan document.
     *
     * @param in UTF-8 JSON, holding one plan document and nothing else; not closed
     * @param sourceName the name errors give the input, such as a file name; may be null
     * @return the plan
     * @throws InvalidInputException if the document cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public ActionPlan readPlan(InputStream in, String sourceName) {
        return read(plans, in, sourceName);
    }

    /**
     * Reads a plan document from text.
     *
     * @param json the document
     * @return the plan
     * @throws InvalidInputException if the document cannot be read
     */
    public ActionPlan readPlan(String json) {
        return read(plans, json);
    }

    /**
     * Reads many plans, lazily, in constant memory: a JSON array of plan documents, plan documents one
     * after another a line each (JSON Lines), or plan documents one after another over many lines each (as
     * pretty-printed: a first line holding only <code>{</code>, the next a member), told apart by how the input
     * begins. Each plan is read when the stream asks for it; a plan that cannot be read ends the stream with an
     * {@link InvalidInputException} (whose line counts from the start of the input). Close the stream
     * when done (it does not close {@code in}).
     *
     * @param in UTF-8 JSON; not closed
     * @param sourceName the name errors give the input; may be null
     * @return the plans, in order
     */
    public Stream<ActionPlan> readPlans(InputStream in, String sourceName) {
        return readMany(plans, in, sourceName, CharterJson::stop);
    }

    /**
     * Reads many plans, lazily, in constant memory, as {@link #readPlans(InputStream, String)} does, but a
     * plan that cannot be read is handed to {@code unreadable} rather than ending the stream. In JSON Lines
     * each line is read on its own: a line that cannot be read (bytes that are not UTF-8, malformed JSON, a
     * plan that is not valid, a document beyond the limits) is reported with its line number, and the stream
     * goes on with the next line; what is left of the bad line is skipped without being kept. In a JSON
     * array, or where the documents span lines, the stream ends after the first document that cannot be
     * read, as nothing after it can be found with certainty. If {@code unreadable} throws, the stream ends
     * with its exception.
     *
     * @param in UTF-8 JSON; not closed
     * @param sourceName the name errors give the input; may be null
     * @param unreadable what is told of each document that cannot be read
     * @return the plans that can be read, in order
     */
    public Stream<ActionPlan> readPlans(InputStream in, String sourceName,
            Consumer<? super InvalidInputException> unreadable) {
        return readMany(plans, in, sourceName, unreadable);
    }

    /**
     * Reads many plans as {@link #readPlans(InputStream, String, Consumer)} does, each with the line it
     * begins on and its place among the input's documents, for a host that names a plan it fails on later
     * (scoring, storing) by where it stood. The places count the documents that could not be read too.
     *
     * @param in UTF-8 JSON; not closed
     * @param sourceName the name errors give the input; may be null
     * @param unreadable what is told of each document that cannot be read
     * @return the plans that can be read, in order, with their places
     */
    public Stream<Located<ActionPlan>> readPlansLocated(InputStream in, String sourceName,
            Consumer<? super InvalidInputException> unreadable) {
        return readLocated(plans, in, sourceName, unreadable);
    }

    /**
     * Reads many plans as {@link #readPlansLocated(InputStream, String, Consumer)} does, but leaves the reading
     * of each JSON Lines line to whoever asks for it, on any thread: the stream only finds the lines, with
     * their numbers and places, so that a host can read and score plans on several threads while one thread
     * reads the input. Each element's {@code document().get()} reads its line's plan, or throws the
     * {@link InvalidInputException} that {@code readPlansLocated} would have handed to {@code unreadable},
     * with the same text, line, column and source name. A line holds its bytes until it is read; one longer
     * than three bytes for each character of the document limit is read at once, as {@code readPlansLocated}
     * reads it, and so are a JSON array and documents that span lines, which can only be found by reading
     * them: their errors go to {@code unreadable}.
     *
     * @param in UTF-8 JSON; not closed
     * @param sourceName the name errors give the input; may be null
     * @param unreadable what is told of each document that cannot be read at once
     * @return the plans to read, in order, with their places
     */
    public Stream<Located<Supplier<ActionPlan>>> readPlansDeferred(InputStream in, String sourceName,
            Consumer<? super InvalidInputException> unreadable) {
        return readDeferred(plans, in, sourceName, unreadable, true);
    }

    /**
     * Writes a plan document in canonical form.
     *
     * @param plan the plan
     * @param out where to write UTF-8 JSON; flushed, not closed
     * @throws InvalidInputException if the plan's extensions are not a JSON object
     * @throws UncheckedIOException if writing fails
     */
    public void writePlan(ActionPlan plan, OutputStream out) {
        write(plans, plan, out);
    }

    /**
     * Writes a plan document in canonical form, as text.
     *
     * @param plan the plan
     * @return the document
     * @throws InvalidInputException if the plan's extensions are not a JSON object
     */
    public String writePlan(ActionPlan plan) {
        return write(plans, plan);
    }

    /**
     * A writer of many plan documents to one output.
     *
     * @param out where to write; not closed, not even by the writer's {@code close}
     * @param layout JSON Lines or a JSON array
     * @return the writer
     */
    public DocumentWriter<ActionPlan> planWriter(OutputStream out, JsonLayout layout) {
        return new DocumentWriter<>(plans.writer(), out, layout);
    }

    // ---------------------------------------------------------------------------------------------
    // Scorecards

    /**
     * Reads a scorecard document, taking each figure's exact value where the document gives one.
     *
     * @param in UTF-8 JSON, holding one scorecard document and nothing else; not closed
     * @param sourceName the name errors give the input; may be null
     * @return the scorecard
     * @throws InvalidInputException if the document cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public Scorecard readScorecard(InputStream in, String sourceName) {
        return read(scorecards, in, sourceName);
    }

    /**
     * Reads a scorecard document from text.
     *
     * @param json the document
     * @return the scorecard
     * @throws InvalidInputException if the document cannot be read
     */
    public Scorecard readScorecard(String json) {
        return read(scorecards, json);
    }

    /**
     * Reads many scorecards, lazily, as {@link #readPlans} reads plans.
     *
     * @param in UTF-8 JSON: an array of scorecard documents, JSON Lines, or documents over many lines each;
     *     not closed
     * @param sourceName the name errors give the input; may be null
     * @return the scorecards, in order
     */
    public Stream<Scorecard> readScorecards(InputStream in, String sourceName) {
        return readMany(scorecards, in, sourceName, CharterJson::stop);
    }

    /**
     * Reads many scorecards as {@link #readPlans(InputStream, String, Consumer)} reads plans: a scorecard that
     * cannot be read is handed to {@code unreadable}, and in JSON Lines the stream goes on with the next line.
     *
     * @param in UTF-8 JSON: an array of scorecard documents, JSON Lines, or documents over many lines each;
     *     not closed
     * @param sourceName the name errors give the input; may be null
     * @param unreadable what is told of each document that cannot be read
     * @return the scorecards that can be read, in order
     */
    public Stream<Scorecard> readScorecards(InputStream in, String sourceName,
            Consumer<? super InvalidInputException> unreadable) {
        return readMany(scorecards, in, sourceName, unreadable);
    }

    private static void stop(InvalidInputException problem) {
        throw problem;
    }

    /**
     * Writes a scorecard document in canonical form, figures rounded to its own scale or to
     * {@link #roundingScale()}.
     *
     * @param scorecard the scorecard
     * @param out where to write UTF-8 JSON; flushed, not closed
     * @throws InvalidInputException if the scorecard's extensions are not a JSON object
     * @throws UncheckedIOException if writing fails
     */
    public void writeScorecard(Scorecard scorecard, OutputStream out) {
        write(scorecards, scorecard, out);
    }

    /**
     * Writes a scorecard document in canonical form, as text.
     *
     * @param scorecard the scorecard
     * @return the document
     * @throws InvalidInputException if the scorecard's extensions are not a JSON object
     */
    public String writeScorecard(Scorecard scorecard) {
        return write(scorecards, scorecard);
    }

    /**
     * Writes scorecards as JSON Lines, one document a line, taking each from the stream as it is written:
     * the stream is consumed lazily, so that scoring a stream of plans needs memory for one at a time.
     *
     * @param scorecards the scorecards
     * @param out where to write; flushed, not closed
     * @return how many were written
     * @throws InvalidInputException if a scorecard's extensions are not a JSON object
     * @throws UncheckedIOException if writing fails
     */
    public long writeScorecards(Stream<Scorecard> scorecards, OutputStream out) {
        try (DocumentWriter<Scorecard> writer = scorecardWriter(out, JsonLayout.LINES)) {
            Iterator<Scorecard> each = scorecards.iterator();
            while (each.hasNext()) {
                writer.write(each.next());
            }
            return writer.count();
        }
    }

    /**
     * A writer of many scorecard documents to one output, one at a time.
     *
     * @param out where to write; not closed, not even by the writer's {@code close}
     * @param layout JSON Lines or a JSON array
     * @return the writer
     */
    public DocumentWriter<Scorecard> scorecardWriter(OutputStream out, JsonLayout layout) {
        return new DocumentWriter<>(scorecards.writer(), out, layout);
    }

    // ---------------------------------------------------------------------------------------------
    // Office hierarchies and policies

    /**
     * Reads an office hierarchy document.
     *
     * @param in UTF-8 JSON; not closed
     * @param sourceName the name errors give the input; may be null
     * @return the hierarchy
     * @throws InvalidInputException if the document cannot be read, or its offices repeat an id, name a
     *     parent not in it, or answer to each other in a cycle
     * @throws UncheckedIOException if reading fails
     */
    public OfficeHierarchy readHierarchy(InputStream in, String sourceName) {
        return read(hierarchies, in, sourceName);
    }

    /**
     * Reads an office hierarchy document from text.
     *
     * @param json the document
     * @return the hierarchy
     * @throws InvalidInputException if the document cannot be read
     */
    public OfficeHierarchy readHierarchy(String json) {
        return read(hierarchies, json);
    }

    /**
     * Writes an office hierarchy document in canonical form.
     *
     * @param hierarchy the hierarchy
     * @param out where to write UTF-8 JSON; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeHierarchy(OfficeHierarchy hierarchy, OutputStream out) {
        write(hierarchies, hierarchy, out);
    }

    /**
     * Writes an office hierarchy document in canonical form, as text.
     *
     * @param hierarchy the hierarchy
     * @return the document
     */
    public String writeHierarchy(OfficeHierarchy hierarchy) {
        return write(hierarchies, hierarchy);
    }

    /**
     * Reads a scoring policy document; fields left out take the values of {@link ScoringPolicy#defaults()}.
     *
     * @param in UTF-8 JSON; not closed
     * @param sourceName the name errors give the input; may be null
     * @return the policy
     * @throws InvalidInputException if the document cannot be read
     * @throws UncheckedIOException if reading fails
     */
    public ScoringPolicy readPolicy(InputStream in, String sourceName) {
        return read(policies, in, sourceName);
    }

    /**
     * Reads a scoring policy document from text.
     *
     * @param json the document
     * @return the policy
     * @throws InvalidInputException if the document cannot be read
     */
    public ScoringPolicy readPolicy(String json) {
        return read(policies, json);
    }

    /**
     * Writes a scoring policy document in canonical form.
     *
     * @param policy the policy
     * @param out where to write UTF-8 JSON; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writePolicy(ScoringPolicy policy, OutputStream out) {
        write(policies, policy, out);
    }

    /**
     * Writes a scoring policy document in canonical form, as text.
     *
     * @param policy the policy
     * @return the document
     */
    public String writePolicy(ScoringPolicy policy) {
        return write(policies, policy);
    }

    // ---------------------------------------------------------------------------------------------
    // Reading and writing

    private <T> T read(Kind<T> kind, InputStream in, String sourceName) {
        requireNonNull(in, "in");
        InputStream rest = in;
        try {
            // A stream that says it holds no more than a short document (one in memory, a file) is read whole.
            int available = in.available();
            if (available > 0 && available <= Utf8Reader.WHOLE) {
                byte[] bytes = in.readNBytes(available + 1);
                if (bytes.length <= available) {
                    return read(kind, source(bytes), sourceName, false);
                }
                rest = new SequenceInputStream(new ByteArrayInputStream(bytes), in);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return read(kind, new Utf8Reader(rest), sourceName, false);
    }

    /**
     * The characters of bytes all in hand: a short document decoded whole by the JDK, then parsed as text; a
     * long one, or bytes that are not UTF-8 (for the error, which says where), through a {@link Utf8Reader}.
     */
    private static SourceReader source(byte[] bytes) {
        String text = Utf8Reader.text(bytes);
        return text != null ? SourceReader.of(text) : new Utf8Reader(new ByteArrayInputStream(bytes));
    }

    private <T> T read(Kind<T> kind, String json) {
        requireNonNull(json, "json");
        // Through a reader, so that a long text is not refused before its first token is read.
        return read(kind, SourceReader.of(json), null, false);
    }

    /** The method that reads many documents of a kind, for a hint; null for a kind read one at a time. */
    private String many(Kind<?> kind) {
        return kind == plans ? "readPlans" : kind == scorecards ? "readScorecards" : null;
    }

    private <T> T read(Kind<T> kind, SourceReader source, String sourceName, boolean line) {
        JsonParser parser = null;
        try {
            parser = factory.createParser(source);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                InvalidInputException notObject = JsonErrors.atToken(parser, (line ? "Each " : "A ") + kind.name()
                        + " document is a JSON object, not " + JsonErrors.describe(first),
                        first == null ? null : parser.getText());
                // An array of documents given where one belongs: the reader of many reads it.
                throw first == JsonToken.START_ARRAY && !line && many(kind) != null
                        ? notObject.withHint("Read an array of documents with " + many(kind)) : notObject;
            }
            T value = kind.reader().readValue(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw line
                        ? JsonErrors.atToken(parser, "Something follows the " + kind.name()
                                + " document on its line", parser.getText())
                                .withHint("Put each document on a line of its own")
                        : JsonErrors.atToken(parser, "Something follows the " + kind.name() + " document",
                                parser.getText()).withHint(many(kind) != null
                                        ? "Read many documents with " + many(kind) + ", or remove what follows"
                                        : "Remove what follows");
            }
            return value;
        } catch (JsonProcessingException unreadable) {
            throw JsonErrors.from(unreadable, parser, source).withSource(sourceName);
        } catch (InvalidInputException invalid) {
            throw invalid.withSource(sourceName);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            close(parser);
        }
    }

    private <T> Stream<T> readMany(Kind<T> kind, InputStream in, String sourceName,
            Consumer<? super InvalidInputException> unreadable) {
        return readLocated(kind, in, sourceName, unreadable).map(Located::document);
    }

    private <T> Stream<Located<T>> readLocated(Kind<T> kind, InputStream in, String sourceName,
            Consumer<? super InvalidInputException> unreadable) {
        return readDeferred(kind, in, sourceName, unreadable, false)
                .map(read -> new Located<>(read.document().get(), read.line(), read.index()));
    }

    private <T> Stream<Located<Supplier<T>>> readDeferred(Kind<T> kind, InputStream in, String sourceName,
            Consumer<? super InvalidInputException> unreadable, boolean deferred) {
        requireNonNull(in, "in");
        requireNonNull(unreadable, "unreadable");
        ManySpliterator<T> documents = new ManySpliterator<>(kind, new JsonLinesInput(in), sourceName, unreadable,
                deferred);
        return StreamSupport.stream(documents, false).onClose(documents::close);
    }

    /**
     * Reads the documents of a stream one at a time, as they are asked for: JSON Lines a line at a time, each
     * line on its own; the elements of one JSON array; or documents written one after another over many
     * lines each (as pretty-printed); told apart by the first line.
     */
    private final class ManySpliterator<T> extends Spliterators.AbstractSpliterator<Located<Supplier<T>>> {
        private final Kind<T> kind;
        private final JsonLinesInput lines;
        private final String sourceName;
        private final Consumer<? super InvalidInputException> unreadable;
        /** Whether a line's document is read when asked for (its bytes kept till then), not at once. */
        private final boolean deferred;
        private boolean started;
        private boolean done;
        /** The parser of a JSON array of documents, or of documents over many lines each; null for JSON Lines. */
        private JsonParser parser;
        /** Whether the parser's documents are written one after another, each over many lines, not in an array. */
        private boolean written;
        private SourceReader source;
        private long parserLine;
        private long parserColumn;
        /** The documents met so far, read or not. */
        private long index;

        ManySpliterator(Kind<T> kind, JsonLinesInput lines, String sourceName,
                Consumer<? super InvalidInputException> unreadable, boolean deferred) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.kind = kind;
            this.lines = lines;
            this.sourceName = sourceName;
            this.unreadable = unreadable;
            this.deferred = deferred;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Located<Supplier<T>>> action) {
            try {
                while (!done) {
                    if (!started) {
                        started = true;
                        int first = lines.skipBlank();
                        written = first == '{' && lines.startsDocumentOverLines();
                        if (first == '[' || written) {
                            parserLine = lines.line();
                            parserColumn = lines.column();
                            source = Utf8Reader.ofMany(lines.rest());
                            parser = factory.createParser(source);
                            if (!written) {
                                parser.nextToken();
                            }
                        }
                    }
                    Located<Supplier<T>> value = parser != null ? nextOfParser() : nextLine();
                    if (value != null) {
                        action.accept(value);
                        return true;
                    }
                }
                return false;
            } catch (IOException failed) {
                done = true;
                throw new UncheckedIOException(failed);
            }
        }

        /** The next line's document; null for none, at the end or after a line that could not be read. */
        private Located<Supplier<T>> nextLine() throws IOException {
            if (lines.skipBlank() < 0) {
                done = true;
                return null;
            }
            index++;
            long line = lines.line();
            long column = lines.column();
            // Three bytes a character at most: a longer line is read as it comes, to be refused at the limit.
            int most = (int) Math.min(Integer.MAX_VALUE - 16, 3L * limits.maxDocumentLength());
            byte[] bytes = lines.restOfLine().readNBytes(most + 1);
            boolean whole = bytes.length <= most;
            if (whole) {
                lines.skipRestOfLine();
                if (deferred) {
                    return new Located<>(() -> readLine(source(bytes), line, column), line, index);
                }
            }
            InvalidInputException problem;
            try {
                T value = readLine(whole ? source(bytes)
                        : new Utf8Reader(new SequenceInputStream(new ByteArrayInputStream(bytes), lines.restOfLine())),
                        line, column);
                if (!whole) {
                    lines.skipRestOfLine();
                }
                return new Located<>(() -> value, line, index);
            } catch (InvalidInputException invalid) {
                problem = invalid;
            } catch (UncheckedIOException failed) {
                throw failed.getCause();
            }
            if (!whole) {
                // What is left of a line that could not be read is skipped, not kept, whatever its length.
                lines.skipRestOfLine();
            }
            unreadableDocument(problem);
            return null;
        }

        /** A line's document, read from its characters; an error says the line and column in the whole input. */
        private T readLine(SourceReader source, long line, long column) {
            try {
                return read(kind, source, null, true);
            } catch (InvalidInputException invalid) {
                // A document the line's end cut short: JSON Lines holds each document whole on its line.
                InvalidInputException cut = source.ended() && invalid.hint().isEmpty()
                        ? invalid.withHint("Write each document whole on one line") : invalid;
                throw JsonLinesInput.locate(cut, line, column).withSource(sourceName);
            }
        }

        /** The next element of the array, or the next document written over many lines; null at the end. */
        private Located<Supplier<T>> nextOfParser() throws IOException {
            try {
                JsonToken token = parser.nextToken();
                if (written ? token == null : token == JsonToken.END_ARRAY) {
                    done = true;
                    if (!written && parser.nextToken() != null) {
                        throw JsonErrors.atToken(parser, "Something follows the array of " + kind.name()
                                + " documents", parser.getText());
                    }
                    return null;
                }
                if (token != JsonToken.START_OBJECT) {
                    throw JsonErrors.atToken(parser, "Each " + kind.name() + " document is a JSON object, not "
                            + JsonErrors.describe(token), token == null ? null : parser.getText());
                }
                index++;
                long line = parserLine + parser.currentTokenLocation().getLineNr() - 1;
                T value = kind.reader().readValue(parser);
                return new Located<>(() -> value, line, index);
            } catch (JsonProcessingException unreadableJson) {
                done = true;
                unreadableDocument(inInput(JsonErrors.from(unreadableJson, parser, source)));
            } catch (InvalidInputException invalid) {
                // In an array, or where documents span lines, one that cannot be read leaves no place to go on from.
                done = true;
                unreadableDocument(inInput(invalid));
            }
            return null;
        }

        private InvalidInputException inInput(InvalidInputException problem) {
            return JsonLinesInput.locate(problem, parserLine, problem.line().orElse(1) == 1 ? parserColumn : 1)
                    .withSource(sourceName);
        }

        private void unreadableDocument(InvalidInputException problem) {
            try {
                unreadable.accept(problem);
            } catch (RuntimeException stop) {
                done = true;
                throw stop;
            }
        }

        void close() {
            CharterJson.close(parser);
        }
    }

    private static <T> void write(Kind<T> kind, T document, OutputStream out) {
        requireNonNull(out, "out");
        requireNonNull(document, "document");
        // Streamed, not built whole first (a plan of 300,000 indicators is 70 MB of JSON): what could fail
        // half way is checked before anything is written.
        Writable.check(document);
        try {
            kind.writer().writeValue(out, document);
            out.flush();
        } catch (JsonProcessingException failed) {
            throw unwritable(failed);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static <T> String write(Kind<T> kind, T document) {
        requireNonNull(document, "document");
        try {
            return kind.writer().writeValueAsString(document);
        } catch (JsonProcessingException failed) {
            throw unwritable(failed);
        }
    }

    /**
     * A whole document as bytes, so that a document that fails half way never reaches the output.
     *
     * @param writer the writer of the document's kind
     * @param document the document
     * @return its UTF-8 bytes
     */
    static byte[] bytes(ObjectWriter writer, Object document) {
        requireNonNull(document, "document");
        try {
            return writer.writeValueAsBytes(document);
        } catch (JsonProcessingException failed) {
            throw unwritable(failed);
        }
    }

    private static RuntimeException unwritable(JsonProcessingException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return new CharterException("The document cannot be written as JSON: " + failed.getOriginalMessage(), failed);
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // The parser owns no resource of its own: the caller's stream stays open and is theirs.
            }
        }
    }
}
