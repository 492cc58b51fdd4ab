package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citizencharter.core.Numerals;
import org.citizencharter.io.internal.table.TableText;
import org.junit.jupiter.api.Test;

/** What SECURITY.md says of the limits and of numbers is what the code does, so that it stays true. */
class SecurityDocumentTest {

    private static String security() throws IOException {
        return Files.readString(Path.of("..", "SECURITY.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    @Test
    void theJsonLimitsItGivesAreTheDefaults() throws IOException {
        String security = security();
        assertThat(JsonLimits.defaults().maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
        assertThat(security).contains("a document of at most 16 Mi (" + String.format(java.util.Locale.ROOT, "%,d",
                JsonLimits.defaults().maxDocumentLength()) + ") characters");
        assertThat(security).contains("nested at most " + JsonLimits.defaults().maxNestingDepth() + " deep");
        assertThat(security).contains("strings of at most " + String.format(java.util.Locale.ROOT, "%,d", JsonLimits.defaults()
                .maxStringLength()) + " characters");
        assertThat(security).contains("numbers of at most " + JsonLimits.defaults().maxNumberLength()
                + " characters");
    }

    @Test
    void theTableLimitItGivesIsTheReaders() throws IOException {
        assertThat(TableText.MAX_CHARS).isEqualTo(16 * 1024 * 1024);
        assertThat(security()).contains("A table is read from at most 16 Mi characters (64 MiB of bytes)");
    }

    @Test
    void whatItSaysOfExponentsAndDigitsIsWhatTheReadersDo() throws IOException {
        String security = security();
        assertThat(security).contains("A JSON number with an exponent reads as its plain value (`1.5E1` is 15)")
                .contains("has at most " + Numerals.MAX_DIGITS + " digits");
        String plan = JsonErrorTest.PLAN;
        assertThat(CharterJson.standard().readPlan(plan.replace("\"weight\": 18,", "\"weight\": 1.5E1,")).areas()
                .getOnly().weight().value()).isEqualTo(new BigDecimal("15"));
        assertThat(HostileJsonTest.refused(plan.replace("\"weight\": 18,", "\"weight\": 1e400,")).problem())
                .contains("more than " + Numerals.MAX_DIGITS + " digits");
        assertThat(HostileJsonTest.refused(plan.replace("\"weight\": 18,", "\"weight\": \"1.5E1\",")).problem())
                .startsWith("The number cannot be read");
    }
}
