package org.citizencharter.office.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.office.OfficeLimits;

/**
 * One reading of an office file: its name, what the caller chose (a sheet, a table) and the limits; it
 * gathers the notes and, for a PDF, the page each line of the grid is on. Not thread-safe; one per reading.
 *
 * @param source the input's name, for messages
 * @param sheet the sheet asked for, by name or number from 1
 * @param table the table asked for, from 1
 * @param limits the limits
 * @param notes the notes gathered
 * @param pages the page of each line of the grid, from line 1 (a PDF's; empty for other files)
 */
public record Reading(String source, Optional<String> sheet, OptionalInt table, OfficeLimits limits,
        List<String> notes, List<Integer> pages) {

    /**
     * A reading.
     *
     * @param source the input's name
     * @param sheet the sheet asked for
     * @param table the table asked for
     * @param limits the limits
     * @return the reading, with no notes yet
     */
    public static Reading of(String source, Optional<String> sheet, OptionalInt table, OfficeLimits limits) {
        return new Reading(source, sheet, table, limits, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * Says that the next line of the grid is on a page.
     *
     * @param page the page, from 1
     */
    public void lineOnPage(int page) {
        pages.add(page);
    }

    /**
     * Says something in the notes.
     *
     * @param note a sentence
     */
    public void note(String note) {
        notes.add(note);
    }

    /**
     * An error about this input.
     *
     * @param problem what is wrong
     * @return the exception, naming the source
     */
    public InvalidInputException error(String problem) {
        return InvalidInputException.of(problem).withSource(source);
    }

    /**
     * Chooses tables: the one asked for, or all when they have the same number of columns; otherwise an
     * error that lists them, since charter will not guess which one holds the plan.
     *
     * @param widths the number of columns of each table, in the document's order
     * @param described a short description of each table, for the error
     * @param what what a table is called in this format ("table")
     * @return the indexes of the tables to read, from 0
     */
    public List<Integer> chooseTables(List<Integer> widths, List<String> described, String what) {
        if (widths.isEmpty()) {
            throw error("The file holds no " + what).withHint("Check that the plan's table is in the file");
        }
        if (table.isPresent()) {
            int asked = table.getAsInt();
            if (asked < 1 || asked > widths.size()) {
                throw error("There is no " + what + " " + asked + ": the file holds " + widths.size())
                        .withHint("Give --table 1 to " + widths.size());
            }
            if (widths.size() > 1) {
                note("Read " + what + " " + asked + " of " + widths.size() + ", as asked.");
            }
            return List.of(asked - 1);
        }
        if (widths.stream().distinct().count() > 1) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < described.size() && i < 20; i++) {
                list.append(i == 0 ? "" : "; ").append(what).append(' ').append(i + 1).append(": ")
                        .append(described.get(i));
            }
            throw error("The file holds " + widths.size() + " " + what + "s of different widths, and charter will not"
                    + " guess which holds the plan: " + list).withHint("Give --table N");
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            all.add(i);
        }
        if (all.size() > 1) {
            note("Read the " + all.size() + " " + what + "s of the file, each " + widths.get(0)
                    + " columns wide, as one table, one after the other.");
        }
        return all;
    }

    /**
     * A short text for messages: at most sixty characters, on one line.
     *
     * @param text the text
     * @return the shortened text
     */
    public static String shortText(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
