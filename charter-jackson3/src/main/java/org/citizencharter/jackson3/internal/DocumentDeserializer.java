package org.citizencharter.jackson3.internal;

import java.util.Arrays;
import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one kind of document for a Jackson 3 mapper: the value at the parser is copied, token by token and
 * with every number's text as written, into JSON text that charter-io reads, so that both Jackson lines read
 * with one mapping and give the same errors. The copy remembers where each of its tokens stood in the
 * host's input, so an error is placed at the host's line and column (as the host's parser counts them),
 * not at the copy's. A document that cannot be read is a {@link DatabindException} whose cause is the
 * {@link InvalidInputException}, its pointer counted from the mapper's root. Immutable and thread-safe.
 *
 * @param <T> the model's type
 */
public final class DocumentDeserializer<T> extends StdDeserializer<T> {

    private final Function<String, T> reads;

    /**
     * A deserializer of one kind of document.
     *
     * @param type the model's type
     * @param reads what reads the document's text, as charter-io does
     */
    public DocumentDeserializer(Class<T> type, Function<String, T> reads) {
        super(type);
        this.reads = reads;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        String base = parser.streamReadContext().pathAsPointer().toString();
        Copy copy = new Copy();
        String text = copy.value(parser);
        try {
            return reads.apply(text);
        } catch (InvalidInputException problem) {
            // The copy is one line: its column says which token, and the token where it stood in the host's input.
            InvalidInputException placed = InvalidInputException.of(problem.problem(), problem.text().orElse(null))
                    .withPointer(base + problem.pointer().orElse(""));
            if (problem.column().isPresent()) {
                long[] where = copy.whereInInput(problem.column().getAsLong() - 1);
                if (where != null && where[0] > 0) {
                    placed = placed.withLine(where[0]).withColumn(Math.max(1, where[1]));
                }
            }
            if (problem.hint().isPresent()) {
                placed = placed.withHint(problem.hint().get());
            }
            throw DatabindException.from(parser, placed.getMessage(), placed);
        }
    }

    /** Copies the value at a parser into JSON text, remembering where each token stood. One per document. */
    static final class Copy {

        /** For each token copied: its offset in the copy, and its line and column in the host's input. */
        private int[] offsets = new int[256];
        private int[] lines = new int[256];
        private int[] columns = new int[256];
        private int tokens;

        /**
         * Where the token at or before an offset of the copy stood in the host's input.
         *
         * @param offset the offset in the copy, from 0
         * @return the line and column, or null before the first token
         */
        long[] whereInInput(long offset) {
            int low = 0;
            int high = tokens - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (offsets[middle] <= offset) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found < 0 ? null : new long[] {lines[found], columns[found]};
        }

        private void mark(JsonParser parser, int offset) {
            if (tokens == offsets.length) {
                offsets = Arrays.copyOf(offsets, tokens * 2);
                lines = Arrays.copyOf(lines, tokens * 2);
                columns = Arrays.copyOf(columns, tokens * 2);
            }
            TokenStreamLocation at = parser.currentTokenLocation();
            offsets[tokens] = offset;
            lines[tokens] = at.getLineNr();
            columns[tokens] = at.getColumnNr();
            tokens++;
        }

        String value(JsonParser parser) {
            StringBuilder out = new StringBuilder(4096);
            int depth = 0;
            JsonToken token = parser.currentToken();
            while (true) {
                switch (token) {
                    case START_OBJECT -> {
                        comma(out);
                        mark(parser, out.length());
                        out.append('{');
                        depth++;
                    }
                    case START_ARRAY -> {
                        comma(out);
                        mark(parser, out.length());
                        out.append('[');
                        depth++;
                    }
                    case END_OBJECT -> {
                        out.append('}');
                        depth--;
                    }
                    case END_ARRAY -> {
                        out.append(']');
                        depth--;
                    }
                    case PROPERTY_NAME -> {
                        comma(out);
                        mark(parser, out.length());
                        string(out, parser.currentName());
                        out.append(':');
                    }
                    case VALUE_STRING -> {
                        comma(out);
                        mark(parser, out.length());
                        string(out, parser.getString());
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                        comma(out);
                        mark(parser, out.length());
                        out.append(parser.getString());
                    }
                    default -> throw DatabindException.from(parser, "charter's documents hold no " + token);
                }
                if (depth == 0) {
                    return out.toString();
                }
                token = parser.nextToken();
            }
        }

        /** A comma where a value or name follows another in the same object or array. */
        private static void comma(StringBuilder out) {
            if (!out.isEmpty()) {
                char last = out.charAt(out.length() - 1);
                if (last != '{' && last != '[' && last != ':') {
                    out.append(',');
                }
            }
        }

        private static void string(StringBuilder out, String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
