package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What SECURITY.md says of the office files' limits is what the defaults are. */
class SecurityDocumentTest {

    @Test
    void theOfficeLimitsItGivesAreTheDefaults() throws IOException {
        String security = Files.readString(Path.of("..", "SECURITY.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        OfficeLimits limits = OfficeLimits.defaults();
        assertThat(limits.maxBytes()).isEqualTo(32L * 1024 * 1024);
        assertThat(limits.maxInflatedBytes()).isEqualTo(256L * 1024 * 1024);
        assertThat(security).contains("a file of at most 32 MiB").contains("inflate to at most 256 MiB in all and no part"
                + " more than " + limits.maxInflateRatio() + " times")
                .contains("at most " + String.format(java.util.Locale.ROOT, "%,d", limits.maxRows()) + " rows and "
                        + String.format(java.util.Locale.ROOT, "%,d", limits.maxCells()) + " cells")
                .contains("at most " + limits.maxPages() + " PDF pages");
    }
}
