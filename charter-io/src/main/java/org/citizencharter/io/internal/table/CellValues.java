package org.citizencharter.io.internal.table;

import java.math.BigDecimal;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Numerals;

/**
 * The one place a table's cell is read as a number (Bengali, ASCII or mixed digits, leading zeros, a
 * final "%", grouping commas, the scale as written), so that a change to what a number may look like is
 * made once. Not API; stateless.
 */
public final class CellValues {

    private CellValues() {
    }

    /**
     * Reads a number in a cell.
     *
     * @param cell the cell, not blank
     * @return the number, with the scale written
     * @throws InvalidInputException if the cell is not a number
     */
    public static BigDecimal number(String cell) {
        return Numerals.parseDecimal(cell);
    }
}
