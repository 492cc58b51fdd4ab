package org.citizencharter.core.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A document's JSON text as a host's clients may send it, for tests of the errors a host gives: written in
 * one of the ways programs write JSON, and with one value made wrong. Works on the text alone (charter's
 * documents as {@code CharterJson} writes them); the same random generator gives the same text.
 */
public final class JsonVariants {

    /** Values put in place of a scalar: wrong for most members, right for a few (an extension's). */
    private static final List<String> REPLACEMENTS = List.of("-1", "true", "\"Q5\"", "1e400", "[]", "{}",
            "\"বাংলা\"", "null", "0.5", "\"2023-25\"", "\"\\ud800\"");

    /** How a program writes JSON text. */
    public enum Style {
        /** Unchanged: on one line, every character as itself, as charter, JavaScript and Java write. */
        AS_IS,
        /** One member a line: a line break and two spaces after each comma before a member's name. */
        MEMBER_PER_LINE,
        /** Every character beyond ASCII escaped as a backslash, u and four hex digits, as Python writes by default. */
        ESCAPED,
        /** Each character beyond ASCII escaped or not, at random. */
        SOME_ESCAPED
    }

    private JsonVariants() {
    }

    /**
     * The text written in a style.
     *
     * @param json JSON text on one line, as charter writes it
     * @param style the style
     * @param random decides which characters {@link Style#SOME_ESCAPED} escapes
     * @return the text in that style
     */
    public static String written(String json, Style style, RandomGenerator random) {
        requireNonNull(json, "json");
        requireNonNull(style, "style");
        requireNonNull(random, "random");
        if (style == Style.MEMBER_PER_LINE) {
            return json.replace(",\"", ",\n  \"");
        }
        if (style == Style.AS_IS) {
            return json;
        }
        StringBuilder text = new StringBuilder(json.length() * 2);
        json.codePoints().forEach(c -> {
            if (c < 0x80 || style == Style.SOME_ESCAPED && random.nextBoolean()) {
                text.appendCodePoint(c);
            } else {
                // A character beyond U+FFFF as the escapes of its two surrogates.
                for (char unit : Character.toChars(c)) {
                    text.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) unit));
                }
            }
        });
        return text.toString();
    }

    /**
     * The text with one change: a scalar value (outside every string) replaced by another value, or, one
     * time in eight or where there is none, a member {@code "zz": 1} added to an object. Most changes make
     * the document wrong; some (inside {@code extensions}, or the same value) leave it right.
     *
     * @param json well-formed JSON text, an object
     * @param random chooses the place and the value
     * @return the changed text, well formed
     */
    public static String withOneValueChanged(String json, RandomGenerator random) {
        requireNonNull(json, "json");
        requireNonNull(random, "random");
        List<int[]> values = new ArrayList<>();
        List<Integer> objects = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                objects.add(i + 1);
            } else if (c == ':') {
                int start = i + 1;
                while (Character.isWhitespace(json.charAt(start))) {
                    start++;
                }
                if (json.charAt(start) != '{' && json.charAt(start) != '[') {
                    values.add(new int[] {start, valueEnd(json, start)});
                }
            }
        }
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("Not a JSON object: " + json);
        }
        if (values.isEmpty() || random.nextInt(8) == 0) {
            int at = objects.get(random.nextInt(objects.size()));
            int next = at;
            while (Character.isWhitespace(json.charAt(next))) {
                next++;
            }
            return json.substring(0, at) + "\"zz\":1" + (json.charAt(next) == '}' ? "" : ",") + json.substring(at);
        }
        int[] value = values.get(random.nextInt(values.size()));
        return json.substring(0, value[0]) + REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()))
                + json.substring(value[1]);
    }

    /** Where the scalar that starts at a place ends (a string, a number or a literal). */
    private static int valueEnd(String json, int start) {
        int end = start;
        if (json.charAt(end) == '"') {
            end++;
            while (json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            return end + 1;
        }
        while (",}]".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        return end;
    }
}
