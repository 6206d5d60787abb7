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
import java.util.TreeMap;
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
        Map<String, String> failed = new java.util.LinkedHashMap<>();
        for (Benchmark b : cases) {
            try (ScratchDir scratch = ScratchDir.create("greenops-bench-")) {
                results.add(b.run(rows, scratch.path(), progress));
            } catch (dev.greenops.model.common.CancelledException e) {
                throw e;
            } catch (Exception e) {
                // a case that breaks is a bug in that case: report it, and still report what the others measured
                failed.put(b.name(), e.getClass().getSimpleName() + ": " + e.getMessage());
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
                Json.put(n, "seconds", r.elapsed().toNanos() / 1e9);
                double perSecond = r.perSecond();
                n.put("perSecond", Double.isFinite(perSecond) ? Json.number(Math.round(perSecond * 10) / 10.0) : null);
                ObjectNode d = n.putObject("details");
                new TreeMap<>(r.details()).forEach((k, v) -> {
                    if (v instanceof Double x) {
                        d.put(k, measured(x)); // timings and averages to a thousandth, no float noise
                    } else {
                        d.set(k, Json.MAPPER.valueToTree(v));
                    }
                });
            }
            if (!failed.isEmpty()) {
                ObjectNode f = doc.putObject("failed");
                failed.forEach(f::put);
            }
            Json.print(out, doc);
        } else {
            printTable(out, results);
        }
        out.flush();
        failed.forEach((name, why) -> err.println("greenops: internal error in bench case " + name + ": " + why
                + ". This is a bug in GreenOps Workbench; please report it."));
        err.flush();
        return failed.isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
    }

    /**
     * One line per case, columns sized to the widest value, the case's details indented on the line below (they are
     * too many and too varied for columns).
     */
    static void printTable(PrintWriter out, List<BenchResult> results) {
        if (results.isEmpty()) {
            out.println("(no benchmark cases)");
            return;
        }
        int name = Math.max(4, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        int units = Math.max(5, results.stream().mapToInt(r -> r.units().length()).max().orElse(0));
        String row = "%-" + name + "s  %,14d  %-" + units + "s  %10.3f  %,14.0f%n";
        out.printf(Locale.ROOT, "%-" + name + "s  %14s  %-" + units + "s  %10s  %14s%n", "case", "count", "units",
                "seconds", "per second");
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, row, r.name(), r.count(), r.units(), r.elapsed().toNanos() / 1e9, r.perSecond());
            if (!r.details().isEmpty()) {
                out.println("    " + details(r.details()));
            }
        }
    }

    /** {@code key=value} pairs by key; numbers to a thousandth at most, text with spaces quoted. */
    static String details(Map<String, Object> details) {
        return new TreeMap<>(details).entrySet().stream()
                .map(e -> e.getKey() + "=" + shown(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    private static String shown(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? measured(d).toPlainString() : "n/a";
        }
        String s = String.valueOf(v);
        return s.contains(" ") ? "\"" + s + "\"" : s;
    }

    /** A measured double to three decimals, trailing zeros dropped (9.968885137 ms → 9.969). */
    private static java.math.BigDecimal measured(double d) {
        if (!Double.isFinite(d)) {
            return null;
        }
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }
}
