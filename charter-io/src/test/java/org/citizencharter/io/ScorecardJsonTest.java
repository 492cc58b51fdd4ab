package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Weight;
import org.citizencharter.core.testing.ReferenceScorer;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/** The scorecard document: the fields of domain.md §6 with the worked figures, and its exact values. */
class ScorecardJsonTest {

    private static final CharterJson JSON = CharterJson.standard();

    private static Scorecard coxsBazar() {
        ActionPlan plan = SeedPlans.coxsBazar();
        return ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
    }

    @Test
    void theCoxsBazarReportHasTheFiguresOfSection6() {
        String json = JSON.writeScorecard(coxsBazar());
        assertThat(json).startsWith("{\"schemaVersion\":1,\"office\":{\"id\":\"coop-district-coxsbazar\",\"name\":"
                + "{\"bn\":\"জেলা সমবায় কার্যালয়, কক্সবাজার\",\"en\":\"District Cooperative Office, Cox's Bazar\"},"
                + "\"level\":\"DISTRICT\",\"parent\":\"coop-division-chattogram\"},\"fiscalYear\":\"2022-23\",\"asOf\":\"Q3\","
                + "\"kind\":\"CITIZEN_CHARTER\",\"policy\":{\"id\":\"charter-default\",\"version\":\"2026.1\",\"roundingScale\":2},"
                + "\"totalWeight\":25,\"totalScore\":18.39,\"percentOfTotal\":73.56,\"areas\":[{\"code\":\"1\",\"name\":"
                + "{\"bn\":\"প্রাতিষ্ঠানিক\",\"en\":\"\"},\"weight\":18,\"score\":11.39,\"exact\":{\"score\":\"11.38888888888888888888888888888889\"}}");
        assertThat(json).contains("{\"code\":\"1.2.1\",\"area\":\"1\",\"activity\":\"1.2\",\"name\":{\"bn\":"
                + "\"সিদ্ধান্ত বাস্তবায়িত ও প্রতিবেদন প্রেরিত।\",\"en\":\"\"},\"weight\":4,\"method\":\"AVERAGE\",\"status\":\"SCORED\","
                + "\"annualTarget\":90,\"targetToDate\":90,\"achieved\":20,\"percentOfAnnualTarget\":22.22,"
                + "\"percentOfTargetToDate\":22.22,\"score\":0.89,\"onTrackScore\":0.89,");
        assertThat(json).contains("{\"id\":\"REPORTED_TOTAL_MISMATCH\",\"severity\":\"ERROR\",\"area\":\"1\","
                + "\"activity\":\"1.2\",\"indicator\":\"1.2.1\",\"quarter\":null,\"expected\":\"20\",\"actual\":\"60\",\"message\":{\"bn\":");
        assertThat(json).endsWith("\"exact\":{\"totalScore\":\"18.38888888888888888888888888888889\",\"percentOfTotal\":\"73.55555555555555555555555555555556\"}}");
        Schemas.assertFollows(Schemas.SCORECARD, json);
    }

    @Test
    void aFindingAboutThePlanHasNoAreaOrIndicator() {
        ActionPlan plan = SeedPlans.coxsBazar().withDeclaredTotal(Weight.of(30));
        Scorecard card = ReferenceScorer.defaults().score(plan, plan.period().orElseThrow());
        assertThat(card.findings().getFirst().type()).contains(FindingType.PLAN_WEIGHT_MISMATCH);
        assertThat(JSON.writeScorecard(card)).contains("\"findings\":[{\"id\":\"PLAN_WEIGHT_MISMATCH\",\"severity\":\"WARNING\","
                + "\"area\":null,\"activity\":null,\"indicator\":null,\"quarter\":null,\"expected\":\"30\",\"actual\":\"25\"");
    }

    @Test
    void readingTakesTheExactValues() {
        Scorecard card = JSON.readScorecard(JSON.writeScorecard(coxsBazar()));
        assertThat(card.totalScore()).isEqualTo(new BigDecimal("18.38888888888888888888888888888889"));
        assertThat(card).isEqualTo(coxsBazar());
    }

    @Test
    void aFigureWithoutItsExactValueIsReadAsWritten() {
        String json = JSON.writeScorecard(coxsBazar())
                .replace(",\"exact\":{\"totalScore\":\"18.38888888888888888888888888888889\",\"percentOfTotal\":\"73.55555555555555555555555555555556\"}", "");
        Scorecard card = JSON.readScorecard(json);
        assertThat(card.totalScore()).isEqualTo(new BigDecimal("18.39"));
        assertThat(card.percentOfTotal()).contains(new BigDecimal("73.56"));
    }

    @Test
    void aRoundedFigureThatIsNotItsExactValueRounded() {
        String json = JSON.writeScorecard(coxsBazar()).replace("\"totalScore\":18.39", "\"totalScore\":18.40");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readScorecard, json,
                "/totalScore", JsonErrorTest.at(json, "18.40"), "18.40");
        assertThat(error.problem()).isEqualTo("The figure is not its exact value (18.38888888888888888888888888888889) rounded to 2 decimals");
    }

    @Test
    void anExactValueThatIsNotADecimal() {
        String json = JSON.writeScorecard(coxsBazar()).replace("\"11.38888888888888888888888888888889\"", "\"11,39\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readScorecard, json,
                "/areas/0/exact/score", JsonErrorTest.at(json, "\"11,39\""), "11,39");
    }

    @Test
    void anExactValueIsWrittenAsBigDecimalWritesIt() {
        String exact = "\"11.38888888888888888888888888888889\"";
        String json = JSON.writeScorecard(coxsBazar());
        for (String form : new String[] {"11.3888888888888888888888888888888900", "1138888888888888888888888888888889E-32",
            "1.138888888888888888888888888888889E+1"}) {
            String good = json.replace(exact, "\"" + form + "\"");
            assertThatCode(() -> JSON.readScorecard(good)).as(form).doesNotThrowAnyException();
        }
        for (String form : new String[] {"11.", ".39", "+11.39", "11.39e0", "11.39E", "11.39E+", "1 1", "-", "11.39E+1x",
            "١١.٣٩"}) {
            String bad = json.replace(exact, "\"" + form + "\"");
            InvalidInputException error = JsonErrorTest.expectFrom(JSON::readScorecard, bad, "/areas/0/exact/score",
                    JsonErrorTest.at(bad, "\"exact\":{\"score\":\"" + form + "\"", "\"exact\":{\"score\":".length()), form);
            assertThat(error.problem()).as(form).startsWith("The field \"score\" must be an exact decimal in ASCII digits");
        }
    }

    @Test
    void anExactValueForAFigureThatIsNull() {
        String json = JSON.writeScorecard(coxsBazar()).replace("\"percentOfAnnualTarget\":22.22", "\"percentOfAnnualTarget\":null");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readScorecard, json,
                "/indicators/1/exact/percentOfAnnualTarget",
                JsonErrorTest.at(json, "\"22.22222222222222222222222222222222\",\"percentOfTargetToDate\":\"22.22"), "22.22222222222222222222222222222222");
        assertThat(error.problem()).isEqualTo("There is an exact value, but the figure \"percentOfAnnualTarget\" is not a number");
    }

    @Test
    void aRoundingScaleNoPolicyCanHave() {
        String json = JSON.writeScorecard(coxsBazar()).replace("\"roundingScale\":2", "\"roundingScale\":11");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readScorecard, json,
                "/policy/roundingScale", JsonErrorTest.at(json, "11}"), "11");
        assertThat(error.problem()).isEqualTo("The rounding scale must be 0 to 10");
    }

    @Test
    void aFindingFieldLeftOut() {
        String json = JSON.writeScorecard(coxsBazar()).replaceFirst("\"quarter\":null,", "");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readScorecard, json,
                "/findings/0", JsonErrorTest.at(json, "{\"id\":\"REPORTED_PERCENT_MISMATCH\""), null);
        assertThat(error.problem()).isEqualTo("A finding has no \"quarter\"");
    }

    @Test
    void aFindingIdThatIsNotOne() {
        String json = JSON.writeScorecard(coxsBazar()).replace("\"REPORTED_PERCENT_MISMATCH\"", "\"reported-percent\"");
        InvalidInputException error = JsonErrorTest.expectFrom(JSON::readScorecard, json,
                "/findings/0/id", JsonErrorTest.at(json, "\"reported-percent\""), "reported-percent");
    }
}
