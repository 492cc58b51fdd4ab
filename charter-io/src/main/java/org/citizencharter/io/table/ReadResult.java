package org.citizencharter.io.table;

import static java.util.Objects.requireNonNull;

import org.citizencharter.core.ActionPlan;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * What a reading of a table gives: the plan, and the notes that say how the table was understood
 * (domain.md §5). Immutable.
 *
 * @param plan the plan, as of the quarter the reading took
 * @param notes the notes, in the order of the table: the columns first, then the rows
 */
public record ReadResult(ActionPlan plan, ImmutableList<TableNote> notes) {

    /**
     * Checks the parts.
     *
     * @param plan the plan
     * @param notes the notes
     */
    public ReadResult {
        requireNonNull(plan, "plan");
        requireNonNull(notes, "notes");
    }
}
