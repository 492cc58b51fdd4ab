package org.citizencharter.io.table;

import java.util.HashMap;
import java.util.Map;
import org.citizencharter.io.internal.table.RawRow;
import org.citizencharter.io.internal.table.RawTable;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.factory.Lists;

/**
 * Between the public {@link Grid} and the rows the reader works on: a position covered by a merged cell
 * is blank, as a table copied out as text writes it (a group header over its sub-columns, an area cell
 * beside its indicators), and a blank row is left out. Stateless.
 */
final class GridRows {

    /** The longest text whose cell is shared, and how many are at most: as the splitting shares texts. */
    private static final int SHORT = 16;
    private static final int MAX_SHARED = 1 << 16;

    private GridRows() {
    }

    /** The rows of a grid, as the reader works on them. */
    static RawTable rows(Grid grid) {
        MutableList<RawRow> rows = Lists.mutable.withInitialCapacity(grid.rows().size());
        for (Grid.Row row : grid.rows()) {
            ImmutableList<String> cells = row.cells().collect(
                    cell -> cell.merge() == Grid.Merge.NONE ? cell.text().strip() : "");
            RawRow raw = new RawRow(row.number(), cells);
            if (!raw.isBlank()) {
                rows.add(raw);
            }
        }
        return new RawTable(grid.source(), rows.toImmutable(), grid.documentText());
    }

    /**
     * The rows split from text as {@link #rows(Grid)} gives them from their {@link #grid(RawTable) grid}: the
     * same table where no row is blank (the splitting leaves blank rows out, but for a Markdown header).
     */
    static RawTable withoutBlankRows(RawTable table) {
        if (!table.rows().anySatisfy(RawRow::isBlank)) {
            return table;
        }
        return new RawTable(table.source(), table.rows().reject(RawRow::isBlank), table.documentText());
    }

    /**
     * The grid of rows split from text, where no cell is merged. A short text that repeats ("-", "১", "সংখ্যা")
     * gets one cell, shared, as the splitting shares its text: a table of 300,000 rows has millions of
     * positions but few distinct short cells, and the grid is held while the plan is assembled.
     */
    static Grid grid(RawTable table) {
        Map<String, Grid.Cell> shared = new HashMap<>();
        ImmutableList<Grid.Row> rows = table.rows().collect(row -> new Grid.Row(row.line(),
                row.cells().collect(text -> cell(text, shared))));
        return new Grid(table.source(), rows, table.documentText());
    }

    /** The shared cell of a short text; once the map is full, the texts already in it are still shared. */
    private static Grid.Cell cell(String text, Map<String, Grid.Cell> shared) {
        if (text.length() > SHORT) {
            return Grid.Cell.of(text);
        }
        Grid.Cell known = shared.get(text);
        if (known != null) {
            return known;
        }
        Grid.Cell made = Grid.Cell.of(text);
        if (shared.size() < MAX_SHARED) {
            shared.put(text, made);
        }
        return made;
    }
}
