package org.citizencharter.io.internal.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.citizencharter.core.InvalidInputException;

/**
 * Turns the bytes or characters of a table into one string: UTF-8 with or without a byte-order mark,
 * or UTF-16 when a byte-order mark says so (Excel's "Unicode text"). Bytes that are not valid in the
 * encoding, and text given as a string that holds half of a surrogate pair, are an
 * {@link InvalidInputException}, never replaced. Not API; stateless.
 */
public final class TableText {

    /** The most characters a table may have; a longer input is refused rather than read. */
    public static final int MAX_CHARS = 16 * 1024 * 1024;

    private TableText() {
    }

    /**
     * Decodes the bytes of a table.
     *
     * @param bytes the bytes
     * @param source the input's name, for messages
     * @return the text, without a byte-order mark
     * @throws InvalidInputException if the bytes are not UTF-8 (or UTF-16 with a byte-order mark)
     */
    public static String decode(byte[] bytes, String source) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
            return checked(text, source);
        } catch (CharacterCodingException notText) {
            throw InvalidInputException.of("The table is not " + charset.name() + " text")
                    .withSource(source)
                    .withHint("Save the table as UTF-8 text (in Excel: \"CSV UTF-8\" or \"Unicode text\")")
                    .withCause(notText);
        }
    }

    /**
     * Reads all the characters of a table.
     *
     * @param reader the reader; not closed
     * @param source the input's name, for messages
     * @return the text, without a byte-order mark
     * @throws UncheckedIOException if reading fails
     */
    public static String read(Reader reader, String source) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    throw tooLong(source);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the table " + source, failed);
        }
        return checked(text.toString(), source);
    }

    /**
     * Checks a table given as a string and strips its byte-order mark.
     *
     * @param text the text
     * @param source the input's name, for messages
     * @return the text, without a byte-order mark
     */
    public static String checked(String text, String source) {
        if (text.length() > MAX_CHARS) {
            throw tooLong(source);
        }
        checkSurrogates(text, source);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Refuses half of a surrogate pair, which is no character (bytes cannot hold one; a string given by a
     * host can), naming its line and column as the rows count them.
     */
    private static void checkSurrogates(String text, String source) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidInputException.of("The table holds half of a surrogate pair, which is no character",
                        String.format(Locale.ROOT, "\\u%04X", (int) c))
                        .withSource(source).withLine(line).withColumn(i - lineStart + 1L);
            }
        }
    }

    private static InvalidInputException tooLong(String source) {
        return InvalidInputException.of("The table has more than " + MAX_CHARS + " characters").withSource(source);
    }
}
