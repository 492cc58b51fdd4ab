package org.citizencharter.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The marks charter takes over its byte input are the offsets Jackson itself reports: a value's, taken
 * without making a location, and a member name's, found by reading back from its value.
 */
class LocationsTest {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.CHARSET_DETECTION).build();

    /** A document of every kind of token, names escaped and not, long enough to cross many input buffers. */
    private static byte[] document() {
        StringBuilder json = new StringBuilder("{\"items\" : [");
        for (int i = 0; i < 2000; i++) {
            json.append(i == 0 ? "" : ",").append("\n  {\"নাম\":\"সেবা ").append(i).append("\", \"n\\\"q\\\\\"\t:")
                    .append(i).append(".5 ,\"ok\": true,\"no\" :false, \"none\":\r\nnull, \"list\": [1, [], {}],")
                    .append("\"\\u0061\": \"\\\"\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValuesMarkAndANamesPlaceAreWhereJacksonSaysTheTokenBegins() throws IOException {
        byte[] bytes = document();
        Utf8Input input = new Utf8Input(new ByteArrayInputStream(bytes));
        int values = 0;
        int names = 0;
        try (JsonParser parser = FACTORY.createParser(input)) {
            Locations locations = Locations.of(parser);
            assertThat(locations).isInstanceOf(Locations.Bytes.class);
            long pendingName = -1;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                long jackson = parser.currentTokenLocation().getByteOffset();
                if (token == JsonToken.FIELD_NAME) {
                    pendingName = jackson;
                    names++;
                    continue;
                }
                assertThat(locations.mark()).as("the mark of %s", token).isEqualTo(jackson);
                values++;
                if (pendingName >= 0) {
                    assertThat(input.nameStart(jackson)).as("the name before %s", token).isEqualTo(pendingName);
                    pendingName = -1;
                } else if (token.isScalarValue() || token.isStructStart()) {
                    assertThat(input.nameStart(jackson)).as("an element has no name").isEqualTo(jackson);
                }
            }
        }
        assertThat(values).isGreaterThan(20_000);
        assertThat(names).isEqualTo(2000 * 7 + 1);
    }
}
