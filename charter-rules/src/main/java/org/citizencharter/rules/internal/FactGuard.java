package org.citizencharter.rules.internal;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Counts the facts the rules insert while one plan is scored and stops them past a limit: a rule that
 * inserts in a loop that does not end, inside one firing, is not stopped by the firing limit and would
 * fill the heap. Past the limit the insert throws {@link LimitReached}, which ends the rule's firing.
 * Not thread-safe: one per session. Not API.
 */
public final class FactGuard implements RuleRuntimeEventListener {

    private final int limit;
    private int inserted;

    /**
     * A guard for one session.
     *
     * @param limit the most facts the rules may insert
     */
    public FactGuard(int limit) {
        this.limit = limit;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (++inserted > limit) {
            Rule rule = event.getRule();
            throw new LimitReached(limit, rule == null ? null : rule.getName());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Updates do not add facts.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Counted as inserted all the same: the limit bounds the work, not only the memory.
    }

    /** Thrown by an insert past the limit; the engine turns it into a {@code RuleExecutionException}. */
    public static final class LimitReached extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int limit;
        private final String rule;

        LimitReached(int limit, String rule) {
            super("More than " + limit + " facts inserted", null, false, false);
            this.limit = limit;
            this.rule = rule;
        }

        /**
         * The limit that was passed.
         *
         * @return the limit
         */
        public int limit() {
            return limit;
        }

        /**
         * The rule whose insert passed the limit.
         *
         * @return its name, or null if not known
         */
        public String rule() {
            return rule;
        }
    }
}
