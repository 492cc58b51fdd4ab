package org.citizencharter.office;

/**
 * How much of an office file charter reads before it refuses it: the file's bytes, the bytes its zip
 * entries or a PDF's streams inflate to and by how much each zip entry may inflate (against zip bombs), and
 * the rows and cells of the table. A file beyond a limit is an
 * {@link org.citizencharter.core.InvalidInputException} that names the limit. SECURITY.md gives the defaults.
 * Immutable.
 *
 * @param maxBytes the largest file, in bytes
 * @param maxInflatedBytes the most bytes all entries of an Office Open XML package may inflate to, and all
 *     the compressed streams of a PDF that its reading decodes
 * @param maxInflateRatio the most an entry may inflate, uncompressed size over compressed size
 * @param maxRows the most rows of a table (of a sheet, of all the tables read together)
 * @param maxCells the most cells of a table, rows times columns
 * @param maxPages the most pages of a PDF
 */
public record OfficeLimits(long maxBytes, long maxInflatedBytes, int maxInflateRatio, int maxRows, long maxCells,
        int maxPages) {

    /**
     * Checks the limits.
     *
     * @param maxBytes the largest file
     * @param maxInflatedBytes the most inflated bytes
     * @param maxInflateRatio the most an entry may inflate
     * @param maxRows the most rows
     * @param maxCells the most cells
     * @param maxPages the most pages of a PDF
     */
    public OfficeLimits {
        if (maxBytes < 1 || maxInflatedBytes < 1 || maxInflateRatio < 1 || maxRows < 1 || maxCells < 1
                || maxPages < 1) {
            throw new IllegalArgumentException("Every limit is at least 1: " + maxBytes + ", " + maxInflatedBytes
                    + ", " + maxInflateRatio + ", " + maxRows + ", " + maxCells + ", " + maxPages);
        }
    }

    /**
     * The defaults: files of 32 MiB, packages that inflate to 256 MiB and no entry more than 100 times,
     * 20,000 rows, 1,000,000 cells, 200 PDF pages.
     *
     * @return the default limits
     */
    public static OfficeLimits defaults() {
        return new OfficeLimits(32L * 1024 * 1024, 256L * 1024 * 1024, 100, 20_000, 1_000_000, 200);
    }
}
