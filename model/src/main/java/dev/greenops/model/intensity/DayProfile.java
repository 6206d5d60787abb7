package dev.greenops.model.intensity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One region's 24-hour profile: the day's points, the threshold and the dispatch windows at or below it. What the
 * Intensity screen draws and {@code greenops profile} prints, computed once for both.
 *
 * @param requestedRegion the key the user asked for (a cloud region), which may differ from {@code day.region()}
 * @param day the points of that UTC day (NaN = missing)
 */
public record DayProfile(String requestedRegion, LocalDate date, IntensitySeries day, double thresholdGPerKwh,
        List<DispatchWindow> windows) {

    public static final double DEFAULT_THRESHOLD_G_PER_KWH = 80;

    public DayProfile {
        Objects.requireNonNull(requestedRegion, "requestedRegion");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(day, "day");
        windows = List.copyOf(windows);
        if (Double.isNaN(thresholdGPerKwh) || thresholdGPerKwh < 0) {
            throw new IllegalArgumentException("the threshold must be a number >= 0 g/kWh, was " + thresholdGPerKwh);
        }
    }

    /** The profile of {@code date} (UTC) in {@code series}, with the windows at or below {@code thresholdGPerKwh}. */
    public static DayProfile of(String requestedRegion, IntensitySeries series, LocalDate date, double thresholdGPerKwh) {
        Instant from = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        IntensitySeries day = series.slice(from, to);
        return new DayProfile(requestedRegion, date, day, thresholdGPerKwh,
                WindowFinder.thresholdWindows(day, from, to, thresholdGPerKwh));
    }

    /**
     * The UTC day nearest to {@code date} on which {@code series} has at least one point (the later one on a tie), or
     * empty when the series has no point at all. What a screen offers when the chosen day has no data.
     */
    public static java.util.Optional<LocalDate> nearestDayWithData(IntensitySeries series, LocalDate date) {
        Instant at = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        int before = -1;
        int after = -1;
        for (int i = 0; i < series.size(); i++) {
            if (series.isMissing(i)) {
                continue;
            }
            if (series.timeAt(i).isBefore(at)) {
                before = i;
            } else {
                after = i;
                break;
            }
        }
        LocalDate earlier = before < 0 ? null : series.timeAt(before).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate later = after < 0 ? null : series.timeAt(after).atZone(ZoneOffset.UTC).toLocalDate();
        if (earlier == null || later == null) {
            return java.util.Optional.ofNullable(earlier == null ? later : earlier);
        }
        long back = date.toEpochDay() - earlier.toEpochDay();
        long ahead = later.toEpochDay() - date.toEpochDay();
        return java.util.Optional.of(back < ahead ? earlier : later);
    }

    public Instant from() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant to() {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Min, mean, max of the day's present points. */
    public double[] minMeanMax() {
        return Profiles.minMeanMax(day);
    }

    /** The time at or below the threshold, in minutes. */
    public long cleanMinutes() {
        return windows.stream().mapToLong(w -> w.length().toMinutes()).sum();
    }

    /** A label for legends: {@code europe-west3 (DE)} when the series came through the zone. */
    public String label() {
        return requestedRegion.equals(day.region()) ? requestedRegion : requestedRegion + " (" + day.region() + ")";
    }
}
