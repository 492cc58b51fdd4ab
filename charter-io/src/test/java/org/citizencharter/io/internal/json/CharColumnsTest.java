package org.citizencharter.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What a string's source takes in bytes beyond its characters, told from its value and its length in bytes:
 * exactly where every character beyond ASCII stands as itself or every one as an escape, and otherwise
 * either exactly or not at all, never wrongly; on random strings written with random escapes.
 */
class CharColumnsTest {

    private static final String ALPHABET = "ab /\"\\\n\t\u0001éßকখ্যা়ৎ০৯\uD83D\uDE00";
    private static final CharColumns STRICT = new CharColumns(false, false, false);

    @Test
    void aSourceWithEveryCharacterAsItselfIsCountedExactly() {
        SplittableRandom random = new SplittableRandom(20261207L);
        for (int round = 0; round < 20_000; round++) {
            String value = randomValue(random);
            String source = source(value, LITERAL, random);
            assertThat(STRICT.excess(value.toCharArray(), 0, value.length(), bytes(source)))
                    .as("%s written %s", value, source)
                    .isEqualTo(bytes(source) - source.length());
        }
    }

    /**
     * Every character beyond ASCII escaped (as Python writes by default) is told exactly where no ASCII
     * character could have been escaped instead; with ASCII characters beside them it may be unknown
     * ({@code \u0061} for "a" adds five bytes, as five escaped Bengali letters add fifteen and three
     * escaped ASCII letters do too), but never wrong.
     */
    @Test
    void aSourceWithEveryCharacterBeyondAsciiEscapedIsCountedExactlyWhereNoAsciiCouldBeEscaped() {
        SplittableRandom random = new SplittableRandom(11L);
        for (int round = 0; round < 20_000; round++) {
            String value = randomValue(random);
            String source = source(value, ESCAPED, random);
            long excess = STRICT.excess(value.toCharArray(), 0, value.length(), bytes(source));
            if (value.chars().allMatch(c -> c >= 0x80) || excess != CharColumns.UNKNOWN) {
                assertThat(excess).as("%s written %s", value, source).isEqualTo(bytes(source) - source.length());
            }
        }
    }

    @Test
    void aSourceOfMixedEscapesIsCountedExactlyOrCalledUnknownNeverWrongly() {
        SplittableRandom random = new SplittableRandom(7L);
        int exact = 0;
        for (int round = 0; round < 20_000; round++) {
            String value = randomValue(random);
            String source = source(value, MIXED, random);
            long excess = STRICT.excess(value.toCharArray(), 0, value.length(), bytes(source));
            if (excess != CharColumns.UNKNOWN) {
                assertThat(excess).as("%s written %s", value, source).isEqualTo(bytes(source) - source.length());
                exact++;
            }
        }
        // Most mixed sources are still told: the unknown ones are those two ways of escaping could explain.
        assertThat(exact).isGreaterThan(10_000);
    }

    /**
     * In apostrophes (a lenient parser) a quotation mark stands as itself, one byte shorter than its
     * standard form: three of them and one Bengali letter escaped take as many bytes as the shortest
     * standard source, whose letters would all stand as themselves; so a lenient parser's escaped strings
     * are unknown, never counted as if every letter stood as itself.
     */
    @Test
    void aLenientParsersShorterFormsAreNotTakenForLettersAsThemselves() {
        String value = "ক\"\"\"ক";
        String source = "\\u0995\"\"\"ক";
        CharColumns lenient = new CharColumns(false, true, false);
        assertThat(bytes(source) - source.length()).isEqualTo(2);
        assertThat(lenient.excess(value.toCharArray(), 0, value.length(), bytes(source)))
                .isEqualTo(CharColumns.UNKNOWN);
        assertThat(lenient.excess("কখ".toCharArray(), 0, 2, 6)).as("letters as themselves").isEqualTo(4);
    }

    @Test
    void aLineIsCountedFromTheStringsAndNamesBeforeEachPlace() {
        CharColumns columns = new CharColumns(false, false, false);
        columns.start(1, 0, 1);
        // {"a":"কখ","b":1}: the string's six bytes are two characters.
        char[] text = "কখ".toCharArray();
        columns.string(1, 5, 1, 13, text, 0, text.length);
        assertThat(columns.column(1, 5, 6)).as("the string itself").isEqualTo(6);
        assertThat(columns.column(1, 18, 19)).as("after it").isEqualTo(15);
        char[] other = "ন".toCharArray();
        columns.string(1, 20, 1, 25, other, 0, other.length);
        assertThat(columns.column(1, 30, 31)).as("after both").isEqualTo(25);
        assertThat(columns.column(1, 18, 19)).as("between them, asked after both were read").isEqualTo(15);
        assertThat(columns.column(2, 30, 3)).as("the next line").isEqualTo(3);
        columns.beyondAscii(2, 31);
        assertThat(columns.column(2, 31, 4)).as("a name beyond ASCII itself").isEqualTo(4);
        assertThat(columns.column(2, 40, 13)).as("after it").isEqualTo(CharColumns.UNKNOWN);
        assertThat(new CharColumns(true, false, false).column(1, 0, 1)).as("comments").isEqualTo(CharColumns.UNKNOWN);
        CharColumns wrapped = new CharColumns(false, false, false);
        wrapped.start(1, 8, 9);
        assertThat(wrapped.column(1, 8, 9)).as("a document inside a host's own").isEqualTo(CharColumns.UNKNOWN);
        assertThat(wrapped.column(2, 20, 9)).isEqualTo(9);
    }

    private static final int LITERAL = 0;
    private static final int ESCAPED = 1;
    private static final int MIXED = 2;

    private static String randomValue(SplittableRandom random) {
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(ALPHABET.length() - 1);
            if (Character.isLowSurrogate(ALPHABET.charAt(at))) {
                at--;
            }
            value.append(ALPHABET.charAt(at));
            if (Character.isHighSurrogate(ALPHABET.charAt(at))) {
                value.append(ALPHABET.charAt(at + 1));
            }
        }
        return value.toString();
    }

    /** The string's source between its quotes, as a writer of each style would write it. */
    private static String source(String value, int style, SplittableRandom random) {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean escape = style == ESCAPED ? c >= 0x80 : style == MIXED && random.nextInt(3) == 0;
            String shortEscape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '/' -> style == MIXED && random.nextBoolean() ? "\\/" : null;
                default -> null;
            };
            if (Character.isHighSurrogate(c)) {
                // A pair is written whole, as itself or as two escapes.
                char low = value.charAt(++i);
                source.append(escape ? String.format("\\u%04x\\u%04x", (int) c, (int) low) : "" + c + low);
            } else if (escape || c < 0x20 && shortEscape == null) {
                source.append(String.format("\\u%04x", (int) c));
            } else if (shortEscape != null) {
                source.append(shortEscape);
            } else {
                source.append(c);
            }
        }
        return source.toString();
    }

    private static long bytes(String source) {
        return source.getBytes(StandardCharsets.UTF_8).length;
    }
}
