package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Every value type's parse/format round trip, in Bengali and in ASCII digits. */
class ValueTypeProperties {

    @Test
    void decimalsRoundTripInBothScriptsKeepingTheirScale() {
        Property.forAll("decimals round-trip", random -> {
            BigDecimal value = decimal(random);
            for (Language language : Language.values()) {
                String text = Numerals.format(value, language);
                BigDecimal back = Numerals.parseDecimal(text);
                assertThat(back).as(text).isEqualTo(value);
                assertThat(back.scale()).isEqualTo(value.scale());
            }
            assertThat(Numerals.parseDecimal(Numerals.format(value, Language.BN) + "%")).isEqualTo(value);
            assertThat(Numerals.parseDecimal(mix(Numerals.format(value, Language.EN), random))).isEqualTo(value);
        });
    }

    @Test
    void codesRoundTripInBothScripts() {
        Property.forAll("codes round-trip", random -> {
            int[] segments = random.ints(random.nextInt(1, 5), 0, 200).toArray();
            IndicatorCode code = IndicatorCode.of(segments);
            assertThat(IndicatorCode.parse(code.toString())).isEqualTo(code);
            assertThat(IndicatorCode.parse(code.format(Language.BN))).isEqualTo(code);
            assertThat(IndicatorCode.parse(code.format(Language.EN))).isEqualTo(code);
            assertThat(IndicatorCode.parse(mix(code.format(Language.EN), random))).isEqualTo(code);
            assertThat(code.format(Language.BN)).doesNotContainPattern("[0-9]");
        });
    }

    @Test
    void fiscalYearsAndPeriodsRoundTripInBothScripts() {
        Property.forAll("fiscal years round-trip", random -> {
            FiscalYear year = FiscalYear.of(random.nextInt(FiscalYear.MIN_START_YEAR, FiscalYear.MAX_START_YEAR + 1));
            assertThat(FiscalYear.parse(year.toString())).isEqualTo(year);
            assertThat(FiscalYear.parse(year.format(Language.BN))).isEqualTo(year);
            assertThat(FiscalYear.parse(year.startYear() + "-" + year.endYear())).isEqualTo(year);
            ReportingPeriod period = ReportingPeriod.of(year, Quarter.of(random.nextInt(1, 5)));
            assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
            assertThat(ReportingPeriod.parse(period.format(Language.BN))).isEqualTo(period);
            assertThat(Quarter.parse(period.asOf().label(Language.BN))).isEqualTo(period.asOf());
        });
    }

    @Test
    void datesRoundTripInBothScripts() {
        Property.forAll("dates round-trip", random -> {
            LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1972, 1, 1).toEpochDay(),
                    LocalDate.of(2999, 12, 31).toEpochDay()));
            for (Language language : Language.values()) {
                assertThat(DateText.parse(DateText.format(date, language))).isEqualTo(date);
            }
            assertThat(DateText.parse(DateText.format(date, Language.EN).replace('-', '/'))).isEqualTo(date);
            assertThat(DateText.parse(date.toString())).isEqualTo(date);
        });
    }

    @Test
    void weightsRoundTrip() {
        Property.forAll("weights round-trip", random -> {
            Weight weight = Weight.of(decimal(random).abs());
            assertThat(Weight.parse(weight.toString())).isEqualTo(weight);
            assertThat(Weight.parse(weight.format(Language.BN))).isEqualTo(weight);
        });
    }

    /** A decimal of up to 18 digits and 0 to 4 decimals, either sign. */
    private static BigDecimal decimal(RandomGenerator random) {
        BigInteger unscaled = BigInteger.valueOf(random.nextLong(0, 1_000_000_000_000_000_000L) >> random.nextInt(0, 60));
        BigDecimal value = new BigDecimal(unscaled, random.nextInt(0, 5));
        return random.nextBoolean() ? value.negate() : value;
    }

    /** The same text with some of its ASCII digits made Bengali. */
    private static String mix(String ascii, RandomGenerator random) {
        StringBuilder mixed = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            mixed.append(c >= '0' && c <= '9' && random.nextBoolean() ? Numerals.toBengaliDigits(String.valueOf(c)) : c);
        }
        return mixed.toString();
    }
}
