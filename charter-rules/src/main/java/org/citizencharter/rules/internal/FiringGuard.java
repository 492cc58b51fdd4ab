package org.citizencharter.rules.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Counts rule firings while one plan is scored, so that a rule that loops can be named when the
 * engine's limit stops it. Not thread-safe: one per session. Not API.
 */
public final class FiringGuard implements AgendaFilter {

    private final Map<String, int[]> counts = new HashMap<>();

    @Override
    public boolean accept(Match match) {
        counts.computeIfAbsent(match.getRule().getName(), name -> new int[1])[0]++;
        return true;
    }

    /**
     * The rule that fired most often.
     *
     * @return its name and count, such as {@code "Loop" (9,999 times)}
     */
    public String busiest() {
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a[0], b[0])))
                .map(entry -> "\"" + entry.getKey() + "\" (" + String.format(Locale.ROOT, "%,d", entry.getValue()[0]) + " times)")
                .orElse("none");
    }

    /**
     * The name of the rule that fired most often.
     *
     * @return the name, or null if none fired
     */
    public String busiestRule() {
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a[0], b[0])))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
