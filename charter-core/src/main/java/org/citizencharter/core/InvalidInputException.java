package org.citizencharter.core;

import java.io.Serial;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Input that cannot be read: a number, date, code or document that charter will not guess at.
 *
 * <p>The exception says where (the source, such as a file name; the line or table row as numbered
 * in the file; the column, by number or by its header; the JSON pointer) and what it saw (the
 * offending text). Each of these is optional, since a value parsed on its own has no file or row;
 * readers add what they know with the {@code with*} methods, which return a new exception.
 *
 * <pre>{@code
 * throw InvalidInputException.of("The number cannot be read", "২_২২০০")
 *     .withSource("plan.tsv").withLine(5).withColumnName("লক্ষ্যমাত্রা");
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class InvalidInputException extends CharterException {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int MAX_SHOWN_TEXT = 80;

    private final String problem;
    private final String text;
    private final String source;
    private final long line;
    private final long column;
    private final String columnName;
    private final String pointer;
    private final String hint;

    private InvalidInputException(String problem, String text, String source, long line, long column,
            String columnName, String pointer, String hint, Throwable cause) {
        super(compose(problem, text, source, line, column, columnName, pointer, hint), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.text = text;
        this.source = source;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.pointer = pointer;
        this.hint = hint;
    }

    /**
     * Creates an exception for a problem with a piece of text.
     *
     * @param problem what is wrong, as a sentence without a final full stop
     *     ("The number cannot be read")
     * @param text the offending text exactly as found, or {@code null} if there is none
     * @return the exception, without a location yet
     */
    public static InvalidInputException of(String problem, String text) {
        return new InvalidInputException(problem, text, null, 0, 0, null, null, null, null);
    }

    /**
     * Creates an exception for a problem that has no single offending text.
     *
     * @param problem what is wrong
     * @return the exception, without a location yet
     */
    public static InvalidInputException of(String problem) {
        return of(problem, null);
    }

    /**
     * Returns a copy that names the source of the input, such as a file name.
     *
     * @param newSource the source
     * @return a new exception
     */
    public InvalidInputException withSource(String newSource) {
        return copy(problem, text, newSource, line, column, columnName, pointer, hint);
    }

    /**
     * Returns a copy that names the line (or table row, as numbered in the file), from 1.
     *
     * @param newLine the line, from 1
     * @return a new exception
     */
    public InvalidInputException withLine(long newLine) {
        return copy(problem, text, source, newLine, column, columnName, pointer, hint);
    }

    /**
     * Returns a copy that names the column by number, from 1.
     *
     * @param newColumn the column, from 1
     * @return a new exception
     */
    public InvalidInputException withColumn(long newColumn) {
        return copy(problem, text, source, line, newColumn, columnName, pointer, hint);
    }

    /**
     * Returns a copy that names the column by its header text.
     *
     * @param newColumnName the header, as written in the table
     * @return a new exception
     */
    public InvalidInputException withColumnName(String newColumnName) {
        return copy(problem, text, source, line, column, newColumnName, pointer, hint);
    }

    /**
     * Returns a copy that names the JSON pointer (RFC 6901) of the offending value.
     *
     * @param newPointer the pointer, such as {@code /areas/0/weight}
     * @return a new exception
     */
    public InvalidInputException withPointer(String newPointer) {
        return copy(problem, text, source, line, column, columnName, newPointer, hint);
    }

    /**
     * Returns a copy with a "Maybe ..." hint: a likely fix, if one is known.
     *
     * @param newHint the hint, as a sentence
     * @return a new exception
     */
    public InvalidInputException withHint(String newHint) {
        return copy(problem, text, source, line, column, columnName, pointer, newHint);
    }

    /**
     * Returns a copy whose problem is prefixed with context, such as what was being read.
     *
     * @param context a few words, such as "In the annual target"
     * @return a new exception
     */
    public InvalidInputException withContext(String context) {
        return copy(context + ": " + lowerFirst(problem), text, source, line, column, columnName, pointer, hint);
    }

    private InvalidInputException copy(String newProblem, String newText, String newSource, long newLine,
            long newColumn, String newColumnName, String newPointer, String newHint) {
        InvalidInputException copy = new InvalidInputException(newProblem, newText, newSource, newLine, newColumn,
                newColumnName, newPointer, newHint, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * Returns a copy that keeps {@code cause} as the underlying exception.
     *
     * @param cause the exception that revealed the problem
     * @return a new exception
     */
    public InvalidInputException withCause(Throwable cause) {
        return new InvalidInputException(problem, text, source, line, column, columnName, pointer, hint, cause);
    }

    /**
     * What is wrong, without the location.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * The offending text, exactly as found.
     *
     * @return the text, if there is one
     */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /**
     * The source of the input, such as a file name.
     *
     * @return the source, if known
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The line, or the table row as numbered in the file, from 1.
     *
     * @return the line, if known
     */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /**
     * The column by number, from 1.
     *
     * @return the column, if known
     */
    public OptionalLong column() {
        return column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
    }

    /**
     * The column by its header text.
     *
     * @return the header, if known
     */
    public Optional<String> columnName() {
        return Optional.ofNullable(columnName);
    }

    /**
     * The JSON pointer of the offending value.
     *
     * @return the pointer, if the input was JSON
     */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /**
     * A likely fix.
     *
     * @return the hint, if one is known
     */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /**
     * The location alone, such as {@code plan.tsv, row 5, column "লক্ষ্যমাত্রা"}; empty if unknown.
     *
     * @return the location in words
     */
    public String location() {
        return location(source, line, column, columnName, pointer);
    }

    private static String compose(String problem, String text, String source, long line, long column,
            String columnName, String pointer, String hint) {
        StringBuilder message = new StringBuilder();
        String where = location(source, line, column, columnName, pointer);
        if (!where.isEmpty()) {
            message.append(where).append(": ");
        }
        message.append(problem);
        if (text != null) {
            message.append(" (").append(shown(text)).append(')');
        }
        message.append('.');
        if (hint != null) {
            message.append(" Maybe ").append(lowerFirst(stripMaybe(hint)));
            if (!hint.endsWith(".") && !hint.endsWith("?")) {
                message.append('.');
            }
        }
        return message.toString();
    }

    private static String location(String source, long line, long column, String columnName, String pointer) {
        StringBuilder where = new StringBuilder();
        if (source != null) {
            where.append(source);
        }
        if (line > 0) {
            separate(where).append("line ").append(line);
        }
        if (column > 0) {
            separate(where).append("column ").append(column);
        }
        if (columnName != null) {
            separate(where).append("column \"").append(shown(columnName)).append('"');
        }
        if (pointer != null) {
            separate(where).append("at ").append(pointer.isEmpty() ? "the root" : pointer);
        }
        return where.toString();
    }

    private static StringBuilder separate(StringBuilder where) {
        return where.isEmpty() ? where : where.append(", ");
    }

    /** Shows text with control characters visible and very long text cut, so a message stays one line. */
    private static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == MAX_SHOWN_TEXT) {
                shown.append("… (").append(text.length()).append(" characters)");
                break;
            }
            if (cp == '\t') {
                shown.append("\\t");
            } else if (cp == '\n') {
                shown.append("\\n");
            } else if (cp == '\r') {
                shown.append("\\r");
            } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                shown.appendCodePoint(cp);
            }
        }
        return shown.toString();
    }

    private static String stripMaybe(String hint) {
        return hint.regionMatches(true, 0, "maybe ", 0, 6) ? hint.substring(6) : hint;
    }

    private static String lowerFirst(String sentence) {
        if (sentence.length() > 1 && Character.isUpperCase(sentence.charAt(0))
                && !Character.isUpperCase(sentence.charAt(1))) {
            return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return sentence;
    }
}
