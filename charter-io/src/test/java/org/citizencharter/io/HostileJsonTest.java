package org.citizencharter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.citizencharter.io.Bytes.concat;
import static org.citizencharter.io.Bytes.indexOf;
import static org.citizencharter.io.Bytes.utf8;
import static org.citizencharter.io.JsonErrorTest.PLAN;
import static org.citizencharter.io.JsonErrorTest.at;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Malformed and hostile JSON, one input a test: each is refused with an {@link InvalidInputException}
 * that says where (line and column, and the JSON pointer where there is a value to point at), or is
 * read correctly; none hangs: each has a 30-second guard against a hang (a guard, not a speed check,
 * which belongs to JMH; the first read of the class is made before, in {@link #warmUp()}).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileJsonTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final String INDICATOR = "/areas/0/activities/0/indicators/0";

    /** Loads and compiles the readers once, so that each test's second bounds its input alone. */
    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 20; i++) {
            JSON.writePlan(JSON.readPlan(PLAN.replace("A-17", "x".repeat(100_000))));
            JSON.readHierarchy(JsonText.sample("hierarchy.json"));
            refusedBytes("{".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class TruncatedAndEmpty {

        @Test
        void anEmptyFileIsRefusedAtLineOne() {
            InvalidInputException error = refusedBytes(new byte[0]);
            assertThat(error.line()).hasValue(1);
            assertThat(error.problem()).isEqualTo("A plan document is a JSON object, not the end of the input");
        }

        @Test
        void aFileOfWhiteSpaceOnlyIsRefusedWhereItEnds() {
            assertThat(refused(" \n\t\r\n ").line()).hasValue(3);
        }

        @Test
        void aFileCutAfterItsFirstBraceIsRefused() {
            assertThat(refused("{").problem()).startsWith("The JSON ends before the document does");
        }

        @Test
        void aFileCutInsideAStringIsRefused() {
            String json = PLAN.substring(0, PLAN.indexOf("কমিটি পুনর্গঠিত") + 3);
            assertThat(refused(json).problem()).startsWith("The JSON ends before the document does");
        }

        @Test
        void aFileCutInsideAStringIsRefusedInTheSameWordsAndPlaceFromBytesAndText() {
            String json = PLAN.substring(0, PLAN.indexOf("কমিটি পুনর্গঠিত") + 3);
            InvalidInputException fromBytes = refusedBytes(utf8(json));
            InvalidInputException fromText = refused(json);
            assertThat(fromBytes.problem()).isEqualTo(fromText.problem())
                    .isEqualTo("The JSON ends before the document does, inside a string");
            String lastLine = json.substring(json.lastIndexOf('\n') + 1);
            assertThat(fromText.column()).hasValue(lastLine.length() + 1);
        }

        @Test
        void aDocumentThatIsOnlyAnUnendedBengaliStringIsRefusedWhereItEnds() {
            InvalidInputException error = refused("\"কমিটি");
            assertThat(error.line()).hasValue(1);
        }

        @Test
        void aFileCutInsideAnObjectSaysSo() {
            assertThat(refused("{\"office\": {\"id\": \"x\"").problem())
                    .isEqualTo("The JSON ends before the document does, inside an object");
        }

        @Test
        void aFileCutInsideANumberIsRefused() {
            String json = PLAN.substring(0, PLAN.indexOf("\"weight\": 18") + "\"weight\": 1".length());
            assertThat(refused(json).problem()).startsWith("The JSON ends before the document does");
        }

        @Test
        void aFileCutInTheMiddleOfABengaliLetterIsRefusedAsNotUtf8() {
            byte[] whole = PLAN.getBytes(StandardCharsets.UTF_8);
            int cut = PLAN.substring(0, PLAN.indexOf("প্রাতিষ্ঠানিক")).getBytes(StandardCharsets.UTF_8).length + 1;
            byte[] bytes = Arrays.copyOf(whole, cut);
            InvalidInputException error = refusedBytes(bytes);
            assertThat(error.problem()).startsWith("The input is not UTF-8 text");
            assertThat(error.line()).hasValue(at(PLAN, "প্রাতিষ্ঠানিক")[0]);
        }

        @Test
        void aLiteralNullIsNotADocument() {
            assertThat(refused("null").problem()).isEqualTo("A plan document is a JSON object, not null");
        }

        @Test
        void aStreamCutInItsSecondDocumentEndsWithAnErrorAtItsLine() {
            String first = JsonText.compact(PLAN);
            String lines = first + "\n" + first.substring(0, 40);
            List<Object> read = new ArrayList<>();
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> {
                try (Stream<ActionPlan> plans = JSON.readPlans(bytes(lines), "plans.jsonl")) {
                    plans.forEach(read::add);
                }
            });
            assertThat(read).hasSize(1);
            assertThat(error.line()).hasValue(2);
            assertThat(error.source()).contains("plans.jsonl");
        }
    }

    @Nested
    class WrongTypes {

        @Test
        void aStringOfLettersWhereAWeightBelongs() {
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": \"abc\",");
            InvalidInputException error = refused(json, "/areas/0/weight", "abc");
            assertThat(error.problem()).startsWith("The number cannot be read");
        }

        @Test
        void aNumberWhereTheFiscalYearBelongs() {
            String json = PLAN.replace("\"2022-23\"", "2022");
            refused(json, "/fiscalYear", "2022");
        }

        @Test
        void anObjectWhereTheAreasBelong() {
            String json = PLAN.replace("\"areas\": [", "\"areas\": {\"x\": [").replace("\n  ],\n  \"extensions\"",
                    "\n  ]},\n  \"extensions\"");
            refused(json, "/areas", null);
        }

        @Test
        void aBooleanWhereACodeBelongs() {
            refused(PLAN.replace("\"code\": \"1.1.1\"", "\"code\": false"), INDICATOR + "/code", "false");
        }

        @Test
        void aNumberWhereTheQuarterBelongs() {
            refused(PLAN.replace("\"asOf\": \"Q3\"", "\"asOf\": 3"), "/asOf", "3");
        }

        @Test
        void anArrayWhereTheReportedValuesBelong() {
            refused(PLAN.replace("{\"actual\": 3, \"percent\": 100}", "[3, 100]"), INDICATOR + "/reported", null);
        }

        @Test
        void aWholeNumberWrittenWithAFractionWhereThePolicyNeedsOne() {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPolicy(
                    "{\"schemaVersion\": 1, \"id\": \"p\", \"version\": \"1\", \"roundingScale\": 2.0}"));
            assertThat(error.pointer()).contains("/roundingScale");
            assertThat(error.text()).contains("2.0");
        }

        @Test
        void aStringWhereThePolicyNeedsAWholeNumber() {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPolicy(
                    "{\"schemaVersion\": 1, \"id\": \"p\", \"version\": \"1\", \"divisionPrecision\": \"16\"}"));
            assertThat(error.pointer()).contains("/divisionPrecision");
        }

        @Test
        void aWholeNumberBeyondAnIntInThePolicy() {
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPolicy(
                    "{\"schemaVersion\": 1, \"id\": \"p\", \"version\": \"1\", \"roundingScale\": 99999999999}"));
            assertThat(error.pointer()).contains("/roundingScale");
            assertThat(error.problem()).contains("too large");
        }
    }

    @Nested
    class Numbers {

        @Test
        void notANumberIsMalformedJson() {
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": NaN,");
            assertThat(refused(json).problem()).startsWith("The JSON is malformed");
        }

        @Test
        void infinityIsMalformedJson() {
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": Infinity,");
            assertThat(refused(json).problem()).startsWith("The JSON is malformed");
        }

        @Test
        void minusInfinityIsMalformedJson() {
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": -Infinity,");
            assertThat(refused(json).problem()).startsWith("The JSON is malformed");
        }

        @Test
        void notANumberAsAStringCannotBeRead() {
            refused(PLAN.replace("\"annual\": 4", "\"annual\": \"NaN\""), INDICATOR + "/target/annual", "NaN");
        }

        @Test
        void oneE400IsTooLargeToWriteOut() {
            InvalidInputException error = refused(PLAN.replace("\"weight\": 18,", "\"weight\": 1e400,"),
                    "/areas/0/weight", "1e400");
            assertThat(error.problem()).isEqualTo("The number has more than 60 digits when written out");
        }

        @Test
        void oneE400AsAStringCannotBeRead() {
            refused(PLAN.replace("\"annual\": 4", "\"annual\": \"1e400\""), INDICATOR + "/target/annual", "1e400");
        }

        @Test
        void aSmallExponentReadsAsItsPlainValue() {
            ActionPlan plan = JSON.readPlan(PLAN.replace("\"weight\": 18,", "\"weight\": 1.8E1,"));
            assertThat(plan.areas().getOnly().weight().value()).isEqualTo(new BigDecimal("18"));
            assertThat(JSON.writePlan(plan)).contains("\"weight\":18,");
        }

        @Test
        void aNegativeExponentKeepsItsDecimals() {
            ActionPlan plan = JSON.readPlan(PLAN.replace("\"annual\": 4", "\"annual\": 45E-1"));
            assertThat(JSON.writePlan(plan)).contains("\"annual\":4.5}");
        }

        @Test
        void minusZeroReadsAsZero() {
            ActionPlan plan = JSON.readPlan(PLAN.replace("\"weight\": 18,", "\"weight\": -0,"));
            assertThat(plan.areas().getOnly().weight().value()).isEqualTo(BigDecimal.ZERO);
            assertThat(JSON.writePlan(plan)).contains("\"weight\":0,");
        }

        @Test
        void minusZeroWithDecimalsKeepsItsScale() {
            ActionPlan plan = JSON.readPlan(PLAN.replace("[1, 1, 1, null]", "[-0.0, 1, 1, null]"));
            assertThat(JSON.writePlan(plan)).contains("\"quarters\":[0.0,1,1,null]");
        }

        @Test
        void sixtyDigitsAreRead() {
            String sixty = "9".repeat(60);
            ActionPlan plan = JSON.readPlan(PLAN.replace("\"annual\": 4", "\"annual\": " + sixty));
            assertThat(JSON.writePlan(plan)).contains("\"annual\":" + sixty + "}");
        }

        @Test
        void sixtyOneDigitsAreRefused() {
            String sixtyOne = "9".repeat(61);
            refused(PLAN.replace("\"annual\": 4", "\"annual\": " + sixtyOne), INDICATOR + "/target/annual", sixtyOne);
        }

        @Test
        void sixtyOneBengaliDigitsInAStringAreRefused() {
            String sixtyOne = "৯".repeat(61);
            refused(PLAN.replace("\"annual\": 4", "\"annual\": \"" + sixtyOne + "\""), INDICATOR + "/target/annual",
                    sixtyOne);
        }

        @Test
        void aNumberLongerThanTheNumberLimitIsRefusedByTheParser() {
            InvalidInputException error = refused(PLAN.replace("\"annual\": 4", "\"annual\": 1" + "0".repeat(300)));
            assertThat(error.problem()).contains("more than the limit of 200");
        }

        @Test
        void leadingZerosInAJsonNumberAreMalformed() {
            assertThat(refused(PLAN.replace("\"weight\": 18,", "\"weight\": 018,")).problem())
                    .startsWith("The JSON is malformed");
        }

        @Test
        void aPlusSignInAJsonNumberIsMalformed() {
            assertThat(refused(PLAN.replace("\"weight\": 18,", "\"weight\": +18,")).problem())
                    .startsWith("The JSON is malformed");
        }

        @Test
        void aHexadecimalNumberIsMalformed() {
            assertThat(refused(PLAN.replace("\"weight\": 18,", "\"weight\": 0x12,")).problem())
                    .startsWith("The JSON is malformed");
        }

        @Test
        void anExcelFormatStringWhereAWeightBelongs() {
            refused(PLAN.replace("\"weight\": 18,", "\"weight\": \"#,##0.00\","), "/areas/0/weight", "#,##0.00");
        }

        @Test
        void aBlankStringWhereAWeightIsRequired() {
            InvalidInputException error = refused(PLAN.replace("\"weight\": 18,", "\"weight\": \"\","),
                    "/areas/0/weight", "");
            assertThat(error.problem()).isEqualTo("A number is required but the text is blank");
        }

        @Test
        void anExponentInsideExtensionsIsKeptAsWritten() {
            ActionPlan plan = JSON.readPlan(PLAN.replace("{\"hostRef\": \"A-17\"}", "{\"big\": 1e400, \"z\": -0}"));
            assertThat(plan.extensions().json()).isEqualTo("{\"big\":1e400,\"z\":-0}");
        }
    }

    @Nested
    class HugeAndDeep {

        // Made before the tests, so that their second bounds the reading only.
        private static final String MILLION = "ক".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH);
        private static final String BEYOND_THE_DOCUMENT_LIMIT = PLAN.replace("\"extensions\": {\"hostRef\": \"A-17\"}",
                "\"extensions\": {\"pad\": [" + ("\"" + "x".repeat(900_000) + "\",").repeat(19) + "0]}");
        private static final String TEN_THOUSAND_OPEN = "[".repeat(10_000);
        private static final String TEN_THOUSAND_CLOSE = "]".repeat(10_000);

        @Test
        void aStringOfAMillionCharactersIsKeptWhole() {
            ActionPlan plan = JSON.readPlan(withRemarks(MILLION));
            assertThat(indicator(plan).reported().remarks()).contains(MILLION);
        }

        @Test
        void aStringOfOneCharacterMoreThanTheLimitIsRefused() {
            String json = withRemarks(MILLION + "ক");
            assertThat(refused(json).problem()).isEqualTo("The string has 1000001 characters, more than the limit"
                    + " of 1000000");
        }

        @Test
        void aDocumentBeyondSixteenMebicharactersIsRefused() {
            assertThat(BEYOND_THE_DOCUMENT_LIMIT.length()).isGreaterThan((int) JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                    () -> JSON.readPlan(BEYOND_THE_DOCUMENT_LIMIT));
            assertThat(error.problem()).isEqualTo("The document is longer than the limit of 16777216 characters");
            assertThat(error.line()).isPresent();
            assertThat(error.pointer()).contains("/extensions/pad/19");
        }

        @Test
        void tenThousandNestedArraysAreRefusedAtTheNestingLimit() {
            String json = PLAN.replace("{\"hostRef\": \"A-17\"}", "{\"deep\": " + TEN_THOUSAND_OPEN
                    + TEN_THOUSAND_CLOSE + "}");
            InvalidInputException error = refused(json);
            assertThat(error.problem()).isEqualTo("The document nests objects and arrays 65 deep, more than the"
                    + " limit of 64");
            assertThat(error.pointer()).isPresent();
        }

        @Test
        void tenThousandNestedObjectsWhereAValueBelongsAreRefusedAtTheNestingLimit() {
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": " + "{\"a\":".repeat(10_000) + "1"
                    + "}".repeat(10_000) + ",");
            assertThat(refused(json).problem()).contains("more than the limit of 64");
        }

        @Test
        void tenThousandNestedArraysInExtensionsAreKeptWhenTheHostRaisesTheLimit() {
            CharterJson deep = JSON.withLimits(JsonLimits.defaults().withMaxNestingDepth(20_000));
            String nested = TEN_THOUSAND_OPEN + TEN_THOUSAND_CLOSE;
            ActionPlan plan = deep.readPlan(PLAN.replace("{\"hostRef\": \"A-17\"}", "{\"deep\": " + nested + "}"));
            assertThat(plan.extensions().json()).isEqualTo("{\"deep\":" + nested + "}");
            assertThat(deep.readPlan(deep.writePlan(plan))).isEqualTo(plan);
        }

        @Test
        void tenThousandNestedArraysWhereAValueBelongsAreRefusedWhenTheHostRaisesTheLimit() {
            CharterJson deep = JSON.withLimits(JsonLimits.defaults().withMaxNestingDepth(20_000));
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": " + TEN_THOUSAND_OPEN + TEN_THOUSAND_CLOSE
                    + ",");
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> deep.readPlan(json));
            assertThat(error.pointer()).contains("/areas/0/weight");
            assertThat(error.problem()).contains("must be a number");
        }

        @Test
        void anErrorTenThousandDeepNamesItsWholePointer() {
            CharterJson deep = JSON.withLimits(JsonLimits.defaults().withMaxNestingDepth(20_000));
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": " + TEN_THOUSAND_OPEN + "1, 1" + TEN_THOUSAND_CLOSE
                    .replaceFirst("]", "}") + ",");
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> deep.readPlan(json));
            assertThat(error.pointer()).hasValueSatisfying(pointer -> assertThat(pointer).startsWith("/areas/0/weight/0/0/")
                    .endsWith("/0/1"));
        }

        @Test
        void malformedJsonTenThousandDeepIsRefusedAtItsPointerWhenTheHostRaisesTheLimit() {
            CharterJson deep = JSON.withLimits(JsonLimits.defaults().withMaxNestingDepth(20_000));
            String json = PLAN.replace("{\"hostRef\": \"A-17\"}", "{\"deep\": " + TEN_THOUSAND_OPEN + "1 2"
                    + TEN_THOUSAND_CLOSE + "}");
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> deep.readPlan(json));
            assertThat(error.problem()).startsWith("The JSON is malformed");
            assertThat(error.pointer()).hasValueSatisfying(pointer -> assertThat(pointer).startsWith("/extensions/deep/0/0"));
        }

        @Test
        void aHundredThousandQuartersAreRefusedAsNotFour() {
            String json = PLAN.replace("[1, 1, 1, null]", "[" + "1,".repeat(100_000) + "1]");
            assertThat(refused(json, INDICATOR + "/quarters", null).problem())
                    .isEqualTo("The field \"quarters\" must have 4 items, not 100001");
        }

        @Test
        void aMemberNameOfSixtyThousandCharactersIsRefused() {
            String json = PLAN.replace("\"weight\": 18,", "\"weight\": 18, \"" + "w".repeat(60_000) + "\": 1,");
            assertThat(refused(json).problem()).isEqualTo("The member name is too long: more than the limit"
                    + " of 50000 characters");
        }

        @Test
        void aHierarchyOfTenThousandOfficesInOneChainIsRead() {
            OfficeHierarchy offices = JSON.readHierarchy(offices(10_000, false));
            assertThat(offices.ancestors(OfficeId.of("o9999"))).hasSize(9_999);
        }

        @Test
        void aCycleOfTenThousandOfficesIsRefused() {
            String json = offices(10_000, true);
            InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> JSON.readHierarchy(json));
            assertThat(error.problem()).isEqualTo("The offices answer to each other in a cycle");
            assertThat(error.pointer()).contains("/offices");
            assertThat(error.line()).isPresent();
        }

        /** Offices o0 … o(n-1), each under the one before; the first under the last if {@code cycle}. */
        private static String offices(int count, boolean cycle) {
            StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"offices\": [");
            for (int i = 0; i < count; i++) {
                json.append(i == 0 ? "" : ",").append("{\"id\": \"o").append(i)
                        .append("\", \"name\": {\"bn\": \"দপ্তর\"}, \"level\": \"OTHER\"");
                if (i > 0 || cycle) {
                    json.append(", \"parent\": \"o").append((i + count - 1) % count).append('"');
                }
                json.append('}');
            }
            return json.append("]}").toString();
        }
    }

    @Nested
    class Encodings {

        @Test
        void anEscapedLoneSurrogateInAMemberNameIsRefused() {
            InvalidInputException error = refused(PLAN.replace("{\"hostRef\": \"A-17\"}", "{\"a\\udc00\": 1}"));
            assertThat(error.pointer()).contains("/extensions");
            assertThat(error.problem()).contains("surrogate");
        }

        @Test
        void aByteOrderMarkBeforeTheDocumentIsSkipped() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            assertThat(JSON.readPlan(new ByteArrayInputStream(concat(bom, utf8(PLAN))), "bom.json"))
                    .isEqualTo(JSON.readPlan(PLAN));
        }

        @Test
        void aByteOrderMarkInsideAStringIsKept() {
            ActionPlan plan = JSON.readPlan(withRemarks("\uFEFFমন্তব্য"));
            assertThat(indicator(plan).reported().remarks()).contains("\uFEFFমন্তব্য");
        }

        @Test
        void utf16LittleEndianIsRefusedShowingItsFirstBytes() {
            byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PLAN.getBytes(StandardCharsets.UTF_16LE));
            InvalidInputException error = refusedBytes(bytes);
            assertThat(error.problem()).startsWith("The input is not UTF-8 text");
            assertThat(error.text()).hasValueSatisfying(text -> assertThat(text).startsWith("\\xFF"));
            assertThat(error.column()).hasValue(1);
        }

        @Test
        void utf16BigEndianIsRefusedShowingItsFirstBytes() {
            InvalidInputException error = refusedBytes(PLAN.getBytes(StandardCharsets.UTF_16));
            assertThat(error.text()).hasValueSatisfying(text -> assertThat(text).startsWith("\\xFE"));
        }

        @Test
        void utf16WithoutAByteOrderMarkIsRefusedAtItsFirstLetterBeyondAscii() {
            InvalidInputException error = refusedBytes(PLAN.getBytes(StandardCharsets.UTF_16LE));
            assertThat(error.problem()).startsWith("The input is not UTF-8 text");
            assertThat(error.line()).hasValue(at(PLAN, "জেলা")[0]);
        }

        @Test
        void anInvalidUtf8SequenceInsideAStringIsRefusedAtItsColumn() {
            byte[] bytes = utf8(PLAN.replace("Committee re-formed", "Committee \u0000-formed"));
            int at = indexOf(bytes, (byte) 0);
            bytes[at] = (byte) 0xC3;
            bytes[at + 1] = (byte) 0x28;
            InvalidInputException error = refusedBytes(bytes);
            assertThat(error.text()).hasValueSatisfying(text -> assertThat(text).startsWith("\\xC3"));
            long[] where = at(PLAN, "Committee re-formed");
            assertThat(error.line()).hasValue(where[0]);
            assertThat(error.column()).hasValue(where[1] + "Committee ".length());
        }

        @Test
        void anOverlongUtf8EncodingIsRefused() {
            byte[] bytes = utf8(PLAN.replace("A-17", "A\u0000\u000017"));
            int at = indexOf(bytes, (byte) 0);
            bytes[at] = (byte) 0xC0;
            bytes[at + 1] = (byte) 0xAD;
            assertThat(refusedBytes(bytes).text()).hasValueSatisfying(text -> assertThat(text).startsWith("\\xC0"));
        }

        @Test
        void aSurrogateEncodedInUtf8IsRefused() {
            byte[] bytes = utf8(PLAN.replace("A-17", "A\u0000\u0000\u000017"));
            int at = indexOf(bytes, (byte) 0);
            bytes[at] = (byte) 0xED;
            bytes[at + 1] = (byte) 0xA0;
            bytes[at + 2] = (byte) 0x80;
            assertThat(refusedBytes(bytes).text()).contains("\\xED\\xA0\\x80");
        }

        @Test
        void aWindows1252FileIsRefused() {
            byte[] bytes = PLAN.replace("Training", "Caf\u00e9").replaceAll("[^\\x00-\\xFF]", "x")
                    .getBytes(Charset.forName("windows-1252"));
            assertThat(refusedBytes(bytes).text()).hasValueSatisfying(text -> assertThat(text).startsWith("\\xE9"));
        }

        @Test
        void anEscapedLoneSurrogateIsRefusedAsNoText() {
            InvalidInputException error = refused(withRemarks("\\ud800x"), INDICATOR + "/reported/remarks",
                    "\\uD800 at character 1");
            assertThat(error.problem()).isEqualTo("The text holds half of a surrogate pair, which is no character");
        }

        @Test
        void anEscapedLoneSurrogateWhereAnObjectBelongsIsRefusedForTheSurrogate() {
            String json = PLAN.replace("\"target\": {\"kind\": \"SINGLE\", \"annual\": 4}", "\"target\": \"\\ud800\"");
            InvalidInputException error = refused(json, INDICATOR + "/target", "\\uD800 at character 1");
            assertThat(error.problem()).isEqualTo("The text holds half of a surrogate pair, which is no character");
        }

        @Test
        void anEscapedSurrogatePairIsOneCharacterAndKept() {
            ActionPlan plan = JSON.readPlan(withRemarks("\\ud83d\\ude00"));
            assertThat(indicator(plan).reported().remarks()).contains("\uD83D\uDE00");
            assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
        }
    }

    @Nested
    class LineEndingsAndControlCharacters {

        @Test
        void carriageReturnsAloneEndLines() {
            String json = PLAN.replace("\n", "\r").replace("\"weight\": 18,", "\"weight\": -18,");
            InvalidInputException error = refused(json, "/areas/0/weight", "-18");
            assertThat(error.line()).hasValue(at(PLAN, "\"weight\": 18,")[0]);
        }

        @Test
        void mixedLineEndingsCountOneLineEach() {
            String[] lines = PLAN.replace("\"weight\": 18,", "\"weight\": -18,").split("\n", -1);
            StringBuilder json = new StringBuilder();
            String[] endings = {"\r\n", "\n", "\r"};
            for (int i = 0; i < lines.length; i++) {
                json.append(lines[i]).append(i == lines.length - 1 ? "" : endings[i % 3]);
            }
            InvalidInputException error = refused(json.toString(), "/areas/0/weight", "-18");
            assertThat(error.line()).hasValue(at(PLAN, "\"weight\": 18,")[0]);
        }

        @Test
        void aRawTabInsideAStringIsMalformed() {
            assertThat(refused(withRemarks("a\tb")).problem()).startsWith("The JSON is malformed");
        }

        @Test
        void aRawControlCharacterInsideAStringIsMalformed() {
            assertThat(refused(withRemarks("a\u0001b")).problem()).startsWith("The JSON is malformed");
        }

        @Test
        void escapedControlCharactersAreKeptAndWrittenEscaped() {
            ActionPlan plan = JSON.readPlan(withRemarks("a\\u0001\\t\\u0000b"));
            assertThat(indicator(plan).reported().remarks()).contains("a\u0001\t\u0000b");
            assertThat(JSON.writePlan(plan)).contains("\"remarks\":\"a\\u0001\\t\\u0000b\"");
            assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
        }

        @Test
        void aNulByteBetweenTokensIsMalformed() {
            assertThat(refused(PLAN.replace("\"asOf\": \"Q3\",", "\"asOf\": \"Q3\",\u0000")).problem())
                    .startsWith("The JSON is malformed");
        }
    }

    @Nested
    class NotJson {

        @Test
        void aCommentIsMalformed() {
            assertThat(refused(PLAN.replace("\"asOf\": \"Q3\",", "\"asOf\": \"Q3\", // as of Q3")).problem())
                    .startsWith("The JSON is malformed");
        }

        @Test
        void singleQuotesAreMalformed() {
            assertThat(refused(PLAN.replace("\"asOf\": \"Q3\"", "'asOf': 'Q3'")).problem())
                    .startsWith("The JSON is malformed");
        }

        @Test
        void aTrailingCommaIsMalformed() {
            assertThat(refused(PLAN.replace("\"reported\": {\"actual\": 3, \"percent\": 100}",
                    "\"reported\": {\"actual\": 3, \"percent\": 100,}")).problem()).startsWith("The JSON is malformed");
        }

        @Test
        void anUnquotedKeyIsMalformed() {
            assertThat(refused(PLAN.replace("\"asOf\": \"Q3\"", "asOf: \"Q3\"")).problem())
                    .startsWith("The JSON is malformed");
        }

        @Test
        void aMissingRequiredUnitIsNamed() {
            InvalidInputException error = refused(PLAN.replace("\"unit\": {\"kind\": \"NUMBER\", \"label\": \"সংখ্যা\"},",
                    ""), INDICATOR, null);
            assertThat(error.problem()).isEqualTo("An indicator has no \"unit\"");
        }

        @Test
        void aBlankCodeIsRefused() {
            refused(PLAN.replace("\"code\": \"1.1.1\"", "\"code\": \"\""), INDICATOR + "/code", "");
        }

        @Test
        void aBlankFiscalYearIsRefused() {
            refused(PLAN.replace("\"2022-23\"", "\"\""), "/fiscalYear", "");
        }

        @Test
        void aDateWithoutLeadingZerosIsRefused() {
            String json = PLAN.replace("{\"kind\": \"NUMBER\", \"label\": \"সংখ্যা\"}", "{\"kind\": \"DATE\", \"label\": \"তারিখ\"}")
                    .replace("{\"kind\": \"SINGLE\", \"annual\": 4}", "{\"kind\": \"DEADLINE\", \"date\": \"2023-1-5\"}")
                    .replace("[1, 1, 1, null]", "[null, null, null, null]")
                    .replace("{\"actual\": 3, \"percent\": 100}", "{}");
            refused(json, INDICATOR + "/target/date", "2023-1-5");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Refused, from text and from bytes alike, at a line and column; the error of the text is returned. */
    static InvalidInputException refused(String json) {
        InvalidInputException fromBytes = refusedBytes(utf8(json));
        InvalidInputException fromText = catchThrowableOfType(InvalidInputException.class, () -> JSON.readPlan(json));
        assertThat(fromText).as("refused as text").isNotNull();
        assertThat(fromText.line()).as(fromText.getMessage()).isEqualTo(fromBytes.line());
        assertThat(fromText.column()).as(fromText.getMessage()).isEqualTo(fromBytes.column());
        assertThat(fromText.pointer()).as(fromText.getMessage()).isEqualTo(fromBytes.pointer());
        return fromText;
    }

    /** Refused, with the pointer and text given (null: none). */
    static InvalidInputException refused(String json, String pointer, String text) {
        InvalidInputException error = refused(json);
        assertThat(error.pointer()).as(error.getMessage()).contains(pointer);
        if (text == null) {
            assertThat(error.text()).as(error.getMessage()).isEmpty();
        } else {
            assertThat(error.text()).as(error.getMessage()).contains(text);
        }
        return error;
    }

    static InvalidInputException refusedBytes(byte[] bytes) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> JSON.readPlan(new ByteArrayInputStream(bytes), "hostile.json"));
        assertThat(error).as("an InvalidInputException").isNotNull();
        assertThat(error.source()).contains("hostile.json");
        assertThat(error.line()).as(error.getMessage()).isPresent();
        assertThat(error.column()).as(error.getMessage()).isPresent();
        assertThat(error.getMessage()).startsWith("hostile.json, line ");
        return error;
    }

    private static String withRemarks(String remarks) {
        return PLAN.replace("{\"actual\": 3, \"percent\": 100}", "{\"actual\": 3, \"percent\": 100, \"remarks\": \""
                + remarks + "\"}");
    }

    private static Indicator indicator(ActionPlan plan) {
        return plan.indicators().getOnly();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(utf8(text));
    }

}
