package org.citizencharter.io.internal.json;

import java.util.List;
import java.util.function.Function;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Weight;

/**
 * charter's value types as a host's own objects may hold them, each written and read as the documents
 * write and read it: one description for the Jackson 2 and Jackson 3 modules, which register a value
 * serializer and deserializer for each. Immutable.
 */
public final class Values {

    /**
     * A value type and its JSON form: a string, or a number (read from a number or a string of digits).
     *
     * @param <T> the type
     * @param type the type
     * @param number whether it is written as a JSON number rather than a string
     * @param parse what reads the JSON text, throwing {@link org.citizencharter.core.InvalidInputException}
     * @param format what writes the value's JSON text
     */
    public record Value<T>(Class<T> type, boolean number, Function<String, T> parse, Function<T, String> format) {
    }

    /** The value types, in no particular order. */
    public static final List<Value<?>> ALL = List.of(
            new Value<>(FiscalYear.class, false, FiscalYear::parse, FiscalYear::toString),
            new Value<>(Quarter.class, false, Quarter::parse, Quarter::name),
            new Value<>(OfficeId.class, false, OfficeId::of, OfficeId::value),
            new Value<>(AreaCode.class, false, AreaCode::parse, AreaCode::toString),
            new Value<>(ActivityCode.class, false, ActivityCode::parse, ActivityCode::toString),
            new Value<>(IndicatorCode.class, false, IndicatorCode::parse, IndicatorCode::toString),
            new Value<>(Weight.class, true, Weight::parse, weight -> Write.plain(weight.value())));

    private Values() {
    }
}
