package org.citizencharter.core;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;

/**
 * A message in Bengali and English, as two ICU {@code MessageFormat} patterns with named arguments
 * ({@code "The weight ({areaWeight}) of area {area} ..."}).
 *
 * <p>Arguments are typed values, each written the way its language writes it: numbers
 * ({@link BigDecimal}, {@link Integer}, {@link Long}) and {@link Weight weights} in the language's
 * digits, {@link LocalDate dates} DD-MM-YYYY, {@link Code codes} as "[১.২.১]" or "[1.2.1]",
 * {@link Quarter quarters} as "৩য় ত্রৈমাসিক" or "Q3", {@link FiscalYear fiscal years},
 * {@link ReportingPeriod periods}, {@link Value values}, {@link CalculationMethod methods} by their
 * names in the language, other enum constants by name, {@link BilingualText texts} in the language,
 * {@link Iterable lists} of any of these joined by " / ", and {@link OfficeId office ids} and
 * {@link String strings} as they are. The
 * catalogue's messages are templates of this kind, and rule authors can write their own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param bn the Bengali pattern
 * @param en the English pattern
 */
public record MessageTemplate(String bn, String en) {

    private static final ULocale BENGALI = new ULocale("bn@numbers=beng");

    /**
     * Checks that both patterns are valid ICU message patterns.
     *
     * @param bn the Bengali pattern
     * @param en the English pattern
     */
    public MessageTemplate {
        requireNonNull(bn, "bn");
        requireNonNull(en, "en");
        check(bn);
        check(en);
    }

    private static void check(String pattern) {
        try {
            new MessageFormat(pattern, ULocale.ENGLISH);
        } catch (IllegalArgumentException bad) {
            throw InvalidInputException.of("The message pattern cannot be read: " + bad.getMessage(), pattern)
                    .withCause(bad);
        }
    }

    /**
     * A template of two patterns.
     *
     * @param bn the Bengali pattern
     * @param en the English pattern
     * @return the template
     */
    public static MessageTemplate of(String bn, String en) {
        return new MessageTemplate(bn, en);
    }

    /**
     * Writes the message in both languages.
     *
     * @param arguments the named arguments (see the class description for the types)
     * @return the message
     * @throws IllegalArgumentException if an argument is of a type this class does not write
     */
    public BilingualText format(Map<String, ?> arguments) {
        return BilingualText.of(format(bn, BENGALI, arguments, Language.BN),
                format(en, ULocale.ENGLISH, arguments, Language.EN));
    }

    private static String format(String pattern, ULocale locale, Map<String, ?> arguments, Language language) {
        MutableMap<String, Object> shown = Maps.mutable.empty();
        arguments.forEach((name, value) -> shown.put(name, display(value, language)));
        return parsed(pattern, locale).format(shown);
    }

    /**
     * A parsed pattern: parsing is far dearer than formatting, and templates are few, so each is parsed
     * once per thread (ICU's MessageFormat is not safe to share between threads).
     */
    private static MessageFormat parsed(String pattern, ULocale locale) {
        java.util.Map<String, MessageFormat> cache = locale == BENGALI ? BENGALI_FORMATS.get() : ENGLISH_FORMATS.get();
        MessageFormat format = cache.get(pattern);
        if (format == null) {
            format = new MessageFormat(pattern, locale);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(pattern, format);
            }
        }
        return format;
    }

    private static final int CACHE_LIMIT = 512;
    private static final ThreadLocal<java.util.Map<String, MessageFormat>> BENGALI_FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);
    private static final ThreadLocal<java.util.Map<String, MessageFormat>> ENGLISH_FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /**
     * Writes one argument the way a message in a language shows it.
     *
     * @param value the argument
     * @param language the language
     * @return the text
     * @throws IllegalArgumentException if the type is not one this class writes
     */
    public static String display(Object value, Language language) {
        if (value instanceof BigDecimal number) {
            return Numerals.format(number, language);
        } else if (value instanceof Integer || value instanceof Long) {
            return Numerals.format(((Number) value).longValue(), language);
        } else if (value instanceof Weight weight) {
            return weight.format(language);
        } else if (value instanceof LocalDate date) {
            return DateText.format(date, language);
        } else if (value instanceof Code code) {
            return code.format(language);
        } else if (value instanceof Quarter quarter) {
            return quarter.label(language);
        } else if (value instanceof FiscalYear year) {
            return year.format(language);
        } else if (value instanceof ReportingPeriod period) {
            return period.format(language);
        } else if (value instanceof Value reported) {
            return reported.format(language);
        } else if (value instanceof CalculationMethod method) {
            return method.label().in(language);
        } else if (value instanceof BilingualText text) {
            return text.in(language);
        } else if (value instanceof Iterable<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                joined.append(joined.isEmpty() ? "" : " / ").append(display(element, language));
            }
            return joined.toString();
        } else if (value instanceof Enum<?> || value instanceof OfficeId || value instanceof String) {
            return value.toString();
        }
        throw unsupported(value);
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("A message argument cannot be of type "
                + (value == null ? "null" : value.getClass().getName()));
    }

    private static boolean isSupported(Object value) {
        if (value instanceof Iterable<?> list) {
            for (Object element : list) {
                if (!isSupported(element)) {
                    return false;
                }
            }
            return true;
        }
        return value instanceof BilingualText || value instanceof BigDecimal || value instanceof Integer || value instanceof Long
                || value instanceof Weight || value instanceof LocalDate || value instanceof Code
                || value instanceof FiscalYear || value instanceof ReportingPeriod || value instanceof Value
                || value instanceof Enum<?> || value instanceof OfficeId || value instanceof String;
    }

    private static String canonical(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        } else if (value instanceof BilingualText text) {
            return text.in(Language.EN);
        } else if (value instanceof Iterable<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                joined.append(joined.isEmpty() ? "" : " / ").append(canonical(element));
            }
            return joined.toString();
        }
        return value.toString();
    }

    /**
     * Writes arguments in the canonical form a finding keeps them in: numbers in plain ASCII, dates and
     * values in ISO form, codes "1.2.1", quarters "Q3", texts in English (or Bengali if there is no English),
     * lists joined by " / ".
     *
     * @param arguments the named arguments
     * @return the canonical strings, by name
     */
    public static ImmutableMap<String, String> canonical(Map<String, ?> arguments) {
        MutableMap<String, String> result = Maps.mutable.empty();
        arguments.forEach((name, value) -> {
            if (!isSupported(value)) {
                throw unsupported(value);
            }
            result.put(name, canonical(value));
        });
        return result.toImmutable();
    }
}
