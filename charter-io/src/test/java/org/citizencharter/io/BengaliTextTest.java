package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Language;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.table.TableFormat;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.io.table.TableWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bengali text that is legitimate survives JSON and every table format untouched, code point for code
 * point: zero-width joiner and non-joiner, reph and ya-phala conjuncts, both spellings of "য়", text in
 * NFC and in NFD. charter keeps text exactly as written and normalises nothing it keeps; it compares
 * headers in NFC (see {@code HostileTableTest} and {@code TableReaderTest}).
 */
class BengaliTextTest {

    private static final CharterJson JSON = CharterJson.standard();

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("zero-width joiner (র‍্যাব)", "র\u200D\u09CD\u09AF\u09BE\u09AC"),
                Arguments.of("zero-width non-joiner", "কর্ম\u200Cসম্পাদন"),
                Arguments.of("reph over ya (র্য)", "কার্যক্রম \u09B0\u09CD\u09AF"),
                Arguments.of("ya-phala (্য)", "ব্যবস্থা \u09CD\u09AF"),
                Arguments.of("য় as one code point (U+09DF)", "কো\u09DFার্টার"),
                Arguments.of("য় as য + nukta (U+09AF U+09BC)", "কো\u09AF\u09BCার্টার"),
                Arguments.of("text in NFC", Normalizer.normalize("কোয়ার্টার পৌঁছেছে", Normalizer.Form.NFC)),
                Arguments.of("text in NFD", Normalizer.normalize("কোয়ার্টার পৌঁছেছে", Normalizer.Form.NFD)),
                Arguments.of("khanda ta and hasant with ZWJ", "উৎস, ত্\u200D"),
                Arguments.of("a character beyond U+FFFF", "সেবা \uD83D\uDE00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void survivesJsonCodePointForCodePoint(String what, String text) {
        ActionPlan plan = withText(text);
        String json = JSON.writePlan(plan);
        assertThat(json).contains(text);
        ActionPlan back = JSON.readPlan(json);
        assertThat(back).isEqualTo(plan);
        assertSameText(back, text);
        assertThat(back.extensions().json()).contains(text);
        ActionPlan fromBytes = JSON.readPlan(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "bengali.json");
        assertSameText(fromBytes, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void survivesEveryTableFormatCodePointForCodePoint(String what, String text) {
        ActionPlan plan = asATableHoldsIt(withText(text));
        TableReader reader = TableReader.of(plan.office(), plan.kind(), plan.asOf().orElseThrow())
                .withFiscalYear(plan.fiscalYear());
        for (TableFormat format : TableFormat.values()) {
            String table = TableWriter.of(format).write(plan);
            ActionPlan back = reader.read(table, format.name());
            assertThat(back).as(format + ":\n" + table).isEqualTo(plan);
            assertSameText(back, text);
            ActionPlan fromBytes = reader.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)),
                    format.name());
            assertSameText(fromBytes, text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void isKeptAsWrittenNotNormalised(String what, String text) {
        for (Normalizer.Form form : Normalizer.Form.values()) {
            String other = Normalizer.normalize(text, form);
            if (!other.equals(text)) {
                ActionPlan plan = withText(text);
                ActionPlan normalised = withText(other);
                assertThat(JSON.readPlan(JSON.writePlan(normalised))).isNotEqualTo(plan);
                assertSameText(JSON.readPlan(JSON.writePlan(normalised)), other);
            }
        }
    }

    /**
     * The Cox's Bazar seed with the text in the names of its first area, activity and indicator, in that
     * indicator's unit, evidence, remarks and extensions, and in the plan's extensions.
     */
    private static ActionPlan withText(String text) {
        ActionPlan seed = SeedPlans.coxsBazar();
        Area area = seed.areas().getFirst();
        Activity activity = area.activities().getFirst();
        Indicator indicator = activity.indicators().getFirst();
        Indicator changed = indicator.toBuilder()
                .name(BilingualText.bengali("সূচক " + text))
                .unit(Unit.parse("সংখ্যা " + text))
                .reported(indicator.reported().withEvidence(text + " প্রমাণক").withRemarks("মন্তব্য " + text))
                .extensions(Extensions.of("{\"note\":\"" + text + "\"}"))
                .build();
        Activity newActivity = new Activity(activity.code(), BilingualText.bengali(text),
                activity.indicators().collect(each -> each == indicator ? changed : each));
        Area newArea = new Area(area.code(), BilingualText.bengali("ক্ষেত্র " + text), area.weight(),
                area.activities().collect(each -> each == activity ? newActivity : each));
        return seed.withAreas(seed.areas().collect(each -> each == area ? newArea : each))
                .withExtensions(Extensions.of("{\"title\":\"" + text + "\"}"));
    }

    private static void assertSameText(ActionPlan plan, String text) {
        Area area = plan.areas().getFirst();
        Activity activity = area.activities().getFirst();
        Indicator indicator = activity.indicators().getFirst();
        assertThat(codePoints(area.name().in(Language.BN))).isEqualTo(codePoints("ক্ষেত্র " + text));
        assertThat(codePoints(activity.name().in(Language.BN))).isEqualTo(codePoints(text));
        assertThat(codePoints(indicator.name().in(Language.BN))).isEqualTo(codePoints("সূচক " + text));
        assertThat(codePoints(indicator.unit().label())).isEqualTo(codePoints("সংখ্যা " + text));
        assertThat(indicator.reported().evidence().map(BengaliTextTest::codePoints))
                .isEqualTo(Optional.of(codePoints(text + " প্রমাণক")));
        assertThat(indicator.reported().remarks().map(BengaliTextTest::codePoints))
                .isEqualTo(Optional.of(codePoints("মন্তব্য " + text)));
    }

    /** The code points in hexadecimal, so that a difference shows which character changed. */
    private static String codePoints(String text) {
        StringBuilder hex = new StringBuilder();
        text.codePoints().forEach(c -> hex.append(String.format(java.util.Locale.ROOT, "U+%04X ", c)));
        return hex.toString().strip();
    }

    /** What an office table holds of a plan: names in Bengali only, no declared total, no extensions. */
    private static ActionPlan asATableHoldsIt(ActionPlan plan) {
        return new ActionPlan(plan.office(), plan.fiscalYear(), plan.kind(), Optional.empty(), plan.asOf(),
                plan.areas().collect(area -> new Area(area.code(), BilingualText.bengali(area.name().in(Language.BN)),
                        area.weight(), area.activities().collect(activity -> new Activity(activity.code(),
                                BilingualText.bengali(activity.name().in(Language.BN)), activity.indicators().collect(
                                        indicator -> indicator.toBuilder()
                                                .name(BilingualText.bengali(indicator.name().in(Language.BN)))
                                                .polarity(Polarity.HIGHER)
                                                .target(indicator.target() instanceof Target.Single single
                                                        ? Target.of(single.annual()) : indicator.target())
                                                .extensions(Extensions.NONE).build()))))),
                Extensions.NONE);
    }
}
