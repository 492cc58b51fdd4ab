package org.citizencharter.io.internal.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citizencharter.core.InvalidInputException;

/**
 * Where the values of one document stood, as its reading noted them: for each JSON pointer of an object,
 * array or charter value, the line and column of its first character. The conversions of the document
 * shapes ({@link Shapes}) place their errors with it. Holds no Jackson type, so both Jackson lines fill it.
 * Not thread-safe: one per document.
 */
public final class Places {

    private final String base;
    private final List<Frame> frames = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    /** The notes by pointer, made on the first error only: reading notes cheaply, without pointers. */
    private Map<String, Note> marks;

    /** An object or array of the document: its parent's frame and its name or index there. */
    private record Frame(int parent, String name, int index) {
    }

    /** Where a value stood: in a frame, by name or index (neither: the frame itself). */
    private record Note(int frame, String name, int index, int line, int column, Object location) {
    }

    /**
     * The places of a document.
     *
     * @param base the JSON pointer of the document in the input: "" alone, "/3" in an array
     */
    public Places(String base) {
        this.base = base;
        frames.add(new Frame(-1, null, -1));
    }

    /**
     * The frame of the document itself.
     *
     * @return its number
     */
    public static int root() {
        return 0;
    }

    /**
     * Notes that an object or array begins.
     *
     * @param parent the frame it stands in
     * @param name its name there, or null in an array
     * @param index its index there, or -1 in an object
     * @return its frame
     */
    public int open(int parent, String name, int index) {
        frames.add(new Frame(parent, name, index));
        return frames.size() - 1;
    }

    /**
     * Notes where a value stood.
     *
     * @param frame the frame it stands in (or its own, for an object or array itself)
     * @param name its name in the frame, or null
     * @param index its index in the frame, or -1
     * @param line its line, from 1
     * @param column its column, from 1
     * @param location the parser's location object, handed back by {@link #location(InvalidInputException)}
     */
    public void note(int frame, String name, int index, int line, int column, Object location) {
        notes.add(new Note(frame, name, index, line, column, location));
        marks = null;
    }

    /**
     * The parser's location object of the place an error names.
     *
     * @param error the error
     * @return the location noted at the error's line and column, or null
     */
    public Object location(InvalidInputException error) {
        if (error.line().isPresent() && error.column().isPresent()) {
            for (Note note : notes) {
                if (note.line() == error.line().getAsLong() && Math.max(1, note.column()) == error.column().getAsLong()) {
                    return note.location();
                }
            }
        }
        return null;
    }

    private String pointer(int frame) {
        StringBuilder pointer = new StringBuilder();
        for (int at = frame; at > 0; at = frames.get(at).parent()) {
            Frame step = frames.get(at);
            pointer.insert(0, step(step.name(), step.index()));
        }
        return base + pointer;
    }

    private static String step(String name, int index) {
        return "/" + (name != null ? name.replace("~", "~0").replace("/", "~1") : Integer.toString(index));
    }

    private Map<String, Note> marks() {
        if (marks == null) {
            marks = new HashMap<>();
            for (Note note : notes) {
                String frame = pointer(note.frame());
                marks.putIfAbsent(note.name() == null && note.index() < 0 ? frame
                        : frame + step(note.name(), note.index()), note);
            }
        }
        return marks;
    }

    /**
     * An error about a value of the document.
     *
     * @param pointer the value's pointer in the document
     * @param problem what is wrong
     * @param text the text at fault, or null
     * @return the error, with its pointer, line and column
     */
    public InvalidInputException error(String pointer, String problem, String text) {
        return locate(pointer, InvalidInputException.of(problem, text));
    }

    /**
     * An error placed at a value of the document, if it has no place of its own.
     *
     * @param pointer the value's pointer in the document
     * @param problem the error
     * @return the error, with a pointer, line and column
     */
    public InvalidInputException locate(String pointer, InvalidInputException problem) {
        if (problem.pointer().isPresent()) {
            return problem;
        }
        String full = base + pointer;
        InvalidInputException error = problem.withPointer(full);
        // The value itself, or failing that the nearest object or array around it that was noted.
        for (String at = full; ; at = at.substring(0, at.lastIndexOf('/'))) {
            Note mark = marks().get(at);
            if (mark != null) {
                return mark.line() > 0 ? error.withLine(mark.line()).withColumn(Math.max(1, mark.column())) : error;
            }
            if (at.length() <= base.length()) {
                return error;
            }
        }
    }

    /**
     * The error of a field that an object must have.
     *
     * @param object the object's pointer in the document
     * @param what what the object is, as in "an office"
     * @param field the field's name
     * @return the error, at the object
     */
    public InvalidInputException missing(String object, String what, String field) {
        return error(object, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " has no \"" + field + "\"",
                null).withHint("Add the field \"" + field + "\"");
    }

    /**
     * A value that must be there.
     *
     * @param <T> its type
     * @param value the value, null if absent or null
     * @param object the pointer of the object it belongs to
     * @param what what the object is
     * @param field the field's name
     * @return the value
     * @throws InvalidInputException if it is absent
     */
    public <T> T required(T value, String object, String what, String field) {
        if (value == null) {
            throw missing(object, what, field);
        }
        return value;
    }

    /**
     * Builds a value, placing at a value of the document any {@link InvalidInputException} (or
     * {@link IllegalArgumentException}) that the model's checks throw.
     *
     * @param <T> the type built
     * @param pointer the value's pointer
     * @param text the text at fault for an {@link IllegalArgumentException}, or null
     * @param build what builds it
     * @return the value built
     */
    public <T> T build(String pointer, String text, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException problem) {
            throw locate(pointer, problem);
        } catch (IllegalArgumentException problem) {
            throw error(pointer, problem.getMessage(), text);
        }
    }
}
