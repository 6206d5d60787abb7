package dev.greenops.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.imports.Importer;
import dev.greenops.model.store.Workspace;
import dev.greenops.model.store.WorkspaceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code greenops import}: files into a workspace, all in one transaction (CLI.md). */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import ledger, intensity and other files into a workspace in one transaction.",
            "If any file has a problem, every problem is listed and nothing is imported. A file the workspace already"
                    + " holds (same SHA-256) is refused unless --allow-reimport; the same ledger row (date, resource_id,"
                    + " job_id) in two files of one import is always refused.",
        },
        footer = {
            "",
            "Formats: auto (detect), ufms-csv, ufms-json, bigquery-json, parquet, codecarbon, gcp-carbon-export, and"
                    + " the formats other areas add.",
            "Exit codes: 0 imported, 2 bad input (nothing imported), 3 internal error (a bug)."
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ImportFormatOptions read;

    @Option(names = "--json", description = "Print one JSON document instead of the table, also when the import is"
            + " refused: {\"workspace\", \"files\": [...], \"problems\": [...], \"exitCode\"}.")
    boolean json;

    @Option(names = "--allow-reimport", description = "Import a file even if the workspace already holds a batch of the"
            + " very same bytes (same SHA-256), counting its rows twice. Without it such a file is refused.")
    boolean allowReimport;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        ProgressListener progress = CliProgress.forStderr();
        ImportService service = ImportService.standard();
        String format = read.format();
        if (!format.equals(ImportService.AUTO) && service.byFormat(format).isEmpty()) {
            Problem unknown = Problem.error("--format", 0, 0, "unknown format '" + format + "'", "one of auto, "
                    + service.importers().stream().map(Importer::format).collect(Collectors.joining(", ")));
            spec.commandLine().getErr().println("greenops: " + unknown.message() + " (expected " + unknown.expected()
                    + ")");
            if (json) {
                return failed(spec.commandLine().getOut(), new PrintWriter(java.io.Writer.nullWriter()),
                        workspace.workspace == null ? "default" : workspace.workspace, List.of(unknown));
            }
            return ExitCode.BAD_INPUT;
        }
        List<ImportResult> results;
        String where = workspace.workspace == null || workspace.workspace.isBlank() ? "default"
                : workspace.workspace;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace ws = workspace.open(progress)) {
            where = ws.toString();
            results = service.importFiles(ws, files, format, read.importOptions().withAllowReimport(allowReimport),
                    progress);
        } catch (InvalidInputException e) {
            CliProgress.clear(progress);
            return failed(out, err, where, e.problems());
        } catch (WorkspaceException e) {
            if (!json || e.problem().isEmpty()) {
                throw e;
            }
            CliProgress.clear(progress);
            return failed(out, err, where, List.of(e.problem().get()));
        } finally {
            CliProgress.clear(progress);
        }
        for (ImportResult r : results) {
            Cli.printProblems(err, r.warnings());
        }
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("workspace", where);
            ArrayNode list = doc.putArray("files");
            for (ImportResult r : results) {
                ObjectNode f = list.addObject();
                f.put("file", r.fileName());
                f.put("format", r.format());
                f.put("target", r.target());
                f.put("rows", r.rows());
                f.put("batchId", r.batchId());
                f.put("sha256", r.sha256());
                f.set("warnings", Json.problems(r.warnings()));
            }
            doc.putArray("problems");
            doc.put("exitCode", ExitCode.OK);
            Json.print(out, doc);
        } else {
            for (ImportResult r : results) {
                out.println(String.format(
                        Locale.ROOT,
                        "%s: %,d rows as %s into %s, batch %d, sha256 %s…, %s",
                        r.fileName(),
                        r.rows(),
                        r.format(),
                        r.target(),
                        r.batchId(),
                        r.sha256().substring(0, 12),
                        r.warnings().isEmpty() ? "no warnings" : warnings(r)));
            }
            out.println("workspace: " + where);
        }
        out.flush();
        err.flush();
        return ExitCode.OK;
    }

    /**
     * A refused import: every problem on stderr as usual and, with {@code --json}, still one document on stdout (no
     * files imported, the problems, the exit code), as {@code check --json} does, so a script reads one shape.
     */
    private int failed(PrintWriter out, PrintWriter err, String where, List<Problem> problems) {
        Cli.printProblems(err, problems);
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("workspace", where);
            doc.putArray("files");
            doc.set("problems", Json.problems(problems));
            doc.put("exitCode", ExitCode.BAD_INPUT);
            Json.print(out, doc);
        }
        out.flush();
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static String warnings(ImportResult r) {
        long listed = r.warnings().stream().filter(w -> w.line() > 0).count();
        return listed == r.warnings().size()
                ? listed + (listed == 1 ? " warning (on stderr)" : " warnings (on stderr)")
                : "warnings (on stderr)";
    }
}
