package dev.greenops.model.intensity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A candidate run of a job: {@code [start, end)} and the job's time-weighted average grid intensity over it.
 *
 * @param avgGPerKwh time-weighted mean intensity over the window, g/kWh
 */
public record TimeWindow(Instant start, Instant end, double avgGPerKwh) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a window ends after it starts: " + start + " .. " + end);
        }
        if (Double.isNaN(avgGPerKwh) || avgGPerKwh < 0) {
            throw new IllegalArgumentException("average intensity must be a number >= 0, was " + avgGPerKwh);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
