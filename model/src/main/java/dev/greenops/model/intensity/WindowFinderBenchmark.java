package dev.greenops.model.intensity;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmark;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.reference.ReferenceData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code intensity-window-finder}: the best start of a 3-hour job over a year of 15-minute data (35,040 points, a
 * candidate every 15 minutes), plus the threshold windows of the whole year. The input is the real DE 2023 hourly
 * series with each hour's value on its four quarter-hours; {@code --rows N} sets the number of points (repeating the
 * year when larger).
 */
public final class WindowFinderBenchmark implements Benchmark {

    @Override
    public String name() {
        return "intensity-window-finder";
    }

    @Override
    public String description() {
        return "window finder: best start of a 3 h job over a year of 15-minute intensity, and its threshold windows";
    }

    @Override
    public BenchResult run(long scale, Path scratch, ProgressListener progress) throws Exception {
        int points = (int) (scale > 0 ? Math.min(scale, 50_000_000L) : 365L * 96);
        progress.progress(0, 2, "preparing " + points + " points of 15-minute intensity");
        Path de = ReferenceData.DE_2023_HOURLY.copyTo(scratch.resolve("DE_2023_hourly.csv"));
        IntensitySeries hourly = IntensityFiles.read(de, ImportOptions.DEFAULT, "DE");
        double[] values = new double[points];
        for (int i = 0; i < points; i++) {
            values[i] = hourly.valueAt((i / 4) % hourly.size());
        }
        IntensitySeries series = new IntensitySeries("DE", hourly.start(), Duration.ofMinutes(15), values, hourly.signal(),
                hourly.basis(), hourly.source() + " (each hour on its quarter-hours)", false, null);
        WindowQuery query = new WindowQuery(series.start(), series.end(), Duration.ofHours(3));
        progress.progress(1, 2, "finding the best window");
        long t0 = System.nanoTime();
        WindowFinding finding = WindowFinder.find(series, query);
        int windows = WindowFinder.thresholdWindows(series, series.start(), series.end(), 150).size();
        long elapsed = System.nanoTime() - t0;
        progress.progress(2, 2, "done");
        return new BenchResult(name(), finding.candidateCount(), "candidate windows", Duration.ofNanos(elapsed), Map.of(
                "points", points,
                "bestStart", finding.best().start().toString(),
                "bestAvgGPerKwh", finding.best().avgGPerKwh(),
                "thresholdWindowsAt150", windows));
    }
}
