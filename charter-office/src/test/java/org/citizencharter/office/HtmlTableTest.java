package org.citizencharter.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.citizencharter.io.table.Grid;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Web pages, made here with jsoup, read into the grid. */
class HtmlTableTest {

    /** A portal page: a layout table around it all, the title above the plan's table, a remark below. */
    static byte[] page() {
        Document page = Document.createShell("");
        page.title("উপজেলা সমবায় কার্যালয়");
        Element layout = page.body().appendElement("table").appendElement("tr").appendElement("td");
        layout.appendElement("h2").text("২০২২-২৩ অর্থ বছরের সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা, ৩য় ত্রৈমাসিক");
        layout.appendElement("p").appendElement("span").attr("style", "font-family: 'SutonnyMJ', serif")
                .text("Dc‡Rjv mgevq Awdmv‡ii Kvh©vjq, ivgy");
        Element table = layout.appendElement("table");
        Element header = table.appendElement("thead").appendElement("tr");
        header.appendElement("th").attr("rowspan", "2").text("কার্যক্রমের ক্ষেত্র");
        header.appendElement("th").attr("rowspan", "2").text("কর্মসম্পাদন সূচক");
        header.appendElement("th").attr("rowspan", "2").text("লক্ষ্যমাত্রা");
        header.appendElement("th").attr("colspan", "2").text("ত্রৈমাসিক অর্জন");
        Element quarters = table.child(0).appendElement("tr");
        quarters.appendElement("th").text("১ম");
        quarters.appendElement("th").html("২য়&nbsp;");
        Element body = table.appendElement("tbody");
        Element first = body.appendElement("tr");
        first.appendElement("td").attr("rowspan", "2").text("[১] প্রাতিষ্ঠানিক");
        first.appendElement("td").html("[১.১.১]<br>সভা অনুষ্ঠিত");
        first.appendElement("td").text("৪");
        first.appendElement("td").text("১");
        first.appendElement("td").text("১");
        Element second = body.appendElement("tr");
        second.appendElement("td").text("[১.২.১] সিদ্ধান্ত");
        second.appendElement("td").text("৯০%");
        second.appendElement("td").text("২৫%");
        second.appendElement("td").text("");
        layout.appendElement("p").text("স্বাক্ষর: উপজেলা সমবায় অফিসার");
        layout.appendElement("table").appendElement("tr").appendElement("td").text("পাদটীকা");
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheTableWithItsSpansAndThePageAroundIt() {
        OfficeTable table = OfficeFileReader.standard().read(page(), "portal.html");
        Grid grid = table.grid();
        assertThat(table.format()).isEqualTo(OfficeFormat.HTML);
        assertThat(grid.documentText()).containsExactly("উপজেলা সমবায় কার্যালয়",
                "২০২২-২৩ অর্থ বছরের সেবা প্রদান প্রতিশ্রুতি কর্মপরিকল্পনা, ৩য় ত্রৈমাসিক", "উপজেলা সমবায় অফিসারের কার্যালয়, রামু",
                "স্বাক্ষর: উপজেলা সমবায় অফিসার", "পাদটীকা");
        assertThat(XlsxTableTest.texts(grid.rows().get(0))).containsExactly("কার্যক্রমের ক্ষেত্র", "কর্মসম্পাদন সূচক",
                "লক্ষ্যমাত্রা", "ত্রৈমাসিক অর্জন", "ত্রৈমাসিক অর্জন");
        assertThat(grid.rows().get(0).cell(4).merge()).isEqualTo(Grid.Merge.FROM_LEFT);
        assertThat(grid.rows().get(1).cell(1)).isEqualTo(new Grid.Cell("কর্মসম্পাদন সূচক", Grid.Merge.FROM_ABOVE));
        assertThat(XlsxTableTest.texts(grid.rows().get(1)).subList(3, 5)).containsExactly("১ম", "২য়");
        assertThat(grid.rows().get(2).cell(1).text()).isEqualTo("[১.১.১]\nসভা অনুষ্ঠিত");
        assertThat(grid.rows().get(3).cell(0)).isEqualTo(new Grid.Cell("[১] প্রাতিষ্ঠানিক", Grid.Merge.FROM_ABOVE));
        assertThat(XlsxTableTest.texts(grid.rows().get(3)).subList(1, 5)).containsExactly("[১.২.১] সিদ্ধান্ত", "৯০%",
                "২৫%", "");
        assertThat(table.notes()).contains("Converted text in the Bijoy font SutonnyMJ to Unicode Bengali, in the"
                + " page's text.");
    }

    /** A page whose title is in a Bijoy font named by a class in its style sheet, before the given text. */
    private static byte[] styledPage(String after) {
        Document page = Document.createShell("");
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(
                "/* the title */ h2.bijoy, p { font-family: SutonnyMJ; }\n" + after));
        page.body().appendElement("h2").addClass("bijoy").text("Dc‡Rjv mgevq Awdmv‡ii Kvh©vjq");
        Element table = page.body().appendElement("table");
        Element header = table.appendElement("tr");
        header.appendElement("td").text("কর্মসম্পাদন সূচক");
        header.appendElement("td").text("লক্ষ্যমাত্রা");
        Element row = table.appendElement("tr");
        row.appendElement("td").text("[১.১.১] সভা");
        row.appendElement("td").text("৪");
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aClassInTheStyleSheetNamesTheFontOfItsText() {
        OfficeTable table = OfficeFileReader.standard().read(styledPage(".plain { color: red }"), "portal.html");
        assertThat(table.grid().documentText()).containsExactly("উপজেলা সমবায় অফিসারের কার্যালয়");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aLongStyleSheetWithoutRulesOrWithCommentsLeftOpenCostsItsLength() {
        // Each place was tried as the start of a rule, and each "/*" searched to the end: the square of the
        // sheet's length (about a minute for these 200,000 characters).
        for (String hostile : new String[] {"a".repeat(200_000), "/* ".repeat(70_000)}) {
            OfficeTable table = OfficeFileReader.standard().read(styledPage(hostile), "portal.html");
            assertThat(table.grid().rows()).hasSize(2);
        }
    }

    @Test
    void aDrawingsTooltipIsNoTextOfItsCell() {
        // charter's own progress report draws a bar beside each percent, titled with the percent for a tooltip.
        String page = "<html><head><title>অগ্রগতি প্রতিবেদন</title></head><body><table>"
                + "<tr><td>কর্মসম্পাদন সূচক</td><td>অর্জনের হার</td></tr>"
                + "<tr><td>[১.১.১] সভা</td><td><svg role=\"img\" aria-label=\"৭৫%\"><title>৭৫%</title>"
                + "<desc>বার</desc><rect width=\"30\" height=\"8\"/></svg>৭৫%</td></tr></table></body></html>";
        OfficeTable table = OfficeFileReader.standard().read(page.getBytes(StandardCharsets.UTF_8), "report.html");
        assertThat(XlsxTableTest.texts(table.grid().rows().get(1))).containsExactly("[১.১.১] সভা", "৭৫%");
        assertThat(table.grid().documentText()).containsExactly("অগ্রগতি প্রতিবেদন");
    }

    @Test
    void aBijoyWordSplitOverTwoSpansOfItsFontIsConvertedWhole() {
        // Word and LibreOffice start a new span where the script changes: after the "‡" a Bijoy word begins with.
        // Converted span by span, the vowel sign stayed before its consonant ("েসবা").
        String word = "<span style=\"font-family:SutonnyMJ\">‡</span><span style=\"font-family:SutonnyMJ;font-weight:bold\">"
                + "mev</span>";
        String page = "<p>" + word + "</p><table><tr><td>সেবা</td><td>মান</td></tr><tr><td>" + word + "</td><td>১</td></tr>"
                + "</table>";
        OfficeTable table = OfficeFileReader.standard().read(page.getBytes(StandardCharsets.UTF_8), "portal.html");
        assertThat(XlsxTableTest.texts(table.grid().rows().get(1))).containsExactly("সেবা", "১");
        assertThat(table.grid().documentText()).containsExactly("সেবা");
    }

    @Test
    void ofTablesOfDifferentWidthsThePlansIsToldByItsHeader() {
        // A portal page with the plan's table and, below it, a table of who made and approved it.
        Document page = Document.createShell("");
        Element plan = page.body().appendElement("table");
        for (String[] row : new String[][] {{"কর্মসম্পাদন সূচক", "একক", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক"},
                {"[১.১.১] সভা অনুষ্ঠিত", "সংখ্যা", "৪", "১"}}) {
            Element line = plan.appendElement("tr");
            for (String cell : row) {
                line.appendElement("td").text(cell);
            }
        }
        Element approval = page.body().appendElement("table");
        approval.appendElement("tr").appendElement("td").text("প্রস্তুতকারী").parent().appendElement("td")
                .text("অনুমোদনকারী");
        approval.appendElement("tr").appendElement("td").text("(মো. করিম)").parent().appendElement("td")
                .text("(মো. রহিম)");
        page.body().appendElement("p").text("এপিএ: বার্ষিক কর্মসম্পাদন চুক্তি");
        OfficeTable table = OfficeFileReader.standard().read(page.outerHtml().getBytes(StandardCharsets.UTF_8),
                "portal.html");
        assertThat(table.grid().rows()).hasSize(2);
        assertThat(table.notes()).anySatisfy(note -> assertThat(note).startsWith("Read table(s) 1 of the 2 in the file,"
                + " by the plan's header; left out the other 1"));
        // A table left out is not the page's text (as in Word), the text around the tables is.
        assertThat(table.grid().documentText()).containsExactly("এপিএ: বার্ষিক কর্মসম্পাদন চুক্তি");
    }

    @Test
    void aLetterheadSetOutInATableIsThePagesText() {
        // A page pasted from Word: the letterhead in a table of two rows, a list of abbreviations (a longer table,
        // which names every kind of plan), the title, the plan's table.
        Document page = Document.createShell("");
        Element body = page.body();
        rows(body.appendElement("table"), new String[] {"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "স্মারক নং ৪৭.৬১.০০০০.০০৩"},
                new String[] {"উপজেলা সমবায় কার্যালয়, কলাপাড়া", "তারিখ: ১২.০৮.২০২৩"},
                new String[] {"অর্থবছরঃ", "২০২৩-২৪"});
        rows(body.appendElement("table"), new String[] {"শব্দসংক্ষেপ", "বিবরণ", ""},
                new String[] {"এপিএ", "বার্ষিক কর্মসম্পাদন চুক্তি", ""}, new String[] {"এনআইএস", "জাতীয় শুদ্ধাচার কৌশল", ""},
                new String[] {"জিআরএস", "অভিযোগ প্রতিকার ব্যবস্থা", ""}, new String[] {"আরটিআই", "তথ্য অধিকার", ""},
                new String[] {"ইজিপি", "ই-গভর্ন্যান্স", ""}, new String[] {"এসডিজি", "টেকসই উন্নয়ন অভীষ্ট", ""});
        body.appendElement("p").text("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪");
        rows(body.appendElement("table"), new String[] {"কর্মসম্পাদন সূচক", "একক", "লক্ষ্যমাত্রা", "১ম ত্রৈমাসিক"},
                new String[] {"[১.১.১] সভা অনুষ্ঠিত", "সংখ্যা", "৪", "১"});
        OfficeTable table = OfficeFileReader.standard().read(page.outerHtml().getBytes(StandardCharsets.UTF_8),
                "portal.html");
        assertThat(table.grid().rows()).hasSize(2);
        assertThat(table.grid().documentText()).containsExactly("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার",
                "স্মারক নং ৪৭.৬১.০০০০.০০৩", "উপজেলা সমবায় কার্যালয়, কলাপাড়া", "তারিখ: ১২.০৮.২০২৩", "অর্থবছরঃ ২০২৩-২৪",
                "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪");
        assertThat(table.notes()).contains("Took 6 line(s) of the page before the table and 0 after it as the"
                + " document's text.", "Took the text of table(s) 1 before the plan's (a letterhead of a few rows) as"
                + " the document's text.");
    }

    @Test
    void aTableBeforeThePlansBeyondTheLimitsCostsTheReadingNothing() {
        // The table asked for fits the limits; the one before it, read only to tell whether it is a letterhead, does
        // not (3 rows of 12 cells against a limit of 30): it is no letterhead, and the reading goes on.
        Document page = Document.createShell("");
        String[] wide = new String[12];
        java.util.Arrays.fill(wide, "ক");
        rows(page.body().appendElement("table"), wide, wide, wide);
        rows(page.body().appendElement("table"), new String[] {"কর্মসম্পাদন সূচক", "লক্ষ্যমাত্রা"},
                new String[] {"[১.১.১] সভা অনুষ্ঠিত", "৪"});
        OfficeTable table = OfficeFileReader.standard().withTable(2)
                .withLimits(new OfficeLimits(1 << 20, 1 << 20, 100, 100, 30, 10))
                .read(page.outerHtml().getBytes(StandardCharsets.UTF_8), "portal.html");
        assertThat(table.grid().rows()).hasSize(2);
        assertThat(table.grid().documentText()).isEmpty();
    }

    /** Rows of texts, one cell a text, added to a table. */
    private static void rows(Element table, String[]... rows) {
        for (String[] row : rows) {
            Element line = table.appendElement("tr");
            for (String cell : row) {
                line.appendElement("td").text(cell);
            }
        }
    }

    @Test
    void aPageIsToldByItsContentNotItsName() {
        assertThat(OfficeFormat.detect(page())).contains(OfficeFormat.HTML);
        assertThat(OfficeFormat.detect("<TABLE><TR><TD>a</TD></TR></TABLE>".getBytes(StandardCharsets.UTF_8)))
                .contains(OfficeFormat.HTML);
        assertThat(OfficeFormat.detect("ক\tখ\n১\t২\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
