package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import org.citizencharter.core.InvalidInputException;

/**
 * Turns what Jackson reports about unreadable JSON into {@link InvalidInputException}s that say where
 * (JSON pointer, line, column) and what was seen, in charter's words. Stateless and thread-safe.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * The error for an exception met while reading with a parser over charter's reader, which tells the end
     * of the input from malformed JSON even when the parser has let go of it. An {@link InvalidInputException}
     * inside it (from charter's own deserializers) is returned as it is. The kind of problem is told by the
     * exception's type and the parser's state, the place by the exception's location and the parser's path;
     * Jackson's own description of malformed JSON is shown as it is, with the text at that place.
     *
     * @param problem what Jackson threw
     * @param parser the parser that was reading; may be null
     * @param source the reader under the parser, or null
     * @return the error
     */
    public static InvalidInputException from(JsonProcessingException problem, JsonParser parser,
            SourceReader source) {
        return from(problem, parser, source, false);
    }

    /**
     * The error for an exception met while reading the text of the string at the parser (Jackson reads a
     * string's text only when asked for it, so the input can end inside it then).
     *
     * @param problem what Jackson threw
     * @param parser the parser, at the string
     * @param source the reader under the parser (taken before it reads: it lets go of it at the end), or null
     * @return the error
     */
    static InvalidInputException fromString(JsonProcessingException problem, JsonParser parser, SourceReader source) {
        return from(problem, parser, source, true);
    }

    private static InvalidInputException from(JsonProcessingException problem, JsonParser parser,
            SourceReader source, boolean inString) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours;
            }
        }
        JsonLocation where = problem.getLocation() != null ? problem.getLocation()
                : parser != null ? parser.currentLocation() : null;
        InvalidInputException error;
        if (problem instanceof StreamConstraintsException && parser != null) {
            error = limit(parser);
        } else if (source != null && (where != null && source.endsAt(where.getCharOffset())
                || parser != null && source.endsAt(parser.currentLocation().getCharOffset()))) {
            error = InvalidInputException.of("The JSON ends before the document does"
                    + (inString ? ", inside a string" : inside(parser)));
            // Where the input ends: parsers of bytes and of characters do not agree on a place of their own.
            where = parser != null ? parser.currentLocation() : where;
        } else {
            error = InvalidInputException.of("The JSON is malformed: " + firstLine(problem.getOriginalMessage()),
                    source == null || where == null ? null : source.textAt(where.getCharOffset()));
        }
        return located(error, parser, where);
    }

    /** Where the input ended, from the parser's state: in the innermost object or array. */
    private static String inside(JsonParser parser) {
        if (parser == null) {
            return "";
        } else if (parser.getParsingContext().inObject()) {
            return ", inside an object";
        } else if (parser.getParsingContext().inArray()) {
            return ", inside an array";
        }
        return "";
    }

    /**
     * The error for a key found twice in one object; the parser is at the second.
     *
     * @param parser the parser's tokens
     * @param name the key
     * @return the error
     */
    static InvalidInputException duplicate(Tokens parser, String name) {
        return duplicate(parser, name, parser.tokenLocation());
    }

    /**
     * The error for a key repeated in an object, at a key the parser has read past.
     *
     * @param parser the parser's tokens, still in the object
     * @param name the key
     * @param at where the repeated key stood
     * @return the error
     */
    static InvalidInputException duplicate(Tokens parser, String name, Object at) {
        return parser.at(duplicateKey(name), at);
    }

    private static InvalidInputException duplicateKey(String name) {
        return InvalidInputException.of("The key appears twice in one object", name).withHint("Keep one of the two");
    }

    /**
     * An error at the parser's current token, or where the input ends if there is none.
     *
     * @param parser the parser
     * @param problem what is wrong
     * @param text the offending text, or null
     * @return the error
     */
    public static InvalidInputException atToken(JsonParser parser, String problem, String text) {
        return new ParserTokens(parser, false).error(problem, text);
    }

    /**
     * What a token is, for messages: "an array", "a string", "the end of the input".
     *
     * @param token the token, or null for the end of the input
     * @return the description
     */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() != null ? token.asString() : token.name();
        };
    }

    /**
     * The problem of a document longer than the limit.
     *
     * @param limit the limit, in characters
     * @return the problem
     */
    static String documentTooLong(long limit) {
        return "The document is longer than the limit of " + limit + " characters";
    }

    /**
     * The problem of a string longer than the limit.
     *
     * @param length its length, in characters
     * @param limit the limit
     * @return the problem
     */
    static String stringTooLong(long length, long limit) {
        return "The string has " + length + " characters, more than the limit of " + limit;
    }

    /**
     * Refuses a string or member name that holds half of a surrogate pair: it is no character, UTF-8
     * cannot hold it, and charter could not write it back.
     *
     * @param parser the parser's tokens, at the string or member name
     * @param text its text
     * @throws InvalidInputException if the text holds an unpaired surrogate
     */
    static void checkSurrogates(Tokens parser, String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                throw parser.error("The text holds half of a surrogate pair, which is no character",
                        String.format(Locale.ROOT, "\\u%04X at character %d", (int) c, i + 1))
                        .withHint("Escape a character beyond U+FFFF as a pair, like \\uD83D\\uDE00, or remove it");
            }
        }
    }

    /**
     * The error for a limit of {@link com.fasterxml.jackson.core.StreamReadConstraints} that the parser met,
     * told apart by where the parser stands (charter checks the length of strings itself, before Jackson).
     */
    private static InvalidInputException limit(JsonParser parser) {
        StreamReadConstraints limits = parser.streamReadConstraints();
        int depth = parser.getParsingContext().getNestingDepth();
        if (depth > limits.getMaxNestingDepth()) {
            return InvalidInputException.of("The document nests objects and arrays " + depth
                    + " deep, more than the limit of " + limits.getMaxNestingDepth())
                    .withHint("Raise JsonLimits.maxNestingDepth");
        }
        if (parser.getParsingContext().inObject() && parser.currentToken() != JsonToken.FIELD_NAME) {
            return InvalidInputException.of("The member name is too long: more than the limit of "
                    + limits.getMaxNameLength() + " characters");
        }
        return InvalidInputException.of("The number is too long: more than the limit of "
                + limits.getMaxNumberLength() + " digits").withHint("Raise JsonLimits.maxNumberLength");
    }

    /** The error with the parser's pointer and a place; a parser that could not be made read nothing, and has none. */
    private static InvalidInputException located(InvalidInputException error, JsonParser parser,
            JsonLocation where) {
        return parser == null ? error : new ParserTokens(parser, false).at(error, where);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

}
