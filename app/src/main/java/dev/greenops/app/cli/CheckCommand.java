package dev.greenops.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.ledger.LedgerCheck;
import dev.greenops.model.ledger.LedgerCheck.FileReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code greenops check}: validate ledger files against UFMS:003 without importing them. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validate ledger files against UFMS:003 (sample-data/schema/ufms-003-greenops-schema.json) exactly as an"
                    + " import would, without importing anything.",
        },
        footer = {
            "",
            "Exit codes: 0 valid (warnings allowed), 1 validation errors, 2 unreadable file or unknown format,"
                    + " 3 internal error."
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFormatOptions read;

    @Option(names = "--json", description = "Print one JSON document instead of the summary.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Ledger files to check.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        ProgressListener progress = CliProgress.forStderr();
        List<FileReport> reports;
        try {
            reports = LedgerCheck.standard()
                    .check(files, read.format(), read.importOptions(), progress);
        } finally {
            CliProgress.clear(progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OK;
        for (FileReport r : reports) {
            exit = Math.max(exit, switch (r.verdict()) {
                case CLEAN, WARNINGS -> ExitCode.OK;
                case INVALID -> ExitCode.PROBLEMS_FOUND;
                case UNREADABLE -> ExitCode.BAD_INPUT;
            });
            Cli.printProblems(err, r.errors());
            Cli.printProblems(err, r.warnings());
        }
        if (json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("files");
            for (FileReport r : reports) {
                ObjectNode f = list.addObject();
                f.put("file", r.file());
                f.put("format", r.format());
                f.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
                f.put("rows", r.rows());
                f.put("errorCount", r.errorCount());
                f.put("warningCount", r.warningCount());
                f.set("errors", Json.problems(r.errors()));
                f.set("warnings", Json.problems(r.warnings()));
            }
            doc.put("exitCode", exit);
            Json.print(out, doc);
        } else {
            for (FileReport r : reports) {
                out.println(r.file() + ": " + summary(r));
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static String summary(FileReport r) {
        String as = r.format().isEmpty() ? "" : " as " + r.format();
        return switch (r.verdict()) {
            case CLEAN -> String.format(Locale.ROOT, "valid, %,d rows%s", r.rows(), as);
            case WARNINGS -> String.format(
                    Locale.ROOT, "valid, %,d rows%s, %,d warning%s", r.rows(), as, r.warningCount(),
                    r.warningCount() == 1 ? "" : "s");
            case INVALID -> String.format(
                    Locale.ROOT, "INVALID%s: %,d problem%s", as, r.errorCount(), r.errorCount() == 1 ? "" : "s");
            case UNREADABLE -> "UNREADABLE" + as + ": " + (r.errors().isEmpty() ? "" : r.errors().getFirst().message());
        };
    }
}
