package org.citizencharter.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.testing.PlanGenerator;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/** Small tables for tests, written row by row, and generated plans. */
public final class Tables {

    private static final ImmutableList<FindingType> INJECTABLE = Lists.immutable.of(FindingType.values())
            .reject(type -> type == FindingType.SUBORDINATE_REPORT_MISSING);

    static final Office OFFICE = Office.of(OfficeId.of("test-office"),
            BilingualText.of("পরীক্ষা দপ্তর", "Test office"), OfficeLevel.DISTRICT);

    /** Reads with the test office, a Citizen's Charter plan as of Q3, fiscal year 2023-24. */
    static final TableReader READER = TableReader.of(OFFICE, PlanKind.CITIZEN_CHARTER, Quarter.Q3)
            .withFiscalYear(FiscalYear.parse("2023-24"));

    /** The Bengali header of a single-target table, as the government writes it. */
    static final String[] HEADER = {"কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
        "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক অর্জন", "২য় ত্রৈমাসিক অর্জন", "৩য় ত্রৈমাসিক অর্জন",
        "৪র্থ ত্রৈমাসিক অর্জন", "প্রকৃত অর্জন", "অর্জনের শতকরা হার"};

    private Tables() {
    }

    /** Rows joined by tabs and line feeds. */
    static String tsv(String[]... rows) {
        return Arrays.stream(rows).map(row -> String.join("\t", row)).collect(Collectors.joining("\n", "", "\n"));
    }

    /** A row: the cells given. */
    static String[] row(String... cells) {
        return cells;
    }

    /** The standard header with one of its cells replaced. */
    static String[] header(int column, String text) {
        String[] header = HEADER.clone();
        header[column] = text;
        return header;
    }

    /** A typical first row: area 1 of weight 10, activity [১.১], indicator [১.১.১], a count with target 4. */
    static String[] firstRow() {
        return row("প্রাতিষ্ঠানিক", "১০", "[১.১] সভা আয়োজন", "[১.১.১] সভা আয়োজিত", "সংখ্যা", "১০", "৪", "১", "১", "১",
                "-", "৩", "৭৫%");
    }

    /**
     * A generated plan reported as of a period, consistent or, half the time, with one inconsistency of
     * the catalogue injected; one time in four with an alternative indicator ([1.1.1.1] under [1.1.1]).
     *
     * @param random the random generator
     * @param period the period the plan is reported as of
     * @return the plan
     */
    public static ActionPlan anyPlan(RandomGenerator random, ReportingPeriod period) {
        PlanGenerator generator = PlanGenerator.using(random);
        ActionPlan plan = generator.plan(generator.kind(), random.nextInt(1, 25), period);
        if (random.nextInt(4) == 0) {
            plan = generator.withAlternative(plan, period, random.nextBoolean());
        }
        FindingType type = INJECTABLE.get(random.nextInt(INJECTABLE.size()));
        return random.nextBoolean() && PlanGenerator.canInject(type, period) ? generator.inject(plan, period, type)
                : plan;
    }

    /** Reads a table with the test reader, checking that it reads back the same from its TSV. */
    static ActionPlan read(String table) {
        return readBack(READER, table);
    }

    /**
     * Reads a table, writes the plan back as TSV and reads that again with the same context, and checks
     * that both readings give the same plan (the round trip, for every table the tests read).
     *
     * @param reader the reader
     * @param table the table
     * @return the plan read
     */
    static ActionPlan readBack(TableReader reader, String table) {
        ActionPlan plan = reader.read(table, "test.tsv");
        String written = TableWriter.of(TableFormat.TSV).write(plan);
        TableReader again = reader.withAsOf(plan.asOf().orElseThrow()).withFiscalYear(plan.fiscalYear());
        assertThat(again.read(written, "written.tsv")).as(written).isEqualTo(plan);
        return plan;
    }
}
