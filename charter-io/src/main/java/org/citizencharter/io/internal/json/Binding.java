package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.io.internal.bind.Extension;
import org.citizencharter.io.internal.bind.Items;
import org.citizencharter.io.internal.bind.Located;
import org.citizencharter.io.internal.bind.Members;
import org.citizencharter.io.internal.bind.Scalar;
import org.citizencharter.io.internal.bind.Shape;

/**
 * What the deserializers of both Jackson lines do as databind binds a document to its
 * {@link Shape}s, through the parser's {@link Tokens}: a scalar read and checked (a string within the
 * limit and of whole characters), the host's extensions copied in canonical form, a member checked before
 * its value is bound (written once, of the right type), and the document's length checked at every
 * value. Each place is put on the value as it is read. Stateless.
 */
public final class Binding {

    /** What a member of a shape holds, as its field's type says. */
    public enum Holds {
        /** A {@link Scalar}. */
        SCALAR,
        /** A {@link Shape}. */
        SHAPE,
        /** {@link Items}. */
        ITEMS,
        /** An {@link Extension}. */
        EXTENSION,
        /** {@link Members}: an object whose keys are data. */
        MEMBERS
    }

    /**
     * What a member of a shape holds, by its field's type.
     *
     * @param type the field's type
     * @return what it holds
     */
    public static Holds holds(Class<?> type) {
        if (type == Scalar.class) {
            return Holds.SCALAR;
        } else if (type == Extension.class) {
            return Holds.EXTENSION;
        } else if (type == Members.class) {
            return Holds.MEMBERS;
        }
        return Items.class.isAssignableFrom(type) ? Holds.ITEMS : Holds.SHAPE;
    }

    /**
     * Reads a value of one of the types databind leaves to charter, from a parser's tokens.
     *
     * @param <T> the type read
     */
    @FunctionalInterface
    public interface Read<T> {
        /**
         * Reads the value at the current token.
         *
         * @param tokens the parser's tokens
         * @return the value, placed where it stood
         * @throws IOException if reading fails
         */
        T read(Tokens tokens) throws IOException;
    }

    /**
     * The most characters a document may take, counted from its first.
     *
     * @param start the offset of the document's first character
     * @param most the most characters, or 0 or less for no limit of charter's own
     */
    public record Limit(long start, long most) {
        /** No limit of charter's own (a host's mapper keeps its own). */
        public static final Limit NONE = new Limit(0, 0);

        /**
         * Checks the offset where a value begins.
         *
         * @param tokens the parser's tokens, at the value
         * @throws InvalidInputException if the value begins at or beyond the limit
         */
        void check(Tokens tokens) {
            if (most <= 0) {
                return;
            }
            long offset = tokens.offset(tokens.tokenLocation());
            // A value that begins at the limit's index makes the document one character too long at least.
            if (offset >= 0 && offset - start >= most) {
                throw tokens.error(JsonErrors.documentTooLong(most), null)
                        .withHint("Raise JsonLimits.maxDocumentLength");
            }
        }

        /**
         * Checks where the document ended.
         *
         * @param tokens the parser's tokens, after the document
         * @throws InvalidInputException if it ended beyond the limit
         */
        public void checkEnd(Tokens tokens) {
            if (most <= 0) {
                return;
            }
            long offset = tokens.offset(tokens.endLocation());
            if (offset >= 0 && offset - start > most) {
                throw tokens.errorAtEnd(JsonErrors.documentTooLong(most))
                        .withHint("Raise JsonLimits.maxDocumentLength");
            }
        }
    }

    private Binding() {
    }

    /**
     * Reads the value at the current token where a scalar belongs: an object or array there is skipped and
     * kept as such, to be refused by what reads the scalar.
     *
     * @param tokens the parser's tokens, at the value; left at its last token
     * @return the scalar, placed where it stood
     * @throws IOException if reading fails
     */
    public static Scalar scalar(Tokens tokens) throws IOException {
        tokens.limit().check(tokens);
        JsonToken token = tokens.current();
        Object at = tokens.tokenLocation();
        Scalar scalar = switch (token) {
            case VALUE_STRING -> new Scalar(Scalar.Kind.STRING, checkedText(tokens));
            case VALUE_NUMBER_INT -> new Scalar(Scalar.Kind.INTEGER, tokens.text());
            case VALUE_NUMBER_FLOAT -> new Scalar(Scalar.Kind.DECIMAL, tokens.text());
            case VALUE_TRUE -> new Scalar(Scalar.Kind.TRUE, "true");
            case VALUE_FALSE -> new Scalar(Scalar.Kind.FALSE, "false");
            case VALUE_NULL -> new Scalar(Scalar.Kind.NULL, "null");
            case START_OBJECT -> skipped(tokens, Scalar.Kind.OBJECT);
            case START_ARRAY -> skipped(tokens, Scalar.Kind.ARRAY);
            default -> throw tokens.error("The JSON holds a value charter cannot read", tokens.text());
        };
        place(scalar, tokens, at);
        return scalar;
    }

    private static Scalar skipped(Tokens tokens, Scalar.Kind kind) throws IOException {
        tokens.skipChildren();
        return new Scalar(kind, null);
    }

    /**
     * The {@code null} at the current token, placed where it stood.
     *
     * @param tokens the parser's tokens, at the null
     * @return the scalar
     */
    public static Scalar nullHere(Tokens tokens) {
        Scalar scalar = new Scalar(Scalar.Kind.NULL, "null");
        place(scalar, tokens, tokens.tokenLocation());
        return scalar;
    }

    /**
     * Reads an {@code "extensions"} object in canonical form.
     *
     * @param tokens the parser's tokens, at the value; left at its last token
     * @return the extensions, placed where they stood
     * @throws InvalidInputException if the value is not an object, or the object cannot be kept
     * @throws IOException if reading fails
     */
    public static Extension extension(Tokens tokens) throws IOException {
        Limit limit = tokens.limit();
        Object at = tokens.tokenLocation();
        String json = ExtensionsJson.capture(tokens, () -> {
            limit.check(tokens);
            if (tokens.current() == JsonToken.VALUE_STRING) {
                checkedText(tokens);
            }
        });
        Extension extension = new Extension(json);
        place(extension, tokens, at);
        return extension;
    }

    /**
     * Reads an object whose keys are data, each value a scalar.
     *
     * @param tokens the parser's tokens, at the object's start; left at its end
     * @return the members, placed where they stood
     * @throws InvalidInputException if a key is written twice
     * @throws IOException if reading fails
     */
    public static Members members(Tokens tokens) throws IOException {
        Object at = tokens.tokenLocation();
        Members members = new Members();
        place(members, tokens, at);
        for (JsonToken token = tokens.next(); token != JsonToken.END_OBJECT; token = tokens.next()) {
            String name = tokens.name();
            JsonErrors.checkSurrogates(tokens, name);
            Object nameAt = tokens.tokenLocation();
            tokens.next();
            if (!members.add(name, scalar(tokens), tokens.line(nameAt), tokens.column(nameAt))) {
                throw JsonErrors.duplicate(tokens, name, nameAt);
            }
        }
        return members;
    }

    /**
     * Checks a member of a shape before its value is bound: that it was not written before in the object,
     * and that an object or array is where one belongs.
     *
     * @param tokens the parser's tokens, at the member's value
     * @param owner the shape
     * @param index the member's index among the shape's members, from 0
     * @param name the member's name
     * @param nameAt where the member's name stood
     * @param type the member's type
     * @return whether its value is to be bound: false for a {@code null} where an object or array belongs,
     *     which is recorded on the owner
     * @throws InvalidInputException if the member is written twice, or its value is of the wrong type
     */
    public static boolean member(Tokens tokens, Shape owner, int index, String name, Object nameAt, Class<?> type) {
        if (index >= Long.SIZE) {
            throw new IllegalStateException(owner.getClass() + " has more than 64 members");
        }
        if (!owner.firstTime(1L << index)) {
            throw JsonErrors.duplicate(tokens, name, nameAt);
        }
        Holds holds = holds(type);
        if (holds == Holds.SCALAR) {
            return true;
        }
        tokens.limit().check(tokens);
        JsonToken token = tokens.current();
        if (token == JsonToken.VALUE_NULL) {
            owner.nullFor(name, nullHere(tokens));
            return false;
        }
        JsonToken expected = holds == Holds.ITEMS ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
        if (token != expected) {
            String kind = holds == Holds.ITEMS ? "an array"
                    : holds == Holds.SHAPE ? "an object (" + prototype(type).what() + ")" : "an object";
            throw wrongType(tokens, "The field \"" + name + "\"", kind);
        }
        return true;
    }

    /**
     * A shape of a kind, made once, which makes the others ({@link Shape#fresh()}) and says what it is.
     *
     * @param type the shape's class
     * @return a new shape
     * @throws IllegalStateException if the class is not a shape with a public constructor
     */
    public static Shape prototype(Class<?> type) {
        try {
            return (Shape) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException notAShape) {
            throw new IllegalStateException(type + " is not a shape with a public constructor", notAShape);
        }
    }

    /**
     * Places a member's value under its owner once bound, and an array's elements under the array.
     *
     * @param value the value
     * @param owner the shape
     * @param name the member's name
     * @param tokens the parser's tokens
     * @param at where the value began, for an array (the others place themselves)
     */
    public static void placeMember(Object value, Shape owner, String name, Tokens tokens, Object at) {
        if (value instanceof Items<?> items) {
            place(items.place(), tokens, at);
            items.place().placeIn(owner, name);
            items.placeElements();
        } else if (value instanceof Located located) {
            located.placeIn(owner, name);
        }
    }

    /**
     * Checks that an object begins where a shape of an array, or the document, belongs.
     *
     * @param tokens the parser's tokens, at the value
     * @param what what kind of object the shape is
     * @return where the object begins
     * @throws InvalidInputException if the value is not an object
     */
    public static Object shapeStart(Tokens tokens, String what) {
        tokens.limit().check(tokens);
        if (tokens.current() != JsonToken.START_OBJECT) {
            throw wrongType(tokens, label(tokens), "an object (" + what + ")");
        }
        return tokens.tokenLocation();
    }

    /**
     * Places a shape where its object began.
     *
     * @param shape the shape
     * @param tokens the parser's tokens
     * @param at where it began
     */
    public static void place(Located shape, Tokens tokens, Object at) {
        shape.placeAt(tokens.line(at), tokens.column(at), at);
    }

    /**
     * The error for a member the shape does not have, at its name.
     *
     * @param tokens the parser's tokens, at the member's value
     * @param owner the shape
     * @param name the member's name
     * @param nameAt where the name stood
     * @return the error
     */
    public static InvalidInputException unknown(Tokens tokens, Shape owner, String name, Object nameAt) {
        return tokens.at(owner.unknown(name), nameAt);
    }

    /**
     * The error for a {@code null} where an object of an array (or the document) belongs.
     *
     * @param tokens the parser's tokens, at the null
     * @param what what kind of object belongs there
     * @return the error
     */
    public static InvalidInputException nullShape(Tokens tokens, String what) {
        return wrongType(tokens, label(tokens), "an object (" + what + ")");
    }

    /** How a message names the value at the current token, from where the parser stands. */
    private static String label(Tokens tokens) {
        String pointer = tokens.pointer();
        if (pointer.isEmpty()) {
            return "The document";
        }
        int slash = pointer.lastIndexOf('/');
        String last = pointer.substring(slash + 1);
        String parent = pointer.substring(0, slash);
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
            String holder = parent.substring(parent.lastIndexOf('/') + 1);
            return "Item " + last + " of " + (parent.isEmpty() || holder.chars().allMatch(Character::isDigit)
                    ? "the array" : "\"" + holder.replace("~1", "/").replace("~0", "~") + "\"");
        }
        return "The field \"" + last.replace("~1", "/").replace("~0", "~") + "\"";
    }

    private static InvalidInputException wrongType(Tokens tokens, String label, String expected) {
        JsonToken token = tokens.current();
        String text = token != null && token.isScalarValue() ? textOf(tokens) : null;
        if (token == JsonToken.VALUE_STRING && text != null) {
            // A string that holds half of a surrogate pair is refused for that first, as it cannot be shown.
            JsonErrors.checkSurrogates(tokens, text);
        }
        return tokens.locate(InvalidInputException.of(label + " must be " + expected + ", not "
                + JsonErrors.describe(token), text), tokens.tokenLocation());
    }

    private static String textOf(Tokens tokens) {
        try {
            return tokens.text();
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** The text of a string value, checked: within the limit, and whole characters only. */
    private static String checkedText(Tokens tokens) throws IOException {
        // The length first: Jackson refuses a string beyond its own limit when making it, at the string's end.
        int length = tokens.textLength();
        int most = tokens.maxStringLength();
        if (length > most) {
            throw tokens.error(JsonErrors.stringTooLong(length, most), null)
                    .withHint("Raise JsonLimits.maxStringLength");
        }
        String text = tokens.text();
        JsonErrors.checkSurrogates(tokens, text);
        return text;
    }
}
