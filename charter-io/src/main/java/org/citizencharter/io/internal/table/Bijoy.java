package org.citizencharter.io.internal.table;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Text typed in the old Bijoy fonts (SutonnyMJ and its family), which is ASCII and Latin-1 that shows as
 * Bengali only in that font ("Kg©m¤úv`b m~PK" is "কর্মসম্পাদন সূচক"), made Unicode Bengali by an ICU4J
 * {@link Transliterator}: the glyphs of {@code bijoy.txt} beside this class (kept as data, one a line),
 * longest first; then each pre-base vowel sign (ি ে ৈ, typed before its consonant or conjunct) is put after
 * it, "ে…া" and "ে…ৗ" becoming "ো" and "ৌ"; then each reph (র্, typed after its consonant and vowel sign) is
 * put before them. Not API; stateless and thread-safe (ICU's transliterators are).
 */
public final class Bijoy {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** A consonant, with its nukta, and the conjunct it heads: ক, ক্ষ, স্ত্র. */
    private static final String CLUSTER_VARIABLES = """
            $C = [\\u0995-\\u09B9 \\u09DC \\u09DD \\u09DF];
            $N = \\u09BC;
            $H = \\u09CD;
            """;

    /** The pre-base vowel signs after their cluster. */
    private static final String PRE_BASE = """
            \\u09C7 ($C $N? ($H $C $N?)*) \\u09BE > $1 \\u09CB;
            \\u09C7 ($C $N? ($H $C $N?)*) \\u09D7 > $1 \\u09CC;
            ([\\u09BF \\u09C7 \\u09C8]) ($C $N? ($H $C $N?)*) > $2 $1;
            """;

    /** The reph before its cluster and the cluster's vowel sign. */
    private static final String REPH = """
            ($C $N? ($H $C $N?)*) ([\\u09BE-\\u09CC \\u09D7]?) \\u09B0\\u09CD > \\u09B0\\u09CD $1 $3;
            """;

    /** The letter a Bengali letter or sign stands for when English was typed in a Bijoy font: ছ for Q. */
    private static final java.util.Map<String, Character> LETTERS = new java.util.HashMap<>();
    private static final String RULES = CLUSTER_VARIABLES + glyphRules() + "::Null;\n" + PRE_BASE + "::Null;\n" + REPH;
    private static final Transliterator TRANSLITERATOR = Transliterator.createFromRules("Bijoy-Bengali", RULES,
            Transliterator.FORWARD);

    private Bijoy() {
    }

    private static String glyphRules() {
        List<String[]> glyphs = new ArrayList<>();
        for (String[] entry : Vocabulary.entries("bijoy.txt")) {
            String typed = entry[0];
            String meant = entry[1];
            glyphs.add(new String[] {typed, meant});
            boolean letter = typed.length() == 1 && (typed.charAt(0) >= 'A' && typed.charAt(0) <= 'Z'
                    || typed.charAt(0) >= 'a' && typed.charAt(0) <= 'z');
            if (letter) {
                LETTERS.putIfAbsent(NFC.normalize(meant), typed.charAt(0));
            }
        }
        glyphs.sort(Comparator.comparingInt((String[] glyph) -> -glyph[0].length()));
        StringBuilder rules = new StringBuilder();
        for (String[] glyph : glyphs) {
            rules.append(escaped(glyph[0])).append(" > ").append(escaped(glyph[1])).append(";\n");
        }
        return rules.toString();
    }

    /** Every character as a \\uXXXX escape, so that no character of a glyph is read as rule syntax. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c)));
        return out.toString();
    }

    /**
     * Whether a text may be Bijoy: it holds no Bengali character, and a letter or a glyph of those fonts.
     * English text passes too; a caller tries the text as it is first.
     *
     * @param text the text
     * @return true if converting it may give Bengali
     */
    public static boolean mayBe(String text) {
        boolean glyph = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0980' && c <= '\u09FF') {
                return false;
            }
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '\u00A1' && c <= '\u00FF' || c >= '\u0152'
                    && c <= '\u2122') {
                glyph = true;
            }
        }
        return glyph;
    }

    /**
     * The rows of a table typed in a Bijoy font with every cell that {@linkplain #mayBe(String) may be
     * such text} as the Bengali it shows; the notes say so, with the body's first such cell.
     *
     * @param table the table
     * @param body the first row of the body, from 0
     * @param notes where to say so
     * @return the table as shown
     */
    public static RawTable shown(RawTable table, int body, Notes notes) {
        int[] converted = {0};
        String[] first = new String[2];
        int[] at = new int[2];
        ImmutableList<RawRow> rows = table.rows().collectWithIndex((row, index) -> new RawRow(row.line(),
                row.cells().collectWithIndex((cell, column) -> {
                    if (!mayBe(cell)) {
                        return cell;
                    }
                    String shown = toUnicode(cell);
                    if (index >= body && converted[0]++ == 0) {
                        first[0] = cell;
                        first[1] = shown;
                        at[0] = row.line();
                        at[1] = column + 1;
                    }
                    return shown;
                })));
        if (converted[0] > 0) {
            notes.add(Notes.Kind.TEXT, at[0], at[1], "The table is typed in an old Bijoy font (SutonnyMJ): "
                    + converted[0] + (converted[0] == 1 ? " cell of its body is" : " cells of its body are") + " read as the Bengali the font"
                    + " shows, such as " + Notes.quoted(first[0]) + " as " + Notes.quoted(first[1]));
        }
        return new RawTable(table.source(), rows, table.documentText());
    }

    /**
     * The document's text around a table typed in a Bijoy font, every line that {@linkplain #mayBe(String)
     * may be such text} as the Bengali it shows, so that the fiscal year, the quarter and the office are
     * found in it; the notes say so.
     *
     * @param lines the lines of text
     * @param notes where to say so
     * @return the lines as shown
     */
    public static ImmutableList<String> shown(ImmutableList<String> lines, Notes notes) {
        ImmutableList<String> shown = lines.collect(line -> mayBe(line) ? toUnicode(line) : line);
        if (!shown.equals(lines)) {
            notes.add(Notes.Kind.TEXT, 0, 0, "The text around the table is typed in an old Bijoy font too: "
                    + shown.zip(lines).count(pair -> !pair.getOne().equals(pair.getTwo()))
                    + " of its lines are read as the Bengali the font shows");
        }
        return shown;
    }

    /**
     * The English that a text converted from a Bijoy font shows as Bengali letters, where it was English
     * typed in that font and converted letter by letter ("ছ১" was "Q1", "ঞধৎমবঃ" "target"); empty when a
     * letter of the text stands for none. Case is lost.
     *
     * @param shown the text as converted
     * @return the English as typed, or empty
     */
    public static java.util.Optional<String> typedEnglish(String shown) {
        String text = NFC.normalize(shown);
        StringBuilder typed = new StringBuilder(text.length());
        boolean bengali = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '\u09E6' && c <= '\u09EF') {
                typed.append((char) ('0' + c - '\u09E6')); // typed as an ASCII digit
                i++;
                continue;
            }
            if (c < '\u0980' || c > '\u09FF') {
                typed.append(c);
                i++;
                continue;
            }
            bengali = true;
            Character two = i + 1 < text.length() ? LETTERS.get(text.substring(i, i + 2)) : null;
            Character one = LETTERS.get(text.substring(i, i + 1));
            if (two != null) {
                typed.append(two);
                i += 2;
            } else if (one != null) {
                typed.append(one);
                i++;
            } else {
                return java.util.Optional.empty();
            }
        }
        return bengali ? java.util.Optional.of(typed.toString()) : java.util.Optional.empty();
    }

    /**
     * The Unicode Bengali that a text typed in a Bijoy font shows, in NFC.
     *
     * @param typed the text as typed
     * @return the text as shown
     */
    public static String toUnicode(String typed) {
        return NFC.normalize(TRANSLITERATOR.transliterate(typed));
    }
}
