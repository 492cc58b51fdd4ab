package org.citizencharter.io.internal.json;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.InvalidInputException;

/**
 * The fields of one JSON object of a known kind: checked on creation for fields the kind does not have,
 * then read by name. Not thread-safe.
 */
public final class Fields {

    private static final String EXTENSIONS = "extensions";

    private final Node.Obj object;
    private final String what;

    Fields(Node.Obj object, String what, String[] allowed) {
        this.object = object;
        this.what = what;
        for (int i = 0; i < object.size(); i++) {
            Node member = object.member(i);
            if (!isAllowed(member.name(), allowed)) {
                throw member.nameError("The field is not part of " + what, hint(member.name(), List.of(allowed)));
            }
        }
    }

    /** Whether a name is allowed: by identity first, as the parser interns names and the allowed are literals. */
    private static boolean isAllowed(String name, String[] allowed) {
        for (String candidate : allowed) {
            if (candidate == name) {
                return true;
            }
        }
        for (String candidate : allowed) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A field that must be present and not null.
     *
     * @param name the field's name
     * @return its value
     * @throws InvalidInputException if it is missing or null
     */
    public Node required(String name) {
        Node value = present(name);
        if (value.isNull()) {
            throw value.error(value.label() + " must not be null", "null");
        }
        return value;
    }

    /**
     * A field that must be present but may be null (as the scorecard writes an absent value).
     *
     * @param name the field's name
     * @return its value, empty if null
     * @throws InvalidInputException if it is missing
     */
    public Optional<Node> nullable(String name) {
        Node value = present(name);
        return value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /**
     * A field that may be left out; null means the same as left out.
     *
     * @param name the field's name
     * @return its value, empty if absent or null
     */
    public Optional<Node> optional(String name) {
        Node value = object.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /**
     * A field that may be left out, read if present; null means the same as left out.
     *
     * @param <T> the type read
     * @param name the field's name
     * @param read what reads the value
     * @param absent the value when the field is absent or null
     * @return the value read, or {@code absent}
     */
    public <T> T optional(String name, Function<Node, T> read, T absent) {
        Node value = object.get(name);
        return value == null || value.isNull() ? absent : read.apply(value);
    }

    /**
     * A text field that may be left out, meaning empty.
     *
     * @param name the field's name
     * @return the text, or "" if absent or null
     */
    public String text(String name) {
        return optional(name).map(Node::string).orElse("");
    }

    /**
     * The {@code "extensions"} of the object, kept as canonical JSON text.
     *
     * @return the extensions, {@link Extensions#NONE} when absent, null or empty
     * @throws InvalidInputException if the field is not an object
     */
    public Extensions extensions() {
        Optional<Node> value = optional(EXTENSIONS);
        if (value.isEmpty()) {
            return Extensions.NONE;
        }
        if (value.get() instanceof Node.Raw raw) {
            return Extensions.of(raw.json());
        }
        throw value.get().error("The field \"extensions\" must be an object, not " + value.get().describe(),
                value.get().text());
    }

    /**
     * The object itself, for errors about it as a whole.
     *
     * @return the node
     */
    public Node node() {
        return object;
    }

    private Node present(String name) {
        Node value = object.get(name);
        if (value == null) {
            throw object.error(capitalised(what) + " has no \"" + name + "\"", null)
                    .withHint("Add the field \"" + name + "\"");
        }
        return value;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A hint for an unknown field: the allowed name it most resembles, or where host data goes. */
    private static String hint(String unknown, List<String> allowed) {
        String key = unknown.toLowerCase(Locale.ROOT);
        for (String name : allowed) {
            if (name.toLowerCase(Locale.ROOT).equals(key) || distance(name.toLowerCase(Locale.ROOT), key) <= 2) {
                return "You meant \"" + name + "\"";
            }
        }
        String known = "The fields are " + String.join(", ", allowed);
        return allowed.contains(EXTENSIONS) ? "Put the host's own data under \"extensions\". " + known : known;
    }

    /** The Levenshtein distance of two short texts. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
