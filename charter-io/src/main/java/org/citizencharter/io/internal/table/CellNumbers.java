package org.citizencharter.io.internal.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.UnitKind;

/**
 * The one place where a table cell becomes a number: {@link Numerals#parseDecimal(String)} reads the digits
 * (Bengali or ASCII, Western or South Asian grouping, a point with digits on both sides), and this says
 * where a percent sign may stand: after a value of a percent indicator and in the reported-percent column,
 * never after a number's value ("400%" as a target of a count is a slip, not 400), a weight or a score;
 * that a percent may be written with its word ("৮০ শতাংশ"); and that a number's value may end in the word it is
 * counted with ("৪টি", "২০ জন"). Not API; stateless.
 */
public final class CellNumbers {

    /** Words that count what a number counts: pieces, persons, times. */
    private static final List<String> COUNT_WORDS = List.of("টি", "টা", "জন", "বার", "খানা", "খানি");
    /**
     * A figure, with or without its counting word, then words and no other figure ("৩টি সভা", "১ (এক)"): the figure
     * as group 1.
     */
    private static final Pattern FIGURE_THEN_WORDS = Pattern.compile("\\s*+([0-9০-৯]++(?:[.,][0-9০-৯]++)*+)"
            + COUNT_WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:\\s*+(?:", "))?+"))
            + "\\s++[^0-9০-৯]+");
    /** The word for the percent sign, after a percent's figure: "৮০ শতাংশ" is 80 %. */
    private static final String PERCENT_WORD = "শতাংশ";

    private CellNumbers() {
    }

    /**
     * A target or reported value of an indicator.
     *
     * @param cell the cell's text
     * @param unit the indicator's unit
     * @return the value, with the scale written
     * @throws InvalidInputException if the cell is not such a number, or has a percent sign and the unit is
     *     not a percent
     */
    public static BigDecimal amount(String cell, UnitKind unit) {
        Optional<String> word = unit == UnitKind.NUMBER ? countWord(cell) : Optional.empty();
        String stripped = cell.strip();
        String number = word.isEmpty() ? unit == UnitKind.PERCENT ? withoutPercentWord(cell) : cell
                : stripped.substring(0, stripped.length() - word.get().length());
        BigDecimal amount = Numerals.parseDecimal(number);
        if (unit != UnitKind.PERCENT && Numerals.hasPercentSign(cell)) {
            throw InvalidInputException.of("The value has a percent sign, but the indicator's unit is a "
                    + unit.name().toLowerCase(java.util.Locale.ROOT) + ", not a percent", cell)
                    .withHint("Remove the percent sign, or give the indicator the unit %");
        }
        return amount;
    }

    /**
     * The counting word a count is written with, if any: "৪টি", "২০ জন", "৩ বার" (টি, টা, জন, বার, খানা, খানি
     * after the digits). Such a word counts, it is no unit and no part of the number; only a number's values
     * may carry one.
     *
     * @param cell the cell's text
     * @return the word, as written at the cell's end
     */
    public static Optional<String> countWord(String cell) {
        String text = cell.strip();
        for (String word : COUNT_WORDS) {
            if (text.endsWith(word) && text.length() > word.length()) {
                int end = text.length() - word.length();
                while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > 0 && Numerals.digitValue(text.charAt(end - 1)) >= 0) {
                    return Optional.of(text.substring(end));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The figure of a cell that holds words after it ("৩টি সভা": ৩; "১ (এক)": ১), for the hint of a cell that cannot be
     * read: charter reads a figure alone, or with its counting word, never beside what it counts.
     *
     * @param cell the cell's text
     * @return the figure, if the cell is one figure (and its counting word) followed by words
     */
    public static Optional<String> figureBeforeWords(String cell) {
        Matcher figure = FIGURE_THEN_WORDS.matcher(cell);
        return figure.matches() ? Optional.of(figure.group(1)) : Optional.empty();
    }

    /**
     * A percent, as in the reported-percent column: the percent sign may be written or not.
     *
     * @param cell the cell's text
     * @return the percent
     * @throws InvalidInputException if the cell is not such a number
     */
    public static BigDecimal percent(String cell) {
        return Numerals.parseDecimal(withoutPercentWord(cell));
    }

    /**
     * A percent written with its word for the sign, "৮০ শতাংশ", as the figure alone; any other text as it is.
     *
     * @param cell the cell's text
     * @return the figure, or the text
     */
    private static String withoutPercentWord(String cell) {
        String text = cell.strip();
        if (!text.endsWith(PERCENT_WORD)) {
            return cell;
        }
        String figure = text.substring(0, text.length() - PERCENT_WORD.length()).strip();
        return !figure.isEmpty() && Numerals.digitValue(figure.charAt(figure.length() - 1)) >= 0 ? figure : cell;
    }

    /**
     * A number that is no percent: a reported score.
     *
     * @param cell the cell's text
     * @return the number
     * @throws InvalidInputException if the cell is not such a number, or has a percent sign
     */
    public static BigDecimal plain(String cell) {
        BigDecimal number = Numerals.parseDecimal(cell);
        if (Numerals.hasPercentSign(cell)) {
            throw InvalidInputException.of("The number has a percent sign, which this column does not take", cell)
                    .withHint("Remove the percent sign");
        }
        return number;
    }
}
