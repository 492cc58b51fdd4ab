package org.citizencharter.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizencharter.core.InvalidInputException;

/**
 * Turns what Jackson reports about unreadable JSON into {@link InvalidInputException}s that say where
 * (JSON pointer, line, column) and what was seen, in charter's words. Stateless and thread-safe.
 */
public final class JsonErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) ['\"](.*)['\"]",
            Pattern.DOTALL);
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern CODE = Pattern.compile(" \\(code [0-9]+\\)");
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\(([0-9]+)\\) exceeds the maximum allowed \\(([0-9]+)");

    private JsonErrors() {
    }

    /**
     * The error for an exception met while reading with a parser; an {@link InvalidInputException} inside
     * it (from charter's own deserializers) is returned as it is.
     *
     * @param problem what Jackson threw
     * @param parser the parser that was reading, for the pointer and location; may be null
     * @return the error
     */
    public static InvalidInputException from(JsonProcessingException problem, JsonParser parser) {
        return from(problem, parser, Utf8Input.under(parser));
    }

    /**
     * The error for an exception met while reading with a parser over charter's byte input, located in
     * characters even when the parser has already let go of its input (it does at the end of the input).
     *
     * @param problem what Jackson threw
     * @param parser the parser that was reading, for the pointer and location; may be null
     * @param input the parser's input, or null if it reads something else
     * @return the error
     */
    public static InvalidInputException from(JsonProcessingException problem, JsonParser parser, Utf8Input input) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException ours) {
                return ours;
            }
        }
        String original = firstLine(problem.getOriginalMessage());
        JsonLocation where = problem.getLocation() != null ? problem.getLocation()
                : parser != null ? parser.currentLocation() : null;
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.lookingAt()) {
            // A host's mapper with Jackson's own duplicate detection: it stops just after the second key.
            return located(duplicateKey(duplicate.group(1)), parser, input, where);
        }
        InvalidInputException error;
        if (problem instanceof StreamConstraintsException) {
            error = limit(original);
        } else if (problem instanceof JsonEOFException || original.contains("end-of-input")) {
            error = InvalidInputException.of("The JSON ends before the document does"
                    + inside(problem instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null, parser));
            // Where the input ends: parsers of bytes and of characters do not agree on a place of their own.
            where = parser != null ? parser.currentLocation() : where;
        } else {
            error = InvalidInputException.of("The JSON is malformed: " + lowerFirst(CODE.matcher(original).replaceAll("")),
                    offendingText(original));
        }
        return located(error, parser, input, where);
    }

    /** Where the input ended, in the same words whether Jackson read bytes or characters. */
    private static String inside(JsonToken decoding, JsonParser parser) {
        if (decoding == JsonToken.VALUE_STRING) {
            return ", inside a string";
        } else if (decoding == JsonToken.FIELD_NAME) {
            return ", inside a member name";
        } else if (decoding == JsonToken.VALUE_NUMBER_INT || decoding == JsonToken.VALUE_NUMBER_FLOAT) {
            return ", inside a number";
        } else if (parser != null && parser.getParsingContext().inObject()) {
            return ", inside an object";
        } else if (parser != null && parser.getParsingContext().inArray()) {
            return ", inside an array";
        }
        return "";
    }

    /**
     * The error for a key found twice in one object; the parser is at the second.
     *
     * @param parser the parser
     * @param name the key
     * @return the error
     */
    static InvalidInputException duplicate(JsonParser parser, String name) {
        return located(duplicateKey(name), parser, Utf8Input.under(parser), parser.currentTokenLocation());
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
        return atToken(parser, Utf8Input.under(parser), problem, text);
    }

    /**
     * An error at the parser's current token, or where the input ends if there is none.
     *
     * @param parser the parser
     * @param input the parser's input, taken before it may have reached the end; or null
     * @param problem what is wrong
     * @param text the offending text, or null
     * @return the error
     */
    public static InvalidInputException atToken(JsonParser parser, Utf8Input input, String problem, String text) {
        return located(InvalidInputException.of(problem, text), parser, input,
                parser.currentToken() == null ? parser.currentLocation() : parser.currentTokenLocation());
    }

    /**
     * An error where the parser has read to, just after its current token.
     *
     * @param parser the parser
     * @param input the parser's input, taken before it may have reached the end; or null
     * @param problem what is wrong
     * @return the error, without text
     */
    static InvalidInputException atEnd(JsonParser parser, Utf8Input input, String problem) {
        return located(InvalidInputException.of(problem), parser, input, parser.currentLocation());
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
     * @param parser the parser, at the string or member name
     * @param text its text
     * @throws InvalidInputException if the text holds an unpaired surrogate
     */
    static void checkSurrogates(JsonParser parser, String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                throw atToken(parser, "The text holds half of a surrogate pair, which is no character",
                        String.format(Locale.ROOT, "\\u%04X at character %d", (int) c, i + 1))
                        .withHint("Escape a character beyond U+FFFF as a pair, like \\uD83D\\uDE00, or remove it");
            }
        }
    }

    private static InvalidInputException limit(String original) {
        Matcher matcher = LIMIT.matcher(original);
        if (!matcher.find()) {
            return InvalidInputException.of("The input exceeds a limit: " + lowerFirst(original));
        }
        String what = matcher.group(1);
        long length = Long.parseLong(matcher.group(2));
        long limit = Long.parseLong(matcher.group(3));
        if (what.startsWith("Document nesting depth")) {
            return InvalidInputException.of("The document nests objects and arrays " + length
                    + " deep, more than the limit of " + limit).withHint("Raise JsonLimits.maxNestingDepth");
        } else if (what.startsWith("Document length")) {
            return InvalidInputException.of(documentTooLong(limit)).withHint("Raise JsonLimits.maxDocumentLength");
        } else if (what.startsWith("String value length")) {
            return InvalidInputException.of(stringTooLong(length, limit)).withHint("Raise JsonLimits.maxStringLength");
        } else if (what.startsWith("Name length")) {
            return InvalidInputException.of("The member name has " + length + " characters, more than the limit of "
                    + limit);
        } else if (what.startsWith("Number value length")) {
            return InvalidInputException.of("The number has " + length + " digits, more than the limit of "
                    + limit).withHint("Raise JsonLimits.maxNumberLength");
        }
        return InvalidInputException.of("The input exceeds a limit: " + lowerFirst(original));
    }

    private static InvalidInputException located(InvalidInputException error, JsonParser parser, Utf8Input input,
            JsonLocation where) {
        InvalidInputException located = error;
        if (parser != null) {
            located = located.withPointer(parser.getParsingContext().pathAsPointer().toString());
        }
        return Locations.locate(located, input, where);
    }

    private static String offendingText(String message) {
        Matcher character = UNEXPECTED_CHARACTER.matcher(message);
        if (character.find()) {
            return character.group(1);
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        return token.find() ? token.group(1) : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
