package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.table.Grid;
import org.citizencharter.io.table.ReadResult;
import org.citizencharter.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * Word 97-2003 documents (.doc) read into the grid. HWPF cannot write tables, so the documents are fixtures that
 * LibreOffice converted from the .docx beside them (doc/make.sh): each .doc reads to the grid its .docx reads to.
 */
class DocTableTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = DocTableTest.class.getResourceAsStream("doc/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Reads a fixture, under one name whatever its format, so that the grids of a .doc and a .docx compare. */
    private static OfficeTable read(OfficeFileReader reader, String name) throws IOException {
        return reader.read(fixture(name), "plan");
    }

    private static ReadResult plan(Grid grid) {
        return TableReader.of(Office.named("patuakhali"), PlanKind.CITIZEN_CHARTER, Quarter.Q3)
                .withFiscalYear(FiscalYear.parse("2023-24")).read(grid);
    }

    @Test
    void readsToTheGridAndThePlanOfTheDocxItWasMadeFrom() throws IOException {
        OfficeTable doc = read(OfficeFileReader.standard(), "plan.doc");
        OfficeTable docx = read(OfficeFileReader.standard(), "plan.docx");
        assertThat(doc.format()).isEqualTo(OfficeFormat.DOC);
        assertThat(docx.format()).isEqualTo(OfficeFormat.DOCX);
        assertThat(doc.grid().rows()).isEqualTo(docx.grid().rows());
        assertThat(doc.grid().documentText()).isEqualTo(docx.grid().documentText());
        assertThat(doc.grid()).isEqualTo(docx.grid());
        assertThat(doc.notes()).isEqualTo(docx.notes());
        // The same table as DocxTableTest's, which POI wrote: merged across in the header, down beside the area.
        assertThat(doc.grid().rows()).isEqualTo(OfficeFileReader.standard()
                .read(DocxTableTest.plan(false, 0), "plan.docx").grid().rows());
        Grid grid = doc.grid();
        assertThat(grid.rows()).hasSize(5);
        assertThat(grid.rows().get(0).cell(6)).isEqualTo(new Grid.Cell("ত্রৈমাসিক অর্জন", Grid.Merge.FROM_LEFT));
        assertThat(grid.rows().get(1).cell(2)).isEqualTo(new Grid.Cell("কর্মসম্পাদন সূচক", Grid.Merge.FROM_ABOVE));
        assertThat(XlsxTableTest.texts(grid.rows().get(1)).subList(4, 7)).containsExactly("১ম", "২য়", "৩য়");
        assertThat(grid.rows().get(4).cell(0)).isEqualTo(new Grid.Cell("[১] প্রাতিষ্ঠানিক", Grid.Merge.FROM_ABOVE));
        ReadResult fromDoc = plan(grid);
        assertThat(fromDoc.plan().indicators()).hasSize(3);
        assertThat(fromDoc).isEqualTo(plan(docx.grid()));
    }

    @Test
    void convertsARunInSutonnyMjAndSaysSo() throws IOException {
        OfficeTable table = read(OfficeFileReader.standard(), "plan.doc");
        assertThat(table.grid().documentText()).containsExactly("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী",
                "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২৩-২৪", "ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪");
        assertThat(table.notes()).contains("Converted text in the Bijoy font SutonnyMJ to Unicode Bengali, in a"
                + " paragraph before the table.", "Took 3 paragraph(s) before the table as the document's text.");
    }

    @Test
    void tablesOfOneWidthAreReadOneAfterTheOtherOrTheOneAskedFor() throws IOException {
        OfficeTable both = read(OfficeFileReader.standard(), "two-tables.doc");
        assertThat(both.grid()).isEqualTo(read(OfficeFileReader.standard(), "two-tables.docx").grid());
        assertThat(both.grid().rows()).hasSize(7);
        assertThat(both.grid().rows().get(5).cell(0).text()).isEqualTo("[২] স্বচ্ছতা");
        assertThat(both.grid().rows().collect(Grid.Row::number)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(both.notes()).anySatisfy(note -> assertThat(note).startsWith("Read the 2 tables of the file"));

        OfficeTable second = read(OfficeFileReader.standard().withTable(2), "two-tables.doc");
        assertThat(second.grid()).isEqualTo(read(OfficeFileReader.standard().withTable(2), "two-tables.docx").grid());
        assertThat(second.notes()).contains("Read table 2 of 2, as asked.");
        assertThat(second.grid().documentText()).endsWith("চলমান", "[২] স্বচ্ছতা");
        assertThat(XlsxTableTest.texts(second.grid().rows().getOnly())).containsExactly("", "[২.১] ওয়েবসাইট হালনাগাদ", "১");

        assertThatThrownBy(() -> read(OfficeFileReader.standard().withTable(3), "two-tables.doc"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("plan: There is no table 3: the file holds 2");
    }

    @Test
    void aTruncatedDocumentIsRefusedInOneLine() throws IOException {
        byte[] whole = fixture("plan.doc");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> OfficeFileReader.standard().read(half, "plan.doc"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("plan.doc: ")
                .hasMessageContaining("corrupt or truncated")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aDocumentWhoseWordStreamIsCutIsRefusedInOneLine() throws IOException {
        // The compound file is whole, so HWPF itself meets the end of the text.
        byte[] file;
        try (POIFSFileSystem compound = new POIFSFileSystem(new ByteArrayInputStream(fixture("plan.doc")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] stream;
            try (InputStream in = compound.createDocumentInputStream("WordDocument")) {
                stream = in.readAllBytes();
            }
            compound.getRoot().createOrUpdateDocument("WordDocument",
                    new ByteArrayInputStream(Arrays.copyOf(stream, stream.length / 2)));
            compound.writeFilesystem(out);
            file = out.toByteArray();
        }
        assertThatThrownBy(() -> OfficeFileReader.standard().read(file, "plan.doc"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("plan.doc: The file cannot be read as a Word 97-2003 document: it is corrupt or"
                        + " truncated")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anEncryptedDocumentIsRefusedAsProtectedWithAPassword() {
        assertThatThrownBy(() -> read(OfficeFileReader.standard(), "encrypted.doc"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("plan: The file is protected with a password, and charter does not read"
                        + " encrypted files");
    }

    @Test
    void theFixturesAreReadAsWord97Documents() throws IOException {
        for (String name : new String[] {"plan.doc", "two-tables.doc"}) {
            byte[] file = fixture(name);
            // LibreOffice writes the compound file's directory at its end, beyond the head that detect looks at:
            // detect then says XLS, as its javadoc allows, and the reader looks at the whole file.
            assertThat(OfficeFormat.detect(file).orElseThrow()).as(name).isIn(OfficeFormat.DOC, OfficeFormat.XLS);
            assertThat(OfficeFileReader.standard().read(file, name).format()).as(name).isEqualTo(OfficeFormat.DOC);
        }
    }
}
