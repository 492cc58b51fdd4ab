package org.citizencharter.io.internal.table;

import java.util.Optional;

/**
 * Leader dots at the end of an area's cell, as NIS templates draw them ("১. প্রাতিষ্ঠানিক ব্যবস্থা………………২৬"), and the
 * figure after them, if any: an ellipsis, or three full stops or more, spaced or not. Read from the cell's end
 * backwards, so that a long run of dots or spaces costs one pass (a pattern found from every place in the cell
 * would try each run once for every character in it).
 *
 * @param nameEnd where the text before the dots ends
 * @param figure the figure after the dots, as written ("২৬", "২.৫"); blank when there is none
 */
record LeaderDots(int nameEnd, String figure) {

    /** The leader dots at the end of {@code cell}; empty when it ends otherwise or holds nothing before them. */
    static Optional<LeaderDots> atEndOf(String cell) {
        int end = cell.length();
        while (end > 0 && Character.isWhitespace(cell.charAt(end - 1))) {
            end--;
        }
        int start = digitsBefore(cell, end);
        if (start < end && start > 1 && cell.charAt(start - 1) == '.' && isDigit(cell.charAt(start - 2))) {
            start = digitsBefore(cell, start - 1);
        }
        int dots = 0;
        boolean ellipsis = false;
        int at = start;
        for (; at > 0; at--) {
            char c = cell.charAt(at - 1);
            if (c == '.') {
                dots++;
            } else if (c == '…' || c == '‥' || c == '⋯') {
                ellipsis = true;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        if (at == 0 || !ellipsis && dots < 3) {
            return Optional.empty();
        }
        return Optional.of(new LeaderDots(at, cell.substring(start, end)));
    }

    private static int digitsBefore(String cell, int end) {
        int at = end;
        while (at > 0 && isDigit(cell.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '০' && c <= '৯';
    }
}
