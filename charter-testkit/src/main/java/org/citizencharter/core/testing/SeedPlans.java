package org.citizencharter.core.testing;

import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.ActivityCode;
import org.citizencharter.core.Area;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.IndicatorCode;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.QuarterValues;
import org.citizencharter.core.Reported;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.Value;
import org.citizencharter.core.Weight;
import org.eclipse.collections.api.factory.Lists;

/**
 * The real plans the project started from, built by hand, cell by cell, from the seed tables in
 * {@code shared/seeds/}: every value the office wrote is here, as written (Bengali names with their
 * slips, weights such as "০৩", the reported 60 % and 100 %).
 */
public final class SeedPlans {

    /** The office of the Cox's Bazar report: the District Cooperative Office, Cox's Bazar. */
    public static final Office COXS_BAZAR_OFFICE = Office.of(OfficeId.of("coop-district-coxsbazar"),
            BilingualText.of("জেলা সমবায় কার্যালয়, কক্সবাজার", "District Cooperative Office, Cox's Bazar"),
            OfficeLevel.DISTRICT, OfficeId.of("coop-division-chattogram"));

    private SeedPlans() {
    }

    /**
     * The Citizen's Charter plan of the District Cooperative Office, Cox's Bazar, 2022-23, with its
     * progress reported as of Q3 ({@code coxsbazar-cc-2022-23-q3.tsv}).
     *
     * @return the plan, as of Q3
     */
    public static ActionPlan coxsBazar() {
        Area first = new Area(AreaCode.of(1), BilingualText.bengali("প্রাতিষ্ঠানিক"), Weight.parse("১৮"),
                Lists.immutable.of(
                        activity("[১.১] ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত পরিবীক্ষণ কমিটি পুনর্গঠন",
                                count("[১.১.১] কমিটি পুনর্গঠিত", "০৩", "৪", "১", "১", "১", "৩", "১০০%")),
                        activity("[১.২] ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত পরিবীক্ষণ কমিটির সিদ্ধান্ত বাস্তবায়ন",
                                indicator("[১.২.১] সিদ্ধান্ত বাস্তবায়িত ও প্রতিবেদন প্রেরিত।", Unit.percent(), "৪", "৯০",
                                        "২৫%", "২৫%", "১০%", "৬০%", "১০০%")),
                        activity("[১.৩] সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর/ সংস্থার সমন্বয়ে ত্রৈমাসিক ভিত্তিতে সভা আয়োজন।",
                                count("[১.৩.১] সভা আয়োজিত।", "২", "৪", "১", "১", "১", "৩", "১০০%")),
                        activity("[১.৪] ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ(আওতাধীন দপ্তর/ সংস্থাসমূহ)",
                                count("[১.৪.১] হালনাগাদকৃত", "৯", "৪", "১", "১", "১", "৩", "১০০%"))));
        Area second = new Area(AreaCode.of(2), BilingualText.bengali("সক্ষমতা অর্জন"), Weight.parse("৭"),
                Lists.immutable.of(
                        activity("[২.১] সেবা প্রদান প্রতিশ্রুতি বিষয়ক কর্মশালা/ প্রশিক্ষণ/সেমিনার আয়োজন",
                                count("[২.১.১] কর্মশালা/ প্রশিক্ষণ/সেমিনার আয়োজিত", "৩", "২", "-", "১", "১", "২", "১০০%")),
                        activity("[২.২] সেবা প্রদান বিষয়ে স্টেকহোল্ডারগণের সমন্বয়ে অবহিতকরণ সভা আয়োজন",
                                count("[২.২.১] অবহিতকরণ সভা আয়োজিত", "০৪", "২", "-", "১", "১", "২", "১০০%"))));
        return new ActionPlan(COXS_BAZAR_OFFICE, FiscalYear.parse("২০২২-২৩"), PlanKind.CITIZEN_CHARTER,
                Optional.empty(), Optional.of(Quarter.Q3), Lists.immutable.of(first, second));
    }

    private static Activity activity(String cell, Indicator indicator) {
        return Activity.of(ActivityCode.parse(code(cell)), BilingualText.bengali(name(cell)), indicator);
    }

    private static Indicator count(String cell, String weight, String target, String q1, String q2, String q3,
            String actual, String percent) {
        return indicator(cell, Unit.number(), weight, target, q1, q2, q3, actual, percent);
    }

    /** An indicator row: Q4 is "-" in every row of the seed, as the report is made as of Q3. */
    private static Indicator indicator(String cell, Unit unit, String weight, String target, String q1, String q2,
            String q3, String actual, String percent) {
        return Indicator.builder(IndicatorCode.parse(code(cell)), BilingualText.bengali(name(cell)))
                .unit(unit)
                .weight(weight)
                .target(Target.of(Numerals.parseDecimal(target)))
                .quarters(QuarterValues.of(value(q1), value(q2), value(q3), Value.NOT_REPORTED))
                .reported(Reported.NONE.withActual(value(actual)).withPercent(Numerals.parseDecimal(percent)))
                .build();
    }

    private static Value value(String cell) {
        return cell.equals("-") ? Value.NOT_REPORTED : Value.of(Numerals.parseDecimal(cell));
    }

    private static String code(String cell) {
        return cell.substring(0, cell.indexOf(']') + 1);
    }

    private static String name(String cell) {
        return cell.substring(cell.indexOf(']') + 1).strip();
    }
}
