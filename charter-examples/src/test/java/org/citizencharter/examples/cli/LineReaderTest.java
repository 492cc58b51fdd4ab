package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The batch's lines: found across blocks and short reads, line ends, blank lines and lines too long. */
class LineReaderTest {

    /** Each line as text, or "TOO LONG". */
    private static List<String> lines(InputStream in, long max) throws IOException {
        LineReader reader = new LineReader(in, max);
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(reader.tooLong() ? "TOO LONG"
                    : new String(reader.stream().readAllBytes(), StandardCharsets.UTF_8)
                            + (reader.isBlank() ? " (blank)" : ""));
        }
        return lines;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream that gives at most a few bytes a read, as a pipe may. */
    private static InputStream trickling(String text, int most) {
        return new FilterInputStream(bytes(text)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, most));
            }
        };
    }

    @Test
    void linesEndWithNewlineOrCarriageReturnNewlineOrTheEnd() throws IOException {
        assertThat(lines(bytes("a\r\nbb\n\n  \nccc"), 100)).containsExactly("a", "bb", " (blank)", "   (blank)", "ccc");
        assertThat(lines(bytes("a\n"), 100)).containsExactly("a");
        assertThat(lines(bytes(""), 100)).isEmpty();
        assertThat(lines(bytes("\uFEFF\n"), 100)).containsExactly("\uFEFF (blank)");
    }

    @Test
    void aLineLongerThanTheLimitIsSaidToBeAndTheNextIsRead() throws IOException {
        assertThat(lines(bytes("12345\n123456\n1234567\nok"), 6)).containsExactly("12345", "123456", "TOO LONG", "ok");
        assertThat(lines(trickling("12345\n123456\n1234567\nok", 2), 6))
                .containsExactly("12345", "123456", "TOO LONG", "ok");
    }

    @Test
    void linesAcrossBlocksAndShortReadsAreWhole() throws IOException {
        SplittableRandom random = new SplittableRandom(21);
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(4) == 0 ? random.nextInt(200_000) : random.nextInt(300);
            for (int j = 0; j < length; j++) {
                line.append(j % 97 == 0 ? 'প' : (char) ('a' + random.nextInt(26)));
            }
            expected.add(line.length() == 0 ? " (blank)" : line.toString());
            text.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        assertThat(lines(bytes(text.toString()), Integer.MAX_VALUE)).isEqualTo(expected);
        assertThat(lines(trickling(text.toString(), 7_777), Integer.MAX_VALUE)).isEqualTo(expected);
    }
}
