package org.citizencharter.io.internal.json;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;

/**
 * The shapes of charter's documents as plain records, which Jackson 2 and Jackson 3 alike bind by their
 * canonical constructors: one description of each document for both lines. A component is null when the
 * field is absent or null; every value is of a type for which charter registers its own (de)serializer,
 * so nothing is coerced (no number read as a string, no double). What a document means, and what is
 * missing from it, is told by {@link HierarchyJson} and the other conversions, with the {@link Places}
 * the reading noted. Immutable.
 */
public final class Shapes {

    private Shapes() {
    }

    /**
     * The office hierarchy document.
     *
     * @param schemaVersion the version of the document
     * @param offices the offices
     * @param extensions the host's data
     */
    public record Hierarchy(JsonNumber schemaVersion, Office[] offices, Extensions extensions) {
    }

    /**
     * An office, as every document writes it.
     *
     * @param id the office's id
     * @param name its name
     * @param level its level
     * @param parent the office it answers to
     * @param extensions the host's data
     */
    public record Office(OfficeId id, BilingualText name, OfficeLevel level, OfficeId parent, Extensions extensions) {
    }

    /**
     * What a message calls an object of a shape.
     *
     * @param shape the record's class
     * @return the description, as in "The field is not part of an office"
     */
    public static String describe(Class<?> shape) {
        if (shape == Hierarchy.class) {
            return "an office hierarchy document";
        } else if (shape == Office.class) {
            return "an office";
        }
        return "the document";
    }

    private static final ClassValue<List<String>> FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> shape) {
            return Arrays.stream(shape.getRecordComponents()).map(RecordComponent::getName).toList();
        }
    };

    /**
     * The fields an object of a shape may have, in the order the document writes them.
     *
     * @param shape the record's class
     * @return the names of its components
     */
    public static List<String> fields(Class<?> shape) {
        return FIELDS.get(shape);
    }

    /**
     * Whether a class is one of the shapes.
     *
     * @param type the class
     * @return true for a shape
     */
    public static boolean isShape(Class<?> type) {
        return type.getEnclosingClass() == Shapes.class && type.isRecord();
    }
}
