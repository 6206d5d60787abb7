package dev.greenops.app.cli;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleGenerator;
import dev.greenops.model.sample.SamplePart;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greenops sample --out DIR}: write the bundled sample data, deterministically. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = {
            "Write the sample data (ledgers, schema, examples and every other area's part) to a folder. The same"
                    + " program always writes the same bytes. Existing files of the sample are replaced.",
        },
        footer = {"", "Exit codes: 0 written, 2 the folder cannot be written, 3 internal error."})
public final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created if missing).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("greenops: " + out + ":0:0: is a file (expected a folder to write the sample data to)");
            return ExitCode.BAD_INPUT;
        }
        ProgressListener progress = CliProgress.forStderr();
        SampleGenerator generator = SampleGenerator.standard();
        try {
            generator.generate(out, progress);
        } catch (java.nio.file.FileSystemException e) {
            String where = e.getFile() == null || e.getFile().equals(out.toString()) ? "" : " (" + e.getFile() + ")";
            err.println("greenops: " + out + ":0:0: cannot write the sample data: " + OutputFile.reason(e) + where
                    + " (expected a folder you may write to)");
            return ExitCode.BAD_INPUT;
        } finally {
            CliProgress.clear(progress);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote SAMPLE data to " + out.toAbsolutePath().normalize() + " ("
                + generator.parts().stream().map(SamplePart::name).collect(Collectors.joining(", ")) + ")");
        o.flush();
        return ExitCode.OK;
    }
}
