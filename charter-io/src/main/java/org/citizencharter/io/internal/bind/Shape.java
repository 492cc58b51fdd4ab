package org.citizencharter.io.internal.bind;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.InvalidInputException;

/**
 * An object of a known kind in a document, bound by databind to the public fields of a subclass, one a
 * member. What databind leaves to charter is kept here as it binds: which members were seen (a member
 * written twice is refused at the second), and where a member was {@code null} where an object or array
 * belongs (so that "must not be null" is told at the null). Not thread-safe.
 */
public abstract class Shape extends Located {

    // What a member this kind of object does not have can show: a document of another kind given where this
    // one belongs (a plan's "activities" in a scorecard's area), by its members at the root and in an area.
    private static final String PLAN = "a plan";
    private static final String SCORECARD = "a scorecard";
    private static final String HIERARCHY = "an office hierarchy";
    private static final String POLICY = "a scoring policy";
    private static final Map<String, String> ROOT_MARKS = marks(Map.of(
            PLAN, List.of("declaredTotal"),
            SCORECARD, List.of("policy", "totalWeight", "totalScore", "percentOfTotal", "indicators", "findings",
                    "exact"),
            "a plan or a scorecard", List.of("office", "fiscalYear", "kind", "asOf", "areas"),
            HIERARCHY, List.of("offices"),
            POLICY, List.of("id", "version", "fiscalYears", "severities", "tolerance", "conventionalTotals",
                    "missingQuarterCountsZero", "roundingScale", "divisionPrecision")));
    private static final Map<String, String> AREA_MARKS = marks(Map.of(
            PLAN, List.of("activities"),
            SCORECARD, List.of("score", "exact")));
    /** The kind of document each object that can show another kind is read in. */
    private static final Map<Class<?>, String> DOCUMENTS = Map.of(PlanShape.class, PLAN, AreaShape.class, PLAN,
            ScorecardShape.class, SCORECARD, AreaResultShape.class, SCORECARD, HierarchyShape.class, HIERARCHY,
            PolicyShape.class, POLICY);

    private long seen;
    private Map<String, Scalar> nulls;
    private String base = "";

    /**
     * What kind of object this is, for messages: "an office".
     *
     * @return the description
     */
    public abstract String what();

    /**
     * The names of its members, in the order the documents write them, for hints.
     *
     * @return the names
     */
    public abstract List<String> names();

    /**
     * A new, empty shape of this kind, for databind to bind a document's object to.
     *
     * @return the shape
     */
    public abstract Shape fresh();

    @Override
    final String describe() {
        return "an object";
    }

    /**
     * Says what the pointer of this shape begins with, when it is a document: "/3" for the fourth of an
     * array of documents, "/plan" for one inside a host's own object.
     *
     * @param pointer the pointer of the document
     */
    public final void placeBase(String pointer) {
        this.base = pointer;
    }

    /**
     * What the pointer of this shape begins with, when it is a document.
     *
     * @return the pointer, "" unless set
     */
    final String base() {
        return base;
    }

    /**
     * Records that a member was read.
     *
     * @param bit the member's bit, one of 64
     * @return whether it was read for the first time
     */
    public final boolean firstTime(long bit) {
        boolean first = (seen & bit) == 0;
        seen |= bit;
        return first;
    }

    /**
     * Records a member written as {@code null} where an object or array belongs.
     *
     * @param name the member's name
     * @param value the null, placed where it stood
     */
    public final void nullFor(String name, Scalar value) {
        if (nulls == null) {
            nulls = new HashMap<>();
        }
        value.placeIn(this, name);
        nulls.put(name, value);
    }

    /**
     * A member that must be present and not null.
     *
     * @param <T> the type of the member
     * @param value the member's value as bound, null if absent or null
     * @param name the member's name
     * @return the value
     * @throws InvalidInputException if it is absent or null
     */
    public final <T extends Located> T required(T value, String name) {
        if (value instanceof Scalar scalar && scalar.isNull()) {
            throw scalar.error(scalar.label() + " must not be null", "null");
        }
        if (value != null) {
            return value;
        }
        throw absent(name);
    }

    /**
     * An array member that must be present and not null.
     *
     * @param <T> the type of the elements
     * @param value the member's value as bound, null if absent or null
     * @param name the member's name
     * @return the value
     * @throws InvalidInputException if it is absent or null
     */
    public final <T extends Located> Items<T> required(Items<T> value, String name) {
        if (value != null) {
            return value;
        }
        throw absent(name);
    }

    private InvalidInputException absent(String name) {
        Scalar written = nulls == null ? null : nulls.get(name);
        if (written != null) {
            return written.error(written.label() + " must not be null", "null");
        }
        return error(capitalised(what()) + " has no \"" + name + "\"", null).withHint("Add the field \"" + name + "\"");
    }

    /**
     * A member as written, {@code null} included: its value as bound, or the null recorded for it.
     *
     * @param value the member's value as bound
     * @param name the member's name
     * @return the value, or null if the member is absent
     */
    public final Located written(Located value, String name) {
        return value != null ? value : nulls == null ? null : nulls.get(name);
    }

    /**
     * Checks the document's schema version.
     *
     * @param version the member {@code "schemaVersion"} as bound
     * @param expected the version this charter reads
     * @throws InvalidInputException if it is absent, or another version
     */
    public final void checkVersion(Scalar version, int expected) {
        Scalar given = required(version, "schemaVersion");
        if (given.integer() != expected) {
            throw given.error("The schema version is not one this charter reads (" + expected + ")", given.text())
                    .withHint("Read it with a charter that knows its version");
        }
    }

    /**
     * A scalar member that may be left out; {@code null} means the same as left out.
     *
     * @param value the member's value as bound
     * @return the value, or null if absent or null
     */
    public static Scalar optional(Scalar value) {
        return value == null || value.isNull() ? null : value;
    }

    /**
     * A text member that may be left out, meaning empty.
     *
     * @param value the member's value as bound
     * @return the text, or "" if absent or null
     */
    public static String text(Scalar value) {
        Scalar present = optional(value);
        return present == null ? "" : present.string();
    }

    /**
     * The host's extensions of this object.
     *
     * @param value the member {@code "extensions"} as bound
     * @return the extensions, {@link Extensions#NONE} when absent, null or empty
     */
    public static Extensions extensions(Extension value) {
        return value == null ? Extensions.NONE : value.extensions();
    }

    /**
     * The error for a member the kind of object does not have, at its value (databind tells where the value
     * of a member begins, not its name).
     *
     * @param what what kind of object it is
     * @param names the names it has
     * @param name the unknown name
     * @return the exception, without pointer or place
     */
    public static InvalidInputException unknown(String what, List<String> names, String name) {
        return InvalidInputException.of("The field is not part of " + what, name).withHint(hint(name, names));
    }

    /**
     * The error for a member this kind of object does not have; where the member belongs to another kind of
     * document (a plan's {@code "activities"} in a scorecard's area), the hint says which.
     *
     * @param name the unknown name
     * @return the exception, without pointer or place
     */
    public final InvalidInputException unknown(String name) {
        InvalidInputException error = unknown(what(), names(), name);
        String expected = DOCUMENTS.get(getClass());
        boolean area = getClass() == AreaShape.class || getClass() == AreaResultShape.class;
        String other = expected == null ? null : (area ? AREA_MARKS : ROOT_MARKS).get(name);
        if (other == null) {
            return error;
        }
        return error.withHint(other.equals(PLAN) && expected.equals(SCORECARD)
                ? "Score the plan first, and give its scorecard: the document looks like a plan"
                : "Give " + expected + " here: the document looks like " + other);
    }

    private static Map<String, String> marks(Map<String, List<String>> namesByKind) {
        Map<String, String> kindByName = new HashMap<>();
        namesByKind.forEach((kind, names) -> names.forEach(name -> kindByName.put(name, kind)));
        return Map.copyOf(kindByName);
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
        return allowed.contains("extensions") ? "Put the host's own data under \"extensions\". " + known : known;
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
