package org.citizencharter.io.internal.table;

import java.util.Optional;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Language;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;

/**
 * The unit cell, written so that it reads back as it was: the label as the office wrote it, then, in
 * brackets, the method when it is not the unit's default, and the unit's kind first when the label alone
 * would read as another kind, with the method after it ("সংখ্যা (%)" of a number summed is written
 * "সংখ্যা (%) [সংখ্যা, সমষ্টি]", where it was read back as a percent). Not API; stateless.
 */
public final class UnitCell {

    private UnitCell() {
    }

    /** A unit cell as read: the label, and what its brackets said. */
    public record Read(String label, Optional<UnitKind> kind, Optional<String> method) {

        /**
         * The unit: the kind the brackets name, else the kind the label names.
         *
         * @return the unit, with the label as written
         */
        public Unit unit() {
            return kind.map(k -> Unit.of(k, label)).orElseGet(() -> Unit.parse(label));
        }
    }

    /**
     * Splits a unit cell into its label and the brackets at its end.
     *
     * @param cell the cell
     * @return the label, the kind if the brackets name one, the method's text if they hold one
     */
    public static Read read(String cell) {
        if (!cell.endsWith("]") || cell.lastIndexOf('[') < 0) {
            return new Read(cell, Optional.empty(), Optional.empty());
        }
        int open = cell.lastIndexOf('[');
        String label = cell.substring(0, open).strip();
        String inside = cell.substring(open + 1, cell.length() - 1);
        int comma = inside.indexOf(',');
        if (comma >= 0) {
            return new Read(label, Optional.of(Unit.parse(inside.substring(0, comma).strip()).kind()),
                    Optional.of(inside.substring(comma + 1).strip()));
        }
        Optional<UnitKind> kind = kindWord(inside.strip());
        return kind.isPresent() ? new Read(label, kind, Optional.empty()) : new Read(label, Optional.empty(),
                Optional.of(inside));
    }

    /**
     * Writes a unit cell.
     *
     * @param unit the unit
     * @param method the indicator's method
     * @param language the language of the words in brackets
     * @param label the label to write (the unit's, or a default for a blank one)
     * @return the cell
     */
    public static String write(Unit unit, CalculationMethod method, Language language, String label) {
        String methodLabel = method.label().in(language);
        if (Unit.parse(label).kind() != unit.kind()) {
            // Kind and method both, so that "তারিখ" (a kind, and the method DATE's name) is never ambiguous.
            return label + " [" + word(unit.kind(), language) + ", " + methodLabel + "]";
        }
        boolean methodNeeded = method != CalculationMethod.defaultFor(unit.kind()) || label.contains("[")
                || namesAMethod(label);
        return methodNeeded ? label + " [" + methodLabel + "]" : label;
    }

    /**
     * Whether a label alone would be read as naming a method ("সংখ্যা (গড়)", "ক্রমপুঞ্জিভূত সংখ্যা"), so that the
     * method must follow it in brackets even where it is the unit's default.
     */
    private static boolean namesAMethod(String label) {
        int open = label.lastIndexOf('(');
        return PlanAssembler.namesCumulative(label) || open >= 0 && label.endsWith(")")
                && PlanAssembler.methodNamed(label.substring(open + 1, label.length() - 1)).isPresent();
    }

    /** The word of a unit kind alone in brackets: "সংখ্যা" or "number", "%", "তারিখ" or "date". */
    private static Optional<UnitKind> kindWord(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "সংখ্যা", "number" -> Optional.of(UnitKind.NUMBER);
            case "%", "percent" -> Optional.of(UnitKind.PERCENT);
            default -> Optional.empty();
        };
    }

    private static String word(UnitKind kind, Language language) {
        return switch (kind) {
            case NUMBER -> language == Language.BN ? "সংখ্যা" : "number";
            case PERCENT -> "%";
            case DATE -> language == Language.BN ? "তারিখ" : "date";
        };
    }
}
