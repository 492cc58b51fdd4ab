package org.citizencharter.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Reads and writes numbers in Bengali and ASCII digits.
 *
 * <p>Reading accepts what offices write: Bengali digits (০–৯), ASCII digits, or both mixed in one
 * number ("১৭.5"), leading zeros ("০৩"), one decimal point with digits on both sides, grouping commas in
 * the integer part (Western "1,234,567" or South Asian "১২,৩৪,৫৬,৭৮৯", one or the other, not mixed), a
 * leading sign and a trailing percent sign ("২৫%", "25 %"; whether a percent is allowed where the number
 * stands is the reader's to say). The value keeps the scale that was written: "১৭.৫০" reads as 17.50, so that a
 * value can be written back as it came and compared at the precision the office used. Anything else
 * (an exponent, a second decimal point, a point with no digit before or after it ("4.", ".5": more often a
 * slip than a decimal), mixed grouping ("1,234,56,789"), letters, Excel format strings such as
 * {@code $-5000445]0.2f%}, "2_2200") is an {@link InvalidInputException} that shows the text:
 * charter never guesses.
 *
 * <p>Writing uses ASCII digits for {@link Language#EN} and the digits of the {@code beng} numbering
 * system (Unicode's Bengali digits, U+09E6..U+09EF, as ICU defines it; a test holds the two equal)
 * for {@link Language#BN}, without grouping, keeping the value's scale: 18.39 is written "১৮.৩৯".
 *
 * <p>Stateless and thread-safe.
 */
public final class Numerals {

    /** The most digits a number may have; longer text is rejected rather than parsed. */
    public static final int MAX_DIGITS = 60;

    /**
     * The digits of the {@code beng} numbering system, zero to nine. They are Unicode's and never change;
     * loading ICU's numbering data for them would cost a tenth of a second at start-up.
     */
    public static final String BENGALI_DIGITS = "\u09E6\u09E7\u09E8\u09E9\u09EA\u09EB\u09EC\u09ED\u09EE\u09EF";

    private static final char BENGALI_ZERO = BENGALI_DIGITS.charAt(0);

    private Numerals() {
    }

    /**
     * Reads a decimal number written in Bengali or ASCII digits (see the class description).
     *
     * @param text the text, such as "১৭.৫", "০৩", "1,234" or "25%"
     * @return the value, with the scale written
     * @throws InvalidInputException if the text is not such a number; the exception shows the text
     */
    public static BigDecimal parseDecimal(String text) {
        return parse(text, true);
    }

    /**
     * Reads a whole number written in Bengali or ASCII digits, without a decimal point or percent
     * sign.
     *
     * @param text the text, such as "২০২৩" or "07"
     * @return the value
     * @throws InvalidInputException if the text is not a whole number that fits an int
     */
    public static int parseInt(String text) {
        BigDecimal value = parse(text, false);
        try {
            return value.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw InvalidInputException.of("The whole number is too large", text);
        }
    }

    /**
     * Whether the text ends with a percent sign, ignoring surrounding spaces.
     *
     * @param text the text
     * @return true for text such as "২৫%" or "25 %"
     */
    public static boolean hasPercentSign(String text) {
        String stripped = text.strip();
        return stripped.endsWith("%") || stripped.endsWith("\u066A");
    }

    /**
     * The value of a Bengali or ASCII digit character, or -1 if it is neither.
     *
     * @param c the character
     * @return 0 to 9, or -1
     */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= BENGALI_ZERO && c <= BENGALI_ZERO + 9) {
            return c - BENGALI_ZERO;
        }
        return -1;
    }

    /**
     * Writes a number in a language's digits, without grouping, keeping its scale
     * ({@code format(new BigDecimal("18.39"), BN)} is "১৮.৩৯").
     *
     * @param value the number
     * @param language the language whose digits to use
     * @return the text
     */
    public static String format(BigDecimal value, Language language) {
        String plain = value.toPlainString();
        return language == Language.BN ? toBengaliDigits(plain) : plain;
    }

    /**
     * Writes a whole number in a language's digits.
     *
     * @param value the number
     * @param language the language whose digits to use
     * @return the text
     */
    public static String format(long value, Language language) {
        String plain = Long.toString(value);
        return language == Language.BN ? toBengaliDigits(plain) : plain;
    }

    /**
     * Replaces ASCII digits by Bengali digits and leaves every other character as it is.
     *
     * @param text any text
     * @return the text with Bengali digits
     */
    public static String toBengaliDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = BENGALI_DIGITS.charAt(chars[i] - '0');
            }
        }
        return new String(chars);
    }

    /**
     * Replaces Bengali digits by ASCII digits and leaves every other character as it is.
     *
     * @param text any text
     * @return the text with ASCII digits
     */
    public static String toAsciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= BENGALI_ZERO && chars[i] <= BENGALI_ZERO + 9) {
                chars[i] = (char) ('0' + chars[i] - BENGALI_ZERO);
            }
        }
        return new String(chars);
    }

    /**
     * Normalises text for matching (not for keeping): NFC, so that the two spellings of "য়"
     * (U+09DF, and U+09AF U+09BC) compare equal, with every run of white space, including
     * no-break spaces, made one space, the ends stripped, and the characters that show nothing left out
     * (zero-width space, non-joiner and joiner, soft hyphen, byte-order mark, word joiner, the marks and
     * embeddings of writing direction), so that "সমষ্টি" typed with a non-joiner after its virama matches
     * "সমষ্টি".
     *
     * @param text any text
     * @return the text in the form charter compares
     */
    public static String normalizeForMatching(String text) {
        // ASCII is its own NFC: the normaliser's look-ups are spared for codes and years as charter writes them.
        String nfc = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else if (!showsNothing(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A format character that shows nothing of its own: it may stand in a word without changing it for matching. */
    private static boolean showsNothing(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u00AD' || c == '\uFEFF' || c == '\u2060'
                || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal parse(String text, boolean decimal) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        String s = text.strip();
        if (s.isEmpty()) {
            throw InvalidInputException.of("A number is required but the text is blank", text);
        }
        int end = s.length();
        if (decimal && (s.charAt(end - 1) == '%' || s.charAt(end - 1) == '\u066A')) {
            end--;
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
        }
        int start = 0;
        boolean negative = false;
        if (start < end && (s.charAt(start) == '-' || s.charAt(start) == '+' || s.charAt(start) == '\u2212')) {
            negative = s.charAt(start) != '+';
            start++;
        }
        StringBuilder digits = new StringBuilder(end - start);
        int scale = -1;
        int groupLength = 0;
        // The lengths of the comma-separated groups of the whole part, the last one still open.
        int[] groups = new int[8];
        int groupCount = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                digits.append((char) ('0' + d));
                if (scale >= 0) {
                    scale++;
                } else {
                    groupLength++;
                }
            } else if (c == '.' && decimal && scale < 0) {
                if (groupLength == 0) {
                    throw pointAtAnEnd(text, "before");
                }
                checkGrouping(groups, groupCount, groupLength, text);
                scale = 0;
            } else if (c == ',' && scale < 0) {
                if (groupLength == 0) {
                    throw badGrouping(text);
                }
                if (groupCount == groups.length) {
                    groups = Arrays.copyOf(groups, groupCount * 2);
                }
                groups[groupCount++] = groupLength;
                groupLength = 0;
            } else {
                throw InvalidInputException.of(decimal
                        ? "The number cannot be read: it may hold only Bengali or ASCII digits, one decimal point,"
                                + " grouping commas and a final percent sign"
                        : "The whole number cannot be read: it may hold only Bengali or ASCII digits", text);
            }
        }
        if (scale == 0) {
            throw pointAtAnEnd(text, "after");
        }
        if (scale < 0) {
            checkGrouping(groups, groupCount, groupLength, text);
        }
        if (digits.isEmpty()) {
            throw InvalidInputException.of("The number has no digits", text);
        }
        if (digits.length() > MAX_DIGITS) {
            throw InvalidInputException.of("The number has more than " + MAX_DIGITS + " digits", text);
        }
        // Up to 18 digits fit a long: the value is then compact (no BigInteger), a third of the memory, which
        // counts when a table of 300,000 rows holds a million values.
        BigDecimal value = digits.length() <= 18
                ? BigDecimal.valueOf(Long.parseLong(digits, 0, digits.length(), 10), Math.max(scale, 0))
                : new BigDecimal(new BigInteger(digits.toString()), Math.max(scale, 0));
        return negative ? value.negate() : value;
    }

    /**
     * Grouping commas as offices write them: every group after the first has three digits (Western,
     * "1,234,567"), or every group between the first and the last has two and the last three (South Asian,
     * "১২,৩৪,৫৬,৭৮৯"); the first group has one to three digits, one or two in South Asian grouping. A mix
     * ("1,234,56,789") is refused, not guessed.
     */
    private static void checkGrouping(int[] groups, int count, int last, String text) {
        if (count == 0) {
            return;
        }
        if (last != 3) {
            throw badGrouping(text);
        }
        int middle = count > 1 ? groups[1] : 3;
        for (int i = 1; i < count; i++) {
            if (groups[i] != middle) {
                throw badGrouping(text);
            }
        }
        boolean western = middle == 3;
        boolean southAsian = middle == 2;
        if (!(western && groups[0] <= 3) && !(southAsian && groups[0] <= 2)) {
            throw badGrouping(text);
        }
    }

    private static InvalidInputException pointAtAnEnd(String text, String side) {
        return InvalidInputException.of("The number has no digit " + side + " its decimal point, which is more often a"
                + " slip than a decimal", text).withHint(side.equals("before")
                        ? "Write a zero before the point, such as 0.5" : "Remove the point, or write the digits after it");
    }

    private static InvalidInputException badGrouping(String text) {
        return InvalidInputException.of("The grouping commas of the number are misplaced", text)
                .withHint("Write the number without commas");
    }
}
