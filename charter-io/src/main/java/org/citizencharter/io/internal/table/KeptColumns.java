package org.citizencharter.io.internal.table;

import org.citizencharter.core.Extensions;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The cells of an indicator's row in columns charter does not read (a responsible officer, a baseline,
 * earlier years' actuals, a serial number), kept on the indicator as its extensions, so that a plan
 * read from a table and written back keeps them: {@code {"tableColumns":[["header","text"],…]}}, in the
 * order of the table. The JSON is written and read here for that one shape, compact, as charter-io's
 * JSON writes extensions. Not API; stateless.
 */
public final class KeptColumns {

    private static final String PREFIX = "{\"tableColumns\":[";

    private KeptColumns() {
    }

    /**
     * The extensions that keep cells.
     *
     * @param cells header and text pairs, in table order
     * @return the extensions, {@link Extensions#NONE} for no cells
     */
    public static Extensions extensions(ImmutableList<String[]> cells) {
        if (cells.isEmpty()) {
            return Extensions.NONE;
        }
        StringBuilder json = new StringBuilder(PREFIX);
        cells.forEachWithIndex((cell, index) -> {
            if (index > 0) {
                json.append(',');
            }
            json.append('[');
            string(cell[0], json);
            json.append(',');
            string(cell[1], json);
            json.append(']');
        });
        return Extensions.of(json.append("]}").toString());
    }

    /**
     * The kept cells of extensions written by {@link #extensions}; none for any other extensions.
     *
     * @param extensions the indicator's extensions
     * @return header and text pairs, in order
     */
    public static ImmutableList<String[]> cells(Extensions extensions) {
        String json = extensions.json();
        if (!json.startsWith(PREFIX) || !json.endsWith("]}")) {
            return Lists.immutable.empty();
        }
        MutableList<String[]> cells = Lists.mutable.empty();
        int[] at = {PREFIX.length()};
        try {
            while (json.charAt(at[0]) == '[') {
                at[0]++;
                String header = parseString(json, at);
                expect(json, at, ',');
                String text = parseString(json, at);
                expect(json, at, ']');
                cells.add(new String[] {header, text});
                if (json.charAt(at[0]) == ',') {
                    at[0]++;
                }
            }
            return json.substring(at[0]).equals("]}") ? cells.toImmutable() : Lists.immutable.empty();
        } catch (IndexOutOfBoundsException | IllegalArgumentException notOurs) {
            return Lists.immutable.empty();
        }
    }

    private static void expect(String json, int[] at, char c) {
        if (json.charAt(at[0]) != c) {
            throw new IllegalArgumentException("Expected " + c);
        }
        at[0]++;
    }

    private static String parseString(String json, int[] at) {
        expect(json, at, '"');
        StringBuilder text = new StringBuilder();
        while (true) {
            char c = json.charAt(at[0]++);
            if (c == '"') {
                return text.toString();
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(at[0]++);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    text.append((char) Integer.parseInt(json.substring(at[0], at[0] + 4), 16));
                    at[0] += 4;
                }
                default -> text.append(escaped);
            }
        }
    }

    /** A JSON string as Jackson writes one: quotes, backslashes and control characters escaped. */
    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\t' -> json.append("\\t");
                case '\r' -> json.append("\\r");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
