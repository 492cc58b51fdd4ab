package org.citizencharter.io.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizencharter.core.AreaCode;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.BilingualText;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.Finding;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.OfficeLevel;
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.PolicyRef;
import org.citizencharter.core.ReportingPeriod;
import org.citizencharter.core.RollUp;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.ScoringPolicy;
import org.citizencharter.core.Severity;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Several offices' scorecards for one period in one ranked table (সমন্বিত মূল্যায়ন): per office its score in
 * each area and in total, its percent of the total, its errors and warnings, ranked by the percent; the mean
 * and the lowest percent; and, for a {@link RollUp} against an office hierarchy, the findings of the roll-up
 * (an office under it that sent nothing). As one self-contained HTML file ({@link #toHtml(Language)}, the
 * Bengali font embedded as in {@link ProgressReport}) or Markdown ({@link #toMarkdown(Language)}).
 *
 * <pre>{@code
 * RollUp district = engine.rollUpScorecards(offices, OfficeId.of("district-coxs-bazar"), cards, period);
 * Files.writeString(Path.of("district.html"), RollUpReport.of(district).toHtml(Language.BN));
 * }</pre>
 *
 * <p>Offices with an equal percent share a rank (1, 2, 2, 4), listed by office id. A scorecard's figures are
 * written as the scorecard writes them ({@link Scorecard#format(BigDecimal, Language)}: its policy's scale);
 * the roll-up's own, the mean and the lowest, by {@link #format(BigDecimal, Language)}, at the scale of the
 * scorecards' policy (the finest of theirs, should they differ). Immutable and thread-safe.
 */
public final class RollUpReport {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private final Optional<Office> office;
    private final ReportingPeriod period;
    private final PlanKind kind;
    private final ImmutableList<Row> rows;
    private final ImmutableList<Area> areas;
    private final Optional<BigDecimal> mean;
    private final Optional<BigDecimal> minimum;
    private final ImmutableList<Finding> findings;
    private final PolicyRef scale;

    /**
     * One office's place in the table.
     *
     * @param rank its rank, from 1; offices with an equal percent of total share one
     * @param scorecard its scorecard
     */
    public record Row(int rank, Scorecard scorecard) {
        /**
         * Checks the parts.
         *
         * @param rank the rank
         * @param scorecard the scorecard
         */
        public Row {
            requireNonNull(scorecard, "scorecard");
        }

        /**
         * The office's score in an area, if its plan has the area.
         *
         * @param code the area's code
         * @return the area's result
         */
        public Optional<AreaResult> area(AreaCode code) {
            return scorecard.area(code);
        }
    }

    /**
     * A column of the table: an area, named as the first scorecard that has it names it.
     *
     * @param code the area's code
     * @param name the area's name
     */
    public record Area(AreaCode code, BilingualText name) {
        /**
         * Checks the parts.
         *
         * @param code the code
         * @param name the name
         */
        public Area {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
        }
    }

    private RollUpReport(Optional<Office> office, ImmutableList<Scorecard> cards, Optional<BigDecimal> mean,
            Optional<BigDecimal> minimum, ImmutableList<Finding> findings, Optional<ReportingPeriod> period) {
        if (cards.isEmpty() && period.isEmpty()) {
            throw new CharterException("A roll-up needs at least one scorecard");
        }
        Scorecard first = cards.getFirstOptional().orElse(null);
        this.period = period.orElseGet(() -> first.period());
        this.kind = first == null ? PlanKind.OTHER : first.kind();
        Set<OfficeId> offices = new HashSet<>();
        for (Scorecard card : cards) {
            if (!offices.add(card.office().id())) {
                // The same office twice (a file given twice, two versions of its report) would rank it twice
                // and count it twice in the mean.
                throw new CharterException("Two scorecards belong to the office (" + card.office().id() + ")."
                        + " Maybe give each office's scorecard once");
            }
            if (!card.period().equals(this.period)) {
                throw new CharterException("The scorecards are of different periods: the office (" + card.office().id()
                        + ") reports " + card.period() + ", the office (" + first.office().id() + ") " + first.period()
                        + ". Maybe roll up one period at a time");
            }
            if (card.kind() != kind) {
                throw new CharterException("The scorecards are of different kinds of plan: the office ("
                        + card.office().id() + ") sent a " + card.kind() + " plan, the office (" + first.office().id()
                        + ") a " + kind + " plan. Maybe roll up one kind at a time");
            }
        }
        this.office = office;
        this.rows = rank(cards);
        Map<AreaCode, Area> columns = new LinkedHashMap<>();
        cards.forEach(card -> card.areas().forEach(area -> columns.putIfAbsent(area.code(),
                new Area(area.code(), area.name()))));
        this.areas = Lists.immutable.withAll(columns.values()).toSortedListBy(Area::code).toImmutable();
        this.mean = mean;
        this.minimum = minimum;
        this.findings = findings;
        this.scale = cards.maxByOptional(card -> card.policy().roundingScale()).map(Scorecard::policy)
                .orElseGet(() -> ScoringPolicy.defaults().ref());
    }

    /**
     * The table of scorecards without a hierarchy: every office ranked, the mean and the lowest percent over
     * them all.
     *
     * @param scorecards the scorecards, of one period and one kind of plan
     * @return the report
     * @throws CharterException if there is none, they are of different periods or kinds, or two are of one
     *     office
     */
    public static RollUpReport of(Iterable<Scorecard> scorecards) {
        ImmutableList<Scorecard> cards = Lists.immutable.withAll(requireNonNull(scorecards, "scorecards"));
        ImmutableList<BigDecimal> percents = cards.collectIf(card -> card.percentOfTotal().isPresent(),
                card -> card.percentOfTotal().get());
        Optional<BigDecimal> mean = percents.isEmpty() ? Optional.empty()
                : Optional.of(percents.injectInto(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(percents.size()), EXACT));
        Optional<BigDecimal> minimum = percents.minOptional(Comparator.naturalOrder());
        return new RollUpReport(Optional.empty(), cards, mean, minimum, Lists.immutable.empty(), Optional.empty());
    }

    /**
     * The table of a roll-up: the office's own scorecard, if it has one, and those of the offices under it,
     * ranked together; the mean and the lowest percent over the offices under it, as the roll-up computed
     * them; the roll-up's findings.
     *
     * @param rollUp the roll-up
     * @return the report
     * @throws CharterException if the scorecards are of different kinds of plan
     */
    public static RollUpReport of(RollUp rollUp) {
        requireNonNull(rollUp, "rollUp");
        MutableList<Scorecard> cards = Lists.mutable.empty();
        rollUp.own().ifPresent(cards::add);
        cards.addAll(rollUp.subordinates().castToList());
        return new RollUpReport(Optional.of(rollUp.office()), cards.toImmutable(), rollUp.meanPercentOfTotal(),
                rollUp.minimumPercentOfTotal(), rollUp.findings(), Optional.of(rollUp.period()));
    }

    private static ImmutableList<Row> rank(ImmutableList<Scorecard> cards) {
        // An office whose plan has no weight has no percent: it ranks last.
        ImmutableList<Scorecard> ordered = cards.toSortedList(
                Comparator.comparing((Scorecard card) -> card.percentOfTotal().orElse(null),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(card -> card.office().id().toString())).toImmutable();
        MutableList<Row> ranked = Lists.mutable.empty();
        for (int i = 0; i < ordered.size(); i++) {
            Scorecard card = ordered.get(i);
            int rank = i > 0 && samePercent(ordered.get(i - 1), card) ? ranked.getLast().rank() : i + 1;
            ranked.add(new Row(rank, card));
        }
        return ranked.toImmutable();
    }

    private static boolean samePercent(Scorecard one, Scorecard other) {
        return one.percentOfTotal().isPresent() == other.percentOfTotal().isPresent()
                && one.percentOfTotal().map(p -> p.compareTo(other.percentOfTotal().get()) == 0).orElse(true);
    }

    /**
     * The office rolled up, for a roll-up against a hierarchy.
     *
     * @return the office, or empty for a table of scorecards alone
     */
    public Optional<Office> office() {
        return office;
    }

    /**
     * The period of every scorecard.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * The kind of plan of every scorecard.
     *
     * @return the kind ({@link PlanKind#OTHER} when there is no scorecard)
     */
    public PlanKind kind() {
        return kind;
    }

    /**
     * The offices, ranked.
     *
     * @return the rows, best first
     */
    public ImmutableList<Row> ranked() {
        return rows;
    }

    /**
     * The areas, in the order of their codes.
     *
     * @return the area columns
     */
    public ImmutableList<Area> areas() {
        return areas;
    }

    /**
     * The mean percent of total (over the offices under the office, for a roll-up), exact.
     *
     * @return the mean, if any office reported
     */
    public Optional<BigDecimal> meanPercentOfTotal() {
        return mean;
    }

    /**
     * The lowest percent of total (over the offices under the office, for a roll-up).
     *
     * @return the lowest, if any office reported
     */
    public Optional<BigDecimal> minimumPercentOfTotal() {
        return minimum;
    }

    /**
     * A figure of the roll-up's own (the mean, the lowest) as it is written: rounded once, HALF_UP, at the scale
     * of the scorecards' policy (the finest of theirs, should they differ), as {@link PolicyRef#round(BigDecimal)}.
     *
     * @param figure the exact figure
     * @return the figure rounded
     */
    public BigDecimal round(BigDecimal figure) {
        return scale.round(requireNonNull(figure, "figure"));
    }

    /**
     * A figure of the roll-up's own (the mean, the lowest) as text and reports show it: at the scale of
     * {@link #round(BigDecimal)}, every decimal written, in the language's digits
     * ({@link PolicyRef#format(BigDecimal, Language)}).
     *
     * @param figure the exact figure
     * @param language the language of the digits
     * @return the figure written
     */
    public String format(BigDecimal figure, Language language) {
        return scale.format(requireNonNull(figure, "figure"), language);
    }

    /**
     * The roll-up's own findings: an office under it that sent nothing.
     *
     * @return the findings, in {@link Finding#ORDER}
     */
    public ImmutableList<Finding> findings() {
        return findings;
    }

    /**
     * "সমন্বিত মূল্যায়ন, অর্থবছর ২০২৩-২৪, ৩য় ত্রৈমাসিক": the title, with the fiscal year and quarter.
     *
     * @param language the language
     * @return the title
     */
    public String title(Language language) {
        return (language == Language.BN ? "সমন্বিত মূল্যায়ন, অর্থবছর " : "Roll-up, fiscal year ")
                + period.fiscalYear().format(language) + ", " + period.asOf().label(language);
    }

    /**
     * The report as one self-contained HTML file for A4 landscape, with the Bengali font embedded.
     *
     * @param language the language of the headings, names and digits
     * @return the HTML document
     */
    public String toHtml(Language language) {
        requireNonNull(language, "language");
        boolean bn = language == Language.BN;
        StringBuilder out = new StringBuilder(160_000);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(HtmlReport.escape(title(language)
                        + office.map(o -> ": " + o.name().in(language)).orElse(""))).append("</title>\n")
                .append("<style>\n").append(ReportFonts.fontFaces()).append(css()).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<p class=\"kind\">").append(HtmlReport.escape(kind.title().in(language)))
                .append("</p>\n<h1>").append(HtmlReport.escape(title(language))).append("</h1>\n");
        office.ifPresent(o -> out.append("<p class=\"office\"><strong>").append(HtmlReport.escape(o.name().in(language)))
                .append("</strong>").append(o.level() == OfficeLevel.OTHER ? ""
                        : ", " + HtmlReport.escape(o.level().label().in(language)))
                .append(HtmlReport.escape(bn ? " ও আওতাধীন দপ্তর" : " and the offices under it")).append("</p>\n"));
        out.append("<p class=\"summary\">").append(HtmlReport.escape(summary(language))).append("</p>\n</header>\n");
        out.append("<table class=\"rollup\">\n<thead>\n<tr>");
        th(out, bn ? "ক্রম" : "Rank", "num");
        th(out, bn ? "দপ্তর" : "Office", "");
        for (Area area : areas) {
            th(out, area.code().format(language) + " " + area.name().in(language), "area");
        }
        th(out, bn ? "মোট প্রাপ্ত মান" : "Total score", "num");
        th(out, bn ? "শতকরা" : "Percent", "num");
        th(out, bn ? "ত্রুটি" : "Errors", "num");
        th(out, bn ? "সতর্কতা" : "Warnings", "num");
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Row row : rows) {
            Scorecard card = row.scorecard();
            out.append("<tr><td class=\"num\">").append(HtmlReport.escape(Numerals.format(row.rank(), language)))
                    .append("</td><td><strong>").append(HtmlReport.escape(card.office().name().in(language)))
                    .append("</strong><span class=\"level\">")
                    .append(HtmlReport.escape(card.office().level() == OfficeLevel.OTHER ? card.office().id().toString()
                            : card.office().level().label().in(language)))
                    .append("</span></td>");
            for (Area area : areas) {
                out.append("<td class=\"num\">").append(row.area(area.code()).map(result -> HtmlReport.escape(
                        card.format(result.score(), language)) + "<span class=\"of\">"
                        + HtmlReport.escape((bn ? "মান " : "of ") + Numerals.format(result.weight().value(), language))
                        + "</span>").orElse("-")).append("</td>");
            }
            out.append("<td class=\"num\"><strong>").append(HtmlReport.escape(card.format(card.totalScore(), language)))
                    .append("</strong><span class=\"of\">").append(HtmlReport.escape((bn ? "মান " : "of ")
                            + Numerals.format(card.totalWeight().value(), language))).append("</span></td>")
                    .append("<td class=\"num\">").append(HtmlReport.escape(percent(card, language)))
                    .append("</td><td class=\"num").append(card.findings(Severity.ERROR).isEmpty() ? "" : " bad")
                    .append("\">").append(HtmlReport.escape(Numerals.format(card.findings(Severity.ERROR).size(), language)))
                    .append("</td><td class=\"num\">")
                    .append(HtmlReport.escape(Numerals.format(card.findings(Severity.WARNING).size(), language)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        out.append("<section class=\"findings\">\n<h2>").append(HtmlReport.escape(bn ? "অসংগতি" : "Findings"))
                .append("</h2>\n");
        if (findings.isEmpty()) {
            out.append("<p>").append(HtmlReport.escape(office.isPresent()
                    ? (bn ? "আওতাধীন প্রতিটি দপ্তর প্রতিবেদন পাঠিয়েছে।" : "Every office under it has reported.")
                    : (bn ? "দপ্তর-কাঠামো দেওয়া হয়নি, তাই অনুপস্থিত প্রতিবেদন যাচাই করা হয়নি।"
                            : "No office hierarchy was given, so missing reports were not looked for."))).append("</p>\n");
        } else {
            out.append("<ol>\n");
            for (Finding finding : findings) {
                out.append("<li><span class=\"severity ").append(finding.severity().name().toLowerCase(Locale.ROOT))
                        .append("\">").append(HtmlReport.escape(finding.severity().label().in(language)))
                        .append("</span> ").append(HtmlReport.escape(finding.message().in(language))).append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n<footer>").append(HtmlReport.escape(bn
                ? "গণনা: charter। সমান শতকরা হারের দপ্তরগুলোর ক্রম একই।"
                : "Computed by charter. Offices with an equal percent share a rank.")).append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The report as a Markdown document: a title, the summary, the ranked table and the findings.
     *
     * @param language the language of the headings, names and digits
     * @return the document, ending with a line break
     */
    public String toMarkdown(Language language) {
        requireNonNull(language, "language");
        boolean bn = language == Language.BN;
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title(language)).append("\n\n");
        office.ifPresent(o -> out.append("**").append(cell(o.name().in(language))).append("**")
                .append(o.level() == OfficeLevel.OTHER ? "" : ", " + o.level().label().in(language))
                .append(bn ? " ও আওতাধীন দপ্তর" : " and the offices under it").append("\n\n"));
        out.append(summary(language)).append("\n\n");
        MutableList<String> header = Lists.mutable.of(bn ? "ক্রম" : "Rank", bn ? "দপ্তর" : "Office");
        areas.forEach(area -> header.add(area.code().format(language) + " " + area.name().in(language)));
        header.addAll(Lists.mutable.of(bn ? "মোট প্রাপ্ত মান" : "Total score", bn ? "মোট মান" : "Total weight",
                bn ? "শতকরা" : "Percent", bn ? "ত্রুটি" : "Errors", bn ? "সতর্কতা" : "Warnings"));
        out.append("| ").append(header.collect(RollUpReport::cell).makeString(" | ")).append(" |\n|")
                .append("---|".repeat(header.size())).append('\n');
        for (Row row : rows) {
            Scorecard card = row.scorecard();
            MutableList<String> cells = Lists.mutable.of(Numerals.format(row.rank(), language),
                    cell(card.office().name().in(language)));
            areas.forEach(area -> cells.add(row.area(area.code()).map(result -> card.format(result.score(), language))
                    .orElse("-")));
            cells.addAll(Lists.mutable.of(card.format(card.totalScore(), language),
                    Numerals.format(card.totalWeight().value(), language), percent(card, language),
                    Numerals.format(card.findings(Severity.ERROR).size(), language),
                    Numerals.format(card.findings(Severity.WARNING).size(), language)));
            out.append("| ").append(cells.makeString(" | ")).append(" |\n");
        }
        out.append("\n## ").append(bn ? "অসংগতি" : "Findings").append("\n\n");
        if (findings.isEmpty()) {
            out.append(office.isPresent() ? (bn ? "আওতাধীন প্রতিটি দপ্তর প্রতিবেদন পাঠিয়েছে।" : "Every office under it has reported.")
                    : (bn ? "দপ্তর-কাঠামো দেওয়া হয়নি।" : "No office hierarchy was given.")).append('\n');
        }
        int number = 0;
        for (Finding finding : findings) {
            out.append(++number).append(". **").append(finding.severity().label().in(language)).append("** `")
                    .append(finding.id()).append("` ").append(cell(finding.message().in(language))).append('\n');
        }
        return out.toString();
    }

    /** "৯টি দপ্তরের প্রতিবেদন; গড় ৮৭.৫০%, সর্বনিম্ন ৬০.০০%।". */
    private String summary(Language language) {
        boolean bn = language == Language.BN;
        String count = bn ? Numerals.format(rows.size(), language) + "টি দপ্তরের প্রতিবেদন"
                : rows.size() + (rows.size() == 1 ? " office reported" : " offices reported");
        String figures = mean.map(m -> (bn ? "; গড় " : "; mean ") + format(m, language) + "%").orElse("")
                + minimum.map(m -> (bn ? ", সর্বনিম্ন " : ", lowest ") + format(m, language) + "%").orElse("");
        String scope = office.isPresent() && !figures.isEmpty()
                ? (bn ? " (আওতাধীন দপ্তরগুলোর)" : " (over the offices under it)") : "";
        return count + figures + scope + (bn ? "।" : ".");
    }

    private static void th(StringBuilder out, String label, String cssClass) {
        out.append(cssClass.isEmpty() ? "<th>" : "<th class=\"" + cssClass + "\">").append(HtmlReport.escape(label))
                .append("</th>");
    }

    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }

    /** A scorecard's percent of total as the scorecard writes it, or "-" if its plan has no weight. */
    private static String percent(Scorecard card, Language language) {
        return card.percentOfTotal().map(percent -> card.format(percent, language) + "%").orElse("-");
    }

    private static String css() {
        return """
                @page { size: A4 landscape; margin: 10mm; }
                * { box-sizing: border-box; }
                html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                body { font-family: %s; font-size: 9pt; line-height: 1.35; color: #111; margin: 0; }
                @media screen { body { width: 297mm; margin: 0 auto; padding: 10mm; background: #fff; } }
                header { margin-bottom: 3mm; }
                header .kind { margin: 0; font-size: 9pt; }
                header h1 { margin: 0.5mm 0; font-size: 14pt; font-weight: 700; }
                header p { margin: 0; font-size: 10pt; }
                table.rollup { width: 100%; border-collapse: collapse; }
                table.rollup th, table.rollup td { border: 0.5pt solid #6b7280; padding: 2pt 3pt; vertical-align: top; }
                table.rollup th { background: #e8edf3; font-weight: 700; text-align: center; vertical-align: middle; }
                table.rollup th.area { font-size: 8pt; }
                table.rollup td.num { text-align: right; white-space: nowrap; }
                table.rollup td.bad { color: #b42318; font-weight: 700; }
                table.rollup tbody tr:nth-child(even) { background: #f6f8fa; }
                .level, .of { display: block; font-size: 7.5pt; color: #4b5563; font-weight: 400; }
                section.findings { margin-top: 4mm; }
                section.findings h2 { font-size: 11pt; margin: 0 0 1mm; }
                .severity { display: inline-block; min-width: 12mm; padding: 0 2pt; border-radius: 2pt; color: #fff;
                  text-align: center; font-size: 7.5pt; font-weight: 700; }
                .severity.error { background: #b42318; }
                .severity.warning { background: #b45309; }
                .severity.info { background: #1d4ed8; }
                footer { margin-top: 3mm; font-size: 8pt; color: #4b5563; }
                """.replace("%s", HtmlReport.FONTS);
    }
}
