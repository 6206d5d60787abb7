package dev.greenops.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmark;
import dev.greenops.model.bench.Benchmarks;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.common.ScratchDir;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greenops bench}: measure the operations users wait for, on this machine. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Run the performance benchmark: each case builds its input in a scratch folder (not timed), then times"
                    + " the operation. Numbers are measurements of this machine.",
        },
        footer = {"", "Exit codes: 0 measured, 2 usage error, 3 internal error."})
public final class BenchCommand implements Callable<Integer> {

    static final long MAX_ROWS = 100_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "0",
            description = "Scale of each case (rows, runs, ...); 0 = each case's default.")
    long rows;

    @Option(names = "--case", paramLabel = "NAME", description = "Run only these cases (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rows < 0) {
            err.println("greenops: --rows must be 0 (default) or more, not " + rows);
            return ExitCode.BAD_INPUT;
        }
        if (rows > MAX_ROWS) {
            // the import cases write their input first: about 250 bytes a row, so this bound is some 25 GB of disk
            err.println(String.format(Locale.ROOT, "greenops: --rows %,d is more than the benchmark builds (expected 0"
                    + " for each case's default, or at most %,d)", rows, MAX_ROWS));
            return ExitCode.BAD_INPUT;
        }
        List<Benchmark> cases = Benchmarks.standard().stream()
                .filter(b -> only.isEmpty() || only.contains(b.name()))
                .toList();
        List<String> unknown = only.stream()
                .filter(n -> Benchmarks.standard().stream().noneMatch(b -> b.name().equals(n)))
                .toList();
        if (!unknown.isEmpty()) {
            err.println("greenops: unknown bench case " + String.join(", ", unknown) + " (expected one of "
                    + Benchmarks.standard().stream().map(Benchmark::name).collect(Collectors.joining(", ")) + ")");
            return ExitCode.BAD_INPUT;
        }
        ProgressListener progress = CliProgress.forStderr();
        List<BenchResult> results = new ArrayList<>();
        for (Benchmark b : cases) {
            try (ScratchDir scratch = ScratchDir.create("greenops-bench-")) {
                results.add(b.run(rows, scratch.path(), progress));
            } finally {
                CliProgress.clear(progress);
            }
        }
        if (json) {
            ObjectNode doc = Json.object();
            doc.put("java", Runtime.version().toString());
            doc.put("processors", Runtime.getRuntime().availableProcessors());
            ArrayNode list = doc.putArray("results");
            for (BenchResult r : results) {
                ObjectNode n = list.addObject();
                n.put("name", r.name());
                n.put("count", r.count());
                n.put("units", r.units());
                n.put("seconds", r.elapsed().toNanos() / 1e9);
                n.put("perSecond", r.perSecond());
                n.set("details", Json.MAPPER.valueToTree(r.details()));
            }
            Json.print(out, doc);
        } else {
            out.println(String.format(Locale.ROOT, "%-28s %14s %-8s %10s %16s  %s", "case", "count", "units",
                    "seconds", "per second", "details"));
            for (BenchResult r : results) {
                out.println(String.format(
                        Locale.ROOT,
                        "%-28s %,14d %-8s %10.3f %,16.0f  %s",
                        r.name(),
                        r.count(),
                        r.units(),
                        r.elapsed().toNanos() / 1e9,
                        r.perSecond(),
                        details(r.details())));
            }
            if (results.isEmpty()) {
                out.println("(no benchmark cases)");
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String details(Map<String, Object> details) {
        return details.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
