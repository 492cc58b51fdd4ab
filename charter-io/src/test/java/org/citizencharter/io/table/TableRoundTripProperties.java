package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Activity;
import org.citizencharter.core.Area;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CalculationMethod;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Extensions;
import org.citizencharter.core.Indicator;
import org.citizencharter.core.Language;
import org.citizencharter.core.Polarity;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.Target;
import org.citizencharter.core.Unit;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.testing.PlanGenerator;
import org.citizencharter.core.testing.Property;
import org.citizencharter.io.HostileText;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/**
 * plan → table → plan gives back the plan, for every kind, layout, unit, method and digit the generators
 * make, in every format and language, consistent or carrying an injected inconsistency (nothing a broken
 * plan holds is lost or mended on the way); and whatever a unit's label says, the unit comes back of its
 * kind ("সংখ্যা (%)" of a number stays a number).
 */
class TableRoundTripProperties {

    @Test
    void aPlanWrittenAsATableReadsBackTheSame() {
        Property.forAll("plan → table → plan", random -> {
            ReportingPeriod period = PlanGenerator.using(random).period();
            ActionPlan generated = Tables.anyPlan(random, period);
            TableFormat format = TableFormat.values()[random.nextInt(TableFormat.values().length)];
            Language language = Language.values()[random.nextInt(Language.values().length)];
            ActionPlan plan = asATableHoldsIt(generated, language);
            TableWriter writer = TableWriter.of(format).withLanguage(language);
            TableReader reader = TableReader.of(plan.office(), plan.kind(), period.asOf());
            if (isGraded(plan) || random.nextBoolean()) {
                // The single target's header carries the fiscal year; the five graded headers do not.
                reader = reader.withFiscalYear(plan.fiscalYear());
            }

            String table = writer.write(plan);
            assertThat(reader.read(table, format + " " + language)).as(table).isEqualTo(plan);
        });
    }

    private static final List<String> OFFICES = List.of("জেলা সমবায় অফিসারের কার্যালয়", "উপজেলা নির্বাহী অফিসারের কার্যালয়",
            "জেলা প্রশাসকের কার্যালয়", "উপজেলা সমাজসেবা অফিস", "District Cooperative Office");
    private static final List<String> PLACES = List.of("পটুয়াখালী", "কক্স বাজার", "কলাপাড়া", "Cox's Bazar");
    /** Each quarter's months, in Bengali as offices spell them and in English. */
    private static final List<List<String>> MONTHS = List.of(
            List.of("জুলাই-সেপ্টেম্বর", "জুলাই - সেপ্টেম্বর", "July-September"),
            List.of("অক্টোবর-ডিসেম্বর", "অক্টোবর- ডিসেম্বর", "October-December"),
            List.of("জানুয়ারী-মার্চ", "জানুয়ারি-মার্চ", "January-March"),
            List.of("এপ্রিল-জুন", "এপ্রিল–জুন", "April-June"));
    private static final List<String> ORDINALS = List.of("১ম", "২য়", "৩য়", "৪র্থ");

    @Test
    void theLetterAroundATableGivesItsOfficeYearAndQuarter() {
        // domain.md §5: where the reader is not given them, the office, the fiscal year and the quarter come
        // from the text around the table, in the forms offices write them.
        Property.forAll("letter + table → office, year, quarter", random -> {
            ReportingPeriod period = PlanGenerator.using(random).period();
            TableFormat format = TableFormat.values()[random.nextInt(TableFormat.values().length)];
            ActionPlan plan = asATableHoldsIt(Tables.anyPlan(random, period), Language.BN);
            String office = OFFICES.get(random.nextInt(OFFICES.size()));
            String place = PLACES.get(random.nextInt(PLACES.size()));
            // In CSV, the one-line office ("…, পটুয়াখালী"), the months followed by ", ২০২৪" and the list of
            // recipients below hold the delimiter: they are the letter's lines all the same.
            boolean oneLine = random.nextBoolean();
            String letterhead = oneLine ? office + ", " + place : office + "\n" + place + "।";
            int quarter = period.asOf().number();
            String months = MONTHS.get(quarter - 1).get(random.nextInt(3));
            int calendarYear = plan.fiscalYear().endYear() - (quarter <= 2 ? 1 : 0);
            String year = random.nextBoolean() ? Integer.toString(calendarYear)
                    : org.citizencharter.core.Numerals.toBengaliDigits(Integer.toString(calendarYear));
            String ordinal = ORDINALS.get(quarter - 1);
            int form = random.nextInt(4);
            String periodLine = switch (form) {
                case 0 -> "ত্রৈমাসিকের নাম: " + months + "/" + year + " খ্রিঃ।";
                case 1 -> "বিষয়: " + ordinal + " ত্রৈমাসিক (" + months + ")/" + year + " অগ্রগতি প্রতিবেদন";
                case 2 -> "প্রতিবেদনের সময়: " + months + ", " + year;
                default -> "বিষয়: " + org.citizencharter.core.Numerals.toBengaliDigits(plan.fiscalYear().toString())
                        + " অর্থ বছরের " + ordinal + " ত্রৈমাসিক অগ্রগতি প্রতিবেদন";
            };
            // The period's line right above the header, or a blank line between them.
            String letter = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\n" + letterhead + "\n\n" + periodLine
                    + (random.nextBoolean() ? "\n\n" : "\n");
            String table = TableWriter.of(format).write(plan);
            TableReader reader = TableReader.of(plan.office(), plan.kind()).withOfficeNameFromText();

            // Below the table, a memo number and whom the letter goes to.
            String below = "\nস্মারক নং ৩০৭\n১। বিভাগীয় সমবায় কার্যালয়, বরিশাল।\n";
            if ((format == TableFormat.CSV || format == TableFormat.TSV) && random.nextBoolean()) {
                // As Excel saves a sheet with the letter in the cells above and below the table: a row a line.
                letter = asExcelRows(letter, table, format);
                below = asExcelRows(below, table, format);
            }
            ActionPlan back = reader.read(letter + table + below, format.name());
            String expected = office + ", " + place;
            assertThat(expected.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.BENGALI) ? back.office().name().bn() : back.office().name().en())
                    .as(letter).isEqualTo(expected);
            assertThat(back.fiscalYear()).as(letter).isEqualTo(plan.fiscalYear());
            assertThat(back.asOf()).as(letter).isEqualTo(plan.asOf());
            assertThat(back.areas()).as(letter + table).isEqualTo(plan.areas());
        });
    }

    /**
     * Lines of text as the rows Excel saves for them, each line in its first cell and as many empty cells
     * after it as the table has columns (a blank line a row of empty cells).
     */
    private static String asExcelRows(String text, String table, TableFormat format) {
        char delimiter = format.delimiter();
        String header = table.substring(0, table.indexOf('\n'));
        String empty = String.valueOf(delimiter).repeat((int) header.chars().filter(c -> c == delimiter).count());
        StringBuilder rows = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            boolean quoted = line.indexOf(delimiter) >= 0 || line.indexOf('"') >= 0;
            rows.append(quoted ? '"' + line.replace("\"", "\"\"") + '"' : line).append(empty).append("\r\n");
        }
        return rows.toString();
    }

    /** Unit labels for each kind, among them labels that alone would read as another kind. */
    private static final Map<UnitKind, List<String>> LABELS = Map.of(
            UnitKind.NUMBER, List.of("সংখ্যা", "সংখ্যা (%)", "শতকরা হার সংখ্যা", "তারিখ সংখ্যা", "date count", "%",
                    "টাকা [লক্ষ]", "number"),
            UnitKind.PERCENT, List.of("%", "শতকরা", "সংখ্যা", "দিন", "date", "percent [of files]"),
            UnitKind.DATE, List.of("তারিখ", "সংখ্যা", "%", "দিন", "date", "number"));

    @Test
    void everyUnitMethodAndTargetKindReadsBackAsItWasWhateverItsLabelSays() {
        Set<UnitKind> units = EnumSet.noneOf(UnitKind.class);
        Set<CalculationMethod> methods = EnumSet.noneOf(CalculationMethod.class);
        Set<Class<?>> targets = new HashSet<>();
        AtomicInteger misleading = new AtomicInteger();
        Property.forAll("plan with any unit label → table → plan", random -> {
            ReportingPeriod period = PlanGenerator.using(random).period();
            TableFormat format = TableFormat.values()[random.nextInt(TableFormat.values().length)];
            Language language = Language.values()[random.nextInt(Language.values().length)];
            ActionPlan generated = asATableHoldsIt(Tables.anyPlan(random, period), language);
            ActionPlan plan = generated.withAreas(generated.areas().collect(area -> area.withActivities(
                    area.activities().collect(activity -> new Activity(activity.code(), activity.name(),
                            activity.indicators().collect(indicator -> relabel(indicator, random, misleading)))))));
            for (Indicator indicator : plan.indicators()) {
                units.add(indicator.unit().kind());
                methods.add(indicator.method());
                targets.add(indicator.target().getClass());
            }
            TableReader reader = TableReader.of(plan.office(), plan.kind(), period.asOf()).withFiscalYear(plan.fiscalYear());
            String table = TableWriter.of(format).withLanguage(language).write(plan);
            assertThat(reader.read(table, format + " " + language)).as(table).isEqualTo(plan);
        });
        assertThat(units).containsExactlyInAnyOrder(UnitKind.values());
        assertThat(methods).containsExactlyInAnyOrder(CalculationMethod.values());
        assertThat(targets).contains(Target.Single.class, Target.Deadline.class, Target.Graded.class,
                Target.GradedDates.class);
        assertThat(misleading.get()).as("labels that alone read as another kind").isGreaterThan(Property.cases() / 2);
    }

    private static Indicator relabel(Indicator indicator, RandomGenerator random, AtomicInteger misleading) {
        List<String> labels = LABELS.get(indicator.unit().kind());
        String label = labels.get(random.nextInt(labels.size()));
        if (Unit.parse(label).kind() != indicator.unit().kind()) {
            misleading.incrementAndGet();
        }
        return indicator.toBuilder().unit(Unit.of(indicator.unit().kind(), label)).build();
    }

    @Test
    void hostileNamesEvidenceAndRemarksSurviveEveryFormat() {
        AtomicInteger remarks = new AtomicInteger();
        Property.forAll("plan with hostile text → table → plan", random -> {
            ReportingPeriod period = PlanGenerator.using(random).period();
            TableFormat format = TableFormat.values()[random.nextInt(TableFormat.values().length)];
            Language language = Language.values()[random.nextInt(Language.values().length)];
            EnumSet<HostileText.Part> parts = EnumSet.of(HostileText.Part.EVIDENCE_AND_REMARKS);
            if (language == Language.BN) {
                // An English name with Bengali letters in it would read back as a Bengali one.
                parts.add(HostileText.Part.NAMES);
            }
            if (format != TableFormat.MARKDOWN) {
                parts.add(HostileText.Part.CARRIAGE_RETURNS);
            }
            ActionPlan plan = HostileText.decorate(asATableHoldsIt(Tables.anyPlan(random, period), language), random,
                    parts);
            TableReader reader = TableReader.of(plan.office(), plan.kind(), period.asOf())
                    .withFiscalYear(plan.fiscalYear());
            String table = TableWriter.of(format).withLanguage(language).write(plan);
            ActionPlan back = reader.read(table, format + " " + language);
            for (int i = 0; i < plan.indicators().size(); i++) {
                assertThat(back.indicators().get(i).reported()).as(table).isEqualTo(plan.indicators().get(i).reported());
                remarks.incrementAndGet();
            }
            assertThat(back).as(table).isEqualTo(plan);
        });
        assertThat(remarks.get()).as("remarks checked").isGreaterThan(Property.cases() / 2);
    }

    /**
     * The plan as far as an office table holds it: names in one language, no declared total, no host
     * extensions, more-is-better (the writer refuses lower-is-better).
     */
    private static ActionPlan asATableHoldsIt(ActionPlan plan, Language language) {
        ImmutableList<Area> areas = plan.areas().collect(area -> new Area(area.code(), oneLanguage(area.name(), language),
                area.weight(), area.activities().collect(activity -> new Activity(activity.code(),
                        oneLanguage(activity.name(), language), activity.indicators().collect(
                                indicator -> tableIndicator(indicator, language))))));
        return new ActionPlan(plan.office(), plan.fiscalYear(), plan.kind(), Optional.empty(), plan.asOf(), areas,
                Extensions.NONE);
    }

    private static Indicator tableIndicator(Indicator indicator, Language language) {
        return indicator.toBuilder().name(oneLanguage(indicator.name(), language)).polarity(Polarity.HIGHER)
                .extensions(Extensions.NONE).build();
    }

    /** The generators' Bengali names hold Bengali letters and their English ones none. */
    private static BilingualText oneLanguage(BilingualText name, Language language) {
        return language == Language.BN ? BilingualText.bengali(name.bn()) : BilingualText.english(name.en());
    }

    private static boolean isGraded(ActionPlan plan) {
        return plan.indicators().anySatisfy(indicator -> indicator.target() instanceof Target.Graded
                || indicator.target() instanceof Target.GradedDates);
    }

}
