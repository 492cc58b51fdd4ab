package org.citizencharter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Every example runs, and prints what it promises. */
class ExamplesTest {

    @Test
    void scorePlanExample() throws Exception {
        String out = Console.capture(() -> ScorePlanExample.main(new String[0])).out();
        assertThat(out).startsWith("District Cooperative Office, Cox's Bazar: 18.39 of 25");
        assertThat(out.lines().filter(line -> line.startsWith("ERROR"))).hasSize(2);
        assertThat(out.lines().filter(line -> line.startsWith("WARNING"))).hasSize(2);
    }

    @Test
    void customRuleExample() throws Exception {
        String out = Console.capture(() -> CustomRuleExample.main(new String[0])).out();
        assertThat(out).contains("1.2.1  0.00 below 60 % of the target: no marks");
        assertThat(out).contains("total 17.50 (the default rules give 18.39)");
    }

    @Test
    void districtRollUpExample() throws Exception {
        String out = Console.capture(() -> DistrictRollUpExample.main(new String[0])).out();
        assertThat(out.lines().filter(line -> line.startsWith("upazila-"))).hasSize(8);
        assertThat(out).contains("mean ").contains("lowest ");
        assertThat(out).contains("Upazila office 4 under this office has no plan")
                .contains("Upazila office 8 under this office has no plan");
    }

    @Test
    void jacksonModuleExample() throws Exception {
        String out = Console.capture(() -> JacksonModuleExample.main(new String[0])).out();
        JsonNode card = new ObjectMapper().readTree(out);
        assertThat(card.get("totalScore").decimalValue()).isEqualByComparingTo("18.39");
        assertThat(card.get("findings")).hasSize(4);
    }

    @Test
    void batchScoringExample() throws Exception {
        Console.Output output = Console.capture(() -> BatchScoringExample.main(new String[0]));
        assertThat(output.out().lines()).hasSize(9).allSatisfy(line -> assertThat(line).startsWith("{\"schemaVersion\":1"));
        assertThat(output.err()).contains("9 scorecards");
    }
}
