package dev.greenops.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.DayProfile;
import dev.greenops.model.intensity.DispatchWindow;
import dev.greenops.model.intensity.Durations;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.views.intensity.IntensityStyle;
import dev.greenops.views.common.ChartExport;
import dev.greenops.views.intensity.IntensityCharts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greenops profile}: a region's 24-hour intensity profile on one UTC day, with the threshold and the dispatch
 * windows at or below it; the same chart as the Intensity screen, rendered headless to PNG or SVG.
 */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Show a region's 24-hour grid-intensity profile for one UTC day, with the windows at or below a threshold.",
            "--png / --svg render the Intensity screen's chart without a display."
        },
        footer = {
            "",
            "Example: greenops profile --region europe-west3 --day 2026-10-14 --threshold 150 --png day.png",
            "Exit codes: 0 ok, 2 bad input (no data for that day, nothing written), 3 internal error (a bug)."
        })
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IntensityInput input;

    @Option(names = "--region", required = true, paramLabel = "R",
            description = "Cloud region or grid zone; repeat to overlay several.")
    List<String> regions;

    @Option(names = "--day", required = true, paramLabel = "DATE", description = "The UTC day, e.g. 2023-06-01.")
    String day;

    @Option(names = "--threshold", paramLabel = "G", defaultValue = "80",
            description = "Threshold in g/kWh (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the chart as PNG.")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "Write the chart as SVG.")
    Path svg;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "Chart colours (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--width", defaultValue = "1200", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "700", description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        LocalDate date;
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("--day", 0, 0, "'" + day + "' is not a date", "YYYY-MM-DD, e.g. 2023-06-01");
        }
        if (threshold < 0 || Double.isNaN(threshold)) {
            throw InvalidInputException.of("--threshold", 0, 0, "the threshold must be >= 0", "a number of g/kWh, e.g. 80");
        }
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw InvalidInputException.of("--theme", 0, 0, "unknown theme '" + theme + "'", "light or dark");
        }
        if (width < 200 || height < 150 || width > 8000 || height > 8000) {
            throw InvalidInputException.of("--width", 0, 0, "image size " + width + "×" + height + " is out of range",
                    "200..8000 × 150..8000 pixels");
        }
        ProgressListener progress = CliProgress.forStderr();
        OutputFile.refuseFolder(png, "a writable file for the PNG");
        OutputFile.refuseFolder(svg, "a writable file for the SVG");
        List<DayProfile> profiles = new ArrayList<>();
        var from = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        var to = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (String region : regions) {
            IntensitySeries series = input.series(region, from, to, progress);
            DayProfile profile = DayProfile.of(region, series, date, threshold);
            if (profile.day().size() == 0 || profile.day().missingCount() == profile.day().size()) {
                throw InvalidInputException.of("--day", 0, 0, "no intensity for " + region + " on " + date + " in "
                        + input.describe(), "a day the data covers");
            }
            profiles.add(profile);
        }
        CliProgress.clear(progress);
        if (png != null || svg != null) {
            System.setProperty("java.awt.headless", "true");
            JFreeChart chart = IntensityCharts.profile(profiles, null, theme.equals("dark") ? IntensityStyle.DARK : IntensityStyle.LIGHT);
            if (png != null) {
                OutputFile.write(png, "a writable file for the PNG", f -> ChartExport.savePng(chart, f, width, height));
            }
            if (svg != null) {
                OutputFile.write(svg, "a writable file for the SVG", f -> ChartExport.saveSvg(chart, f, width, height));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(profiles, date)));
        } else {
            printHuman(out, profiles);
        }
        out.flush();
        return ExitCode.OK;
    }

    private ObjectNode toJson(List<DayProfile> profiles, LocalDate date) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("day", date.toString());
        Json.put(root, "thresholdGPerKwh", threshold, Json.G_PER_KWH);
        ArrayNode regionsNode = root.putArray("regions");
        for (DayProfile p : profiles) {
            ObjectNode r = regionsNode.addObject();
            r.put("region", p.requestedRegion());
            r.put("seriesRegion", p.day().region());
            r.put("source", p.day().source());
            r.put("signal", p.day().signal().id());
            r.put("basis", p.day().basis().id());
            r.put("estimated", p.day().estimated());
            r.put("step", p.day().step().toString());
            double[] mmm = p.minMeanMax();
            Json.put(r, "minGPerKwh", mmm[0], Json.G_PER_KWH);
            Json.put(r, "meanGPerKwh", mmm[1], Json.G_PER_KWH);
            Json.put(r, "maxGPerKwh", mmm[2], Json.G_PER_KWH);
            ArrayNode points = r.putArray("points");
            for (int i = 0; i < p.day().size(); i++) {
                ObjectNode n = points.addObject();
                n.put("start", p.day().timeAt(i).toString());
                Json.put(n, "gPerKwh", p.day().valueAt(i), Json.G_PER_KWH);
                n.put("estimated", p.day().isEstimated(i));
            }
            ArrayNode windows = r.putArray("windows");
            for (DispatchWindow w : p.windows()) {
                ObjectNode n = windows.addObject();
                n.put("start", w.start().toString());
                n.put("end", w.end().toString());
                n.put("duration", w.length().toString());
                Json.put(n, "meanGPerKwh", w.meanGPerKwh(), Json.G_PER_KWH);
            }
        }
        if (png != null) {
            root.put("png", png.toString());
        }
        if (svg != null) {
            root.put("svg", svg.toString());
        }
        return root;
    }

    private void printHuman(PrintWriter out, List<DayProfile> profiles) {
        for (DayProfile p : profiles) {
            double[] mmm = p.minMeanMax();
            int places = decimals(p.day());
            out.println(p.label() + ", " + p.date() + " (UTC): " + p.day().source() + " — " + p.day().describe());
            out.printf("  min %s, mean %s, max %s g/kWh%n", number(mmm[0], places), number(mmm[1], places),
                    number(mmm[2], places));
            for (int i = 0; i < p.day().size(); i++) {
                var t = p.day().timeAt(i);
                boolean clean = p.windows().stream().anyMatch(w -> w.contains(t));
                out.printf("  %s  %10s g/kWh %s%s%n", t.toString().substring(11, 16),
                        p.day().isMissing(i) ? "no data" : number(p.day().valueAt(i), places),
                        clean ? " ≤ threshold" : "", p.day().isEstimated(i) ? " (estimated)" : "");
            }
            out.println("  At or below " + number(threshold, decimals(new double[] {threshold})) + " g/kWh: "
                    + (p.windows().isEmpty() ? "never on this day" : ""));
            for (DispatchWindow w : p.windows()) {
                out.printf("    %s – %s (%s), mean %s g/kWh%n", w.start(), w.end(), Durations.format(w.length()),
                        number(w.meanGPerKwh(), places));
            }
        }
        if (png != null) {
            out.println("Chart written to " + png);
        }
        if (svg != null) {
            out.println("Chart written to " + svg);
        }
    }

    /**
     * The decimals the day's values have: the most any of them has (at most the JSON's {@link Json#G_PER_KWH}), so
     * 371.8 beside 377.83 prints as 371.80. Values are stored as published, or rounded to what the source supports
     * when converted from another unit (Staging.converted), so the digits of the stored value are the data's.
     */
    static int decimals(IntensitySeries day) {
        double[] values = new double[day.size()];
        int n = 0;
        for (int i = 0; i < day.size(); i++) {
            if (!day.isMissing(i)) {
                values[n++] = day.valueAt(i);
            }
        }
        return decimals(java.util.Arrays.copyOf(values, n));
    }

    static int decimals(double[] values) {
        int most = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                most = Math.max(most, Math.max(0, java.math.BigDecimal.valueOf(v).stripTrailingZeros().scale()));
            }
        }
        return Math.min(most, Json.G_PER_KWH);
    }

    /** {@code v} with exactly {@code decimals} decimals and thousands separators, the same in every locale. */
    static String number(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "–";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String s = f.format(v);
        return s.matches("-[0.,]*") ? s.substring(1) : s;
    }
}
