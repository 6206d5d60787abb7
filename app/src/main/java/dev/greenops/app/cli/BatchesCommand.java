package dev.greenops.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportBatches;
import dev.greenops.model.store.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greenops batches}: the import batches of a workspace, and removing one with all its rows. */
@Command(
        name = "batches",
        mixinStandardHelpOptions = true,
        description = {
            "List the import batches of a workspace, or remove one.",
            "Each imported file is one batch: its name, SHA-256, format, target table, row count and import time.",
            "--remove N deletes batch N's rows (from ledger, intensity and their detail tables) and the batch itself,"
                    + " in one transaction. Removed ids are not handed out again.",
        },
        footer = {"", "Example: greenops batches --remove 6   (then import the corrected file)", "", Help.EXIT_CODES})
public final class BatchesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--remove", paramLabel = "N", description = "Remove import batch N and every row it added.")
    Long remove;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ProgressListener progress = CliProgress.forStderr();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.openExisting(progress)) {
            ImportBatches batches = new ImportBatches(ws);
            if (remove != null) {
                ImportBatches.Removal removal;
                try {
                    removal = batches.remove(remove, progress);
                } finally {
                    CliProgress.clear(progress);
                }
                printRemoval(out, ws, removal);
            } else {
                List<ImportBatches.Batch> all = batches.list();
                CliProgress.clear(progress);
                printList(out, ws, all);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private void printList(PrintWriter out, Workspace ws, List<ImportBatches.Batch> all) {
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("workspace", ws.toString());
            ArrayNode list = doc.putArray("batches");
            all.forEach(b -> list.add(batch(b)));
            Json.print(out, doc);
            return;
        }
        if (all.isEmpty()) {
            out.println("No import batches in " + ws + ".");
            return;
        }
        int fileWidth = Math.max(4, all.stream().mapToInt(b -> b.fileName().length()).max().orElse(4));
        String format = "%5s  %-16s  %-15s  %-9s  %10s  %-" + fileWidth + "s  %s%n";
        out.printf(Locale.ROOT, format, "BATCH", "IMPORTED (UTC)", "FORMAT", "TARGET", "ROWS", "FILE", "SHA-256");
        for (ImportBatches.Batch b : all) {
            out.printf(Locale.ROOT, format, b.batchId(), b.importedAtText().replace(" UTC", ""), b.format(), b.target(),
                    String.format(Locale.ROOT, "%,d", b.rowCount()), b.fileName(), b.sha256().substring(0, 12) + "…");
        }
        out.println("(" + all.size() + (all.size() == 1 ? " batch" : " batches") + ") workspace: " + ws);
    }

    private void printRemoval(PrintWriter out, Workspace ws, ImportBatches.Removal removal) {
        ImportBatches.Batch b = removal.batch();
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("workspace", ws.toString());
            doc.set("removed", batch(b));
            ObjectNode rows = doc.putObject("rowsRemoved");
            removal.rowsByTable().forEach(rows::put);
            Json.print(out, doc);
            return;
        }
        StringBuilder where = new StringBuilder();
        for (Map.Entry<String, Long> e : removal.rowsByTable().entrySet()) {
            if (e.getValue() > 0) {
                where.append(where.isEmpty() ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%,d rows from %s", e.getValue(), e.getKey()));
            }
        }
        out.println("Removed batch " + b.batchId() + " (" + b.fileName() + ", " + b.format() + ", imported "
                + b.importedAtText() + "): " + (where.isEmpty() ? "it had no rows left" : where) + ".");
        out.println("workspace: " + ws);
    }

    private static ObjectNode batch(ImportBatches.Batch b) {
        ObjectNode n = Json.object();
        n.put("batchId", b.batchId());
        n.put("file", b.fileName());
        n.put("path", b.filePath());
        n.put("sha256", b.sha256());
        n.put("format", b.format());
        n.put("target", b.target());
        n.put("rows", b.rowCount());
        n.put("importedAt", b.importedAt().toString() + "Z");
        n.put("note", b.note());
        return n;
    }
}
