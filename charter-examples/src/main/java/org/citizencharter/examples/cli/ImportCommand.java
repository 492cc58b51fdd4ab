package org.citizencharter.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
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
        description = "Read an office's table (TSV, CSV, Markdown, Excel .xlsx, Word .docx, a web page or a PDF) and print"
                + " it as a JSON plan document.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", description = "The table.")
    Path file;

    @Mixin
    PlanOptions plan;

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
        ActionPlan read = plan.read(file);
        String document = CharterJson.standard().writePlan(read);
        if (!withNotes) {
            plan.printNotes(file, spec.commandLine().getErr());
            spec.commandLine().getOut().print(document);
        } else {
            spec.commandLine().getOut().print(withNotes(document, plan.notes()));
        }
        spec.commandLine().getOut().flush();
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
