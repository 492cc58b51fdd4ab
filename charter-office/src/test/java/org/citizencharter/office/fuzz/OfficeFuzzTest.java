package org.citizencharter.office.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.office.OfficeFileReader;
import org.citizencharter.office.OfficeTable;

/**
 * The office file readers on any bytes at all (Excel, Word, a web page, a PDF, told apart by content, as
 * the command does): each file is read into a grid that the table reader reads as a plan, or refused with
 * an {@link InvalidInputException} of one line that names the file; never another exception, a hang or
 * memory beyond the limits. The seeds are one small table written as each kind of file
 * ({@code OfficeFuzzTestInputs/officeFile/seed-*}); {@code mvn verify} replays them and every crash kept.
 */
class OfficeFuzzTest {

    private static final String SOURCE = "fuzz.xlsx";
    private static final OfficeFileReader FILES = OfficeFileReader.standard();
    private static final TableReader TABLES = TableReader.of(
            Office.of(OfficeId.of("fuzz-office"), BilingualText.of("দপ্তর", "Office"), OfficeLevel.UPAZILA),
            PlanKind.CITIZEN_CHARTER, Quarter.Q3).withFiscalYear(FiscalYear.parse("2022-23"));

    @FuzzTest
    void officeFile(byte[] input) {
        readAsAnOfficeFile(input, SOURCE);
    }

    /**
     * The contract of every office fuzz target: the file is read into a grid that the table reader reads as
     * a plan, or refused with an {@link InvalidInputException} of one line that names the file (the table
     * reader's, of one line); any other exception fails the target.
     *
     * @param file the file's bytes
     * @param source the name it is read under
     */
    static void readAsAnOfficeFile(byte[] file, String source) {
        OfficeTable table;
        try {
            table = FILES.read(file, source);
        } catch (InvalidInputException refused) {
            if (!refused.source().orElse("").equals(source) || refused.getMessage().contains("\n")) {
                throw new AssertionError("The refusal does not name the file in one line: " + refused.getMessage(),
                        refused);
            }
            return;
        }
        try {
            TABLES.read(table.grid());
        } catch (InvalidInputException refused) {
            if (refused.getMessage().contains("\n")) {
                throw new AssertionError("The refusal is not one line: " + refused.getMessage(), refused);
            }
        }
    }
}
