package org.citizencharter.io.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.core.CharterException;
import org.citizencharter.core.DateText;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.UnitKind;
import org.citizencharter.core.Value;
import org.citizencharter.io.internal.table.ColumnKind;
import org.citizencharter.io.internal.table.PlanCells;
import org.citizencharter.io.internal.table.PlanLine;
import org.citizencharter.io.internal.table.TablePrinter;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * The quarterly progress report (অগ্রগতি প্রতিবেদন) of a plan, with its scorecard: the government's
 * columns, in its order, with the figures charter computed beside the ones the office reported, and
 * the findings beneath.
 *
 * <p>{@link #toHtml(Language)} writes one self-contained HTML file (no network: the CSS, the SVG bars
 * and the Bengali font are inline) for A4 landscape, in Bengali digits and Noto Sans Bengali, embedded so
 * that no installed font is needed, or in English; each finding is shown in both languages. {@link #toTsv()} and
 * {@link #toMarkdown()} write the same columns as a table an office can correct and paste back: the
 * {@link org.citizencharter.io.table.TableReader} reads it, skipping the computed columns, which scoring
 * computes again.
 *
 * <pre>{@code
 * Scorecard card = ScoringEngine.defaults().score(plan, plan.period().orElseThrow());
 * Files.writeString(Path.of("report.html"), ProgressReport.of(plan, card).toHtml(Language.BN));
 * }</pre>
 *
 * <p>Computed figures are rounded HALF_UP to two decimals as they are written; nothing is rounded
 * before. Immutable and thread-safe.
 */
public final class ProgressReport {

    private final ActionPlan plan;
    private final Scorecard scorecard;
    private final ImmutableList<String> notes;

    private ProgressReport(ActionPlan plan, Scorecard scorecard, ImmutableList<String> notes) {
        this.plan = plan;
        this.scorecard = scorecard;
        this.notes = notes;
    }

    /**
     * The report of a plan scored into a scorecard.
     *
     * @param plan the plan, as the office reported it
     * @param scorecard the plan's scorecard
     * @return the report
     * @throws CharterException if the scorecard is not the plan's: another office, kind or fiscal year,
     *     or other indicators
     */
    public static ProgressReport of(ActionPlan plan, Scorecard scorecard) {
        requireNonNull(plan, "plan");
        requireNonNull(scorecard, "scorecard");
        ImmutableList<String> planCodes = plan.indicators().collect(indicator -> indicator.code().toString());
        ImmutableList<String> cardCodes = scorecard.indicators().collect(result -> result.code().toString());
        if (!scorecard.office().id().equals(plan.office().id()) || scorecard.kind() != plan.kind()
                || !scorecard.fiscalYear().equals(plan.fiscalYear()) || !planCodes.equals(cardCodes)) {
            throw new CharterException("The scorecard (" + scorecard.office().id() + ", " + scorecard.kind() + ", "
                    + scorecard.period() + ", indicators " + cardCodes.makeString(" ") + ") is not of the plan ("
                    + plan.office().id() + ", " + plan.kind() + ", " + plan.fiscalYear() + ", indicators "
                    + planCodes.makeString(" ") + ")");
        }
        return new ProgressReport(plan, scorecard, Lists.immutable.empty());
    }

    /**
     * The same report, listing the notes of reading the table the plan came from (columns kept as text,
     * codes numbered in order, and the like), beneath the findings.
     *
     * @param newNotes the notes, in order, each a sentence
     * @return a new report
     */
    public ProgressReport withNotes(Iterable<String> newNotes) {
        ImmutableList<String> copied = Lists.immutable.withAll(requireNonNull(newNotes, "notes"));
        copied.forEach(note -> requireNonNull(note, "note"));
        return new ProgressReport(plan, scorecard, copied);
    }

    /**
     * The notes of reading the plan's table, if the report was given any.
     *
     * @return the notes, in order
     */
    public ImmutableList<String> notes() {
        return notes;
    }

    /**
     * The plan reported on.
     *
     * @return the plan
     */
    public ActionPlan plan() {
        return plan;
    }

    /**
     * The plan's scorecard.
     *
     * @return the scorecard
     */
    public Scorecard scorecard() {
        return scorecard;
    }

    /**
     * The report as HTML in Bengali, each finding also in English.
     *
     * @return one self-contained, well-formed (XHTML-compatible) HTML document
     */
    public String toHtml() {
        return toHtml(Language.BN);
    }

    /**
     * The report as HTML.
     *
     * @param language the language of the headings, labels and digits; each finding is shown in it first
     *     and in the other language beneath
     * @return one self-contained, well-formed (XHTML-compatible) HTML document
     */
    public String toHtml(Language language) {
        return new HtmlReport(this, requireNonNull(language, "language")).write();
    }

    /**
     * The report's columns as tab-separated values, in Bengali.
     *
     * @return the table
     * @throws CharterException if the table cannot hold all of the plan that scoring reads (see
     *     {@link org.citizencharter.io.table.TableWriter})
     */
    public String toTsv() {
        StringBuilder out = new StringBuilder();
        TablePrinter.delimited(rows(Language.BN), '\t', out);
        return out.toString();
    }

    /**
     * The report's columns as a Markdown pipe table, in Bengali.
     *
     * @return the table
     * @throws CharterException if the table cannot hold all of the plan that scoring reads
     */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        TablePrinter.markdown(rows(Language.BN), out);
        return out.toString();
    }

    /**
     * The report as a Markdown document, like the HTML one: a title with the fiscal year and quarter, the
     * office with its level, the totals, the table of {@link #toMarkdown()}, the findings and the notes of
     * reading the table. (The table alone, {@link #toMarkdown()}, is what an office corrects and pastes back.)
     *
     * @param language the language of the headings, labels and digits; each finding is given in it
     * @return the document, ending with a line break
     * @throws CharterException if the table cannot hold all of the plan that scoring reads
     */
    public String toMarkdownReport(Language language) {
        requireNonNull(language, "language");
        boolean bn = language == Language.BN;
        StringBuilder out = new StringBuilder();
        out.append("# ").append(bn ? "অগ্রগতি প্রতিবেদন, অর্থবছর " : "Progress report, fiscal year ")
                .append(scorecard.fiscalYear().format(language)).append(", ")
                .append(scorecard.period().asOf().label(language)).append("\n\n");
        out.append("**").append(markdownText(plan.office().name().in(language))).append("**");
        if (plan.office().level() != org.citizencharter.core.OfficeLevel.OTHER) {
            out.append(", ").append(plan.office().level().label().in(language));
        }
        out.append(" — ").append(plan.kind().title().in(language)).append("\n\n");
        String weight = Numerals.format(scorecard.totalWeight().value(), language);
        out.append(bn ? "মোট প্রাপ্ত মান **" : "Total score **").append(score(scorecard.totalScore(), language))
                .append("**").append(bn ? ", মোট মান " : " of ").append(weight).append(" (")
                .append(scorecard.percentOfTotal().map(percent -> score(percent, language) + "%").orElse("-"))
                .append(")\n\n");
        out.append(toMarkdown()).append('\n');
        out.append("## ").append(bn ? "অসংগতি" : "Findings").append("\n\n");
        if (scorecard.findings().isEmpty()) {
            out.append(bn ? "কোনো অসংগতি পাওয়া যায়নি।" : "No findings.").append('\n');
        }
        int number = 0;
        for (org.citizencharter.core.Finding finding : scorecard.findings()) {
            number++;
            out.append(number).append(". **").append(finding.severity().label().in(language)).append("** `")
                    .append(finding.id()).append("` ").append(markdownText(finding.message().in(language))).append('\n');
        }
        if (notes.notEmpty()) {
            out.append("\n## ").append(bn ? "সারণি পড়ার টীকা" : "Notes on reading the table").append("\n\n");
            notes.forEach(note -> out.append("- ").append(markdownText(note)).append('\n'));
        }
        return out.toString();
    }

    /** Text in a Markdown paragraph: one line, its emphasis and code characters escaped. */
    private static String markdownText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private ImmutableList<ImmutableList<String>> rows(Language language) {
        PlanCells.checkTableWritable(plan, false);
        return PlanCells.rows(plan, columns(plan), language,
                (column, line) -> column.isComputed() ? computed(column, line, language)
                        : PlanCells.cell(column, line, language));
    }

    /**
     * The plan's columns as an office table holds them ({@link PlanCells#tableColumns}: the quarterly targets
     * and the half-year subtotal where the plan has them, single and graded targets side by side), with the
     * computed ones beside the reported ones; the target to date follows the last target column. So a report
     * reads back as the plan it shows.
     */
    static ImmutableList<ColumnKind> columns(ActionPlan plan) {
        ImmutableList<ColumnKind> table = PlanCells.tableColumns(plan);
        int lastTarget = table.detectLastIndex(column -> column == ColumnKind.TARGET || column.grade().isPresent()
                || ColumnKind.quarterTargets().contains(column));
        MutableList<ColumnKind> columns = Lists.mutable.empty();
        for (int i = 0; i < table.size(); i++) {
            ColumnKind column = table.get(i);
            columns.add(column);
            if (i == lastTarget) {
                columns.add(ColumnKind.TARGET_TO_DATE_COMPUTED);
            }
            switch (column) {
                case ACTUAL -> columns.add(ColumnKind.ACTUAL_COMPUTED);
                case PERCENT -> columns.addAll(Lists.mutable.of(ColumnKind.PERCENT_OF_ANNUAL_COMPUTED,
                        ColumnKind.PERCENT_TO_DATE_COMPUTED));
                case SCORE -> columns.add(ColumnKind.SCORE_COMPUTED);
                default -> {
                }
            }
        }
        return columns.toImmutable();
    }

    /** The result of the indicator on a row, if the row has one. */
    Optional<IndicatorResult> result(PlanLine line) {
        return line.indicatorIndex() < 0 ? Optional.empty()
                : Optional.of(scorecard.indicators().get(line.indicatorIndex()));
    }

    /** A computed cell: "" on a row without an indicator. */
    String computed(ColumnKind column, PlanLine line, Language language) {
        Optional<IndicatorResult> found = result(line);
        if (found.isEmpty()) {
            return "";
        }
        IndicatorResult result = found.get();
        UnitKind unit = line.indicator().orElseThrow().unit().kind();
        return switch (column) {
            case TARGET_TO_DATE_COMPUTED -> value(result.targetToDate(), unit, language);
            case ACTUAL_COMPUTED -> value(result.achieved(), unit, language);
            case PERCENT_OF_ANNUAL_COMPUTED -> percent(result.percentOfAnnualTarget(), language);
            case PERCENT_TO_DATE_COMPUTED -> percent(result.percentOfTargetToDate(), language);
            case SCORE_COMPUTED -> score(result.score(), language);
            default -> throw new IllegalArgumentException("Not a computed column: " + column);
        };
    }

    // Every computed figure is rounded and written by the scorecard, at the scale its policy carries, so the
    // report shows the figures of the scorecard's JSON and text.

    /** A computed value: at the scorecard's scale, trailing zeros dropped, "%" for percents, DD-MM-YYYY. */
    String value(Value value, UnitKind unit, Language language) {
        if (value instanceof Value.OnDate date) {
            return DateText.format(date.value(), language);
        }
        return value.amount()
                .map(amount -> scorecard.formatCompact(amount, language) + (unit == UnitKind.PERCENT ? "%" : ""))
                .orElse("-");
    }

    /** A computed percent: at the scorecard's scale, trailing zeros dropped, "%" after it; "-" if there is none. */
    String percent(Optional<BigDecimal> percent, Language language) {
        return percent.map(p -> scorecard.formatCompact(p, language) + "%").orElse("-");
    }

    /** A computed score: at the scorecard's scale, every decimal written. */
    String score(BigDecimal amount, Language language) {
        return scorecard.format(amount, language);
    }
}
