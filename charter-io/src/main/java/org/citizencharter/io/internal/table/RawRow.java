package org.citizencharter.io.internal.table;

import static java.util.Objects.requireNonNull;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * One row of a table as found in the text: the line it begins on and its cells, each stripped of
 * surrounding white space and otherwise as written (names keep every character). Not API; immutable.
 *
 * @param line the line the row begins on, from 1, as numbered in the file
 * @param cells the cells, in order
 */
public record RawRow(int line, ImmutableList<String> cells) {

    /**
     * Checks the parts.
     *
     * @param line the line
     * @param cells the cells
     */
    public RawRow {
        requireNonNull(cells, "cells");
        if (line < 1) {
            throw new IllegalArgumentException("Lines are numbered from 1: " + line);
        }
    }

    /**
     * A regular expression's class of the characters that are blank to the eye: white space, spaces of any
     * width and the characters that {@linkplain #showsNothing(char) show nothing}.
     */
    public static final String BLANK = "[\\s\\h\\x{200B}\\x{00AD}\\x{FEFF}\\x{2060}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}"
            + "\\x{2066}-\\x{2069}]";

    /**
     * A cell's text as it shows, for reading a figure, a date or a word charter knows from it: a space of
     * another width (a no-break space, Word's or a web page's, a thin or a figure space) is a space, and
     * the characters that show nothing (a zero-width space, a soft hyphen, a byte-order mark, a word joiner,
     * the marks of writing direction) are left out, so that "৮৩ %" typed with a no-break space reads as
     * "৮৩ %" does; the ends are stripped. The zero-width joiner and non-joiner stay (in Bengali they choose
     * how letters join; matching words ignores them).
     *
     * @param cell the cell's text
     * @return the text as it shows; the cell itself if it holds nothing to change
     */
    public static String shown(String cell) {
        int last = cell.length() - 1;
        boolean plain = last < 0 || !Character.isWhitespace(cell.charAt(0)) && !Character.isWhitespace(cell.charAt(last));
        for (int i = 0; i <= last && plain; i++) {
            char c = cell.charAt(i);
            plain = c < '\u0080' || !showsNothing(c) && (c == ' ' || !Character.isSpaceChar(c));
        }
        if (plain) {
            return cell;
        }
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!showsNothing(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * A text without what is blank to the eye at its ends (a no-break space too, which {@link String#strip()}
     * keeps, and a character that shows nothing); what stands between is kept as written.
     *
     * @param text the text
     * @return the text without them
     */
    public static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlankChar(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The name that follows a code in a cell ("[১.১.১] name"): after white space, all that follows it but
     * white space at the ends, as a name was always read, so that a name that begins with a no-break space
     * keeps it; right after the code, the no-break or zero-width spaces that part them are left out too.
     *
     * @param rest what follows the code in its cell
     * @return the name
     */
    public static String nameAfterCode(String rest) {
        if (rest.isEmpty() || Character.isWhitespace(rest.charAt(0))) {
            return rest.strip();
        }
        int start = 0;
        while (start < rest.length() && isBlankChar(rest.charAt(start))) {
            start++;
        }
        return rest.substring(start).strip();
    }

    /**
     * Whether a character is blank to the eye: white space, a space of any width (a no-break space too), or
     * a character that shows nothing.
     *
     * @param c the character
     * @return true for such a character
     */
    public static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || showsNothing(c);
    }

    /**
     * A format character that shows nothing and joins nothing: zero-width space, soft hyphen, byte-order
     * mark, word joiner, and the marks and embeddings of writing direction.
     */
    static boolean showsNothing(char c) {
        return c == '\u200B' || c == '\u00AD' || c == '\uFEFF' || c == '\u2060' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * The cell in a column, or "" beyond the row's last cell.
     *
     * @param column the column, from 0
     * @return the cell
     */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /**
     * Whether every cell is blank.
     *
     * @return true for a blank row
     */
    public boolean isBlank() {
        return cells.allSatisfy(String::isBlank);
    }
}
