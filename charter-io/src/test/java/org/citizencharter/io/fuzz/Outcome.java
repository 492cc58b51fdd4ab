package org.citizencharter.io.fuzz;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.citizencharter.core.InvalidInputException;

/**
 * What a fuzz test asks of a reader: it reads the input and what it read passes a check, or it refuses
 * the input with an {@link InvalidInputException} that says where. Anything else it throws propagates,
 * for Jazzer to report and keep.
 */
final class Outcome {

    /** A JSON error says its line and column. */
    static final Predicate<InvalidInputException> AT_A_LINE =
            refused -> refused.line().isPresent() && refused.column().isPresent();

    /** A table error names its source, and its line unless it is about the input as a whole. */
    static final Predicate<InvalidInputException> IN_A_SOURCE = refused -> refused.source().isPresent();

    private Outcome() {
    }

    /**
     * Reads an input and checks what was read; a refusal must say where.
     *
     * @param <T> what is read
     * @param read the reading
     * @param located whether a refusal says where well enough
     * @param check the check of a value read
     */
    static <T> void readOrRefuse(Supplier<T> read, Predicate<InvalidInputException> located, Consumer<T> check) {
        T value;
        try {
            value = read.get();
        } catch (InvalidInputException refused) {
            if (!located.test(refused)) {
                throw new AssertionError("The refusal does not say where: " + refused.getMessage(), refused);
            }
            return;
        }
        check.accept(value);
    }
}
