package org.citizencharter.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Indicator;

/**
 * Text and host data as hostile as legitimate input gets, for the properties that nothing is lost:
 * Bengali conjuncts and joiners, both spellings of "য়", NFD, quotes, tabs, line breaks, commas, pipes,
 * backslashes, text that reads like {@code <br>}, Excel's digit groups, a character beyond U+FFFF,
 * control characters; and extensions of nested arrays and objects with numbers such as {@code 1e400}.
 */
public final class HostileText {

    private static final String[] PIECES = {
        "র\u200D\u09CD\u09AFাব", "কর্ম\u200Cসম্পাদন", "কার্যক্রম", "ব্যবস্থা", "কো\u09DFার্টার", "কো\u09AF\u09BCার্টার",
        Normalizer.normalize("পৌঁছেছে", Normalizer.Form.NFD), "\"উদ্ধৃতি\"", "\t", "\n", ",", "|", "\\", "\\|", "<br>",
        "<BR/>", "\\<", "-", "%", "[১.১]", "১২,৩৪,৫৬৭", "\uD83D\uDE00", "\u0001", "\uFEFF", "  ", "e-Nothi", "'",
        "&amp;", "\u00A0", "স্মারক নং ৪৫", "Completed as planned",
    };
    private static final JsonFactory CANONICAL = new JsonFactory();

    private HostileText() {
    }

    /**
     * A text of one to six pieces, with no white space at its ends (a table cell has none).
     *
     * @param random the random generator
     * @param carriageReturns whether it may hold a carriage return (Markdown cannot keep one)
     * @return the text, never blank
     */
    public static String text(RandomGenerator random, boolean carriageReturns) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(1, 7);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (carriageReturns && random.nextInt(8) == 0) {
                text.append(random.nextBoolean() ? "\r\n" : "\r");
            }
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? "ক" : stripped;
    }

    /**
     * A host's extensions object in charter's canonical form: nested objects and arrays, strings of
     * hostile text, numbers as hosts write them ({@code 1e400}, {@code -0}, {@code 1.50}), booleans, null.
     *
     * @param random the random generator
     * @return the extensions
     */
    public static Extensions extensions(RandomGenerator random) {
        StringWriter json = new StringWriter();
        try (JsonGenerator out = CANONICAL.createGenerator(json)) {
            object(random, out, 0);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Extensions.of(json.toString());
    }

    private static void object(RandomGenerator random, JsonGenerator out, int depth) throws IOException {
        out.writeStartObject();
        int members = random.nextInt(1, 4);
        for (int i = 0; i < members; i++) {
            out.writeFieldName("k" + i + (random.nextBoolean() ? text(random, true) : ""));
            value(random, out, depth + 1);
        }
        out.writeEndObject();
    }

    private static void value(RandomGenerator random, JsonGenerator out, int depth) throws IOException {
        switch (depth > 4 ? random.nextInt(2, 6) : random.nextInt(6)) {
            case 0 -> object(random, out, depth);
            case 1 -> {
                out.writeStartArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    value(random, out, depth + 1);
                }
                out.writeEndArray();
            }
            case 2 -> out.writeString(text(random, true));
            case 3 -> out.writeNumber(new String[] {"1e400", "-0", "1.50", "0.000", "-1E-9", "12345678901234567890"}
                    [random.nextInt(6)]);
            case 4 -> out.writeBoolean(random.nextBoolean());
            default -> out.writeNull();
        }
    }

    /** What {@link #decorate} changes. */
    public enum Part {
        /** The names of areas, activities and indicators (hostile text after the name as it was). */
        NAMES,
        /** The evidence and remarks of every indicator, which then always has both. */
        EVIDENCE_AND_REMARKS,
        /** Extensions on the plan and on every area, activity and indicator. */
        EXTENSIONS,
        /** Carriage returns in the texts (Markdown cannot keep one). */
        CARRIAGE_RETURNS
    }

    /**
     * The plan with hostile text and extensions where asked.
     *
     * @param plan the plan
     * @param random the random generator
     * @param parts what to change
     * @return the plan
     */
    public static ActionPlan decorate(ActionPlan plan, RandomGenerator random, Set<Part> parts) {
        boolean cr = parts.contains(Part.CARRIAGE_RETURNS);
        boolean names = parts.contains(Part.NAMES);
        boolean extensions = parts.contains(Part.EXTENSIONS);
        ActionPlan decorated = plan.withAreas(plan.areas().collect(area -> new Area(area.code(),
                names ? name(area.name(), random, cr) : area.name(), area.weight(), area.activities().collect(
                        activity -> new Activity(activity.code(), names ? name(activity.name(), random, cr)
                                : activity.name(), activity.indicators().collect(indicator -> indicator(indicator,
                                        random, parts)), extensions ? extensions(random) : activity.extensions())),
                extensions ? extensions(random) : area.extensions())));
        return extensions ? decorated.withExtensions(extensions(random)) : decorated;
    }

    private static Indicator indicator(Indicator indicator, RandomGenerator random, Set<Part> parts) {
        boolean cr = parts.contains(Part.CARRIAGE_RETURNS);
        Indicator.Builder changed = indicator.toBuilder();
        if (parts.contains(Part.NAMES)) {
            changed.name(name(indicator.name(), random, cr));
        }
        if (parts.contains(Part.EVIDENCE_AND_REMARKS)) {
            changed.reported(indicator.reported().withEvidence(text(random, cr)).withRemarks(text(random, cr)));
        }
        if (parts.contains(Part.EXTENSIONS)) {
            changed.extensions(extensions(random));
        }
        return changed.build();
    }

    /** The name with hostile text after it, so that a Bengali name keeps its Bengali letters. */
    private static BilingualText name(BilingualText name, RandomGenerator random, boolean carriageReturns) {
        return BilingualText.of(inside(name.bn(), random, carriageReturns), inside(name.en(), random, carriageReturns));
    }

    private static String inside(String name, RandomGenerator random, boolean carriageReturns) {
        return name.isEmpty() ? name : name + " " + text(random, carriageReturns);
    }
}
