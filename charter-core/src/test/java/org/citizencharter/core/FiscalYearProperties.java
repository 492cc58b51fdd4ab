package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.citizencharter.core.testing.Property;
import org.junit.jupiter.api.Test;

class FiscalYearProperties {

    @Test
    void everyDateOfAFiscalYearLiesInExactlyOneQuarter() {
        Property.forAll("one quarter per date", random -> {
            FiscalYear year = FiscalYear.of(random.nextInt(1972, 2200));
            LocalDate date = year.start().plusDays(random.nextInt(year.lengthInDays()));
            assertThat(year.contains(date)).isTrue();
            assertThat(FiscalYear.containing(date)).isEqualTo(year);
            Quarter quarter = year.quarterOf(date);
            long holding = Quarter.all().count(q -> !date.isBefore(year.startOf(q)) && !date.isAfter(year.endOf(q)));
            assertThat(holding).isEqualTo(1);
            assertThat(date).isBetween(year.startOf(quarter), year.endOf(quarter));
            assertThat(quarter.months()).contains(date.getMonth());
        });
    }

    @Test
    void quartersTileTheYear() {
        Property.forAll("quarters tile the year", random -> {
            FiscalYear year = FiscalYear.of(random.nextInt(1972, 2200));
            assertThat(year.startOf(Quarter.Q1)).isEqualTo(year.start());
            assertThat(year.endOf(Quarter.Q4)).isEqualTo(year.end());
            long days = 0;
            for (Quarter quarter : Quarter.all()) {
                days += year.endOf(quarter).toEpochDay() - year.startOf(quarter).toEpochDay() + 1;
                if (quarter != Quarter.Q4) {
                    assertThat(year.endOf(quarter).plusDays(1)).isEqualTo(year.startOf(Quarter.of(quarter.number() + 1)));
                }
            }
            assertThat(days).isEqualTo(year.lengthInDays());
            assertThat(year.next().start()).isEqualTo(year.end().plusDays(1));
        });
    }
}
