package org.citizencharter.io.internal.table;

import java.util.Arrays;

/**
 * The lines of a text as places in it, not copies: where each line begins, where its characters end and
 * where the next begins, a line end being CR LF, LF or CR. A table of 300,000 rows is looked at line by line
 * without a string a line. Not API; immutable.
 */
public final class Lines {

    private final String text;
    /** For line i: its first character at [2i], the end of its characters (before its line end) at [2i + 1]. */
    private final int[] bounds;
    private final int count;

    private Lines(String text, int[] bounds, int count) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
    }

    /**
     * The lines of a text: one more than it has line ends, as {@code text.split("\r\n|\r|\n", -1)} gives them.
     *
     * @param text the text
     * @return its lines
     */
    public static Lines of(String text) {
        int[] bounds = new int[32];
        int count = 0;
        int begin = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (2 * count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = begin;
                bounds[2 * count + 1] = i;
                count++;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                begin = i + 1;
            }
        }
        if (2 * count + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length + 2);
        }
        bounds[2 * count] = begin;
        bounds[2 * count + 1] = length;
        return new Lines(text, bounds, count + 1);
    }

    /**
     * The text the lines are in.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * How many lines there are.
     *
     * @return the number of lines
     */
    public int count() {
        return count;
    }

    /**
     * Where a line's first character is.
     *
     * @param line the line, from 0
     * @return its offset in the text
     */
    public int start(int line) {
        return bounds[2 * line];
    }

    /**
     * Where a line's characters end, before its line end.
     *
     * @param line the line, from 0
     * @return the offset after its last character
     */
    public int end(int line) {
        return bounds[2 * line + 1];
    }

    /**
     * Where the next line begins: after this line's line end, or the end of the text.
     *
     * @param line the line, from 0
     * @return the offset after its line end
     */
    public int next(int line) {
        return line + 1 < count ? bounds[2 * line + 2] : text.length();
    }

    /**
     * A line's characters, without its line end.
     *
     * @param line the line, from 0
     * @return the line, a new string
     */
    public String line(int line) {
        return text.substring(start(line), end(line));
    }

    /**
     * Whether a line is empty or white space only, as {@link String#isBlank()} says.
     *
     * @param line the line, from 0
     * @return true for a blank line
     */
    public boolean isBlank(int line) {
        for (int i = start(line); i < end(line); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line's first character that is not white space is a pipe.
     *
     * @param line the line, from 0
     * @return true if it begins with a pipe
     */
    public boolean startsWithPipe(int line) {
        for (int i = start(line); i < end(line); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '|';
            }
        }
        return false;
    }

    /**
     * Whether a line holds a character.
     *
     * @param line the line, from 0
     * @param c the character
     * @return true if the line holds it
     */
    public boolean holds(int line, char c) {
        for (int i = start(line); i < end(line); i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many double quotes a line holds.
     *
     * @param line the line, from 0
     * @return the number of double quotes
     */
    public int quotes(int line) {
        int quotes = 0;
        for (int i = start(line); i < end(line); i++) {
            if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes;
    }
}
