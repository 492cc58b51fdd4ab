package org.citizencharter.io;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.FiscalYearRange;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Weight;

/**
 * Seeded scoring policies: every field drawn over its whole range, valid by the policy's own rules, and
 * the host's extensions one time in three.
 */
final class PolicyGenerator {

    private static final String NAME_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

    private final RandomGenerator random;

    private PolicyGenerator(RandomGenerator random) {
        this.random = random;
    }

    static PolicyGenerator using(RandomGenerator random) {
        return new PolicyGenerator(random);
    }

    ScoringPolicy policy() {
        ScoringPolicy.Builder policy = ScoringPolicy.defaults().toBuilder()
                .id(name())
                .version(name())
                .fiscalYears(years())
                .tolerance(BigDecimal.valueOf(random.nextLong(0, 1000), random.nextInt(0, 4)))
                .missingQuarterCountsZero(random.nextBoolean())
                .roundingScale(random.nextInt(0, 11))
                .divisionPrecision(random.nextInt(8, 35));
        policy.severities(Map.of());
        for (FindingType type : FindingType.values()) {
            if (random.nextInt(4) == 0) {
                policy.severity(type.id(), severity());
            }
        }
        for (int i = random.nextInt(0, 3); i > 0; i--) {
            policy.severity("HOST_RULE_" + random.nextInt(0, 100), severity());
        }
        Map<PlanKind, Weight> totals = new EnumMap<>(PlanKind.class);
        for (PlanKind kind : PlanKind.values()) {
            if (random.nextInt(3) != 0) {
                totals.put(kind, Weight.of(BigDecimal.valueOf(random.nextLong(0, 20000), random.nextInt(0, 3))));
            }
        }
        policy.conventionalTotals(totals);
        policy.extensions(extensions());
        return policy.build();
    }

    private String name() {
        StringBuilder name = new StringBuilder();
        name.append(NAME_CHARACTERS.charAt(random.nextInt(62)));
        for (int i = random.nextInt(0, 20); i > 0; i--) {
            name.append(NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())));
        }
        return name.toString();
    }

    private FiscalYearRange years() {
        FiscalYear first = FiscalYear.of(random.nextInt(2000, 2040));
        FiscalYear last = FiscalYear.of(first.startYear() + random.nextInt(0, 10));
        return switch (random.nextInt(4)) {
            case 0 -> FiscalYearRange.all();
            case 1 -> FiscalYearRange.from(first);
            case 2 -> FiscalYearRange.until(last);
            default -> FiscalYearRange.between(first, last);
        };
    }

    /** The host's own data one policy in three, in canonical form: nested, Bengali, numbers as written. */
    private Extensions extensions() {
        return switch (random.nextInt(6)) {
            case 0 -> Extensions.of("{\"circular\":\"মপবি/" + random.nextInt(2000, 2040) + "/" + random.nextInt(1, 100) + "\"}");
            case 1 -> Extensions.of("{\"approvedBy\":{\"office\":\"মন্ত্রিপরিষদ বিভাগ\",\"on\":\"2025-07-0"
                    + random.nextInt(1, 10) + "\"},\"weights\":[0.50," + random.nextInt(100) + ",1e400,null,true]}");
            default -> Extensions.NONE;
        };
    }

    private Severity severity() {
        return Severity.values()[random.nextInt(Severity.values().length)];
    }
}
