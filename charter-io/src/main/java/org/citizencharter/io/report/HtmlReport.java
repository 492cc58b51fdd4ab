package org.citizencharter.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.Finding;
import org.citizencharter.core.FindingType;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.Quarter;
import org.citizencharter.core.ScoreStatus;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.UnitKind;
import org.citizencharter.io.internal.table.ColumnKind;
import org.citizencharter.io.internal.table.PlanCells;
import org.citizencharter.io.internal.table.PlanLine;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Writes a {@link ProgressReport} as one HTML document that needs nothing from the network: inline CSS
 * for A4 landscape, an inline SVG bar per indicator, escaped text. The markup is XHTML-compatible (every
 * element closed, attributes quoted), so an XML parser reads it too. Not thread-safe; used once.
 */
final class HtmlReport {

    /** The Bengali font stack: Noto Sans Bengali first, then the fonts Bangladeshi offices have. */
    static final String FONTS = "\"Noto Sans Bengali\", \"Noto Serif Bengali\", \"Hind Siliguri\", \"SolaimanLipi\","
            + " \"Kalpurush\", \"Nikosh\", \"Vrinda\", \"Nirmala UI\", \"Lohit Bengali\", sans-serif";

    private static final int BAR_WIDTH = 50;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String CSS = String.format(Locale.ROOT, """
            @page { size: A4 landscape; margin: 10mm; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: %s; font-size: 7.5pt; line-height: 1.35; color: #111; margin: 0; }
            @media screen { body { width: 297mm; margin: 0 auto; padding: 10mm; background: #fff; } }
            header { margin-bottom: 3mm; }
            header .kind { margin: 0; font-size: 9pt; }
            header h1 { margin: 0.5mm 0; font-size: 13pt; font-weight: 700; }
            header p { margin: 0; font-size: 9pt; }
            header .office strong { font-size: 11pt; }
            header .total strong { font-size: 11pt; }
            table.plan { width: 100%%; border-collapse: collapse; table-layout: fixed; }
            table.plan th, table.plan td { border: 0.5pt solid #6b7280; padding: 1.2pt 1.5pt; vertical-align: top;
              overflow-wrap: break-word; }
            table.plan td { font-size: 7pt; }
            table.plan th { background: #e8edf3; font-size: 6.5pt; font-weight: 700; text-align: center;
              vertical-align: middle; overflow-wrap: anywhere; }
            html:lang(en) table.plan th { font-size: 6pt; overflow-wrap: anywhere; }
            table.plan th.computed { background: #dcebd3; }
            table.plan td.computed { background: #f1f7ec; }
            table.plan td.num { text-align: right; white-space: nowrap; }
            table.plan td.num.date { white-space: normal; }
            .figure { white-space: nowrap; }
            table.plan td.mismatch { color: #b42318; font-weight: 700; background: #fdecea; }
            table.plan thead { display: table-header-group; }
            table.plan tfoot { display: table-row-group; }
            table.plan tfoot td, table.plan tfoot th { font-weight: 700; background: #e8edf3; }
            svg.bar { display: block; margin: 1pt auto 0; }
            svg.bar .track { fill: #e5e7eb; }
            svg.bar .full { fill: #2e7d32; }
            svg.bar .part { fill: #e0a100; }
            svg.bar .low { fill: #c62828; }
            .bar-label { display: block; text-align: center; font-size: 6.5pt; color: #374151; }
            .legend { margin: 1.5mm 0 0; font-size: 7pt; color: #374151; }
            section.findings { margin-top: 3mm; break-inside: avoid-page; }
            section.findings h2 { font-size: 10pt; margin: 0 0 1mm; }
            section.findings ol { margin: 0; padding-left: 5mm; }
            section.findings li { margin-bottom: 1mm; }
            .severity { display: inline-block; min-width: 11mm; padding: 0 1.5pt; border-radius: 2pt; color: #fff;
              text-align: center; font-size: 6.5pt; font-weight: 700; }
            .severity.error { background: #b42318; }
            .severity.warning { background: #b45309; }
            .severity.info { background: #1d4ed8; }
            .where { font-weight: 700; }
            .other { display: block; color: #4b5563; font-size: 7pt; }
            section.notes { margin-top: 3mm; font-size: 7pt; color: #374151; break-inside: avoid-page; }
            section.notes h2 { font-size: 9pt; margin: 0 0 1mm; }
            section.notes ul { margin: 0; padding-left: 5mm; }
            footer { margin-top: 3mm; font-size: 7pt; color: #4b5563; }
            """, FONTS);

    private final ProgressReport report;
    private final ActionPlan plan;
    /** The plan's lines, one a row of the table (and read again to size its columns of figures). */
    private final ImmutableList<PlanLine> lines;
    private final Scorecard card;
    private final Language language;
    private final StringBuilder out = new StringBuilder();

    HtmlReport(ProgressReport report, Language language) {
        this.report = report;
        this.plan = report.plan();
        this.lines = PlanLine.of(plan);
        this.card = report.scorecard();
        this.language = language;
    }

    /** A column of the HTML table: a table column, or the bar (kind empty). */
    private record Column(Optional<ColumnKind> kind, String group, String label, int width) {
        boolean isComputed() {
            return kind.isEmpty() || kind.get().isComputed();
        }
    }

    String write() {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title() + ": " + plan.office().name().in(language)))
                .append("</title>\n")
                .append("<style>\n").append(ReportFonts.fontFaces()).append(CSS).append("</style>\n</head>\n<body>\n");
        header();
        table();
        findings();
        notes();
        footer();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private String percentOfTotal() {
        return card.percentOfTotal().map(this::score).orElse("-");
    }

    /** "অগ্রগতি প্রতিবেদন, অর্থবছর ২০২২-২৩, ৩য় ত্রৈমাসিক": the report, its fiscal year and its quarter. */
    private String title() {
        return t("অগ্রগতি প্রতিবেদন, অর্থবছর ", "Progress report, fiscal year ") + card.fiscalYear().format(language)
                + ", " + card.period().asOf().label(language);
    }

    private void header() {
        String weight = number(card.totalWeight().value());
        String total = escape(t("মোট প্রাপ্ত মান", "Total score")) + " <strong class=\"figure\">"
                + escape(score(card.totalScore())) + "</strong>, " + escape(t("মোট মান ", "of "))
                + figure(weight) + " (" + figure(percentOfTotal() + "%") + ")";
        Office office = plan.office();
        out.append("<header>\n")
                .append("<p class=\"kind\">").append(escape(plan.kind().title().in(language))).append("</p>\n")
                .append("<h1>").append(escape(title())).append("</h1>\n")
                .append("<p class=\"office\"><strong>").append(escape(office.name().in(language))).append("</strong>");
        if (office.level() != OfficeLevel.OTHER) {
            out.append(", ").append(escape(office.level().label().in(language)));
        }
        out.append("</p>\n")
                .append("<p class=\"period\">").append(escape(t(card.period().asOf().label(language) + " ("
                        + card.period().asOf().monthSpan(language) + ") পর্যন্ত", "As of "
                        + card.period().asOf().label(language) + " (" + card.period().asOf().monthSpan(language) + ")")))
                .append("</p>\n")
                .append("<p class=\"total\">").append(total).append("</p>\n");
        // Each area's score stands here rather than in its cell, so that the table reads back as the plan it
        // shows (charter, or any tool that reads the published page, takes a cell's whole text).
        out.append("<p class=\"areas\">").append(escape(t("ক্ষেত্রভিত্তিক প্রাপ্ত মান: ", "Score by area: ")))
                .append(card.areas().collect(area -> escape(area.code().format(language)) + " "
                        + figure(score(area.score())) + " / " + figure(number(area.weight().value())))
                        .makeString(", "))
                .append("</p>\n</header>\n");
    }

    /** A figure that never breaks across lines. */
    private static String figure(String text) {
        return "<span class=\"figure\">" + escape(text) + "</span>";
    }

    /** The notes of reading the table the plan came from, if the report was given any. */
    private void notes() {
        if (report.notes().isEmpty()) {
            return;
        }
        out.append("<section class=\"notes\">\n<h2>").append(escape(t("সারণি পড়ার টীকা", "Notes on reading the table")))
                .append("</h2>\n<ul>\n");
        for (String note : report.notes()) {
            out.append("<li>").append(escape(note)).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private ImmutableList<Column> columns() {
        String target = t("লক্ষ্যমাত্রা ", "Target ") + plan.fiscalYear().format(language);
        String quarters = t("ত্রৈমাসিক অর্জন", "Achievement by quarter");
        String actual = t("প্রকৃত অর্জন", "Actual");
        String percent = t("অর্জনের শতকরা হার", "Percent achieved");
        String score = t("অর্জিত মান", "Score");
        String reported = t("প্রতিবেদিত", "Reported");
        String computed = t("গণনাকৃত", "By charter");
        MutableList<Column> columns = Lists.mutable.empty();
        for (ColumnKind kind : ProgressReport.columns(plan)) {
            Column column = switch (kind) {
                case AREA -> column(kind, null, t("কার্যক্রমের ক্ষেত্র", "Area"), 64);
                case AREA_WEIGHT -> column(kind, null, t("মান", "Weight"), 32);
                case ACTIVITY -> column(kind, null, t("কার্যক্রম", "Activity"), 100);
                case INDICATOR -> column(kind, null, t("কর্মসম্পাদন সূচক", "Performance indicator"), 92);
                case UNIT -> column(kind, null, t("একক", "Unit"), 40);
                case INDICATOR_WEIGHT -> column(kind, null, t("সূচকের মান", "Indicator weight"), 42);
                case TARGET -> column(kind, target, t("বার্ষিক", "Annual"), 36);
                case TARGET_TO_DATE_COMPUTED -> column(kind, target, t("এ পর্যন্ত", "To date"), 38);
                case ACTUAL -> column(kind, actual, reported, 44);
                case ACTUAL_COMPUTED -> column(kind, actual, computed, 44);
                case PERCENT -> column(kind, percent, reported, 44);
                case PERCENT_OF_ANNUAL_COMPUTED -> column(kind, percent, t("বার্ষিক লক্ষ্যমাত্রার", "Of annual target"),
                        46);
                case PERCENT_TO_DATE_COMPUTED -> column(kind, percent,
                        t("এ পর্যন্ত লক্ষ্যমাত্রার", "Of target to date"), 46);
                case SCORE -> column(kind, score, reported, 44);
                case SCORE_COMPUTED -> column(kind, score, computed, 44);
                case HALF_YEAR -> column(kind, quarters, t("অর্ধবার্ষিক", "Half-year"), 30);
                case Q1_TARGET, Q2_TARGET, Q3_TARGET, Q4_TARGET -> column(kind,
                        t("ত্রৈমাসিক লক্ষ্যমাত্রা", "Quarterly target"),
                        ordinal(Quarter.of(ColumnKind.quarterTargets().indexOf(kind) + 1)), 30);
                case EVIDENCE -> column(kind, null, t("প্রমাণক", "Evidence"), textWidth(kind));
                case REMARKS -> column(kind, null, t("মন্তব্য", "Remarks"), textWidth(kind));
                default -> kind.quarter().isPresent()
                        ? column(kind, quarters, ordinal(kind.quarter().get()), 30)
                        : column(kind, target, kind.grade().orElseThrow().label().in(language), 38);
            };
            columns.add(figures(column));
            if (kind == ColumnKind.PERCENT_TO_DATE_COMPUTED) {
                columns.add(new Column(Optional.empty(), null, t("অগ্রগতি (এ পর্যন্ত)", "Progress to date"), 56));
            }
        }
        return columns.toImmutable();
    }

    /**
     * A column of figures at least as wide as its longest figure needs: a figure never breaks across lines, and
     * one wider than its column ran over the next ("11.115%" of an APA plan's graded percents in a column of a
     * quarter). About eight width units a character and six for the cell's padding, at the report's 7 points on
     * A4 landscape; a wider column narrows the others, whose words wrap. Dates break after their hyphens and are
     * left out of the measure.
     */
    private Column figures(Column column) {
        ColumnKind kind = column.kind().orElseThrow();
        if (kind == ColumnKind.AREA || kind == ColumnKind.ACTIVITY || kind == ColumnKind.INDICATOR
                || kind == ColumnKind.UNIT || kind == ColumnKind.EVIDENCE || kind == ColumnKind.REMARKS) {
            return column;
        }
        int longest = 0;
        for (PlanLine line : lines) {
            if (line.indicator().isPresent() && line.indicator().get().unit().kind() != UnitKind.DATE) {
                String text = kind.isComputed() ? report.computed(kind, line, language)
                        : PlanCells.cell(kind, line, language);
                longest = Math.max(longest, text.codePointCount(0, text.length()));
            }
        }
        int needed = longest * 8 + 6;
        return needed <= column.width() ? column
                : new Column(column.kind(), column.group(), column.label(), needed);
    }

    /** Evidence and remarks get room when the plan has some, and little when it has none. */
    private int textWidth(ColumnKind kind) {
        boolean any = plan.indicators().anySatisfy(indicator -> (kind == ColumnKind.EVIDENCE
                ? indicator.reported().evidence() : indicator.reported().remarks()).isPresent());
        return any ? 52 : 42;
    }

    private static Column column(ColumnKind kind, String group, String label, int width) {
        return new Column(Optional.of(kind), group, label, width);
    }

    /** A quarter's short name under a group of quarters ("১ম", "Q1"). */
    private String ordinal(Quarter quarter) {
        return quarter.label(language).split(" ")[0];
    }

    private void table() {
        // A report shows what a plan holds, even single and graded targets side by side.
        ImmutableList<Column> columns = columns();
        long total = columns.sumOfInt(Column::width);
        out.append("<table class=\"plan\">\n<colgroup>");
        for (Column column : columns) {
            BigDecimal share = BigDecimal.valueOf(column.width() * 100L)
                    .divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
            out.append("<col style=\"width: ").append(share.toPlainString()).append("%\"/>");
        }
        out.append("</colgroup>\n<thead>\n<tr>");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.group() == null) {
                out.append("<th rowspan=\"2\"").append(column.isComputed() ? " class=\"computed\"" : "").append('>')
                        .append(escape(column.label())).append("</th>");
            } else if (i == 0 || !column.group().equals(columns.get(i - 1).group())) {
                int span = 1;
                while (i + span < columns.size() && column.group().equals(columns.get(i + span).group())) {
                    span++;
                }
                out.append("<th colspan=\"").append(span).append("\">").append(escape(column.group())).append("</th>");
            }
        }
        out.append("</tr>\n<tr>");
        for (Column column : columns) {
            if (column.group() != null) {
                out.append("<th").append(column.isComputed() ? " class=\"computed\"" : "").append('>')
                        .append(escape(column.label())).append("</th>");
            }
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (PlanLine line : lines) {
            row(line, columns);
        }
        out.append("</tbody>\n<tfoot>\n<tr>");
        for (Column column : columns) {
            ColumnKind kind = column.kind().orElse(null);
            String cell = kind == ColumnKind.AREA ? t("মোট", "Total")
                    : kind == ColumnKind.AREA_WEIGHT ? number(card.totalWeight().value())
                    : kind == ColumnKind.SCORE_COMPUTED ? score(card.totalScore()) : "";
            out.append(kind == ColumnKind.AREA ? "<th>" : "<td class=\"num\">").append(escape(cell))
                    .append(kind == ColumnKind.AREA ? "</th>" : "</td>");
        }
        out.append("</tr>\n</tfoot>\n</table>\n<p class=\"legend\">").append(escape(t(
                "সবুজ কলামগুলো charter গণনা করেছে ত্রৈমাসিক অর্জন থেকে; লাল চিহ্নিত প্রতিবেদিত মান গণনার সাথে মেলে না।"
                        + " অগ্রগতির দণ্ড দেখায় এ পর্যন্ত লক্ষ্যমাত্রার বিপরীতে অর্জন কতটা (১০০% পর্যন্ত)।",
                "Green columns are computed by charter from the quarterly achievements; reported figures in red do not"
                        + " match them. The bar shows how far the achievement is on track against the target to date"
                        + " (up to 100%).")))
                .append("</p>\n");
    }

    private void row(PlanLine line, ImmutableList<Column> columns) {
        Optional<IndicatorResult> result = report.result(line);
        ImmutableList<String> mismatches = line.indicator()
                .map(indicator -> card.findings().select(f -> f.indicator().equals(Optional.of(indicator.code())))
                        .collect(Finding::id))
                .orElse(Lists.immutable.empty());
        out.append("<tr>");
        for (Column column : columns) {
            if (column.kind().isEmpty()) {
                out.append("<td class=\"computed\">").append(result.map(this::bar).orElse("")).append("</td>");
                continue;
            }
            ColumnKind kind = column.kind().get();
            switch (kind) {
                case AREA, AREA_WEIGHT -> {
                    if (line.opensArea()) {
                        out.append("<td rowspan=\"").append(line.areaRows()).append('"')
                                .append(kind == ColumnKind.AREA_WEIGHT ? " class=\"num\">" : ">")
                                .append(text(PlanCells.cell(kind, line, language))).append("</td>");
                    }
                }
                case ACTIVITY -> {
                    if (line.activity().isEmpty()) {
                        out.append("<td></td>");
                    } else if (line.opensActivity()) {
                        out.append("<td rowspan=\"").append(line.activityRows()).append("\">")
                                .append(text(PlanCells.cell(kind, line, language))).append("</td>");
                    }
                }
                default -> {
                    String text = kind.isComputed() ? report.computed(kind, line, language)
                            : PlanCells.cell(kind, line, language);
                    MutableList<String> classes = Lists.mutable.empty();
                    if (kind != ColumnKind.INDICATOR && kind != ColumnKind.UNIT && kind != ColumnKind.EVIDENCE
                            && kind != ColumnKind.REMARKS) {
                        classes.add("num");
                    }
                    if (kind.isComputed()) {
                        classes.add("computed");
                    }
                    if (mismatches.contains(mismatchOf(kind))) {
                        classes.add("mismatch");
                    }
                    boolean date = line.indicator().map(i -> i.unit().kind() == UnitKind.DATE).orElse(false)
                            && classes.contains("num");
                    if (date) {
                        classes.add("date");
                    }
                    // A date may break after its hyphens in a narrow column, never inside its numbers.
                    out.append(classes.isEmpty() ? "<td>" : "<td class=\"" + classes.makeString(" ") + "\">")
                            .append(date ? text(text).replace("-", "-<wbr/>") : text(text)).append("</td>");
                }
            }
        }
        out.append("</tr>\n");
    }

    /** The finding that says a reported column disagrees with its computed twin. */
    private static String mismatchOf(ColumnKind kind) {
        return switch (kind) {
            case ACTUAL -> FindingType.REPORTED_TOTAL_MISMATCH.id();
            case PERCENT -> FindingType.REPORTED_PERCENT_MISMATCH.id();
            case SCORE -> FindingType.REPORTED_SCORE_MISMATCH.id();
            default -> "";
        };
    }

    /**
     * The bar of an indicator: how far it is on track against its target to date, the on-track score
     * as a share of the weight (for a single target min(1, A / T(q)), T(q) / A when less is better; for
     * a graded target the graded score against the columns to date; for a date, done on time or not),
     * green when full, amber from 60 %, red below. Nothing to show (no weight, no target, nothing
     * achieved, a date still pending) is an empty bar with a word.
     */
    private String bar(IndicatorResult result) {
        BigDecimal share = BigDecimal.ZERO;
        String label;
        if (result.status() == ScoreStatus.PENDING) {
            label = t("চলমান", "pending");
        } else if (result.status() == ScoreStatus.UNSCORED) {
            label = t("লক্ষ্যমাত্রা নেই", "no target");
        } else if (result.status() == ScoreStatus.NO_ACHIEVEMENT) {
            label = t("অর্জন নেই", "nothing achieved");
        } else if (result.weight().isEmpty() || result.weight().get().isZero()) {
            label = "-";
        } else {
            share = result.onTrackScore().divide(result.weight().get().value(), MathContext.DECIMAL64)
                    .max(BigDecimal.ZERO).min(BigDecimal.ONE);
            label = card.formatCompact(share.multiply(HUNDRED), language) + "%";
        }
        BigDecimal width = share.multiply(BigDecimal.valueOf(BAR_WIDTH)).setScale(1, RoundingMode.HALF_UP);
        String fill = share.compareTo(BigDecimal.ONE) >= 0 ? "full"
                : share.compareTo(new BigDecimal("0.6")) >= 0 ? "part" : "low";
        return "<svg class=\"bar\" width=\"" + BAR_WIDTH + "\" height=\"8\" viewBox=\"0 0 " + BAR_WIDTH + " 8\""
                + " role=\"img\" aria-label=\"" + escape(label) + "\"><title>" + escape(label) + "</title>"
                + "<rect class=\"track\" x=\"0\" y=\"0\" width=\"" + BAR_WIDTH + "\" height=\"8\" rx=\"1.5\"/>"
                + "<rect class=\"" + fill + "\" x=\"0\" y=\"0\" width=\"" + width.toPlainString()
                + "\" height=\"8\" rx=\"1.5\"/></svg><span class=\"bar-label\">" + escape(label) + "</span>";
    }

    private void findings() {
        out.append("<section class=\"findings\">\n<h2>").append(escape(t("অসংগতি", "Findings"))).append("</h2>\n");
        if (card.findings().isEmpty()) {
            out.append("<p>").append(escape(t("কোনো অসংগতি পাওয়া যায়নি।", "No findings."))).append("</p>\n");
        } else {
            Language other = language == Language.BN ? Language.EN : Language.BN;
            out.append("<ol>\n");
            for (Finding finding : card.findings()) {
                String severity = finding.severity().name().toLowerCase(Locale.ROOT);
                out.append("<li><span class=\"severity ").append(severity).append("\">")
                        .append(escape(finding.severity().label().in(language))).append("</span> ")
                        .append("<span class=\"where\">").append(escape(where(finding))).append("</span> ")
                        .append("<span lang=\"").append(language.tag()).append("\">")
                        .append(escape(message(finding, language))).append("</span>")
                        .append("<span class=\"other\" lang=\"").append(other.tag()).append("\">")
                        .append(escape(message(finding, other))).append("</span></li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n");
    }

    private static String message(Finding finding, Language language) {
        return language == Language.BN ? finding.message().bn() : finding.message().en();
    }

    private String where(Finding finding) {
        String place = finding.indicator().map(code -> code.format(language))
                .or(() -> finding.area().map(code -> t("ক্ষেত্র ", "Area ") + code.format(language)))
                .orElse(t("পরিকল্পনা", "Plan"));
        return finding.quarter().map(quarter -> place + ", " + quarter.label(language)).orElse(place);
    }

    private void footer() {
        out.append("<footer>").append(escape(t("গণনা: charter, মূল্যায়ন নীতি ", "Computed by charter, scoring policy ")
                + card.policy().id() + " " + card.policy().version())).append("</footer>\n");
    }

    private String t(String bengali, String english) {
        return language == Language.BN ? bengali : english;
    }

    private String number(BigDecimal value) {
        return Numerals.format(value, language);
    }

    /** A score at the scorecard's scale, every decimal written: the figure of its JSON and text. */
    private String score(BigDecimal value) {
        return card.format(value, language);
    }

    /** Escapes text for a table cell, its line breaks kept as {@code <br/>}. */
    static String text(String text) {
        return escape(text.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br/>");
    }

    /**
     * Escapes text for HTML element content and quoted attribute values; control characters other than
     * tab and line feed, which XML does not allow, become U+FFFD.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        escaped.append("&#xFFFD;");
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
