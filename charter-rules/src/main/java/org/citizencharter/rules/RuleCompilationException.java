package org.citizencharter.rules;

import static java.util.Objects.requireNonNull;

import java.io.Serial;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.citizencharter.core.CharterException;

/**
 * A rule author's DRL does not compile. The engine is not built.
 *
 * <p>The exception names the file, the line and the rule of the first problem, with the compiler's
 * message, and lists every problem the compiler reported. Where the compiler gives no line (it
 * reports some errors against the Java it generates from the DRL), the line is found by looking for
 * the offending text in the DRL; when even that fails, the line is unknown.
 */
public final class RuleCompilationException extends CharterException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * One compiler error, located in the author's DRL.
     *
     * @param file the name of the rule source
     * @param line the line in the DRL, from 1, or 0 when unknown
     * @param rule the rule the line is in, or null when unknown or outside any rule
     * @param message the compiler's message; where it names a property the pattern's type does not have
     *     ("Unable to parse left part of expression: weigth &gt; 3"), followed by the type and the nearest
     *     of its properties: "(IndicatorFact has no property weigth; maybe weight)"
     */
    public record Problem(String file, int line, String rule, String message) {

        /**
         * Checks the parts.
         *
         * @param file the file
         * @param line the line
         * @param rule the rule
         * @param message the message
         */
        public Problem {
            requireNonNull(file, "file");
            requireNonNull(message, "message");
        }

        /**
         * The problem in one line: {@code floor.drl, line 7, rule "Sixty percent floor": message}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return file + (line > 0 ? ", line " + line : "") + (rule != null ? ", rule \"" + rule + "\"" : "")
                    + ": " + message;
        }
    }

    /**
     * Creates the exception from the compiler's problems.
     *
     * @param problems the problems, at least one
     */
    public RuleCompilationException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A compilation exception needs a problem");
        }
        String first = "The rules do not compile: " + problems.get(0);
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ")";
    }

    /**
     * Every problem the compiler reported, in its order.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The file of the first problem.
     *
     * @return the rule source's name
     */
    public String file() {
        return problems.get(0).file();
    }

    /**
     * The line of the first problem.
     *
     * @return the line, from 1, if known
     */
    public OptionalInt line() {
        return problems.get(0).line() > 0 ? OptionalInt.of(problems.get(0).line()) : OptionalInt.empty();
    }

    /**
     * The rule of the first problem.
     *
     * @return the rule's name, if known
     */
    public Optional<String> rule() {
        return Optional.ofNullable(problems.get(0).rule());
    }

    /**
     * The compiler's message for the first problem.
     *
     * @return the message
     */
    public String compilerMessage() {
        return problems.get(0).message();
    }
}
