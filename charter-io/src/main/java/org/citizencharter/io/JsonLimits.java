package org.citizencharter.io;

/**
 * The limits on JSON input that {@link CharterJson} enforces, so that a host can read documents from
 * anyone without running out of memory: the length of a document, how deep objects and arrays nest,
 * and the length of a string and of a number. Input beyond a limit is an
 * {@link org.citizencharter.core.InvalidInputException} that says which limit, with a hint to raise it.
 *
 * <p>Lengths count characters (UTF-16 code units, as Java strings do). The nesting depth, string length
 * and number length are Jackson's {@link com.fasterxml.jackson.core.StreamReadConstraints}, enforced as
 * the parser reads; charter checks string lengths again exactly. The document length is counted by
 * charter itself, exactly, from the document's first character as each value is read, so that nothing
 * beyond the limit is kept; in a stream of documents ({@link CharterJson#readPlans}) it limits each
 * document, and the stream as a whole has no limit. Immutable.
 *
 * @param maxDocumentLength the most characters a document may have
 * @param maxNestingDepth the deepest objects and arrays may nest, the document's own object counting 1
 * @param maxStringLength the most characters a string may have
 * @param maxNumberLength the most digits a number may have, as written (Jackson counts the digits of
 *     the integer and fraction parts)
 */
public record JsonLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    /** The default document length: 16 Mi characters, room for every office of a country's hierarchy. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
    /** The default nesting depth: 64, a plan needing 9 and the rest left to the host's extensions. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default string length: 1,000,000 characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /**
     * The default number length: 200 characters. A plan's quantities have at most 60 digits each side of the
     * point, but a scorecard's figures, computed from them, may have more (a percent up to 123 before the
     * point), and what charter writes it reads.
     */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 200;

    private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

    /**
     * Checks that every limit is positive.
     *
     * @param maxDocumentLength the most characters a document may have
     * @param maxNestingDepth the deepest objects and arrays may nest
     * @param maxStringLength the most characters a string may have
     * @param maxNumberLength the most characters a number may have
     */
    public JsonLimits {
        positive("maxDocumentLength", maxDocumentLength);
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("The limit " + name + " must be positive, not " + value);
        }
    }

    /**
     * The default limits: 16 Mi characters a document, nesting 64 deep, 1,000,000 characters a string,
     * 200 characters a number.
     *
     * @return the defaults
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with another document length.
     *
     * @param characters the most characters a document may have
     * @return new limits
     */
    public JsonLimits withMaxDocumentLength(long characters) {
        return new JsonLimits(characters, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /**
     * These limits with another nesting depth.
     *
     * @param depth the deepest objects and arrays may nest
     * @return new limits
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength);
    }

    /**
     * These limits with another string length.
     *
     * @param characters the most characters a string may have
     * @return new limits
     */
    public JsonLimits withMaxStringLength(int characters) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, characters, maxNumberLength);
    }

    /**
     * These limits with another number length.
     *
     * @param characters the most characters a number may have
     * @return new limits
     */
    public JsonLimits withMaxNumberLength(int characters) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, characters);
    }
}
