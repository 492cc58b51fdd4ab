package org.citizencharter.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.citizencharter.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The UTF-8 decoding under charter's parsers: what it gives, and where it says bytes are no character. */
class Utf8ReaderTest {

    private static String readAll(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1000];
        try (Utf8Reader reader = new Utf8Reader(in)) {
            for (int count; (count = reader.read(chunk, 0, chunk.length)) >= 0; ) {
                text.append(chunk, 0, count);
            }
        }
        return text.toString();
    }

    /** A stream that gives one byte a read, so that every character is cut across reads. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(1, length));
            }
        };
    }

    @Test
    void charactersOfEveryLengthAcrossReadsAndBuffers() throws IOException {
        String text = "a-নাম-é-𝄞\n".repeat(5000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(new ByteArrayInputStream(bytes))).isEqualTo(text);
        assertThat(readAll(trickle(bytes))).isEqualTo(text);
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedAndOneInsideIsKept() throws IOException {
        byte[] bytes = "\uFEFF{\"a\": \"\uFEFF\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(new ByteArrayInputStream(bytes))).isEqualTo("{\"a\": \"\uFEFF\"}");
        assertThat(readAll(trickle(bytes))).isEqualTo("{\"a\": \"\uFEFF\"}");
    }

    @Test
    void aStrayByteFarIntoTheInputIsAtItsLineAndColumnInCharacters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("নাম\r\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("ab\rনা".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> readAll(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(error.problem()).startsWith("The input is not UTF-8 text");
        assertThat(error.text()).contains("\\xFF");
        assertThat(error.line()).hasValue(10_002);
        assertThat(error.column()).hasValue(3);
    }

    @Test
    void aCharacterCutShortAtTheEndShowsItsBytes() {
        byte[] bytes = {'{', (byte) 0xE0, (byte) 0xA6};
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> readAll(trickle(bytes)));
        assertThat(error.text()).contains("\\xE0\\xA6");
        assertThat(error.column()).hasValue(2);
    }

    /**
     * charter decodes by itself (counting lines as it goes); what it accepts and refuses, and where, is
     * what the JDK's strict decoder accepts and refuses, on random bytes near UTF-8.
     */
    @Test
    void decodesAndRefusesWhatTheJdksStrictDecoderDoes() throws IOException {
        SplittableRandom random = new SplittableRandom(1717);
        int[] pieces = {'a', '\n', '\r', 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0,
            0xF1, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] bytes;
            if (trial % 2 == 0) {
                bytes = new byte[random.nextInt(12)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) pieces[random.nextInt(pieces.length)];
                }
            } else {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(8); i > 0; i--) {
                    text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x10000, 0x110000)
                            : random.nextInt(0x800) + (random.nextBoolean() ? 0x980 : 0));
                }
                bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0 && random.nextBoolean()) {
                    bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
                }
            }
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
            String expected;
            try {
                expected = strict.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException refused) {
                expected = null;
            }
            byte[] input = bytes;
            if (expected == null) {
                assertThat(catchThrowableOfType(InvalidInputException.class, () -> readAll(trickle(input))))
                        .as("%s", Arrays.toString(input)).isNotNull();
            } else {
                // A leading byte order mark is skipped.
                String text = expected.startsWith("\uFEFF") ? expected.substring(1) : expected;
                assertThat(readAll(new ByteArrayInputStream(input))).as("%s", Arrays.toString(input)).isEqualTo(text);
                assertThat(readAll(trickle(input))).isEqualTo(text);
            }
        }
    }

    @Test
    void theTextAtAnOffsetIsTheWordOrTheCharacter() {
        SourceReader text = SourceReader.of("{\"a\": nul, \"b\": ,}");
        assertThat(text.textAt(6)).isEqualTo("nul");
        assertThat(text.textAt(16)).isEqualTo(",");
        assertThat(text.textAt(99)).isNull();
    }
}
