package org.citizencharter.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.citizencharter.core.PlanKind;
import org.citizencharter.core.ReportingPeriod;
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
 *
 * <p>One scorecard that cannot be rolled up never costs the others theirs: a document or JSON Lines line that
 * cannot be read, a scorecard of another period or kind of plan than most of them, of an office outside the
 * hierarchy's roll-up, or of an office that sent two, is left out and named on standard error; the others are
 * rolled up, and the exit status is 1, as {@code charter batch} does with the plans it cannot score.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = "Rank several offices' scorecards (files of scorecard documents or JSON Lines, or - for JSON"
                + " Lines on standard input) in one table, per area and in total. With --hierarchy, also say which"
                + " office under the rolled-up one sent no scorecard.")
final class RollupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCORECARDS", arity = "1..*", descriptionKey = "param.scorecards",
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

    @Option(names = "--out", paramLabel = "OUT", defaultValue = "-",
            description = "Where the table goes: a file (never one of the inputs), or - for standard output (the"
                    + " default).")
    String out;

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
        Terminal terminal = CharterCommand.terminal(spec);
        List<Path> files = new ArrayList<>(engine.files());
        inputs.stream().filter(input -> !input.equals("-")).map(Path::of).forEach(files::add);
        if (hierarchy != null) {
            files.add(hierarchy);
        }
        Output output = Output.of(out, files);
        if (hierarchy == null && office != null) {
            throw InvalidInputException.of("--office names the office of a hierarchy; no --hierarchy is given",
                    office).withHint("Give the office hierarchy with --hierarchy FILE.json, or leave out --office");
        }
        OfficeHierarchy offices = hierarchy == null ? null : readHierarchy(hierarchy);
        OfficeId top = offices == null ? null : top(offices);
        Language lang = language.language();
        List<String> leftOut = new ArrayList<>();
        List<Sent> read = read(terminal, lang, leftOut);
        List<Scorecard> cards = rolledUp(read, offices, top, lang, leftOut);
        leftOut.forEach(problem -> terminal.err().println("charter: " + Terminal.printable(problem)));
        if (cards.isEmpty()) {
            throw InvalidInputException.of("There are no scorecards to roll up", String.join(" ", inputs));
        }
        if (!leftOut.isEmpty()) {
            terminal.err().println("charter: " + Failures.said(lang, "Left out of the roll-up: " + leftOut.size()
                    + " of " + (read.size() + unreadable) + " scorecards (said above); the others are rolled up"
                    + " as of " + cards.get(0).period() + ", the period of most of them."));
        }
        RollUpReport report;
        if (offices == null) {
            report = RollUpReport.of(cards);
        } else {
            RollUp rollUp = engine.engine().rollUpScorecards(offices, top, cards, cards.get(0).period());
            report = RollUpReport.of(rollUp);
        }
        String text = switch (format) {
            case text -> text(report, lang);
            case json -> json(report);
            case html -> report.toHtml(lang);
            case markdown -> report.toMarkdown(lang);
        };
        // Every output ends with a line end, as a file of text does.
        String ended = text.endsWith("\n") ? text : text + "\n";
        output.write(terminal, bytes -> bytes.write(ended.getBytes(StandardCharsets.UTF_8)));
        if (!output.isStandardOutput()) {
            terminal.err().println(Messages.say(lang, "report.wrote", output.name()));
        }
        return leftOut.isEmpty() ? CharterCommand.DONE : CharterCommand.REFUSED;
    }

    /** A scorecard with the name of the input it was read from. */
    private record Sent(Scorecard card, String source) {
    }

    /** The period and kind of plan of a scorecard. */
    private record Share(ReportingPeriod period, PlanKind kind) {
    }

    /** How many documents could not be read. */
    private int unreadable;

    /** Every scorecard of every input; a document or line that cannot be read is told in {@code leftOut}. */
    private List<Sent> read(Terminal terminal, Language lang, List<String> leftOut) {
        CharterJson json = CharterJson.standard();
        List<Sent> cards = new ArrayList<>();
        for (String input : inputs) {
            try (Input in = Input.open(input, terminal);
                 Stream<Scorecard> read = json.readScorecards(new NonClosing(in.stream()), in.name(), bad -> {
                     unreadable++;
                     leftOut.add(Messages.error(lang, bad));
                 })) {
                read.forEach(card -> cards.add(new Sent(card, in.name())));
            } catch (InvalidInputException bad) {
                // A document that ends its input (in an array, or over many lines) with what was read before it.
                unreadable++;
                leftOut.add(Messages.error(lang, bad));
            }
        }
        return cards;
    }

    /**
     * The scorecards to roll up: of offices in the roll-up, of the period and kind of plan most of those share (on a
     * tie, the first read's), one an office; every other is told in {@code leftOut}.
     */
    private static List<Scorecard> rolledUp(List<Sent> sent, OfficeHierarchy offices, OfficeId top, Language lang,
            List<String> leftOut) {
        Set<OfficeId> inRollUp = new LinkedHashSet<>();
        if (offices != null) {
            inRollUp.add(top);
            offices.descendants(top).forEach(each -> inRollUp.add(each.id()));
        }
        List<Sent> inIt = new ArrayList<>();
        for (Sent each : sent) {
            OfficeId owner = each.card().office().id();
            if (offices == null || inRollUp.contains(owner)) {
                inIt.add(each);
            } else {
                leftOut.add(each.source() + ": " + Failures.said(lang, "The plan of office (" + owner + ") is not part"
                        + " of the roll-up of office (" + top + ")."));
            }
        }
        Map<Share, Integer> shared = new LinkedHashMap<>();
        inIt.forEach(each -> shared.merge(new Share(each.card().period(), each.card().kind()), 1, Integer::sum));
        Share most = null;
        for (Map.Entry<Share, Integer> each : shared.entrySet()) {
            if (most == null || each.getValue() > shared.get(most)) {
                most = each.getKey();
            }
        }
        Map<OfficeId, List<Sent>> byOffice = new LinkedHashMap<>();
        for (Sent each : inIt) {
            Scorecard card = each.card();
            OfficeId owner = card.office().id();
            String problem = null;
            if (!card.period().equals(most.period())) {
                problem = "The scorecard of office (" + owner + ") is of " + card.period()
                        + ", not of the roll-up's period (" + most.period() + ")";
            } else if (card.kind() != most.kind()) {
                problem = "The scorecard of office (" + owner + ") is of a " + card.kind() + " plan, not of the"
                        + " roll-up's kind (" + most.kind() + ")";
            }
            if (problem == null) {
                byOffice.computeIfAbsent(owner, id -> new ArrayList<>()).add(each);
            } else {
                leftOut.add(each.source() + ": " + Failures.said(lang, problem + "."));
            }
        }
        List<Scorecard> cards = new ArrayList<>();
        byOffice.forEach((owner, its) -> {
            if (its.size() == 1) {
                cards.add(its.get(0).card());
            } else {
                // Which of two reports is the office's own is not charter's to guess: neither is ranked.
                its.forEach(each -> leftOut.add(each.source() + ": " + Failures.said(lang, "Two scorecards belong to"
                        + " the office (" + owner + "). Maybe give each office's scorecard once.")));
            }
        });
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
        try (InputStream in = Input.openFile(file)) {
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
                    .map(score -> card.format(score, lang)).orElse("-")));
            cells.addAll(List.of(card.format(card.totalScore(), lang), card.totalWeight().format(lang),
                    card.percentOfTotal().map(percent -> card.format(percent, lang)).orElse("-"),
                    Numerals.format(card.findings(Severity.ERROR).size(), lang),
                    Numerals.format(card.findings(Severity.WARNING).size(), lang),
                    card.office().name().in(lang) + " (" + card.office().id() + ")"));
            rows.add(cells.toArray(String[]::new));
        }
        ScorecardText.table(out, rows);
        out.append('\n');
        Optional<BigDecimal> mean = report.meanPercentOfTotal();
        mean.ifPresent(m -> out.append(bn ? "গড় " : "Mean ").append(report.format(m, lang)).append('%')
                .append(report.minimumPercentOfTotal().map(min -> (bn ? ", সর্বনিম্ন " : ", lowest ")
                        + report.format(min, lang) + "%").orElse(""))
                .append(report.office().isPresent() ? (bn ? " (আওতাধীন দপ্তরগুলোর)" : " (over the offices under it)") : "")
                .append('\n'));
        for (Finding finding : report.findings()) {
            out.append(finding.severity().label().in(lang)).append(' ').append(finding.id()).append(": ")
                    .append(finding.message().in(lang)).append('\n');
        }
        return out.toString();
    }

    /**
     * The ranked table as one JSON document: each office's figures rounded as its scorecard rounds them, the
     * mean and the lowest as the report rounds them (the scale of the scorecards' policy).
     */
    static String json(RollUpReport report) {
        ObjectNode document = JsonDocuments.object().put("schemaVersion", 1);
        if (report.office().isPresent()) {
            office(report.office().get(), document.putObject("office"));
        } else {
            document.putNull("office");
        }
        document.put("fiscalYear", report.period().fiscalYear().toString())
                .put("asOf", report.period().asOf().name()).put("kind", report.kind().name())
                .put("meanPercentOfTotal", report.meanPercentOfTotal().map(report::round).orElse(null))
                .put("minimumPercentOfTotal", report.minimumPercentOfTotal().map(report::round).orElse(null));
        ArrayNode areas = document.putArray("areas");
        report.areas().forEach(area -> JsonDocuments.put(areas.addObject().put("code", area.code().toString()),
                "name", area.name()));
        ArrayNode offices = document.putArray("offices");
        for (RollUpReport.Row row : report.ranked()) {
            Scorecard card = row.scorecard();
            ObjectNode each = offices.addObject().put("rank", row.rank());
            office(card.office(), each.putObject("office"));
            each.put("totalWeight", card.totalWeight().value()).put("totalScore", card.round(card.totalScore()))
                    .put("percentOfTotal", card.percentOfTotal().map(card::round).orElse(null));
            ArrayNode cardAreas = each.putArray("areas");
            for (AreaResult area : card.areas()) {
                cardAreas.addObject().put("code", area.code().toString()).put("weight", area.weight().value())
                        .put("score", card.round(area.score()));
            }
            each.put("errors", card.findings(Severity.ERROR).size())
                    .put("warnings", card.findings(Severity.WARNING).size());
        }
        ArrayNode findings = document.putArray("findings");
        report.findings().forEach(finding -> JsonDocuments.finding(finding, findings.addObject()));
        return JsonDocuments.write(document) + "\n";
    }

    private static void office(Office office, ObjectNode into) {
        into.put("id", office.id().toString());
        JsonDocuments.put(into, "name", office.name());
        into.put("level", office.level().name());
    }

    /** An input's stream, left open when a reader closes it: the input closes it (and never standard input). */
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
