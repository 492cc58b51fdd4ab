package org.citizencharter.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.citizencharter.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The strict UTF-8 reader under every document charter reads from bytes. */
class Utf8ReaderTest {

    private static String readAll(InputStream in, int chunk) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[chunk];
        try (Utf8Reader reader = new Utf8Reader(in)) {
            for (int count = reader.read(buffer, 0, chunk); count >= 0; count = reader.read(buffer, 0, chunk)) {
                text.append(buffer, 0, count);
            }
        }
        return text.toString();
    }

    @Test
    void readsBengaliAndCharactersBeyondTheBasicPlaneEvenOneCharacterAtATime() throws IOException {
        String text = "সেবা 𝄞 প্রদান\n".repeat(2000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(new ByteArrayInputStream(bytes), 1)).isEqualTo(text);
        assertThat(readAll(new ByteArrayInputStream(bytes), 4096)).isEqualTo(text);
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(new ByteArrayInputStream(bytes), 16)).isEqualTo("{}");
        assertThat(readAll(new ByteArrayInputStream(bytes), 1)).isEqualTo("{}");
    }

    @Test
    void aByteThatIsNoCharacterIsAnErrorWithItsLineAndColumn() {
        byte[] bytes = "{\r\n\"নাম\":\n  \"x\u0000\"".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xC3;
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> readAll(new ByteArrayInputStream(bytes), 64));
        assertThat(error.line()).isEqualTo(OptionalLong.of(3));
        assertThat(error.column()).isEqualTo(OptionalLong.of(5));
        assertThat(error.text()).contains("\\xC3");
    }

    @Test
    void aCharacterCutShortAtTheEndIsAnError() {
        byte[] whole = "ক".getBytes(StandardCharsets.UTF_8);
        byte[] cut = {'"', whole[0], whole[1]};
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> readAll(new ByteArrayInputStream(cut), 64));
        assertThat(error.column()).isEqualTo(OptionalLong.of(2));
        assertThat(error.text()).contains("\\xE0\\xA6");
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
        readAll(in, 8);
        assertThat(closed[0]).isFalse();
    }
}
