package org.citizencharter.jackson3.internal;

import org.citizencharter.io.internal.json.Tokens;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * The tokens of a Jackson 3 host's parser, as charter-io's reader reads them. Tokens are named as Jackson 2
 * names them; what the host's parser reports about malformed input passes as its own exception, for the
 * host's parser is the one that refuses JSON that is not well formed. Not thread-safe.
 */
public final class HostTokens implements Tokens {

    private final JsonParser parser;

    /**
     * The tokens of a host's parser.
     *
     * @param parser the parser
     */
    public HostTokens(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public com.fasterxml.jackson.core.JsonToken current() {
        return named(parser.currentToken());
    }

    @Override
    public com.fasterxml.jackson.core.JsonToken next() {
        return named(parser.nextToken());
    }

    private static com.fasterxml.jackson.core.JsonToken named(tools.jackson.core.JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT -> com.fasterxml.jackson.core.JsonToken.START_OBJECT;
            case END_OBJECT -> com.fasterxml.jackson.core.JsonToken.END_OBJECT;
            case START_ARRAY -> com.fasterxml.jackson.core.JsonToken.START_ARRAY;
            case END_ARRAY -> com.fasterxml.jackson.core.JsonToken.END_ARRAY;
            case PROPERTY_NAME -> com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
            case VALUE_STRING -> com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
            case VALUE_NUMBER_INT -> com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
            case VALUE_NUMBER_FLOAT -> com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
            case VALUE_TRUE -> com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
            case VALUE_FALSE -> com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
            case VALUE_NULL -> com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
            case VALUE_EMBEDDED_OBJECT -> com.fasterxml.jackson.core.JsonToken.VALUE_EMBEDDED_OBJECT;
            case NOT_AVAILABLE -> com.fasterxml.jackson.core.JsonToken.NOT_AVAILABLE;
        };
    }

    @Override
    public String name() {
        return parser.currentName();
    }

    @Override
    public String text() {
        return parser.getString();
    }

    @Override
    public int textLength() {
        return parser.getStringLength();
    }

    @Override
    public Object tokenLocation() {
        return parser.currentTokenLocation();
    }

    @Override
    public Object endLocation() {
        return parser.currentLocation();
    }

    @Override
    public long offset(Object location) {
        return ((TokenStreamLocation) location).getCharOffset();
    }

    @Override
    public long line(Object location) {
        return ((TokenStreamLocation) location).getLineNr();
    }

    @Override
    public long column(Object location) {
        return ((TokenStreamLocation) location).getColumnNr();
    }

    @Override
    public String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    @Override
    public void skipChildren() {
        parser.skipChildren();
    }

    @Override
    public int maxStringLength() {
        return parser.streamReadConstraints().getMaxStringLength();
    }
}
