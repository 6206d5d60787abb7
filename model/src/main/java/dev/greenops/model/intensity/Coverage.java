package dev.greenops.model.intensity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a workspace holds for one series: where it came from and how complete it is (the "Sources" tab).
 *
 * @param forecastIssuedAt null for measured history
 * @param end the end of the last point (exclusive)
 * @param missingPoints points the step implies between first and end that are not there
 * @param estimatedPoints points marked as estimated
 * @param files the imported files the points came from
 */
public record Coverage(String region, Signal signal, Basis basis, String source, Instant forecastIssuedAt, Duration step,
        Instant first, Instant end, long points, long missingPoints, long estimatedPoints, List<String> files) {

    public Coverage {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(source, "source");
        files = List.copyOf(files);
    }

    public double completeness() {
        long expected = points + missingPoints;
        return expected == 0 ? 0 : (double) points / expected;
    }
}
