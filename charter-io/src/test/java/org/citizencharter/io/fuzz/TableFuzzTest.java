package org.citizencharter.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizencharter.io.fuzz.Outcome.IN_A_SOURCE;
import static org.citizencharter.io.fuzz.Outcome.readOrRefuse;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.table.TableFormat;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.io.table.TableWriter;

/**
 * The table reader on any bytes at all (TSV, CSV or Markdown, told apart by content): it reads a plan
 * that JSON holds without loss and that every table format writes and reads back equal, or refuses the
 * input with an {@link InvalidInputException} that names it. A plan that a table cannot hold (its
 * targets mix both layouts) is refused by the writer with a {@link CharterException}, never written
 * wrong.
 */
class TableFuzzTest {

    private static final CharterJson JSON = CharterJson.standard();
    private static final TableReader READER = TableReader.of(
            Office.of(OfficeId.of("fuzz-office"), BilingualText.of("দপ্তর", "Office"), OfficeLevel.UPAZILA),
            PlanKind.CITIZEN_CHARTER, Quarter.Q3).withFiscalYear(FiscalYear.parse("2022-23"));

    @FuzzTest
    @DictionaryFile(resourcePath = "table.dict")
    void table(byte[] input) {
        readOrRefuse(() -> READER.read(new ByteArrayInputStream(input), "fuzz.tsv"), IN_A_SOURCE, plan -> {
            assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
            for (TableFormat format : TableFormat.values()) {
                String written;
                try {
                    written = TableWriter.of(format).write(plan);
                } catch (InvalidInputException wrong) {
                    throw new AssertionError("The writer calls its own refusal an input error", wrong);
                } catch (CharterException mixed) {
                    continue;
                }
                assertThat(READER.read(written, format.name())).as(written).isEqualTo(plan);
            }
        });
    }
}
