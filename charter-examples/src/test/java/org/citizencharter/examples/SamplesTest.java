package org.citizencharter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.table.TableReader;
import org.junit.jupiter.api.Test;

/** The committed samples are what {@link SampleFiles} makes, and the seed tables agree with their JSON. */
class SamplesTest {

    @Test
    void committedSamplesAreTheGeneratedOnes() throws Exception {
        for (Map.Entry<String, String> file : SampleFiles.contents().entrySet()) {
            assertThat(Files.readString(Path.of("samples", file.getKey()), StandardCharsets.UTF_8))
                    .as("samples/%s; run SampleFiles.main to write it again", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void theSeedTableAndItsJsonAreThePlanBuiltByHand() throws Exception {
        ActionPlan fromJson = CharterJson.standard().readPlan(
                Files.readString(Path.of("samples", "coxsbazar-cc-2022-23-q3.json"), StandardCharsets.UTF_8));
        ActionPlan fromTable = TableReader.of(SeedPlans.COXS_BAZAR_OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                .withFiscalYear(FiscalYear.parse("2022-23"))
                .read(Path.of("samples", "coxsbazar-cc-2022-23-q3.tsv"));
        assertThat(fromJson).isEqualTo(SeedPlans.coxsBazar());
        assertThat(fromTable).isEqualTo(SeedPlans.coxsBazar());
    }

    @Test
    void theAreaNamesAreSpeltAsTheOfficeWroteThemNotAsOcrReadThem() throws Exception {
        for (String sample : new String[] {"coxsbazar-cc-2022-23-q3.tsv", "coxsbazar-cc-2022-23-q3.json",
            "patuakhali-cc-2023-24-q3.md"}) {
            String text = Files.readString(Path.of("samples", sample), StandardCharsets.UTF_8);
            assertThat(text).as(sample).doesNotContain("প্রশিক্ষণিক").doesNotContain("সকলমতা");
        }
        assertThat(SeedPlans.coxsBazar().areas().collect(area -> area.name().bn()))
                .contains("প্রাতিষ্ঠানিক", "সক্ষমতা অর্জন");
    }
}
