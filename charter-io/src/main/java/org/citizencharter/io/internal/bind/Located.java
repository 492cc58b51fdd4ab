package org.citizencharter.io.internal.bind;

import java.util.ArrayDeque;
import java.util.Deque;
import org.citizencharter.core.InvalidInputException;

/**
 * A value bound from a document, and where it stood: under which parent, by which name or index (for
 * its JSON pointer), and the line and column of its first character, with the parser's own location
 * for a host's exception. The deserializers of each Jackson line place it as they read it. Not
 * thread-safe: a document is bound, made into the model and dropped by one thread.
 */
public abstract class Located {

    private Located parent;
    private String name;
    private int index = -1;
    private long line;
    private long column;
    private Object location;

    /**
     * Says where the value's first character stood.
     *
     * @param atLine the line, from 1, or 0 if unknown
     * @param atColumn the column, from 1, in characters; less than 0 if it cannot be told in characters
     * @param parserLocation the parser's own location object, for a host's exception
     */
    public final void placeAt(long atLine, long atColumn, Object parserLocation) {
        this.line = atLine;
        this.column = atColumn;
        this.location = parserLocation;
    }

    /**
     * Says that the value is a member of an object.
     *
     * @param owner the object
     * @param memberName the member's name
     */
    public final void placeIn(Located owner, String memberName) {
        this.parent = owner;
        this.name = memberName;
        this.index = -1;
    }

    /**
     * Says that the value is an element of an array.
     *
     * @param owner the array
     * @param at the element's index
     */
    public final void placeIn(Located owner, int at) {
        this.parent = owner;
        this.name = null;
        this.index = at;
    }

    /**
     * The parser's own location of the value's first character.
     *
     * @return the location, or null
     */
    public final Object parserLocation() {
        return location;
    }

    /**
     * The line of the value's first character.
     *
     * @return the line, from 1, or 0 if unknown
     */
    public final long line() {
        return line;
    }

    /**
     * The column of the value's first character.
     *
     * @return the column, from 1, or less than 0 if it cannot be told in characters
     */
    public final long column() {
        return column;
    }

    /**
     * The JSON pointer (RFC 6901) of this value, such as {@code /areas/0/weight}.
     *
     * @return the pointer
     */
    public final String pointer() {
        // Up the parents with a stack of its own: a value may stand as deep as the host's limit allows.
        Deque<Located> path = new ArrayDeque<>();
        Located root = this;
        for (; root.parent != null; root = root.parent) {
            path.push(root);
        }
        StringBuilder pointer = new StringBuilder(root instanceof Shape document ? document.base() : "");
        for (Located step : path) {
            pointer.append('/');
            if (step.name == null) {
                pointer.append(step.index);
            } else {
                pointer.append(step.name.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    /**
     * How a message names this value: {@code The field "weight"}, {@code Item 2 of "areas"}.
     *
     * @return the label
     */
    final String label() {
        if (name != null) {
            return "The field \"" + name + "\"";
        }
        if (parent != null) {
            return "Item " + index + " of " + (parent.name != null ? "\"" + parent.name + "\"" : "the array");
        }
        return "The document";
    }

    /**
     * What the value is, for messages: "an object", "a string", "null".
     *
     * @return the description
     */
    abstract String describe();

    /**
     * The value's text for messages: a scalar's text as written, nothing for an object or array.
     *
     * @return the text, or null
     */
    String text() {
        return null;
    }

    /**
     * An error about this value, located at it.
     *
     * @param problem what is wrong
     * @param text the offending text, or null
     * @return the exception
     */
    public final InvalidInputException error(String problem, String text) {
        return locate(InvalidInputException.of(problem, text));
    }

    /**
     * The member's name, or null for an element or the root.
     *
     * @return the name
     */
    public final String memberName() {
        return name;
    }

    /**
     * An exception from a core parser or constructor, located at this value if it has no place yet.
     *
     * @param problem the exception
     * @return the exception with a place
     */
    public final InvalidInputException locate(InvalidInputException problem) {
        if (problem.pointer().isPresent()) {
            return problem;
        }
        return at(problem.withPointer(pointer()), line, column);
    }

    /**
     * An error given a line and column as a value keeps them: none for a line of 0 or less (unknown), no
     * column for one below 0 (one that could not be told in characters), else a column from 1.
     *
     * @param error the error
     * @param atLine the line
     * @param atColumn the column
     * @return the error with its place
     */
    public static InvalidInputException at(InvalidInputException error, long atLine, long atColumn) {
        if (atLine <= 0) {
            return error;
        }
        return error.withLine(atLine).withColumn(atColumn < 0 ? 0 : Math.max(1, atColumn));
    }

    /**
     * Builds a value from this one, locating at it any {@link InvalidInputException} (or
     * {@link IllegalArgumentException}) that the model's checks throw.
     *
     * @param <T> the type built
     * @param build what builds it
     * @return the value
     */
    public final <T> T build(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException problem) {
            throw locate(problem);
        } catch (IllegalArgumentException problem) {
            throw error(problem.getMessage(), text());
        }
    }

    /**
     * The error for a value of the wrong type.
     *
     * @param expected what it must be
     * @return the exception
     */
    final InvalidInputException wrongType(String expected) {
        return error(label() + " must be " + expected + ", not " + describe(), text());
    }
}
