package org.citizencharter.io.internal.table;

import org.citizencharter.core.Numerals;

/**
 * Text whose Bengali a save in a Windows code page turned to question marks: Excel's "CSV (Comma delimited)"
 * and "Text (Tab delimited)", or Notepad's "ANSI", write each character the code page lacks as one "?", so
 * "কর্মসম্পাদন সূচক" arrives as "????????? ????" and "৪" as "?". The letters are gone from the file; charter
 * cannot read them back, only say so. Not API; stateless.
 */
public final class LostLetters {

    private static final String HOW_TO_SAVE = ": the table was saved in a code page without Bengali (in Excel:"
            + " \"CSV (Comma delimited)\" or \"Text (Tab delimited)\"), which loses them. Save it again from the"
            + " workbook as \"CSV UTF-8\" or \"Unicode text\", or give charter the workbook itself";
    /** The hint where the headers lost their letters. */
    static final String HEADERS = "The headers hold question marks where their letters were" + HOW_TO_SAVE;
    /** The hint where a figure's cell lost its Bengali digits. */
    static final String FIGURE = "The cell holds question marks where its characters were" + HOW_TO_SAVE;

    private LostLetters() {
    }

    /**
     * Whether a text shows question marks where its letters were: two in a row and no letter at all
     * ("?????? ????", "[?.?] ??? ?????").
     */
    static boolean inText(String text) {
        return text.contains("??") && text.codePoints().noneMatch(Character::isLetter);
    }

    /** Whether a figure's cell shows a question mark where a digit was ("??", "?.?", "??%"): no letter, no digit. */
    static boolean inFigure(String text) {
        return text.indexOf('?') >= 0
                && text.chars().noneMatch(c -> Character.isLetter(c) || Numerals.digitValue((char) c) >= 0);
    }

    /**
     * Says, once for the table, that text of its body lost its letters, naming the first such cell; what
     * it holds is kept as it stands (a name of question marks), as no reading can restore it.
     *
     * @param table the table
     * @param body the first row of the body, from 0
     * @param notes where to say so
     */
    public static void note(RawTable table, int body, Notes notes) {
        int count = 0;
        String first = null;
        int line = 0;
        int column = 0;
        for (int index = body; index < table.rows().size(); index++) {
            RawRow row = table.rows().get(index);
            for (int cell = 0; cell < row.cells().size(); cell++) {
                String text = row.cells().get(cell);
                if (inText(text) && count++ == 0) {
                    first = text;
                    line = row.line();
                    column = cell + 1;
                }
            }
        }
        if (count > 0) {
            String others = count == 2 ? " and 1 other cell of the body show" : " and " + (count - 1)
                    + " other cells of the body show";
            notes.add(Notes.Kind.TEXT, line, column, "The text " + Notes.quoted(first) + (count == 1
                    ? " shows question marks where its letters were; kept as it stands"
                    : others + " question marks where their letters were; kept as they stand") + HOW_TO_SAVE);
        }
    }
}
