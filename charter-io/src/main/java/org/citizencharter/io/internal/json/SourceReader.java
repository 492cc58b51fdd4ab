package org.citizencharter.io.internal.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * The characters a parser reads, able to show the text at an offset that the parser's location names
 * (a character it refused, a word it did not know), for as long as they are at hand. Not thread-safe.
 */
public abstract class SourceReader extends Reader {

    private static final int MAX_SHOWN = 32;

    private long delivered;
    private boolean ended;
    private Binding.Limit limit = Binding.Limit.NONE;

    /**
     * The reader of a text.
     *
     * @param text the text
     * @return the reader
     */
    public static SourceReader of(String text) {
        return new Text(text);
    }

    @Override
    public final int read(char[] into, int offset, int length) throws IOException {
        int count = readChars(into, offset, length);
        if (count < 0) {
            ended = true;
        } else {
            delivered += count;
        }
        return count;
    }

    /**
     * Reads characters, as {@link Reader#read(char[], int, int)}.
     *
     * @param into where they go
     * @param offset the index of the first
     * @param length the most to read
     * @return how many were read, or -1 at the end of the input
     * @throws IOException if reading fails
     */
    abstract int readChars(char[] into, int offset, int length) throws IOException;

    /**
     * Sets the limit of the document being read from here.
     *
     * @param documentLimit the limit
     */
    void limit(Binding.Limit documentLimit) {
        this.limit = documentLimit;
    }

    /**
     * The limit of the document being read from here.
     *
     * @return the limit, {@link Binding.Limit#NONE} if none was set
     */
    Binding.Limit limit() {
        return limit;
    }

    /**
     * Whether a location is the end of the input: all of it has been read, and the location is after it.
     *
     * @param offset the location's offset, in characters
     * @return whether the input ended there
     */
    boolean endsAt(long offset) {
        return ended && offset >= delivered;
    }

    /**
     * Whether all of the input has been read: the parser asked for more than there was.
     *
     * @return whether the input ended
     */
    public boolean ended() {
        return ended;
    }

    /**
     * What stands at an offset: the word (letters and digits) that begins there, or the one character.
     *
     * @param offset the offset, in characters, from the first character read
     * @return the text, or null if the offset is not at hand
     */
    abstract String textAt(long offset);

    /** The word or character at an index of some characters. */
    static String textAt(CharSequence chars, int index) {
        if (index < 0 || index >= chars.length()) {
            return null;
        }
        int end = index;
        while (end < chars.length() && end - index < MAX_SHOWN && Character.isLetterOrDigit(chars.charAt(end))) {
            end++;
        }
        if (end == index) {
            end = Character.isHighSurrogate(chars.charAt(index)) && index + 1 < chars.length() ? index + 2 : index + 1;
        }
        return chars.subSequence(index, end).toString();
    }

    /** A text already in memory. */
    private static final class Text extends SourceReader {
        private final String text;
        private final StringReader reader;

        Text(String text) {
            this.text = text;
            this.reader = new StringReader(text);
        }

        @Override
        String textAt(long offset) {
            return offset > Integer.MAX_VALUE ? null : textAt(text, (int) offset);
        }

        @Override
        int readChars(char[] into, int offset, int length) throws IOException {
            return reader.read(into, offset, length);
        }

        @Override
        public void close() {
            // Nothing to let go.
        }
    }
}
