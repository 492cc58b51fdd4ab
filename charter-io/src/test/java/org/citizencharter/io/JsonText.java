package org.citizencharter.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers for JSON text: resources, and the compact form of a pretty-printed document. */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** A test resource under {@code org/citizencharter/io/samples/}, as text. */
    static String sample(String name) {
        try (InputStream in = JsonText.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same JSON without white space between tokens, numbers exactly as written: what charter's
     * canonical form is, for a document whose fields are in canonical order.
     */
    static String compact(String json) {
        StringWriter out = new StringWriter();
        try (JsonParser in = FACTORY.createParser(json); JsonGenerator gen = FACTORY.createGenerator(out)) {
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (token.isNumeric()) {
                    gen.writeNumber(in.getText());
                } else {
                    gen.copyCurrentEvent(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
