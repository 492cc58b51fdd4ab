package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * A JSON value as read from a document, with where it stood: its JSON pointer (computed from its
 * parents), and the line and column of its first character (and of its member name, for a member).
 *
 * <p>The conversions ({@link #decimal()}, {@link #date()}, {@link #constant(Class)} ...) throw an
 * {@link InvalidInputException} that carries the pointer, line, column and text of this value. Not
 * thread-safe; a tree is read, mapped and dropped by one thread.
 */
public abstract sealed class Node permits Node.Obj, Node.Arr, Node.Scalar, Node.Raw {

    private final Node parent;
    private final String name;
    private final int index;
    private final Origin origin;
    private final Object at;
    private final Object nameAt;

    /**
     * What only the root keeps: its JSON pointer, and the tokens it was read from, which tell the line and
     * column of their parser's locations.
     *
     * @param base the JSON pointer of the root: "" for a document alone, "/3" for the fourth of an array of
     *     documents
     * @param tokens the tokens the tree was read from
     */
    record Origin(String base, Tokens tokens) {
    }

    /**
     * A value and where it stands: under which parent, by which name or index, and where in the text (the
     * parser's own locations, so that an error can hand the very location to Jackson; charter parses
     * characters, so their columns count characters).
     *
     * @param parent the object or array holding the value, or null for the root
     * @param name the member's name, or null for an element or the root
     * @param index the element's index, or -1
     * @param origin the root's pointer and tokens (only for the root)
     * @param at where the value begins
     * @param nameAt where the member's name begins, or null
     */
    Node(Node parent, String name, int index, Origin origin, Object at, Object nameAt) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.origin = origin;
        this.at = at;
        this.nameAt = nameAt;
    }

    /**
     * The JSON pointer (RFC 6901) of this value, such as {@code /areas/0/weight}.
     *
     * @return the pointer
     */
    public String pointer() {
        // Up the parents with a stack of its own: a value may stand as deep as the host's limit allows.
        Deque<Node> path = new ArrayDeque<>();
        Node root = this;
        for (; root.parent != null; root = root.parent) {
            path.push(root);
        }
        StringBuilder pointer = new StringBuilder(root.origin.base());
        for (Node step : path) {
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
     * How a message names this value: {@code The field "weight"}, {@code Item 2 of "areas"}.
     *
     * @return the label
     */
    String label() {
        if (name != null) {
            return "The field \"" + name + "\"";
        }
        if (parent != null) {
            return "Item " + index + " of " + (parent.name != null ? "\"" + parent.name + "\"" : "the array");
        }
        return "The document";
    }

    /**
     * The parser's location of the place an error of this document names, for Jackson's exception.
     *
     * @param error the error
     * @return the location, or null if none is known
     */
    public Object whereIs(InvalidInputException error) {
        if (error.line().isEmpty() || error.column().isEmpty()) {
            return null;
        }
        Tokens tokens = tokens();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            for (Object where : new Object[] {node.at, node.nameAt}) {
                if (where != null && tokens.line(where) == error.line().getAsLong()
                        && Math.max(1, tokens.column(where)) == error.column().getAsLong()) {
                    return where;
                }
            }
            if (node instanceof Obj object) {
                for (int i = 0; i < object.size; i++) {
                    todo.push(object.values[i]);
                }
            } else if (node instanceof Arr array) {
                array.items.forEach(todo::push);
            }
        }
        return null;
    }

    /**
     * An error about this value, located at it.
     *
     * @param problem what is wrong
     * @param text the offending text, or null
     * @return the exception
     */
    public InvalidInputException error(String problem, String text) {
        return tokens().locate(InvalidInputException.of(problem, text).withPointer(pointer()), at);
    }

    /**
     * An error about this member's name (an unknown field, a key that is not allowed), located at the name.
     *
     * @param problem what is wrong
     * @param hint a likely fix, or null
     * @return the exception, whose text is the name
     */
    InvalidInputException nameError(String problem, String hint) {
        InvalidInputException error = nameErrorWithoutHint(problem);
        return hint == null ? error : error.withHint(hint);
    }

    /**
     * The member's name, or null for an element or the root.
     *
     * @return the name
     */
    String name() {
        return name;
    }

    private InvalidInputException nameErrorWithoutHint(String problem) {
        InvalidInputException error = InvalidInputException.of(problem, name).withPointer(pointer());
        return tokens().locate(error, nameAt != null ? nameAt : at);
    }

    /**
     * An exception from a core parser or constructor, located at this value if it has no place yet.
     *
     * @param problem the exception
     * @return the exception with a place
     */
    InvalidInputException locate(InvalidInputException problem) {
        if (problem.pointer().isPresent()) {
            return problem;
        }
        return tokens().locate(problem.withPointer(pointer()), at);
    }

    /** The tokens the tree was read from, kept by the root, for the line and column of a location. */
    private Tokens tokens() {
        Node root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        return root.origin.tokens();
    }

    /**
     * Builds a value from this node, locating at this node any {@link InvalidInputException} (or
     * {@link IllegalArgumentException}) that the model's checks throw.
     *
     * @param <T> the type built
     * @param build what builds it
     * @return the value
     */
    public <T> T build(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException problem) {
            throw locate(problem);
        } catch (IllegalArgumentException problem) {
            throw error(problem.getMessage(), text());
        }
    }

    private InvalidInputException wrongType(String expected) {
        return error(label() + " must be " + expected + ", not " + describe(), text());
    }

    /**
     * Whether the value is JSON {@code null}.
     *
     * @return true for null
     */
    public boolean isNull() {
        return this instanceof Scalar scalar && scalar.token == JsonToken.VALUE_NULL;
    }

    /**
     * Whether the value is a JSON string.
     *
     * @return true for a string
     */
    public boolean isString() {
        return this instanceof Scalar scalar && scalar.token == JsonToken.VALUE_STRING;
    }

    /**
     * The members of this object, for objects whose keys are data (a map), in the order written.
     *
     * @return the members by name
     * @throws InvalidInputException if the value is not an object
     */
    public Map<String, Node> map() {
        if (!(this instanceof Obj obj)) {
            throw wrongType("an object");
        }
        return Collections.unmodifiableMap(obj.byName());
    }

    /**
     * This value as an object with the fields a kind of object may have.
     *
     * @param what the kind of object, for messages ("an indicator")
     * @param allowed the names of its fields
     * @return the fields
     * @throws InvalidInputException if the value is not an object, or has a field not allowed
     */
    public Fields fields(String what, String... allowed) {
        if (!(this instanceof Obj obj)) {
            throw wrongType("an object (" + what + ")");
        }
        return new Fields(obj, what, allowed);
    }

    /**
     * The items of this array, each passed through a function.
     *
     * @param <T> the type of the items made
     * @param item what makes an item from its node
     * @return the items, in order
     * @throws InvalidInputException if the value is not an array
     */
    public <T> ImmutableList<T> list(Function<Node, T> item) {
        MutableList<Node> items = items();
        MutableList<T> made = Lists.mutable.withInitialCapacity(items.size());
        for (int i = 0; i < items.size(); i++) {
            made.add(item.apply(items.get(i)));
        }
        return made.toImmutable();
    }

    /**
     * This array's elements.
     *
     * @return the elements
     * @throws InvalidInputException if the value is not an array
     */
    public ImmutableList<Node> array() {
        return items().toImmutable();
    }

    /**
     * This array's elements, which must be a given number.
     *
     * @param size how many
     * @return the elements
     * @throws InvalidInputException if the value is not an array of that size
     */
    public ImmutableList<Node> array(int size) {
        MutableList<Node> items = items();
        if (items.size() != size) {
            throw error(label() + " must have " + size + " items, not " + items.size(), null);
        }
        return items.toImmutable();
    }

    /**
     * This array's elements, which must be from one number to another.
     *
     * @param least the fewest
     * @param most the most
     * @return the elements
     * @throws InvalidInputException if the value is not an array of such a size
     */
    public ImmutableList<Node> array(int least, int most) {
        MutableList<Node> items = items();
        if (items.size() < least || items.size() > most) {
            throw error(label() + " must have " + least + " to " + most + " items, not " + items.size(), null);
        }
        return items.toImmutable();
    }

    private MutableList<Node> items() {
        if (!(this instanceof Arr arr)) {
            throw wrongType("an array");
        }
        return arr.items;
    }

    /**
     * This value as a string.
     *
     * @return the string
     * @throws InvalidInputException if it is not a string
     */
    public String string() {
        if (this instanceof Scalar scalar && scalar.token == JsonToken.VALUE_STRING) {
            return scalar.text;
        }
        throw wrongType("a string");
    }

    /**
     * Reads this string with a parser of the core, such as {@code FiscalYear::parse}.
     *
     * @param <T> the type read
     * @param parser the parser
     * @return the value
     * @throws InvalidInputException if the value is not a string or the parser rejects it
     */
    public <T> T parse(Function<String, T> parser) {
        String text = string();
        return build(() -> parser.apply(text));
    }

    /**
     * This value as an exact decimal: a JSON number, read from its text (3.0 stays 3.0), or a string of
     * Bengali or ASCII digits read by {@link Numerals#parseDecimal(String)}.
     *
     * @return the decimal, never with a negative scale
     * @throws InvalidInputException if it is neither, or cannot be read
     */
    public BigDecimal decimal() {
        return decimal(Numerals.MAX_DIGITS);
    }

    /**
     * This value as an exact decimal, as {@link #decimal()} reads it, of at most a given number of digits
     * before and after the point when written out: a scorecard's figures, which charter computed from a
     * plan's, may have more than a plan's quantities.
     *
     * @param maxDigits the most digits before the point, and after it
     * @return the decimal, never with a negative scale
     * @throws InvalidInputException if it is not a decimal, cannot be read or is too long
     */
    public BigDecimal decimal(int maxDigits) {
        if (this instanceof Scalar scalar) {
            if (scalar.token == JsonToken.VALUE_NUMBER_INT || scalar.token == JsonToken.VALUE_NUMBER_FLOAT) {
                return bounded(number(scalar.text, maxDigits), maxDigits);
            }
            if (scalar.token == JsonToken.VALUE_STRING) {
                return build(() -> bounded(Numerals.parseDecimal(scalar.text), maxDigits));
            }
        }
        throw wrongType("a number, or a string of Bengali or ASCII digits");
    }

    /**
     * This value as an exact decimal written as a string in the form of {@link BigDecimal#toString()}
     * ("0.8888888888888889", "1E+2"), with its scale kept.
     *
     * @param maxDigits the most digits before the point, and after it, when written out
     * @return the decimal
     * @throws InvalidInputException if it is not such a string
     */
    public BigDecimal exactDecimal(int maxDigits) {
        String text = string();
        if (!isExactDecimal(text)) {
            throw error(label() + " must be an exact decimal in ASCII digits, such as \"0.8888888888888889\"", text);
        }
        BigDecimal value = number(text, maxDigits);
        checkSize(value, maxDigits);
        return value;
    }

    /** Whether a text is of the form -?[0-9]+(\.[0-9]+)?(E[+-]?[0-9]+)? (a scorecard has thousands: no regex). */
    private static boolean isExactDecimal(String text) {
        int at = text.startsWith("-") ? 1 : 0;
        int digits = digitsFrom(text, at);
        if (digits == 0) {
            return false;
        }
        at += digits;
        if (at < text.length() && text.charAt(at) == '.') {
            digits = digitsFrom(text, ++at);
            if (digits == 0) {
                return false;
            }
            at += digits;
        }
        if (at < text.length() && text.charAt(at) == 'E') {
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            digits = digitsFrom(text, at);
            if (digits == 0) {
                return false;
            }
            at += digits;
        }
        return at == text.length();
    }

    /** How many ASCII digits a text has from an index on. */
    private static int digitsFrom(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at - from;
    }

    /** A decimal from text of BigDecimal's grammar; an exponent beyond an int is an error, not a crash. */
    private BigDecimal number(String text, int maxDigits) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException overflow) {
            throw error("The number has more than " + maxDigits + " digits when written out", text);
        }
    }

    /** A number with an exponent is read as its plain value; one too large to write plainly is rejected. */
    private BigDecimal bounded(BigDecimal value, int maxDigits) {
        checkSize(value, maxDigits);
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private void checkSize(BigDecimal value, int maxDigits) {
        // In long: an exponent near Integer.MIN_VALUE makes precision - scale overflow an int (1E+2147483647).
        if (value.scale() > maxDigits || (long) value.precision() - value.scale() > maxDigits) {
            throw error("The number has more than " + maxDigits + " digits when written out", text());
        }
    }

    /**
     * This value as a weight.
     *
     * @return the weight
     * @throws InvalidInputException if it is not a number or is negative
     */
    public Weight weight() {
        BigDecimal value = decimal();
        return build(() -> Weight.of(value));
    }

    /**
     * This value as a weight of at most a given number of digits before and after the point: a scorecard's
     * total weight is a sum of a plan's.
     *
     * @param maxDigits the most digits
     * @return the weight
     * @throws InvalidInputException if it is not a number, is negative or is too long
     */
    public Weight weight(int maxDigits) {
        BigDecimal value = decimal(maxDigits);
        return build(() -> Weight.of(value));
    }

    /**
     * This value as a whole JSON number that fits an int.
     *
     * @return the number
     * @throws InvalidInputException if it is not one
     */
    public int integer() {
        if (this instanceof Scalar scalar && scalar.token == JsonToken.VALUE_NUMBER_INT) {
            try {
                return Integer.parseInt(scalar.text);
            } catch (NumberFormatException tooLarge) {
                throw error(label() + " is too large", scalar.text);
            }
        }
        throw wrongType("a whole number");
    }

    /**
     * This value as a boolean.
     *
     * @return the boolean
     * @throws InvalidInputException if it is not true or false
     */
    public boolean bool() {
        if (this instanceof Scalar scalar) {
            if (scalar.token == JsonToken.VALUE_TRUE) {
                return true;
            }
            if (scalar.token == JsonToken.VALUE_FALSE) {
                return false;
            }
        }
        throw wrongType("true or false");
    }

    /**
     * This value as an ISO-8601 date, "2024-01-15".
     *
     * @return the date
     * @throws InvalidInputException if it is not a string of that form, or the date does not exist
     */
    public LocalDate date() {
        String text = string();
        if (!isIsoDate(text)) {
            throw error("The date cannot be read: write it YYYY-MM-DD, like 2024-01-15", text);
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException noSuchDate) {
            throw error("The date does not exist", text);
        }
    }

    /** Whether the text is four ASCII digits, a hyphen, two digits, a hyphen and two digits. */
    private static boolean isIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /**
     * This value as the name of a constant of an enum, exactly as declared ("CITIZEN_CHARTER").
     *
     * @param <E> the enum
     * @param type the enum's class
     * @return the constant
     * @throws InvalidInputException if the value names no constant
     */
    public <E extends Enum<E>> E constant(Class<E> type) {
        String text = string();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException noSuchConstant) {
            // Told below, with the constants there are.
        }
        throw error(label() + " is not one of " + Lists.immutable.of(type.getEnumConstants()).makeString(", "),
                text);
    }

    /**
     * A JSON object: its members in the order written. The few members of a plan's objects are kept in two
     * arrays and found by a glance along them; an object of many (a host's map) is indexed by a hash map too.
     */
    static final class Obj extends Node {
        private static final int FEW = 16;

        private String[] names = new String[8];
        private Node[] values = new Node[8];
        private int size;
        private int next;
        /** One bit for each member's name, by its hash: a name whose bit is clear is surely absent. */
        private long filter;
        private Map<String, Node> index;

        Obj(Node parent, String name, int index, Origin origin, Object at, Object nameAt) {
            super(parent, name, index, origin, at, nameAt);
        }

        boolean has(String name) {
            return get(name) != null;
        }

        void add(String name, Node value) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            filter |= bit(name);
            size++;
            if (index != null) {
                index.put(name, value);
            } else if (size > FEW) {
                index = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    index.put(names[i], values[i]);
                }
            }
        }

        Node get(String name) {
            if (index != null) {
                return index.get(name);
            }
            if ((filter & bit(name)) == 0) {
                return null;
            }
            // Fields are mostly asked for in the order they are written: look on from the last one found, by
            // identity first (a parser interns names, and charter asks with literals), then by value.
            for (int n = 0, i = next; n < size; n++, i = i + 1 == size ? 0 : i + 1) {
                if (names[i] == name) {
                    next = i + 1 == size ? 0 : i + 1;
                    return values[i];
                }
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        private static long bit(String name) {
            int hash = name.hashCode();
            // One of 64 bits: an absent name (each member is first asked for as absent) rarely looks present.
            return 1L << (hash ^ hash >>> 16);
        }

        int size() {
            return size;
        }

        Node member(int i) {
            return values[i];
        }

        Map<String, Node> byName() {
            Map<String, Node> members = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                members.put(names[i], values[i]);
            }
            return members;
        }

        @Override
        String describe() {
            return "an object";
        }
    }

    /** A JSON array. */
    static final class Arr extends Node {
        private final MutableList<Node> items = Lists.mutable.empty();

        Arr(Node parent, String name, int index, Origin origin, Object at, Object nameAt) {
            super(parent, name, index, origin, at, nameAt);
        }

        void add(Node item) {
            items.add(item);
        }

        int size() {
            return items.size();
        }

        @Override
        String describe() {
            return "an array";
        }
    }

    /** A string, number, boolean or null, with its text as written. */
    static final class Scalar extends Node {
        private final JsonToken token;
        private final String text;

        Scalar(Node parent, String name, int index, Origin origin, Object at, Object nameAt,
                JsonToken token, String text) {
            super(parent, name, index, origin, at, nameAt);
            this.token = token;
            this.text = text;
        }

        @Override
        String describe() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> "null";
            };
        }

        @Override
        String text() {
            return text;
        }
    }

    /** An {@code "extensions"} object, kept as canonical JSON text rather than read into nodes. */
    static final class Raw extends Node {
        private final String json;

        Raw(Node parent, String name, int index, Origin origin, Object at, Object nameAt, String json) {
            super(parent, name, index, origin, at, nameAt);
            this.json = json;
        }

        /**
         * The object in canonical form; empty for {@code {}}.
         *
         * @return the JSON text
         */
        String json() {
            return json;
        }

        @Override
        String describe() {
            return "an object";
        }
    }
}
