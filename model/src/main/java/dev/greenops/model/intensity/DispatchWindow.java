package dev.greenops.model.intensity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A maximal stretch of time in which the grid is at or below a threshold: where a flexible job may be dispatched.
 *
 * @param meanGPerKwh time-weighted mean intensity over the stretch, g/kWh
 * @param estimatedPoints how many of the points in it the publisher marked as estimated
 */
public record DispatchWindow(Instant start, Instant end, double meanGPerKwh, int estimatedPoints) {

    public DispatchWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a window ends after it starts: " + start + " .. " + end);
        }
        if (estimatedPoints < 0) {
            throw new IllegalArgumentException("estimatedPoints >= 0");
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
