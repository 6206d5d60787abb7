package dev.greenops.model.bench;

import java.time.Duration;
import java.util.Map;

/**
 * One measured run.
 *
 * @param units what {@code count} counts (rows, job runs, days, ...)
 * @param elapsed wall time of the timed part only
 * @param details extra measured figures (name → value), e.g. bytes read
 */
public record BenchResult(String name, long count, String units, Duration elapsed, Map<String, Object> details) {

    public BenchResult {
        details = Map.copyOf(details);
    }

    public double perSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? Double.NaN : count / s;
    }
}
