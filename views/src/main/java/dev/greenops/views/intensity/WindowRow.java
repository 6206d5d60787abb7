package dev.greenops.views.intensity;

import dev.greenops.model.intensity.DispatchWindow;
import java.time.Duration;
import java.time.Instant;

/** A row of the Windows table: one dispatch window of one region. */
public record WindowRow(String region, Instant start, Instant end, Duration length, double meanGPerKwh, int estimatedPoints) {

    public static WindowRow of(String region, DispatchWindow w) {
        return new WindowRow(region, w.start(), w.end(), w.length(), w.meanGPerKwh(), w.estimatedPoints());
    }
}
