package org.citizencharter.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.citizencharter.core.Numerals;
import org.citizencharter.io.JsonLimits;
import org.citizencharter.io.internal.table.TableText;
import org.citizencharter.office.OfficeLimits;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md's table of limits says each default as the code has it: the JSON limits, the digits, the table's
 * characters, the office files' limits and the command's own. A row's first cell names the limit, its second
 * the default.
 */
class SecurityLimitsTableTest {

    @Test
    void everyDefaultInTheLimitsTableIsTheCodes() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../SECURITY.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length >= 4) {
                defaults.put(cells[1].strip(), cells[2].strip());
            }
        }
        JsonLimits json = JsonLimits.defaults();
        OfficeLimits office = OfficeLimits.defaults();
        assertThat(defaults).containsEntry("characters of one JSON document (each document of a stream on its own)",
                "16 Mi (" + grouped(json.maxDocumentLength()) + ")")
                .containsEntry("nesting of JSON objects and arrays", String.valueOf(json.maxNestingDepth()))
                .containsEntry("characters of one JSON string", grouped(json.maxStringLength()))
                .containsEntry("characters of one JSON number", String.valueOf(json.maxNumberLength()))
                .containsEntry("digits of a number in a string or a table cell", String.valueOf(Numerals.MAX_DIGITS))
                .containsEntry("characters of a table", TableText.MAX_CHARS / (1024 * 1024) + " Mi ("
                        + TableText.MAX_CHARS * 4L / (1024 * 1024) + " MiB of bytes)")
                .containsEntry("bytes of an office file (Excel, Word, a web page, a PDF)",
                        office.maxBytes() / (1024 * 1024) + " MiB")
                .containsEntry("bytes an Office Open XML package, or the streams a PDF's reading decodes, inflate to,"
                        + " in all; times one part of a package may inflate",
                        office.maxInflatedBytes() / (1024 * 1024) + " MiB; " + office.maxInflateRatio())
                .containsEntry("rows; cells (spans of merged cells counted) of an office file's table",
                        grouped(office.maxRows()) + "; " + grouped(office.maxCells()))
                .containsEntry("pages of a PDF", String.valueOf(office.maxPages()))
                .containsEntry("threads of `charter batch`", "the processors, at most " + BatchCommand.MAX_THREADS)
                .containsEntry("characters of one line of `charter batch`'s JSON Lines", "the JSON document limit ("
                        + json.maxDocumentLength() / (1024 * 1024) + " Mi); a longer line fails alone, the rest of it"
                        + " skipped unkept");
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
