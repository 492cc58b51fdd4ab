package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Office;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.io.table.Grid;
import org.citizencharter.io.table.ReadResult;
import org.citizencharter.io.table.TableReader;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Word documents, made here with POI, read into the grid. */
class DocxTableTest {

    /** A plan in Word: the office and the year in paragraphs, a header merged across, an area merged down. */
    static byte[] plan(boolean secondTable, int secondWidth) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী");
            XWPFRun bijoy = document.createParagraph().createRun();
            bijoy.setText("‡mev cÖ`vb cÖwZkÖæwZ ev¯Íevqb Kg©cwiKíbv 2023-24");
            bijoy.setFontFamily("SutonnyMJ");
            document.createParagraph().createRun().setText("ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪");
            planTable(document);
            if (secondTable) {
                document.createParagraph().createRun().setText("চলমান");
                XWPFTable more = document.createTable(2, secondWidth);
                for (int row = 0; row < 2; row++) {
                    String[] texts = new String[secondWidth];
                    java.util.Arrays.fill(texts, "");
                    texts[0] = row == 0 ? "[২] স্বচ্ছতা" : "";
                    texts[secondWidth - 1] = row == 0 ? "" : "১";
                    texts[1] = row == 0 ? "" : "[২.১] ওয়েবসাইট হালনাগাদ";
                    fill(more.getRow(row), texts);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The plan's table of {@link #plan(boolean, int)}: 5 rows, 7 columns. */
    private static void planTable(XWPFDocument document) {
        XWPFTable table = document.createTable(5, 7);
        fill(table.getRow(0), "কার্যক্রমের ক্ষেত্র", "কার্যক্রম", "কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা", "ত্রৈমাসিক অর্জন",
                "", "");
        span(table.getRow(0), 4, 3);
        fill(table.getRow(1), "", "", "", "", "১ম", "২য়", "৩য়");
        for (int column = 0; column < 4; column++) {
            merge(table.getRow(0).getCell(column), STMerge.RESTART);
            merge(table.getRow(1).getCell(column), null);
        }
        fill(table.getRow(2), "[১] প্রাতিষ্ঠানিক", "[১.১] সভা", "[১.১.১] সভা অনুষ্ঠিত", "৪", "১", "১", "১");
        fill(table.getRow(3), "", "[১.২] পরিবীক্ষণ", "[১.২.১] সিদ্ধান্ত বাস্তবায়িত", "৯০%", "২৫%", "২৫%", "১০%");
        fill(table.getRow(4), "", "[১.৩] প্রশিক্ষণ", "[১.৩.১] প্রশিক্ষিত", "১০", "২", "-", "");
        merge(table.getRow(2).getCell(0), STMerge.RESTART);
        merge(table.getRow(3).getCell(0), null);
        merge(table.getRow(4).getCell(0), null);
    }

    /** A table of texts, added to a document. */
    private static void table(XWPFDocument document, String[]... rows) {
        XWPFTable table = document.createTable(rows.length, rows[0].length);
        for (int row = 0; row < rows.length; row++) {
            fill(table.getRow(row), rows[row]);
        }
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    private static void span(XWPFTableRow row, int column, int across) {
        CTTcPr properties = row.getCell(column).getCTTc().isSetTcPr() ? row.getCell(column).getCTTc().getTcPr()
                : row.getCell(column).getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(across));
        for (int i = 1; i < across; i++) {
            row.removeCell(column + 1);
        }
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum value) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (value == null) {
            properties.addNewVMerge();
        } else {
            properties.addNewVMerge().setVal(value);
        }
    }

    @Test
    void readsTheTableWithItsMergesAndTheParagraphsBeforeIt() throws IOException {
        OfficeTable table = OfficeFileReader.standard().read(plan(false, 0), "plan.docx");
        Grid grid = table.grid();
        assertThat(table.format()).isEqualTo(OfficeFormat.DOCX);
        assertThat(grid.documentText()).containsExactly("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী",
                "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২৩-২৪", "ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪");
        assertThat(grid.rows()).hasSize(5);
        assertThat(grid.rows().get(0).cell(6)).isEqualTo(new Grid.Cell("ত্রৈমাসিক অর্জন", Grid.Merge.FROM_LEFT));
        assertThat(grid.rows().get(1).cell(2)).isEqualTo(new Grid.Cell("কর্মসম্পাদন সূচক", Grid.Merge.FROM_ABOVE));
        assertThat(XlsxTableTest.texts(grid.rows().get(1)).subList(4, 7)).containsExactly("১ম", "২য়", "৩য়");
        assertThat(grid.rows().get(4).cell(0)).isEqualTo(new Grid.Cell("[১] প্রাতিষ্ঠানিক", Grid.Merge.FROM_ABOVE));
        assertThat(XlsxTableTest.texts(grid.rows().get(3))).containsExactly("[১] প্রাতিষ্ঠানিক", "[১.২] পরিবীক্ষণ",
                "[১.২.১] সিদ্ধান্ত বাস্তবায়িত", "৯০%", "২৫%", "২৫%", "১০%");
        assertThat(table.notes()).contains("Converted text in the Bijoy font SutonnyMJ to Unicode Bengali, in a"
                + " paragraph before the table.");
    }

    @Test
    void tablesOfOneWidthAreReadOneAfterTheOther() throws IOException {
        OfficeTable table = OfficeFileReader.standard().read(plan(true, 7), "plan.docx");
        assertThat(table.grid().rows()).hasSize(7);
        assertThat(table.grid().rows().get(5).cell(0).text()).isEqualTo("[২] স্বচ্ছতা");
        assertThat(table.grid().rows().collect(Grid.Row::number)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(table.notes()).anySatisfy(note -> assertThat(note).startsWith("Read the 2 tables of the file"));
    }

    @Test
    void tablesOfDifferentWidthsAreNotGuessedAt() throws IOException {
        byte[] file = plan(true, 3);
        assertThatThrownBy(() -> OfficeFileReader.standard().read(file, "plan.docx"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("plan.docx: The file holds 2 tables of different widths, and charter will not"
                        + " guess which holds the plan: table 1: 5 rows, 7 columns, beginning \"কার্যক্রমের ক্ষেত্র\""
                        + " (a plan's header); table 2: 2 rows, 3 columns, beginning \"[২] স্বচ্ছতা\" (cells with a"
                        + " code and a name, as a plan's rows)")
                .hasMessageEndingWith("Maybe give --table N.");
        assertThat(OfficeFileReader.standard().withTable(1).read(file, "plan.docx").grid().rows()).hasSize(5);
    }

    @Test
    void ofTablesOfDifferentWidthsThePlansIsToldByItsHeader() throws IOException {
        // A letterhead set out in a table above the plan, and a block of signatures below it: neither holds a plan's
        // header or a coded row, so they are left out, and said to be.
        byte[] file = document(document -> {
            table(document, new String[] {"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "স্মারক নং ৪৭.৬১.০০০০.০০৩.২০২৩"},
                    new String[] {"জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী", "তারিখ: ১২.০৮.২০২৩"});
            planTable(document);
            table(document, new String[] {"প্রস্তুতকারী", "যাচাইকারী", "অনুমোদনকারী"},
                    new String[] {"(মো. করিম)", "(মো. রহিম)", "জেলা সমবায় অফিসার"});
        });
        OfficeTable table = OfficeFileReader.standard().read(file, "plan.docx");
        assertThat(table.grid().rows()).hasSize(5);
        assertThat(table.grid().rows().get(0).cell(0).text()).isEqualTo("কার্যক্রমের ক্ষেত্র");
        assertThat(table.notes()).contains("Read table(s) 2 of the 3 in the file, by the plan's header; left out the"
                + " other 2, which hold neither a plan's header nor a code and a name in any cell: table 1: 2 rows, 2"
                + " columns, beginning \"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\"; table 3: 2 rows, 3 columns, beginning"
                + " \"প্রস্তুতকারী\".");

        // Two tables with a plan's header, of different widths: which is the plan is not charter's to guess.
        byte[] two = document(document -> {
            planTable(document);
            table(document, new String[] {"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"}, new String[] {"সভা", "৪"});
        });
        assertThatThrownBy(() -> OfficeFileReader.standard().read(two, "plan.docx"))
                .hasMessageContaining("beginning \"কার্যক্রমের ক্ষেত্র\" (a plan's header); table 2: 2 rows, 2 columns,"
                        + " beginning \"কর্মসম্পাদন সূচক\" (a plan's header)");
        // None with a plan's header: as before.
        byte[] none = document(document -> {
            table(document, new String[] {"ক্রমিক", "শব্দসংক্ষেপ", "বিবরণ"},
                    new String[] {"১", "এপিএ", "বার্ষিক কর্মসম্পাদন চুক্তি"});
            table(document, new String[] {"প্রস্তুতকারী", "অনুমোদনকারী"}, new String[] {"(মো. করিম)", "(মো. রহিম)"});
        });
        assertThatThrownBy(() -> OfficeFileReader.standard().read(none, "plan.docx"))
                .hasMessageContaining("charter will not guess which holds the plan: table 1: 2 rows, 3 columns,"
                        + " beginning \"ক্রমিক\"; table 2");
    }

    @Test
    void aLetterheadSetOutInATableIsTheDocumentsText() throws IOException {
        // The letterhead as Word templates set it out, a table of two rows above the title, names the office; a
        // list of abbreviations, a longer table, names every kind of plan and is no text of the document.
        byte[] file = document(document -> {
            table(document, new String[] {"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "স্মারক নং ৪৭.৬১.০০০০.০০৩.২০২৩"},
                    new String[] {"জেলা সমবায় অফিসারের কার্যালয়\nপটুয়াখালী", "তারিখ: ১২.০৮.২০২৩"});
            table(document, new String[] {"শব্দসংক্ষেপ", "বিবরণ", ""},
                    new String[] {"এপিএ", "বার্ষিক কর্মসম্পাদন চুক্তি", ""},
                    new String[] {"এনআইএস", "জাতীয় শুদ্ধাচার কৌশল", ""},
                    new String[] {"জিআরএস", "অভিযোগ প্রতিকার ব্যবস্থা", ""},
                    new String[] {"আরটিআই", "তথ্য অধিকার", ""},
                    new String[] {"ইজিপি", "ই-গভর্ন্যান্স", ""},
                    new String[] {"এসডিজি", "টেকসই উন্নয়ন অভীষ্ট", ""});
            document.createParagraph().createRun().setText("সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা ২০২৩-২৪, ৩য় ত্রৈমাসিক");
            planTable(document);
        });
        OfficeTable table = OfficeFileReader.standard().read(file, "plan.docx");
        assertThat(table.grid().documentText()).containsExactly("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার",
                "স্মারক নং ৪৭.৬১.০০০০.০০৩.২০২৩", "জেলা সমবায় অফিসারের কার্যালয়", "পটুয়াখালী", "তারিখ: ১২.০৮.২০২৩",
                "সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা ২০২৩-২৪, ৩য় ত্রৈমাসিক");
        assertThat(table.notes()).contains("Took 1 paragraph(s) before the table as the document's text.",
                "Took the text of table(s) 1 before the plan's (a letterhead of a few rows) as the document's text.");
        ReadResult read = TableReader.of(Office.named("patuakhali"), PlanKind.APA).withOfficeNameFromText()
                .withKindFromText().read(table.grid());
        assertThat(read.plan().office().name().bn()).isEqualTo("জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী");
        assertThat(read.plan().kind()).isEqualTo(PlanKind.CITIZEN_CHARTER);
        assertThat(read.plan().fiscalYear()).isEqualTo(FiscalYear.parse("2023-24"));
        assertThat(read.plan().asOf()).contains(Quarter.Q3);

        // A form of the office's particulars: each row, a label and its value, is one line, so that the office is the
        // one the form names under its ministry, as a form's line of text gives it.
        byte[] form = document(document -> {
            table(document, new String[] {"মন্ত্রণালয়/বিভাগ:", "জনপ্রশাসন মন্ত্রণালয়"},
                    new String[] {"দপ্তর/সংস্থা:", "জেলা প্রশাসকের কার্যালয়, মানিকগঞ্জ"},
                    new String[] {"অর্থবছর:", "২০২৩-২৪"}, new String[] {"ত্রৈমাসিক:", "৩য় (জানুয়ারি-মার্চ)"});
            planTable(document);
        });
        Grid formGrid = OfficeFileReader.standard().read(form, "plan.docx").grid();
        assertThat(formGrid.documentText()).containsExactly("মন্ত্রণালয়/বিভাগ: জনপ্রশাসন মন্ত্রণালয়",
                "দপ্তর/সংস্থা: জেলা প্রশাসকের কার্যালয়, মানিকগঞ্জ", "অর্থবছর: ২০২৩-২৪", "ত্রৈমাসিক: ৩য় (জানুয়ারি-মার্চ)");
        ActionPlan fromForm = TableReader.of(Office.named("manikganj"), PlanKind.CITIZEN_CHARTER)
                .withOfficeNameFromText().read(formGrid).plan();
        assertThat(fromForm.office().name().bn()).isEqualTo("জেলা প্রশাসকের কার্যালয়, মানিকগঞ্জ");
        assertThat(fromForm.fiscalYear()).isEqualTo(FiscalYear.parse("2023-24"));
        assertThat(fromForm.asOf()).contains(Quarter.Q3);

        // Without the letterhead's table, the office is the one given.
        byte[] plain = document(document -> {
            document.createParagraph().createRun().setText("সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা ২০২৩-২৪, ৩য় ত্রৈমাসিক");
            planTable(document);
        });
        assertThat(TableReader.of(Office.named("patuakhali"), PlanKind.APA).withOfficeNameFromText()
                .read(OfficeFileReader.standard().read(plain, "plan.docx").grid()).plan().office().name().bn())
                .isEqualTo("patuakhali");
    }

    /** A Word document, made by a function. */
    private static byte[] document(Consumer<XWPFDocument> content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBijoyWordThatTwoRunsShareIsConvertedWhole() throws IOException {
        // LibreOffice splits a run where the script changes: "‡" (the vowel sign ে, typed before its consonant) in
        // one run, "mev" in the next. Converted run by run, the sign stayed in front of the consonant: "েসবা".
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var paragraph = document.createParagraph();
            for (String text : new String[] {"‡", "mev cÖ`vb"}) {
                XWPFRun run = paragraph.createRun();
                run.setText(text);
                run.setFontFamily("SutonnyMJ");
            }
            fill(document.createTable(2, 2).getRow(1), "[১.১.১] সভা অনুষ্ঠিত", "৪");
            document.write(out);
            assertThat(OfficeFileReader.standard().read(out.toByteArray(), "plan.docx").grid().documentText())
                    .containsExactly("সেবা প্রদান");
        }
    }
}
