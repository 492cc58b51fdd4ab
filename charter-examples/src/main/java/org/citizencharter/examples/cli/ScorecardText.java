package org.citizencharter.examples.cli;

import java.math.BigDecimal;
import java.util.Optional;
import org.citizencharter.core.DateText;
import org.citizencharter.core.Finding;
import org.citizencharter.core.IndicatorResult;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Severity;
import org.citizencharter.core.Value;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A scorecard as a readable table, with its findings grouped by severity, in Bengali or English. Text from the
 * plan (names, ids, messages that quote it) is made {@linkplain Terminal#printable(String) printable}: a plan
 * cannot send control characters or escape sequences to the terminal.
 */
final class ScorecardText {

    private ScorecardText() {
    }

    static String render(Scorecard card, Language language) {
        boolean bn = language == Language.BN;
        StringBuilder out = new StringBuilder();
        out.append(Terminal.oneLine(card.office().name().in(language)))
                .append(" — ").append(card.kind().title().in(language)).append('\n');
        out.append(bn ? "প্রতিবেদন: " : "Report: ").append(card.period().format(language))
                .append(bn ? "; মূল্যায়ন নীতি: " : "; policy: ").append(Terminal.printable(card.policy().id())).append(' ')
                .append(Terminal.printable(card.policy().version())).append("\n\n");
        String[] header = bn
                ? new String[] {"সূচক", "মান", "অর্জন", "এ পর্যন্ত লক্ষ্য", "বার্ষিক %", "এ পর্যন্ত %", "প্রাপ্ত মান", "নাম"}
                : new String[] {"Indicator", "Weight", "Achieved", "Target to date", "% annual", "% to date", "Score", "Name"};
        ImmutableList<String[]> rows = card.indicators().collect(result -> row(card, result, language));
        int[] widths = new int[header.length - 1];
        for (int c = 0; c < widths.length; c++) {
            int column = c;
            widths[c] = Math.max(width(header[c]), rows.collectInt(row -> width(row[column])).maxIfEmpty(0));
        }
        line(out, header, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        out.append('\n');
        out.append(bn ? "মোট প্রাপ্ত মান " : "Total score ").append(card.format(card.totalScore(), language))
                .append(bn ? ", মোট মান " : " of ").append(card.totalWeight().format(language))
                .append(" (").append(card.percentOfTotal().map(p -> card.formatCompact(p, language)).orElse("-")).append("%)\n");
        if (card.findings().isEmpty()) {
            out.append('\n').append(bn ? "কোনো অসংগতি পাওয়া যায়নি।" : "No findings.").append('\n');
        }
        for (Severity severity : Severity.values()) {
            ImmutableList<Finding> findings = card.findings(severity);
            if (findings.notEmpty()) {
                out.append('\n').append(severity.label().in(language)).append(" (")
                        .append(Numerals.format(findings.size(), language)).append(")\n");
                for (Finding finding : findings) {
                    out.append("  ").append(Terminal.printable(finding.id())).append(": ")
                            .append(Terminal.printable(finding.message().in(language))).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String[] row(Scorecard card, IndicatorResult result, Language language) {
        return new String[] {
            result.code().format(language),
            result.weight().map(weight -> weight.format(language)).orElse("-"),
            value(card, result.achieved(), language),
            value(card, result.targetToDate(), language),
            percent(card, result.percentOfAnnualTarget(), language),
            percent(card, result.percentOfTargetToDate(), language),
            card.format(result.score(), language),
            Terminal.oneLine(result.name().in(language)),
        };
    }

    // Figures are rounded and written by the scorecard, at the scale its policy carries: the same figures as
    // its JSON and its reports.
    private static String value(Scorecard card, Value value, Language language) {
        if (value.amount().isPresent()) {
            return card.formatCompact(value.amount().get(), language);
        }
        return value.date().map(date -> DateText.format(date, language)).orElse("-");
    }

    private static String percent(Scorecard card, Optional<BigDecimal> percent, Language language) {
        return percent.map(p -> card.formatCompact(p, language) + "%").orElse("-");
    }

    /**
     * Rows as aligned columns, the header first: the first column to the left, the others to the right, the
     * last one unpadded (it holds names).
     */
    static void table(StringBuilder out, java.util.List<String[]> rows) {
        int[] widths = new int[rows.get(0).length - 1];
        for (int c = 0; c < widths.length; c++) {
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            String cell = cells[c];
            String pad = " ".repeat(Math.max(0, widths[c] - width(cell)));
            out.append(c == 0 ? cell + pad : pad + cell).append("  ");
        }
        out.append(cells[cells.length - 1]).append('\n');
    }

    /** Columns a text takes on a terminal: combining marks and joiners take none. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
                width++;
            }
        }
        return width;
    }
}
