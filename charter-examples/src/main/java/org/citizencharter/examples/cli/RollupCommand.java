package org.citizencharter.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.citizencharter.core.AreaResult;
import org.citizencharter.core.Finding;
import org.citizencharter.core.InvalidInputException;
import org.citizencharter.core.Language;
import org.citizencharter.core.Numerals;
import org.citizencharter.core.Office;
import org.citizencharter.core.OfficeHierarchy;
import org.citizencharter.core.OfficeId;
import org.citizencharter.core.RollUp;
import org.citizencharter.core.Scorecard;
import org.citizencharter.core.Severity;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.report.RollUpReport;
import org.eclipse.collections.api.list.ImmutableList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter rollup SCORECARDS...}: several offices' scorecards in one ranked table, per area and in
 * total; against an office hierarchy, with a SUBORDINATE_REPORT_MISSING finding for each office under the
 * rolled-up one that sent nothing. Text, JSON or HTML.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = "Rank several offices' scorecards (files of scorecard documents or JSON Lines, or - for JSON"
                + " Lines on standard input) in one table, per area and in total. With --hierarchy, also say which"
                + " office under the rolled-up one sent no scorecard.")
final class RollupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCORECARDS", arity = "1..*",
            description = "Scorecard documents (charter score --format json), JSON Lines of them (charter batch), or"
                    + " - for JSON Lines on standard input.")
    List<String> inputs;

    @Option(names = "--hierarchy", paramLabel = "FILE.json",
            description = "The office hierarchy document: the offices under the rolled-up one that sent no scorecard"
                    + " become SUBORDINATE_REPORT_MISSING findings.")
    Path hierarchy;

    @Option(names = "--office", paramLabel = "ID",
            description = "With --hierarchy: the office to roll up (default: the hierarchy's one top office).")
    String office;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (one document) or html (a self-contained page for A4 landscape); markdown too."
                    + " Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "OUT", description = "Where the table goes (default: standard output).")
    Path out;

    @Mixin
    EngineOptions engine;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The output formats. */
    enum Format {
        text, json, html, markdown
    }

    @Override
    public Integer call() {
        List<Scorecard> cards = read();
        if (cards.isEmpty()) {
            throw InvalidInputException.of("There are no scorecards to roll up", String.join(" ", inputs));
        }
        RollUpReport report;
        if (hierarchy == null) {
            if (office != null) {
                throw InvalidInputException.of("--office names the office of a hierarchy; no --hierarchy is given",
                        office).withHint("Give the office hierarchy with --hierarchy FILE.json, or leave out --office");
            }
            report = RollUpReport.of(cards);
        } else {
            OfficeHierarchy offices = readHierarchy(hierarchy);
            OfficeId top = top(offices);
            RollUp rollUp = engine.engine().rollUpScorecards(offices, top, cards, cards.get(0).period());
            report = RollUpReport.of(rollUp);
        }
        Language lang = language.language();
        String text = switch (format) {
            case text -> text(report, lang);
            case json -> json(report);
            case html -> report.toHtml(lang);
            case markdown -> report.toMarkdown(lang);
        };
        if (out == null) {
            PrintWriter writer = spec.commandLine().getOut();
            writer.print(text);
            writer.flush();
        } else {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spec.commandLine().getErr().println(Messages.say(lang, "report.wrote", out));
        }
        return CharterCommand.DONE;
    }

    private List<Scorecard> read() {
        CharterJson json = CharterJson.standard();
        List<Scorecard> cards = new ArrayList<>();
        for (String input : inputs) {
            boolean stdin = input.equals("-");
            try (InputStream in = stdin ? new NonClosing(System.in) : Files.newInputStream(Path.of(input));
                 Stream<Scorecard> read = json.readScorecards(in, stdin ? "standard input" : input)) {
                read.forEach(cards::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cards;
    }

    private OfficeId top(OfficeHierarchy offices) {
        if (office != null) {
            OfficeId id;
            try {
                id = OfficeId.of(office);
            } catch (InvalidInputException bad) {
                throw bad.withContext("In --office");
            }
            if (!offices.contains(id)) {
                throw InvalidInputException.of("The hierarchy has no such office", office)
                        .withSource(hierarchy.toString()).withContext("In --office");
            }
            return id;
        }
        ImmutableList<Office> roots = offices.roots();
        if (roots.size() != 1) {
            throw InvalidInputException.of("The hierarchy has " + roots.size() + " top offices; which to roll up?",
                    roots.collect(root -> root.id().toString()).makeString(", ")).withSource(hierarchy.toString())
                    .withHint("Name it with --office ID");
        }
        return roots.getFirst().id();
    }

    private static OfficeHierarchy readHierarchy(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CharterJson.standard().readHierarchy(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ranked table as text, its columns aligned as on a terminal. */
    static String text(RollUpReport report, Language lang) {
        boolean bn = lang == Language.BN;
        StringBuilder out = new StringBuilder();
        out.append(report.title(lang)).append(" — ").append(report.kind().title().in(lang)).append('\n');
        report.office().ifPresent(o -> out.append(o.name().in(lang)).append(bn ? " ও আওতাধীন দপ্তর" : " and the offices under it")
                .append('\n'));
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(bn ? "ক্রম" : "Rank"));
        report.areas().forEach(area -> header.add(area.code().format(lang)));
        header.addAll(List.of(bn ? "মোট" : "Total", bn ? "মান" : "of", "%", bn ? "ত্রুটি" : "Errors",
                bn ? "সতর্কতা" : "Warnings", bn ? "দপ্তর" : "Office"));
        rows.add(header.toArray(String[]::new));
        for (RollUpReport.Row row : report.ranked()) {
            Scorecard card = row.scorecard();
            List<String> cells = new ArrayList<>(List.of(Numerals.format(row.rank(), lang)));
            report.areas().forEach(area -> cells.add(row.area(area.code()).map(AreaResult::score)
                    .map(score -> twoDecimals(score, lang)).orElse("-")));
            cells.addAll(List.of(twoDecimals(card.totalScore(), lang), card.totalWeight().format(lang),
                    card.percentOfTotal().map(percent -> twoDecimals(percent, lang)).orElse("-"),
                    Numerals.format(card.findings(Severity.ERROR).size(), lang),
                    Numerals.format(card.findings(Severity.WARNING).size(), lang),
                    card.office().name().in(lang) + " (" + card.office().id() + ")"));
            rows.add(cells.toArray(String[]::new));
        }
        ScorecardText.table(out, rows);
        out.append('\n');
        Optional<BigDecimal> mean = report.meanPercentOfTotal();
        mean.ifPresent(m -> out.append(bn ? "গড় " : "Mean ").append(twoDecimals(m, lang)).append('%')
                .append(report.minimumPercentOfTotal().map(min -> (bn ? ", সর্বনিম্ন " : ", lowest ")
                        + twoDecimals(min, lang) + "%").orElse(""))
                .append(report.office().isPresent() ? (bn ? " (আওতাধীন দপ্তরগুলোর)" : " (over the offices under it)") : "")
                .append('\n'));
        for (Finding finding : report.findings()) {
            out.append(finding.severity().label().in(lang)).append(' ').append(finding.id()).append(": ")
                    .append(finding.message().in(lang)).append('\n');
        }
        return out.toString();
    }

    /** The ranked table as one JSON document, figures rounded HALF_UP to two decimals. */
    static String json(RollUpReport report) {
        JsonText json = new JsonText().object().field("schemaVersion", 1);
        if (report.office().isPresent()) {
            Office office = report.office().get();
            json.name("office").object().field("id", office.id().toString()).name("name").object()
                    .field("bn", office.name().bn()).field("en", office.name().en()).end()
                    .field("level", office.level().name()).end();
        } else {
            json.field("office", (String) null);
        }
        json.field("fiscalYear", report.period().fiscalYear().toString())
                .field("asOf", report.period().asOf().name()).field("kind", report.kind().name())
                .field("meanPercentOfTotal", report.meanPercentOfTotal().map(RollupCommand::round).orElse(null))
                .field("minimumPercentOfTotal", report.minimumPercentOfTotal().map(RollupCommand::round).orElse(null))
                .array("areas");
        report.areas().forEach(area -> json.object().field("code", area.code().toString())
                .name("name").object().field("bn", area.name().bn()).field("en", area.name().en()).end().end());
        json.endArray().array("offices");
        for (RollUpReport.Row row : report.ranked()) {
            Scorecard card = row.scorecard();
            json.object().field("rank", row.rank()).name("office").object().field("id", card.office().id().toString())
                    .name("name").object().field("bn", card.office().name().bn()).field("en", card.office().name().en())
                    .end().field("level", card.office().level().name()).end()
                    .field("totalWeight", card.totalWeight().value()).field("totalScore", round(card.totalScore()))
                    .field("percentOfTotal", card.percentOfTotal().map(RollupCommand::round).orElse(null))
                    .array("areas");
            for (AreaResult area : card.areas()) {
                json.object().field("code", area.code().toString()).field("weight", area.weight().value())
                        .field("score", round(area.score())).end();
            }
            json.endArray().field("errors", card.findings(Severity.ERROR).size())
                    .field("warnings", card.findings(Severity.WARNING).size()).end();
        }
        json.endArray().array("findings");
        report.findings().forEach(json::finding);
        return json.endArray().end() + "\n";
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String twoDecimals(BigDecimal value, Language lang) {
        return Numerals.format(round(value), lang);
    }

    /** Standard input, left open when a reader closes it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // standard input stays open
        }
    }
}
