package org.citizencharter.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.testing.Property;
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
    void aDocumentDecodedWholeIsWhatTheReaderGivesOrLeftToIt() {
        // Characters of one to four bytes, a byte order mark, U+FFFD, and now and then bytes that are no
        // character: stray, cut short, overlong, a surrogate, beyond U+10FFFF.
        String[] characters = {"a", "{", "\"", "\n", "\r", "é", "নাম", "৩", "𝄞", "\uFEFF", "\uFFFD", "\u0000"};
        byte[][] broken = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE0, (byte) 0xA6}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
        Property.forAll("Utf8Reader.text is the reader's text, or null where the reader refuses or meets U+FFFD", random -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int length = random.nextInt(0, 40);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(30) == 0) {
                    out.writeBytes(broken[random.nextInt(broken.length)]);
                } else {
                    out.writeBytes(characters[random.nextInt(characters.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            String whole = Utf8Reader.text(bytes);
            String read;
            try {
                read = readAll(new ByteArrayInputStream(bytes));
            } catch (InvalidInputException notUtf8) {
                assertThat(whole).isNull();
                return;
            } catch (IOException impossible) {
                throw new AssertionError(impossible);
            }
            if (whole != null) {
                assertThat(whole).isEqualTo(read);
            } else {
                assertThat(read).contains("\uFFFD");
            }
        });
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

    @Test
    void theTextAtAnOffsetIsTheWordOrTheCharacter() {
        SourceReader text = SourceReader.of("{\"a\": nul, \"b\": ,}");
        assertThat(text.textAt(6)).isEqualTo("nul");
        assertThat(text.textAt(16)).isEqualTo(",");
        assertThat(text.textAt(99)).isNull();
    }
}
