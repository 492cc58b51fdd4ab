package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.core.testing.SeedPlans;
import org.junit.jupiter.api.Test;

/** What the canonical form of a plan is, and how other forms of the same plan read into it. */
class CanonicalFormTest {

    private static final CharterJson JSON = CharterJson.standard();

    private static final String HEAD = "{\"schemaVersion\":1,\"office\":{\"id\":\"o-1\",\"name\":{\"bn\":\"দপ্তর\",\"en\":\"Office\"},"
            + "\"level\":\"DISTRICT\"},\"fiscalYear\":\"2023-24\",\"kind\":\"OTHER\",\"asOf\":\"Q3\",\"areas\":[{\"code\":\"1\","
            + "\"name\":{\"bn\":\"\",\"en\":\"Area\"},\"weight\":3.0,\"activities\":[{\"code\":\"1.1\",\"name\":{\"bn\":\"\","
            + "\"en\":\"Activity\"},\"indicators\":[";
    private static final String TAIL = "]}]}]}";

    /** A canonical plan document with one indicator. */
    private static String plan(String indicator) {
        return HEAD + indicator + TAIL;
    }

    private static Indicator onlyIndicator(String json) {
        return JSON.readPlan(json).indicators().getOnly();
    }

    @Test
    void canonicalDocumentsAreWrittenBackByteForByte() {
        String json = plan("{\"code\":\"1.1.1\",\"name\":{\"bn\":\"সভা\",\"en\":\"Meetings\"},\"unit\":{\"kind\":\"NUMBER\","
                + "\"label\":\"সংখ্যা (হাজার)\"},\"weight\":3.0,\"polarity\":\"HIGHER\",\"method\":\"SUM\",\"target\":{\"kind\":"
                + "\"SINGLE\",\"annual\":4.50,\"quarterly\":[1,1.50,2,0]},\"quarters\":[1.25,null,0.00,null],\"reported\":"
                + "{\"actual\":1.25,\"percent\":27.78,\"score\":0.8,\"evidence\":\"কার্যবিবরণী\",\"remarks\":\"on \\\"time\\\"\"},"
                + "\"extensions\":{\"hostRef\":\"A-17\",\"n\":[1.50,-0,1e400,\"সেবা\",null,true,{}]}}");
        assertThat(JSON.writePlan(JSON.readPlan(json))).isEqualTo(json);
        Schemas.assertFollows(Schemas.PLAN, json);
    }

    @Test
    void aCharacterBeyondUffffIsWrittenAsItselfInBytesAsInText() {
        String json = plan("{\"code\":\"1.1.1\",\"name\":{\"bn\":\"সভা \uD83D\uDE00\",\"en\":\"\"},\"unit\":{\"kind\":"
                + "\"NUMBER\",\"label\":\"সংখ্যা\"},\"weight\":3.0,\"polarity\":\"HIGHER\",\"method\":\"SUM\","
                + "\"extensions\":{\"tag\":\"\uD83D\uDE00\"}}");
        ActionPlan plan = JSON.readPlan(json);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.writePlan(plan, bytes);
        assertThat(JSON.writePlan(plan)).isEqualTo(json);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json).doesNotContain("\\uD83D");
    }

    @Test
    void numbersKeepTheScaleTheyWereWrittenWith() {
        Indicator indicator = onlyIndicator(plan("{\"code\":\"1.1.1\",\"name\":{},\"unit\":{\"kind\":\"NUMBER\"},\"weight\":3.0,"
                + "\"target\":{\"kind\":\"SINGLE\",\"annual\":4.50},\"quarters\":[0.10,null,null,null]}"));
        assertThat(indicator.weight().orElseThrow().value()).isEqualTo(new BigDecimal("3.0"));
        assertThat(((Target.Single) indicator.target()).annual()).isEqualTo(new BigDecimal("4.50"));
        assertThat(indicator.quarters().q1()).isEqualTo(Value.of(new BigDecimal("0.10")));
    }

    @Test
    void numbersWithAnExponentReadAsTheirPlainValue() {
        String json = plan("{\"code\":\"1.1.1\",\"name\":{},\"unit\":{\"kind\":\"NUMBER\"},\"weight\":3E0,"
                + "\"target\":{\"kind\":\"SINGLE\",\"annual\":1.5E1},\"quarters\":[2.50e-1,null,null,null]}");
        Indicator indicator = onlyIndicator(json);
        assertThat(indicator.weight().orElseThrow().value()).isEqualTo(new BigDecimal("3"));
        assertThat(((Target.Single) indicator.target()).annual()).isEqualTo(new BigDecimal("15"));
        assertThat(indicator.quarters().q1()).isEqualTo(Value.of(new BigDecimal("0.250")));
        assertThat(JSON.writePlan(JSON.readPlan(json))).contains("\"weight\":3,").contains("\"annual\":15}")
                .contains("\"quarters\":[0.250,null,null,null]");
    }

    @Test
    void quantitiesMayBeStringsOfBengaliOrAsciiDigits() {
        String json = plan("{\"code\":\"[১.১.১]\",\"name\":{},\"unit\":{\"kind\":\"PERCENT\",\"label\":\"%\"},\"weight\":\"০৩\","
                + "\"target\":{\"kind\":\"SINGLE\",\"annual\":\"১৭.৫\"},\"quarters\":[\"২৫%\",\"10\",null,\"1,234.5\"]}");
        Indicator indicator = onlyIndicator(json);
        assertThat(indicator.code().toString()).isEqualTo("1.1.1");
        assertThat(indicator.weight().orElseThrow().value()).isEqualTo(new BigDecimal("3"));
        assertThat(((Target.Single) indicator.target()).annual()).isEqualTo(new BigDecimal("17.5"));
        assertThat(indicator.quarters()).isEqualTo(QuarterValues.of(Value.of(25), Value.of(10), Value.NOT_REPORTED,
                Value.of(new BigDecimal("1234.5"))));
        assertThat(JSON.writePlan(JSON.readPlan(json))).contains("\"code\":\"1.1.1\"").contains("\"weight\":3,")
                .contains("\"quarters\":[25,10,null,1234.5]");
    }

    @Test
    void aQuarterWithNothingReportedIsNullAndAPlanWithNoneLeavesQuartersOut() {
        ActionPlan seed = SeedPlans.coxsBazar();
        assertThat(JSON.writePlan(seed)).contains("\"quarters\":[null,1,1,null]");
        String annual = plan("{\"code\":\"1.1.1\",\"name\":{},\"unit\":{\"kind\":\"NUMBER\"},\"weight\":3,"
                + "\"quarters\":[null,null,null,null],\"reported\":{\"actual\":4}}");
        Indicator indicator = onlyIndicator(annual);
        assertThat(indicator.quarters()).isEqualTo(QuarterValues.NONE);
        assertThat(JSON.writePlan(JSON.readPlan(annual))).doesNotContain("\"quarters\"");
    }

    @Test
    void fieldsLeftOutTakeTheirDefaultsAndAreWrittenOut() {
        String json = plan("{\"code\":\"1.1.1\",\"name\":{\"bn\":\"সভা\"},\"unit\":{\"kind\":\"PERCENT\"},\"weight\":3}");
        Indicator indicator = onlyIndicator(json);
        assertThat(indicator.method()).isEqualTo(CalculationMethod.AVERAGE);
        assertThat(indicator.polarity()).isEqualTo(Polarity.HIGHER);
        assertThat(indicator.target()).isEqualTo(Target.NONE);
        assertThat(indicator.reported()).isEqualTo(Reported.NONE);
        assertThat(JSON.writePlan(JSON.readPlan(json))).contains("{\"code\":\"1.1.1\",\"name\":{\"bn\":\"সভা\",\"en\":\"\"},"
                + "\"unit\":{\"kind\":\"PERCENT\",\"label\":\"\"},\"weight\":3,\"polarity\":\"HIGHER\",\"method\":\"AVERAGE\"}");
    }

    @Test
    void nullMeansTheSameAsLeftOut() {
        String json = "{\"schemaVersion\":1,\"office\":{\"id\":\"o-1\",\"name\":{},\"level\":\"OTHER\",\"parent\":null,"
                + "\"extensions\":null},\"fiscalYear\":\"2023-24\",\"kind\":\"OTHER\",\"declaredTotal\":null,\"asOf\":null,"
                + "\"areas\":[],\"extensions\":null}";
        ActionPlan plan = JSON.readPlan(json);
        assertThat(plan.declaredTotal()).isEmpty();
        assertThat(plan.asOf()).isEmpty();
        assertThat(JSON.writePlan(plan)).isEqualTo("{\"schemaVersion\":1,\"office\":{\"id\":\"o-1\",\"name\":{\"bn\":\"\","
                + "\"en\":\"\"},\"level\":\"OTHER\"},\"fiscalYear\":\"2023-24\",\"kind\":\"OTHER\",\"areas\":[]}");
    }

    @Test
    void fieldsInAnyOrderAreWrittenInTheCanonicalOrder() {
        String shuffled = "{\"areas\":[],\"kind\":\"GRS\",\"fiscalYear\":\"২০২৩-২০২৪\",\"office\":{\"level\":\"UPAZILA\","
                + "\"name\":{\"en\":\"Office\",\"bn\":\"দপ্তর\"},\"id\":\"o-1\"},\"asOf\":\"২য়\",\"declaredTotal\":\"২৫\","
                + "\"schemaVersion\":1}";
        assertThat(JSON.writePlan(JSON.readPlan(shuffled))).isEqualTo("{\"schemaVersion\":1,\"office\":{\"id\":\"o-1\","
                + "\"name\":{\"bn\":\"দপ্তর\",\"en\":\"Office\"},\"level\":\"UPAZILA\"},\"fiscalYear\":\"2023-24\","
                + "\"kind\":\"GRS\",\"declaredTotal\":25,\"asOf\":\"Q2\",\"areas\":[]}");
    }

    @Test
    void extensionsAreKeptInCanonicalFormAndAnEmptyObjectIsNone() {
        String json = plan("{\"code\":\"1.1.1\",\"name\":{},\"unit\":{\"kind\":\"DATE\"},\"weight\":3,\"extensions\": "
                + "{ \"z\" : 1.50 ,\n \"a\": [\"\\u09B8\\u09C7\\u09AC\\u09BE\", \"line\\nbreak\", {\"deep\": {}}] }}")
                .replace(TAIL, "],\"extensions\":{}}]}]}");
        ActionPlan plan = JSON.readPlan(json);
        assertThat(plan.indicators().getOnly().extensions())
                .isEqualTo(Extensions.of("{\"z\":1.50,\"a\":[\"সেবা\",\"line\\nbreak\",{\"deep\":{}}]}"));
        assertThat(plan.areas().getOnly().activities().getOnly().extensions()).isEqualTo(Extensions.NONE);
        assertThat(JSON.writePlan(plan)).contains("\"method\":\"DATE\",\"extensions\":{\"z\":1.50,\"a\":[\"সেবা\","
                + "\"line\\nbreak\",{\"deep\":{}}]}}]}]");
    }

    @Test
    void extensionsAHostPutOnTheModelAreWrittenInCanonicalForm() {
        ActionPlan plan = SeedPlans.coxsBazar().withExtensions(Extensions.of("{ \"a\" : [ 1 , 2.0 ] , \"b\" : { } }"));
        String json = JSON.writePlan(plan);
        assertThat(json).endsWith(",\"extensions\":{\"a\":[1,2.0],\"b\":{}}}");
        assertThat(JSON.readPlan(json).extensions()).isEqualTo(Extensions.of("{\"a\":[1,2.0],\"b\":{}}"));
        assertThat(JSON.writePlan(SeedPlans.coxsBazar().withExtensions(Extensions.of(" { } ")))).doesNotContain("extensions");
    }

    @Test
    void datesAreIsoAndTargetsSayTheirKind() {
        String json = plan("{\"code\":\"1.1.1\",\"name\":{\"bn\":\"\",\"en\":\"\"},\"unit\":{\"kind\":\"DATE\",\"label\":\"তারিখ\"},"
                + "\"weight\":1,\"polarity\":\"HIGHER\",\"method\":\"DATE\",\"target\":{\"kind\":\"GRADED_DATES\",\"columns\":"
                + "[\"2010-12-30\",\"2011-01-10\",\"2011-01-15\",\"2011-01-20\",\"2011-01-25\"]},\"quarters\":[null,null,"
                + "\"2011-01-12\",null],\"reported\":{\"actual\":\"2011-01-12\"}}");
        assertThat(JSON.writePlan(JSON.readPlan(json))).isEqualTo(json);
        String graded = json.replace("\"DATE\",\"label\":\"তারিখ\"", "\"NUMBER\",\"label\":\"\"")
                .replace("\"method\":\"DATE\"", "\"method\":\"CUMULATIVE\"")
                .replace("{\"kind\":\"GRADED_DATES\",\"columns\":[\"2010-12-30\",\"2011-01-10\",\"2011-01-15\",\"2011-01-20\","
                        + "\"2011-01-25\"]}", "{\"kind\":\"GRADED\",\"columns\":[11.13,11.12,11.11,11.10,11.09]}")
                .replace("\"2011-01-12\"", "11.115");
        assertThat(JSON.writePlan(JSON.readPlan(graded))).isEqualTo(graded);
        assertThat(onlyIndicator(graded).target()).isEqualTo(Target.graded(new BigDecimal("11.13"), new BigDecimal("11.12"),
                new BigDecimal("11.11"), new BigDecimal("11.10"), new BigDecimal("11.09")));
    }
}
