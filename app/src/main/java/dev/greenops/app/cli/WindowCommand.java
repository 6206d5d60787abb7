package dev.greenops.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.intensity.DispatchWindow;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.TimeWindow;
import dev.greenops.model.intensity.WindowFinder;
import dev.greenops.model.intensity.WindowFinding;
import dev.greenops.model.intensity.WindowQuery;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greenops window}: when to start a job of a given duration so its average grid intensity is lowest (Carbon
 * Aware SDK semantics), and the stretches at or below a threshold.
 */
@Command(
        name = "window",
        mixinStandardHelpOptions = true,
        description = {
            "Find the start time that minimises a job's average grid intensity, and the threshold windows.",
            "Windows start at --from, --from + step, ... (step = the data's step unless --step), must end by --to and be"
                    + " fully covered by data; every window equal to the minimum is listed, earliest first. A gap in the"
                    + " data inside the range is an error."
        })
public final class WindowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IntensityInput input;

    @Option(names = "--region", required = true, paramLabel = "R", description = "Cloud region or grid zone (europe-west3, DE, ...).")
    String region;

    @Option(names = "--from", required = true, paramLabel = "T", description = "Earliest start (ISO-8601; a bare time is UTC).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T", description = "Latest end (ISO-8601; a bare time is UTC).")
    String to;

    @Option(names = "--duration", required = true, paramLabel = "D", description = "Job duration: 90m, 6h, PT6H.")
    String duration;

    @Option(names = "--step", paramLabel = "D", description = "Distance between candidate starts (default: the data's step).")
    String step;

    @Option(names = "--threshold", paramLabel = "G", defaultValue = "80",
            description = "Threshold for the dispatch windows, g/kWh (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--all", description = "Also list every candidate window with its average.")
    boolean all;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Instant start = instant("--from", from);
        Instant end = instant("--to", to);
        Duration length = duration("--duration", duration);
        Duration stepLength = step == null ? null : duration("--step", step);
        if (threshold < 0 || Double.isNaN(threshold)) {
            throw InvalidInputException.of("--threshold", 0, 0, "the threshold must be >= 0", "a number of g/kWh, e.g. 80");
        }
        WindowQuery query;
        try {
            query = new WindowQuery(start, end, length, stepLength, all);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("--duration", 0, 0, e.getMessage(), "--from < --to and a duration that fits between them");
        }
        ProgressListener progress = CliProgress.forStderr();
        IntensitySeries series = input.series(region, start, end, progress);
        WindowFinding finding = WindowFinder.find(series, query);
        List<DispatchWindow> windows = WindowFinder.thresholdWindows(series, start, end, threshold);
        CliProgress.clear(progress);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(series, query, finding, windows)));
        } else {
            printHuman(out, series, query, finding, windows);
        }
        out.flush();
        return ExitCode.OK;
    }

    private ObjectNode toJson(IntensitySeries series, WindowQuery query, WindowFinding finding, List<DispatchWindow> windows) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("region", region);
        root.put("seriesRegion", series.region());
        root.put("from", query.from().toString());
        root.put("to", query.to().toString());
        root.put("duration", query.duration().toString());
        root.put("step", finding.step().toString());
        ArrayNode optimal = root.putArray("optimal");
        finding.optimal().forEach(w -> optimal.add(window(w)));
        Json.put(root, "thresholdGPerKwh", threshold);
        ArrayNode clean = root.putArray("thresholdWindows");
        for (DispatchWindow w : windows) {
            ObjectNode n = clean.addObject();
            n.put("start", w.start().toString());
            n.put("end", w.end().toString());
            n.put("duration", w.length().toString());
            Json.put(n, "meanGPerKwh", w.meanGPerKwh());
            n.put("estimatedPoints", w.estimatedPoints());
        }
        root.put("source", series.source());
        root.put("signal", series.signal().id());
        root.put("basis", series.basis().id());
        root.put("estimated", series.estimated());
        root.put("estimatedPoints", series.slice(query.from(), query.to()).estimatedCount());
        if (series.forecastIssuedAt() == null) {
            root.putNull("forecastIssuedAt");
        } else {
            root.put("forecastIssuedAt", series.forecastIssuedAt().toString());
        }
        root.put("candidates", finding.candidateCount());
        if (all) {
            ArrayNode every = root.putArray("windows");
            finding.candidates().forEach(w -> every.add(window(w)));
        }
        return root;
    }

    private static ObjectNode window(TimeWindow w) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("start", w.start().toString());
        n.put("end", w.end().toString());
        Json.put(n, "avgGPerKwh", w.avgGPerKwh());
        return n;
    }

    private void printHuman(PrintWriter out, IntensitySeries series, WindowQuery query, WindowFinding finding,
            List<DispatchWindow> windows) {
        out.println("Region " + region + (series.region().equals(region) ? "" : " (grid zone " + series.region() + ")")
                + ": " + series.source() + " — " + series.describe());
        if (series.estimated()) {
            out.println("Note: these figures are estimates (an annual average is a floor, not a ceiling).");
        }
        out.println("Best start" + (finding.optimal().size() > 1 ? "s" : "") + " for a " + Durations.format(query.duration())
                + " job between " + query.from() + " and " + query.to() + " (" + String.format("%,d", finding.candidateCount())
                + " candidates, every " + Durations.format(finding.step()) + "):");
        for (TimeWindow w : finding.optimal()) {
            out.printf("  %s – %s   %s g/kWh average%n", w.start(), w.end(), twoDecimals(w.avgGPerKwh()));
        }
        if (all) {
            out.println("All candidates:");
            for (TimeWindow w : finding.candidates()) {
                out.printf("  %s – %s   %s g/kWh%n", w.start(), w.end(), twoDecimals(w.avgGPerKwh()));
            }
        }
        out.println("At or below " + Json.number(threshold).toPlainString() + " g/kWh: "
                + (windows.isEmpty() ? "never in this range" : windows.size() + " window" + (windows.size() == 1 ? "" : "s")));
        for (DispatchWindow w : windows) {
            out.printf("  %s – %s   %s, mean %s g/kWh%n", w.start(), w.end(), Durations.format(w.length()),
                    twoDecimals(w.meanGPerKwh()));
        }
        if (threshold == DayProfile.DEFAULT_THRESHOLD_G_PER_KWH && windows.isEmpty()) {
            out.println("  (try --threshold: the default 80 g/kWh is a demanding target for many grids)");
        }
    }

    /** At most two decimals for people (the published series carry two); JSON keeps six. */
    static String twoDecimals(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static Instant instant(String option, String text) throws InvalidInputException {
        try {
            return Durations.parseInstant(text);
        } catch (IllegalArgumentException e) {
            throw optionProblem(option, e.getMessage(), "ISO-8601, e.g. 2023-06-01T00:00Z");
        }
    }

    static Duration duration(String option, String text) throws InvalidInputException {
        try {
            Duration d = Durations.parse(text);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("'" + text + "' is not a positive duration");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw optionProblem(option, e.getMessage(), "e.g. 90m, 6h or PT6H");
        }
    }

    /**
     * A problem with an option's value; a parser message that already says what it expected ("... (expected X)")
     * keeps its own expectation instead of getting a second one.
     */
    static InvalidInputException optionProblem(String option, String message, String expected) {
        int at = message.lastIndexOf(" (expected ");
        if (at > 0 && message.endsWith(")")) {
            return InvalidInputException.of(option, 0, 0, message.substring(0, at),
                    message.substring(at + " (expected ".length(), message.length() - 1));
        }
        return InvalidInputException.of(option, 0, 0, message, expected);
    }
}
