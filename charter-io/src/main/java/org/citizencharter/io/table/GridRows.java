package org.citizencharter.io.table;

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

    /** The grid of rows split from text, where no cell is merged. */
    static Grid grid(RawTable table) {
        ImmutableList<Grid.Row> rows = table.rows().collect(
                row -> new Grid.Row(row.line(), row.cells().collect(Grid.Cell::of)));
        return new Grid(table.source(), rows, table.documentText());
    }
}
