package org.citizencharter.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.FiscalYear;
import org.citizencharter.core.Language;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Target;
import org.citizencharter.core.Value;
import org.citizencharter.core.testing.SeedPlans;
import org.citizencharter.io.table.TableReader;
import org.citizencharter.rules.ScoringEngine;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The Cox's Bazar progress report: its HTML, TSV and Markdown. */
class ProgressReportTest {

    private static final ProgressReport REPORT = CoxsBazarReport.report();
    private static final String HTML = REPORT.toHtml();
    private static final Xhtml PAGE = Xhtml.parse(HTML);

    private static final TableReader READER = TableReader.of(SeedPlans.COXS_BAZAR_OFFICE, PlanKind.CITIZEN_CHARTER,
            Quarter.Q3).withFiscalYear(FiscalYear.parse("2022-23"));

    /** The body row of an indicator, by its code as the report shows it. */
    private static Element row(Xhtml page, String code) {
        return page.one("//table[@class='plan']/tbody/tr[td[starts-with(normalize-space(.), '" + code + "')]]");
    }

    /** The texts of a row's cells (a bar's cell reads its title, then its label). */
    private static ImmutableList<String> childTexts(Element row) {
        MutableList<String> texts = Lists.mutable.empty();
        for (Node node = row.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element cell) {
                texts.add(Xhtml.text(cell));
            }
        }
        return texts.toImmutable();
    }

    @Test
    void theHtmlIsOneWellFormedDocumentThatNeedsNoNetwork() {
        assertThat(HTML).startsWith("<!DOCTYPE html>\n<html lang=\"bn\">");
        assertThat(HTML).doesNotContainPattern("(?i)https?:").doesNotContainPattern("(?i)\\bsrc=")
                .doesNotContainPattern("(?i)url\\((?!data:font/woff2;base64,)").doesNotContainPattern("(?i)@import")
                .doesNotContain("<link")
                .doesNotContain("<script");
        assertThat(PAGE.all("//style")).hasSize(1);
        assertThat(PAGE.all("//svg")).hasSize(6);
    }

    @Test
    void itPrintsOnA4LandscapeInABengaliFontStack() {
        assertThat(HTML).contains("@page { size: A4 landscape;");
        assertThat(HTML).contains("font-family: \"Noto Sans Bengali\",");
        assertThat(PAGE.one("//meta[@charset]").getAttribute("charset")).isEqualTo("utf-8");
    }

    @Test
    void theColumnsAreTheGovernmentsWithTheComputedOnesBesideTheReported() {
        assertThat(PAGE.texts("//thead/tr[1]/th")).containsExactly("কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম",
                "কর্মসম্পাদন সূচক", "একক", "সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩", "ত্রৈমাসিক অর্জন", "প্রকৃত অর্জন",
                "অর্জনের শতকরা হার", "অগ্রগতি (এ পর্যন্ত)", "অর্জিত মান", "প্রমাণক", "মন্তব্য");
        assertThat(PAGE.texts("//thead/tr[2]/th")).containsExactly("বার্ষিক", "এ পর্যন্ত", "১ম", "২য়", "৩য়", "৪র্থ",
                "প্রতিবেদিত", "গণনাকৃত", "প্রতিবেদিত", "বার্ষিক লক্ষ্যমাত্রার", "এ পর্যন্ত লক্ষ্যমাত্রার", "প্রতিবেদিত",
                "গণনাকৃত");
        assertThat(PAGE.all("//colgroup/col")).hasSize(22);
        Xhtml.assertRectangular(PAGE.all("//table[@class='plan']/tbody/tr"), 22);
    }

    @Test
    void theRowOf1_2_1ShowsTheReportedFiguresBesideTheComputedOnesAndMarksTheMismatches() {
        Element row = row(PAGE, "[১.২]");

        assertThat(childTexts(row)).containsExactly("[১.২] ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত পরিবীক্ষণ"
                + " কমিটির সিদ্ধান্ত বাস্তবায়ন", "[১.২.১] সিদ্ধান্ত বাস্তবায়িত ও প্রতিবেদন প্রেরিত।", "%", "৪", "৯০", "৯০%",
                "২৫%", "২৫%", "১০%", "-", "৬০%", "২০%", "১০০%", "২২.২২%", "২২.২২%", "২২.২২%২২.২২%", "", "০.৮৯", "", "");
        assertThat(PAGE.texts("//td[contains(@class, 'mismatch')]")).containsExactly("৬০%", "১০০%");
    }

    @Test
    void theFirstRowCarriesTheAreaAndEveryFigureInBengaliDigits() {
        Element row = row(PAGE, "[১] প্রাতিষ্ঠানিক");

        assertThat(childTexts(row)).containsExactly("[১] প্রাতিষ্ঠানিক", "১৮",
                "[১.১] ত্রৈমাসিক ভিত্তিতে সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত পরিবীক্ষণ কমিটি পুনর্গঠন",
                "[১.১.১] কমিটি পুনর্গঠিত", "সংখ্যা", "৩", "৪", "৩", "১", "১", "১", "-", "৩", "৩", "১০০%", "৭৫%", "১০০%",
                "১০০%১০০%", "", "২.২৫", "", "");
        assertThat(PAGE.texts("//table[@class='plan']//td")).noneMatch(text -> text.matches(".*[0-9].*"));
        assertThat(PAGE.texts("//tfoot//td")).contains("২৫", "১৮.৩৯");
        assertThat(PAGE.one("//header/p[@class='total']").getTextContent())
                .isEqualTo("মোট প্রাপ্ত মান ১৮.৩৯, মোট মান ২৫ (৭৩.৫৬%)");
        assertThat(PAGE.one("//header/p[@class='areas']").getTextContent())
                .as("each area's score above the table, not in its cell").isEqualTo("ক্ষেত্রভিত্তিক প্রাপ্ত মান: [১] ১১.৩৯ / ১৮, [২] ৭.০০ / ৭");
    }

    @Test
    void eachBarIsTheAchievementAgainstTheTargetToDate() {
        ImmutableList<Element> fills = PAGE.all("//svg/*[local-name()='rect'][2]");

        assertThat(fills.collect(rect -> rect.getAttribute("width"))).containsExactly("50.0", "11.1", "50.0", "50.0",
                "50.0", "50.0");
        assertThat(fills.collect(rect -> rect.getAttribute("class"))).containsExactly("full", "low", "full", "full",
                "full", "full");
        assertThat(PAGE.texts("//svg/title")).containsExactly("১০০%", "২২.২২%", "১০০%", "১০০%", "১০০%", "১০০%");
    }

    @Test
    void theFindingsAreBelowTheTableInBengaliWithTheirEnglish() {
        Scorecard card = REPORT.scorecard();
        ImmutableList<Element> items = PAGE.all("//section[@class='findings']/ol/li");

        assertThat(items).hasSize(card.findings().size()).hasSize(4);
        assertThat(PAGE.texts("//section[@class='findings']/ol/li/span[@lang='bn']"))
                .containsExactlyElementsOf(card.findings().collect(f -> f.message().bn().replaceAll("\\s+", " ")));
        assertThat(PAGE.texts("//section[@class='findings']/ol/li/span[@lang='en']"))
                .containsExactlyElementsOf(card.findings().collect(f -> f.message().en().replaceAll("\\s+", " ")));
        assertThat(PAGE.texts("//section[@class='findings']/ol/li/span[@class='where']"))
                .containsExactly("[১.২.১]", "[১.২.১]", "[২.১.১], ১ম ত্রৈমাসিক", "[২.২.১], ১ম ত্রৈমাসিক");
        assertThat(PAGE.texts("//section[@class='findings']/ol/li/span[starts-with(@class, 'severity')]"))
                .containsExactly("ত্রুটি", "ত্রুটি", "সতর্কতা", "সতর্কতা");
    }

    @Test
    void inEnglishTheDigitsAndLabelsAreEnglishAndTheFindingsBengaliToo() {
        Xhtml page = Xhtml.parse(REPORT.toHtml(Language.EN));

        assertThat(page.one("/html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.one("//header/p[@class='total']").getTextContent()).isEqualTo("Total score 18.39, of 25 (73.56%)");
        assertThat(childTexts(row(page, "[1.2]"))).contains("60%", "20%", "22.22%", "0.89");
        assertThat(page.all("//section[@class='findings']/ol/li/span[@lang='bn']")).hasSize(4);
        assertThat(page.texts("//section[@class='findings']/h2")).containsExactly("Findings");
    }

    @Test
    void textIsEscaped() {
        String hostile = "<script>alert('x')</script> & \"q\" </td></tr>";
        ActionPlan plan = REPORT.plan().mapIndicators(indicator -> indicator.toBuilder()
                .name(BilingualText.bengali(hostile)).build());
        ScoringEngine engine = ScoringEngine.defaults();
        String html = ProgressReport.of(plan, engine.score(plan, plan.period().orElseThrow())).toHtml();

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                + " &quot;q&quot;");
        Xhtml page = Xhtml.parse(html);
        assertThat(page.texts("//tbody/tr/td[starts-with(., '[')][contains(., 'script')]"))
                .allMatch(text -> text.endsWith(hostile.replaceAll("\\s+", " ")));
        Xhtml.assertRectangular(page.all("//table[@class='plan']/tbody/tr"), 22);
    }

    @Test
    void theTsvAndMarkdownHaveTheSameColumnsAndReadBackToThePlan() {
        String tsv = REPORT.toTsv();
        String markdown = REPORT.toMarkdown();

        assertThat(tsv.lines().findFirst().orElseThrow().split("\t")).containsExactly("কার্যক্রমের ক্ষেত্র", "মান",
                "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা ২০২২-২৩",
                "এ পর্যন্ত লক্ষ্যমাত্রা (গণনাকৃত)", "১ম ত্রৈমাসিক অর্জন", "২য় ত্রৈমাসিক অর্জন", "৩য় ত্রৈমাসিক অর্জন",
                "৪র্থ ত্রৈমাসিক অর্জন", "প্রকৃত অর্জন", "প্রকৃত অর্জন (গণনাকৃত)", "অর্জনের শতকরা হার",
                "বার্ষিক লক্ষ্যমাত্রার শতকরা হার (গণনাকৃত)", "এ পর্যন্ত লক্ষ্যমাত্রার শতকরা হার (গণনাকৃত)", "অর্জিত মান",
                "অর্জিত মান (গণনাকৃত)", "প্রমাণক", "মন্তব্য");
        assertThat(tsv.lines().skip(2).findFirst().orElseThrow())
                .endsWith("\t%\t৪\t৯০\t৯০%\t২৫%\t২৫%\t১০%\t-\t৬০%\t২০%\t১০০%\t২২.২২%\t২২.২২%\t\t০.৮৯\t\t");
        assertThat(markdown.lines().count()).isEqualTo(tsv.lines().count() + 1);
        assertThat(READER.read(tsv, "report.tsv")).isEqualTo(SeedPlans.coxsBazar());
        assertThat(READER.read(markdown, "report.md")).isEqualTo(SeedPlans.coxsBazar());
    }

    @Test
    void aCorrectedTablePastedBackScoresWithoutTheErrors() {
        String corrected = REPORT.toTsv().replace("\t৬০%\t২০%\t১০০%\t", "\t২০%\t২০%\t২২.২২%\t");
        ActionPlan plan = READER.read(corrected, "corrected.tsv");

        Scorecard card = ScoringEngine.defaults().score(plan, plan.period().orElseThrow());

        assertThat(card.hasErrors()).isFalse();
        assertThat(plan.indicators().get(1).reported().actual().amount()).contains(new BigDecimal("20"));
    }

    @Test
    void aGradedPlanShowsItsFiveColumnsAndTheTargetToDate() {
        ActionPlan plan = REPORT.plan().mapIndicators(indicator -> indicator.withTarget(Target.graded(
                new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1"), BigDecimal.ONE)));
        Xhtml page = Xhtml.parse(ProgressReport.of(plan, ScoringEngine.defaults().score(plan,
                plan.period().orElseThrow())).toHtml());

        assertThat(page.texts("//thead/tr[2]/th")).startsWith("অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান",
                "চলতি মানের নিম্নে", "এ পর্যন্ত", "১ম");
        Xhtml.assertRectangular(page.all("//table[@class='plan']/tbody/tr"), 26);
    }

    @Test
    void aColumnOfLongFiguresIsWidenedSoThatNoneRunsOverTheNext() {
        // Figures never break across lines; "11.115%" ran over the next quarter's cell in the print of an APA plan.
        ActionPlan plan = REPORT.plan().mapIndicators(indicator -> indicator.code().toString().equals("1.2.1")
                ? indicator.withQuarter(Quarter.Q2, Value.of(new BigDecimal("11.115"))) : indicator);
        Xhtml page = Xhtml.parse(ProgressReport.of(plan, ScoringEngine.defaults().score(plan,
                plan.period().orElseThrow())).toHtml());
        ImmutableList<String> widths = page.all("//table[@class='plan']/colgroup/col")
                .collect(col -> col.getAttribute("style"));
        ImmutableList<String> before = PAGE.all("//table[@class='plan']/colgroup/col")
                .collect(col -> col.getAttribute("style"));
        assertThat(widths).hasSameSizeAs(before);
        MutableList<Integer> wider = Lists.mutable.empty();
        for (int i = 0; i < widths.size(); i++) {
            if (share(widths.get(i)) > share(before.get(i))) {
                wider.add(i);
            } else {
                assertThat(share(widths.get(i))).isLessThanOrEqualTo(share(before.get(i)));
            }
        }
        // Q2's, which holds "১১.১১৫%" (its 30 width units to 62), and the computed actual's, an average now
        // "১৫.৩৭%" (44 to 54); the others narrowed to make room.
        assertThat(childTexts(row(page, "[১.২.১]"))).contains("১১.১১৫%", "১৫.৩৭%");
        assertThat(wider).hasSize(2);
        assertThat(share(widths.get(wider.get(0)))).as("Q2").isGreaterThan(share(before.get(wider.get(0))) * 1.8);
        assertThat(share(widths.get(wider.get(1)))).isGreaterThan(share(before.get(wider.get(1))));
    }

    private static double share(String style) {
        return Double.parseDouble(style.replaceAll("[^0-9.]", ""));
    }

    @Test
    void aPlanMixingSingleAndGradedTargetsShowsBothAndReadsBack() {
        ActionPlan plan = REPORT.plan().mapIndicators(indicator -> indicator.code().toString().equals("1.1.1")
                ? indicator.withTarget(Target.graded(new BigDecimal("4"), new BigDecimal("3.5"), new BigDecimal("3"),
                        new BigDecimal("2.5"), new BigDecimal("2")))
                : indicator);
        ProgressReport mixed = ProgressReport.of(plan, ScoringEngine.defaults().score(plan,
                plan.period().orElseThrow()));
        Xhtml page = Xhtml.parse(mixed.toHtml());

        assertThat(page.texts("//thead/tr[2]/th")).startsWith("বার্ষিক", "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান",
                "চলতি মানের নিম্নে", "এ পর্যন্ত", "১ম");
        assertThat(childTexts(row(page, "[১] প্রাতিষ্ঠানিক")).subList(6, 13))
                .containsExactly("", "৪", "৩.৫", "৩", "২.৫", "২", "৩");
        assertThat(childTexts(row(page, "[১.২]")).subList(4, 11)).containsExactly("৯০", "", "", "", "", "", "৯০%");
        Xhtml.assertRectangular(page.all("//table[@class='plan']/tbody/tr"), 27);
        assertThat(READER.read(mixed.toTsv(), "mixed.tsv")).isEqualTo(plan);
        assertThat(READER.read(mixed.toMarkdown(), "mixed.md")).isEqualTo(plan);
    }

    @Test
    void aScorecardOfAnotherPlanIsRefused() {
        ActionPlan other = REPORT.plan().withAreas(REPORT.plan().areas().take(1));

        assertThatThrownBy(() -> ProgressReport.of(other, REPORT.scorecard())).isInstanceOf(CharterException.class)
                .hasMessageContaining("is not of the plan");
        assertThat(REPORT.plan()).isEqualTo(SeedPlans.coxsBazar());
        assertThat(childTexts(row(PAGE, "[১.৩]"))).hasSize(20);
    }

    @Test
    void theHeaderSaysTheFiscalYearAndQuarterInTheTitleAndTheOfficeWithItsLevel() {
        assertThat(PAGE.one("/html/head/title").getTextContent())
                .isEqualTo("অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক: জেলা সমবায় কার্যালয়, কক্সবাজার");
        assertThat(PAGE.one("//header/h1").getTextContent()).isEqualTo("অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক");
        assertThat(PAGE.one("//header/p[@class='office']").getTextContent())
                .isEqualTo("জেলা সমবায় কার্যালয়, কক্সবাজার, জেলা কার্যালয়");
        Xhtml english = Xhtml.parse(REPORT.toHtml(Language.EN));
        assertThat(english.one("//header/h1").getTextContent()).isEqualTo("Progress report, fiscal year 2022-23, Q3");
        assertThat(english.one("//header/p[@class='office']").getTextContent())
                .isEqualTo("District Cooperative Office, Cox's Bazar, District office");
    }

    @Test
    void numbersAreNeverBrokenAcrossLines() {
        assertThat(HTML).contains("table.plan td.num { text-align: right; white-space: nowrap; }")
                .contains(".figure { white-space: nowrap; }");
        assertThat(PAGE.texts("//td[contains(@class, 'num') and not(contains(@class, 'date'))]"))
                .as("every figure is in a cell that does not wrap").contains("১৮.৩৯", "২২.২২%", "০.৮৯");
        assertThat(PAGE.texts("//span[@class='figure']")).contains("২৫", "৭৩.৫৬%", "১১.৩৯");
        assertThat(PAGE.texts("//strong[@class='figure']")).containsExactly("১৮.৩৯");
    }

    @Test
    void theBengaliFontIsEmbeddedSoNoInstalledFontIsNeeded() {
        assertThat(HTML).containsPattern("@font-face \\{ font-family: \"Noto Sans Bengali\"; font-style: normal;"
                + " font-weight: 400; font-display: block; src: url\\(data:font/woff2;base64,d09GMg[A-Za-z0-9+/=]{50000,}\\)"
                + " format\\(\"woff2\"\\); unicode-range: U\\+0951-0952, U\\+0964-0965, U\\+0980-09FE");
        assertThat(HTML).contains("font-weight: 700; font-display: block; src: url(data:font/woff2;base64,d09GMg");
        assertThat(HTML.length() - HTML.replaceAll("url\\(data:font/woff2;base64,[A-Za-z0-9+/=]+\\)", "").length())
                .as("the two fonts in base64, each in url(data:font/woff2;base64,…): about 123 kB").isEqualTo(122_912);
    }

    @Test
    void theNotesOfReadingTheTableAreListedBeneathTheFindings() {
        ProgressReport noted = REPORT.withNotes(Lists.immutable.of("কলাম \"দায়িত্বপ্রাপ্ত কর্মকর্তা\" পাঠ্য হিসেবে রাখা হয়েছে।",
                "Indicator codes were numbered in order."));
        Xhtml page = Xhtml.parse(noted.toHtml());
        assertThat(page.texts("//section[@class='notes']/h2")).containsExactly("সারণি পড়ার টীকা");
        assertThat(page.texts("//section[@class='notes']/ul/li")).containsExactly(
                "কলাম \"দায়িত্বপ্রাপ্ত কর্মকর্তা\" পাঠ্য হিসেবে রাখা হয়েছে।", "Indicator codes were numbered in order.");
        assertThat(PAGE.all("//section[@class='notes']")).as("no notes, no section").isEmpty();
        assertThat(noted.toMarkdownReport(Language.EN)).endsWith("## Notes on reading the table\n\n"
                + "- কলাম \"দায়িত্বপ্রাপ্ত কর্মকর্তা\" পাঠ্য হিসেবে রাখা হয়েছে।\n- Indicator codes were numbered in order.\n");
    }

    @Test
    void theMarkdownReportHasATitleTheTotalsTheTableAndTheFindings() {
        String markdown = REPORT.toMarkdownReport(Language.BN);
        assertThat(markdown).startsWith("# অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক\n\n"
                + "**জেলা সমবায় কার্যালয়, কক্সবাজার**, জেলা কার্যালয় — সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা\n\n"
                + "মোট প্রাপ্ত মান **১৮.৩৯**, মোট মান ২৫ (৭৩.৫৬%)\n\n" + REPORT.toMarkdown() + "\n## অসংগতি\n\n");
        assertThat(markdown.lines().filter(line -> line.matches("\\d+\\. \\*\\*.*"))).hasSize(4);
        assertThat(markdown).contains("2. **ত্রুটি** `REPORTED_TOTAL_MISMATCH` সূচক \\[১.২.১\\]-এর প্রতিবেদিত প্রকৃত অর্জন (৬০)");
    }
}
