package dev.greenops.model.schedule;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * What a policy may know about the future at decision time. A forecast issued at {@code t} reaches {@code horizon}
 * ahead; anything beyond is unknown (NaN). Times are epoch seconds.
 */
interface Forecast {

    /** The forecast point value at {@code u}, as issued at {@code issuedAt}; NaN when unknown. */
    double valueAt(long issuedAt, long u);

    /**
     * The forecast average over {@code [a, b)} as issued at {@code issuedAt}, cut at the horizon; NaN when the start
     * is beyond the horizon or the forecast has no values there.
     */
    double average(long issuedAt, long a, long b);

    String describe();

    static Forecast perfect(IntensityTrack actual, Duration horizon) {
        return new Shifted(actual, horizon.getSeconds(), 0, "perfect (the measured series, " + horizon.toHours() + " h ahead)");
    }

    /**
     * Yesterday's same hour: known at decision time as long as the horizon is at most a day, so the horizon is capped
     * at 24 hours.
     */
    static Forecast persistence24h(IntensityTrack actual, Duration horizon) {
        long h = Math.min(horizon.getSeconds(), 86_400);
        return new Shifted(actual, h, 86_400, "persistence-24h (yesterday's same hour, " + h / 3600 + " h ahead)");
    }

    /** Forecast series from a file: at each decision the latest issued at or before it (undated ones count as oldest). */
    static Forecast fromFile(List<IntensityTrack> issued, Duration horizon, String description) {
        return new Issued(
                issued.stream().sorted(Comparator.comparingLong(Forecast::issuedSecond)).toList(),
                horizon.getSeconds(),
                description);
    }

    /** A forecast that knows nothing (no forecast series for a region). */
    static Forecast none(String why) {
        return new Issued(List.of(), 1, why);
    }

    private static long issuedSecond(IntensityTrack t) {
        return t.series().forecastIssuedAt() == null ? Long.MIN_VALUE : t.series().forecastIssuedAt().getEpochSecond();
    }

    /** The actual series read {@code lagS} earlier (0 = perfect foresight). */
    record Shifted(IntensityTrack actual, long horizonS, long lagS, String describe) implements Forecast {
        @Override
        public double valueAt(long issuedAt, long u) {
            return u > issuedAt + horizonS ? Double.NaN : actual.valueAt(u - lagS);
        }

        @Override
        public double average(long issuedAt, long a, long b) {
            long end = Math.min(b, issuedAt + horizonS);
            return a >= end ? Double.NaN : actual.average(a - lagS, end - lagS);
        }
    }

    record Issued(List<IntensityTrack> tracks, long horizonS, String describe) implements Forecast {
        private IntensityTrack latest(long issuedAt) {
            IntensityTrack found = null;
            for (IntensityTrack t : tracks) {
                if (issuedSecond(t) <= issuedAt) {
                    found = t;
                } else {
                    break;
                }
            }
            return found;
        }

        @Override
        public double valueAt(long issuedAt, long u) {
            IntensityTrack t = latest(issuedAt);
            return t == null || u > issuedAt + horizonS ? Double.NaN : t.valueAt(u);
        }

        @Override
        public double average(long issuedAt, long a, long b) {
            IntensityTrack t = latest(issuedAt);
            long end = Math.min(b, issuedAt + horizonS);
            return t == null || a >= end ? Double.NaN : t.average(a, end);
        }
    }
}
