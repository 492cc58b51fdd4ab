package org.citizencharter.jackson3.internal;

import java.util.function.Function;
import org.citizencharter.core.InvalidInputException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one kind of document for a Jackson 3 mapper: the value at the parser is copied, token by token and
 * with every number's text as written, into JSON text that charter-io reads, so that both Jackson lines read
 * with one mapping and give the same errors. A document that cannot be read is a {@link DatabindException}
 * whose cause is the {@link InvalidInputException}, its pointer counted from the mapper's root. Immutable
 * and thread-safe.
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
        String text = Copy.value(parser);
        try {
            return reads.apply(text);
        } catch (InvalidInputException problem) {
            // The line and column are those of the copy, not of the host's input: only the pointer is kept.
            InvalidInputException placed = InvalidInputException.of(problem.problem(), problem.text().orElse(null))
                    .withPointer(base + problem.pointer().orElse(""));
            if (problem.hint().isPresent()) {
                placed = placed.withHint(problem.hint().get());
            }
            throw DatabindException.from(parser, placed.getMessage(), placed);
        }
    }

    /** Copies the value at a parser into JSON text. Stateless. */
    static final class Copy {

        private Copy() {
        }

        static String value(JsonParser parser) {
            StringBuilder out = new StringBuilder(4096);
            int depth = 0;
            JsonToken token = parser.currentToken();
            while (true) {
                switch (token) {
                    case START_OBJECT -> {
                        comma(out);
                        out.append('{');
                        depth++;
                    }
                    case START_ARRAY -> {
                        comma(out);
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
                        string(out, parser.currentName());
                        out.append(':');
                    }
                    case VALUE_STRING -> {
                        comma(out);
                        string(out, parser.getString());
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                        comma(out);
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
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
