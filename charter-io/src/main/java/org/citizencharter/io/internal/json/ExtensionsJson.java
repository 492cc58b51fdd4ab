package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.InvalidInputException;

/**
 * The host's {@code "extensions"} objects, kept as JSON text in the model.
 *
 * <p>The canonical form of the text is the one Jackson writes without a pretty printer: no white space,
 * members in the order written, numbers exactly as written (their token text, never through a binary
 * number), strings with Jackson's standard escapes (quotation mark, reverse solidus and control
 * characters) and every other character, Bengali too, as it is. An empty object is no extensions.
 * Stateless and thread-safe.
 */
public final class ExtensionsJson {

    private static final String FIELD = "extensions";

    /**
     * Copies what the document's reader accepted, under the host's limits: so it sets none of its own
     * (Jackson's defaults would refuse, on writing, extensions nested deeper than 1,000 or with a number
     * of more than 1,000 digits that a host's raised limits let in).
     */
    private static final JsonFactory CANONICAL = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    private static final Set<String> IN_ARRAY = Set.of();

    /** Checks made on each value copied, such as the limits of the document. */
    interface Checks {
        /**
         * Checks the value at the current token.
         *
         * @throws IOException if reading fails
         */
        void check() throws IOException;
    }

    private ExtensionsJson() {
    }

    /**
     * Copies the object at the parser's current token in canonical form.
     *
     * @param parser the parser's tokens, at {@code START_OBJECT}; left at the matching {@code END_OBJECT}
     * @param checks the checks to make on each value
     * @return the canonical text, or "" for an empty object
     * @throws InvalidInputException for a key repeated in an object, or a check that fails
     * @throws IOException if reading fails
     */
    static String capture(Tokens parser, Checks checks) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = CANONICAL.createGenerator(text)) {
            copy(parser, out, checks);
        }
        String json = text.toString();
        return json.equals("{}") ? "" : json;
    }

    /**
     * Writes the field {@code "extensions"} with a model's extensions in canonical form; nothing for
     * none or an empty object.
     *
     * @param extensions the extensions
     * @param out the generator, inside an object
     * @throws InvalidInputException if the text is not one JSON object
     * @throws IOException if writing fails
     */
    public static void write(Extensions extensions, JsonGenerator out) throws IOException {
        if (extensions.isEmpty()) {
            return;
        }
        String canonical = canonical(extensions.json());
        if (!canonical.isEmpty()) {
            out.writeFieldName(FIELD);
            out.writeRawValue(canonical);
        }
    }

    /**
     * The canonical form of a JSON object.
     *
     * @param json the object's text
     * @return the canonical text, or "" for an empty object
     * @throws InvalidInputException if the text is not one JSON object
     */
    public static String canonical(String json) {
        try (JsonParser parser = CANONICAL.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InvalidInputException.of("The extensions are not a JSON object", json);
            }
            String canonical = capture(new ParserTokens(parser, false), () -> { });
            if (parser.nextToken() != null) {
                throw InvalidInputException.of("The extensions hold more than one JSON object", json);
            }
            return canonical;
        } catch (JsonProcessingException malformed) {
            throw InvalidInputException.of("The extensions are not a JSON object: " + malformed.getOriginalMessage(),
                    json).withCause(malformed);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void copy(Tokens in, JsonGenerator out, Checks checks) throws IOException {
        Deque<Set<String>> names = new ArrayDeque<>();
        JsonToken token = in.current();
        do {
            switch (token) {
                case START_OBJECT -> {
                    checks.check();
                    out.writeStartObject();
                    names.push(new HashSet<>());
                }
                case START_ARRAY -> {
                    checks.check();
                    out.writeStartArray();
                    names.push(IN_ARRAY);
                }
                case END_OBJECT -> {
                    out.writeEndObject();
                    names.pop();
                }
                case END_ARRAY -> {
                    out.writeEndArray();
                    names.pop();
                }
                case FIELD_NAME -> {
                    String name = in.name();
                    JsonErrors.checkSurrogates(in, name);
                    if (!names.element().add(name)) {
                        throw JsonErrors.duplicate(in, name);
                    }
                    out.writeFieldName(name);
                }
                case VALUE_STRING -> {
                    checks.check();
                    out.writeString(in.text());
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    checks.check();
                    out.writeNumber(in.text());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    checks.check();
                    out.writeBoolean(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    checks.check();
                    out.writeNull();
                }
                default -> throw in.error("The extensions hold a value charter cannot read", in.text());
            }
            token = names.isEmpty() ? null : in.next();
        } while (token != null);
    }
}
