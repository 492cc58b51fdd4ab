package org.citizencharter.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.citizencharter.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checked UTF-8 bytes under every document charter reads from bytes, and the places it counts. */
class Utf8InputTest {

    private static byte[] readAll(Utf8Input input, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int count = input.read(buffer, 0, chunk); count >= 0; count = input.read(buffer, 0, chunk)) {
            out.write(buffer, 0, count);
        }
        return out.toByteArray();
    }

    private static byte[] readAll(byte[] bytes, int chunk) throws IOException {
        return readAll(new Utf8Input(new ByteArrayInputStream(bytes)), chunk);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void passesBengaliAndCharactersBeyondTheBasicPlaneEvenOneByteAtATime() throws IOException {
        byte[] bytes = utf8("সেবা 𝄞 প্রদান\n".repeat(2000));
        assertThat(readAll(bytes, 1)).isEqualTo(bytes);
        assertThat(readAll(bytes, 4096)).isEqualTo(bytes);
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnEveryThreeByteFormFollowedByText() {
        for (int first = 0xE0; first <= 0xEF; first++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int third : new int[] {0x41, 0x80, 0xA6, 0xBF, 0xC0}) {
                    byte[] bytes = {'"', (byte) first, (byte) second, (byte) third, 'a', 'b', 'c', '"'};
                    boolean jdk = isStrictUtf8(bytes);
                    InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                            () -> readAll(bytes, 64));
                    assertThat(error == null).as("%X %X %X", first, second, third).isEqualTo(jdk);
                }
            }
        }
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void skipsAByteOrderMarkAndOnlyOne() throws IOException {
        assertThat(readAll(utf8("\uFEFF{}"), 16)).isEqualTo(utf8("{}"));
        assertThat(readAll(utf8("\uFEFF{}"), 1)).isEqualTo(utf8("{}"));
        assertThat(readAll(utf8("\uFEFF\uFEFF{}"), 1)).isEqualTo(utf8("\uFEFF{}"));
        assertThat(readAll(utf8("{}"), 1)).isEqualTo(utf8("{}"));
        assertThat(readAll(new byte[0], 1)).isEmpty();
    }

    @Test
    void aByteThatIsNoCharacterIsAnErrorWithItsLineAndColumnInCharacters() {
        byte[] bytes = utf8("{\r\n\"নাম\":\n  \"x\u0000\"");
        bytes[bytes.length - 2] = (byte) 0xC3;
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> readAll(bytes, 64));
        assertThat(error.problem()).isEqualTo("The input is not UTF-8 text: these bytes are no character");
        assertThat(error.line()).isEqualTo(OptionalLong.of(3));
        assertThat(error.column()).isEqualTo(OptionalLong.of(5));
        assertThat(error.text()).hasValue("\\xC3");
    }

    @Test
    void aCharacterCutShortAtTheEndIsAnError() {
        byte[] whole = utf8("ক");
        byte[] cut = {'"', whole[0], whole[1]};
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> readAll(cut, 1));
        assertThat(error.column()).isEqualTo(OptionalLong.of(2));
        assertThat(error.text()).hasValue("\\xE0\\xA6");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a stray continuation byte        | 9C       | \\x9C
            an overlong two-byte form        | C0 AF    | \\xC0
            an overlong three-byte form      | E0 80 AF | \\xE0\\x80\\xAF
            an encoded surrogate             | ED A0 80 | \\xED\\xA0\\x80
            a code point beyond U+10FFFF     | F4 90 80 80 | \\xF4\\x90\\x80\\x80
            a surrogate cut by an ASCII byte | ED A0 41 | \\xED\\xA0
            a byte no UTF-8 ever holds       | FF       | \\xFF
            a letter cut by an ASCII byte    | E0 A6 41 | \\xE0\\xA6
            """)
    void bytesThatAreNoCharacterAreRefusedAtTheirFirstByteShowingAllOfTheirForm(String what, String hex, String shown) {
        String[] parts = hex.trim().split(" ");
        byte[] bytes = new byte[3 + parts.length];
        bytes[0] = '"';
        bytes[1] = 'a';
        bytes[2] = 'b';
        for (int i = 0; i < parts.length; i++) {
            bytes[3 + i] = (byte) Integer.parseInt(parts[i], 16);
        }
        for (int chunk : new int[] {1, 2, 64}) {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                    () -> readAll(bytes, chunk));
            assertThat(error).as(what).isNotNull();
            assertThat(error.text()).as(what).hasValue(shown.trim());
            assertThat(error.column()).as(what).isEqualTo(OptionalLong.of(4));
        }
    }

    @Test
    void countsLinesAsJsonParsersDoAndColumnsInCharacters() throws IOException {
        Utf8Input input = new Utf8Input(new ByteArrayInputStream(utf8("a\r\nb\rc\nনাম𝄞x")));
        readAll(input, 3);
        // a \r \n b \r c \n ন া ম 𝄞 x: offsets 0 1 2 3 4 5 6 7 10 13 16 20
        assertThat(input.line(0)).isEqualTo(1);
        assertThat(input.line(3)).isEqualTo(2);
        assertThat(input.line(5)).isEqualTo(3);
        assertThat(input.line(7)).isEqualTo(4);
        assertThat(input.column(7)).isEqualTo(1);
        assertThat(input.column(13)).isEqualTo(3);
        assertThat(input.column(16)).isEqualTo(4);
        assertThat(input.column(20)).isEqualTo(6);
        assertThat(input.characters(7, 21)).isEqualTo(6);
    }

    @Test
    void aDocumentStartLetsGoOfTheBytesBeforeItAndCountsOnFromItsPlace() throws IOException {
        Utf8Input input = new Utf8Input(new ByteArrayInputStream(utf8("[{\"নাম\": 1}, {\"x\": 2},\n {\"y\": 3}]")));
        readAll(input, 64);
        input.startDocument(1, 1, 2);
        long second = utf8("[{\"নাম\": 1}, ").length;
        // On the line of the document before: counted on from that document's column.
        input.startDocument(second, 1, second + 1);
        assertThat(input.column(second)).isEqualTo(14);
        assertThat(input.column(second + 2)).isEqualTo(16);
        assertThat(input.line(0)).as("before the document: no longer kept").isZero();
        long third = utf8("[{\"নাম\": 1}, {\"x\": 2},\n ").length;
        input.startDocument(third, 2, 2);
        assertThat(input.line(third + 2)).isEqualTo(2);
        assertThat(input.column(third + 2)).isEqualTo(4);
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (Utf8Input input = new Utf8Input(in)) {
            readAll(input, 8);
        }
        assertThat(closed[0]).isFalse();
    }
}
