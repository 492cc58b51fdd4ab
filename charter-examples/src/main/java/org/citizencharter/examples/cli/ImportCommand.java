package org.citizencharter.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citizencharter.core.ActionPlan;
import org.citizencharter.io.CharterJson;
import org.citizencharter.io.table.TableNote;
import org.eclipse.collections.api.list.ImmutableList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter import TABLE}: an office's table as a JSON plan document. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an office's table (TSV, CSV, Markdown, Excel .xlsx or .xls, Word .docx or .doc, a web page or"
                + " a PDF) and print it as a JSON plan document.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", descriptionKey = "param.table",
            description = "The table, or - for standard input.")
    String file;

    @Option(names = "--out", paramLabel = "OUT", defaultValue = "-",
            description = "Where the plan document goes: a file (never the table), or - for standard output (the"
                    + " default).")
    String out;

    @Mixin
    PlanOptions plan;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json: the plan document. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--with-notes", description = "Print, instead of the plan document alone, an object that holds"
            + " it as \"plan\" and the notes of the table's reading as \"notes\" (kind, row, column, message).")
    boolean withNotes;

    @Override
    public Integer call() {
        Terminal terminal = CharterCommand.terminal(spec);
        Output output = Output.of(out, file.equals("-") ? List.of() : List.of(Path.of(file)));
        ActionPlan read;
        try (Input input = Input.open(file, terminal)) {
            read = plan.read(input);
        }
        if (withNotes) {
            String document = withNotes(CharterJson.standard().writePlan(read), plan.notes());
            output.write(terminal, bytes -> bytes.write(document.getBytes(StandardCharsets.UTF_8)));
        } else {
            plan.printNotes(file, spec.commandLine().getErr(), language.language());
            // Written as bytes, not first as a string: a plan of 300,000 indicators is 100 MB of JSON.
            output.write(terminal, bytes -> {
                CharterJson.standard().writePlan(read, bytes);
                bytes.write('\n');
            });
        }
        return CharterCommand.DONE;
    }

    /** The plan document and the notes, as one JSON object: {"plan": …, "notes": [{kind, row, column, message}]}. */
    static String withNotes(String document, ImmutableList<TableNote> notes) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode root = mapper.createObjectNode();
            root.set("plan", mapper.readTree(document));
            ArrayNode array = root.putArray("notes");
            for (TableNote note : notes) {
                ObjectNode each = array.addObject();
                each.put("kind", note.kind().name());
                if (note.row().isPresent()) {
                    each.put("row", note.row().getAsInt());
                } else {
                    each.putNull("row");
                }
                if (note.column().isPresent()) {
                    each.put("column", note.column().getAsInt());
                } else {
                    each.putNull("column");
                }
                each.put("message", note.message());
            }
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("charter's own plan document is not JSON", impossible);
        }
    }

    /** The output formats. */
    enum OutputFormat {
        json
    }
}
