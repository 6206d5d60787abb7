package dev.greenops.model.intensity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Day profiles and the typical day (median per hour with its interquartile band) of an intensity series. */
public final class Profiles {

    private Profiles() {}

    /** The points of one calendar day in {@code zone} (UTC by default). */
    public static IntensitySeries day(IntensitySeries series, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return series.slice(from, to);
    }

    public static IntensitySeries day(IntensitySeries series, LocalDate day) {
        return day(series, day, ZoneOffset.UTC);
    }

    /**
     * Median, quartiles and extremes per hour of the day over {@code [from, to)}; missing points are left out, and an
     * hour without any point has count 0 and NaN statistics.
     */
    public static List<HourStats> typicalDay(IntensitySeries series, Instant from, Instant to, ZoneId zone) {
        List<List<Double>> byHour = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            byHour.add(new ArrayList<>());
        }
        IntensitySeries part = series.slice(from, to);
        for (int i = 0; i < part.size(); i++) {
            if (!part.isMissing(i)) {
                int hour = part.timeAt(i).atZone(zone).getHour();
                byHour.get(hour).add(part.valueAt(i));
            }
        }
        List<HourStats> out = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            double[] values = byHour.get(h).stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(values);
            out.add(new HourStats(
                    h,
                    quantile(values, 0.5),
                    quantile(values, 0.25),
                    quantile(values, 0.75),
                    values.length == 0 ? Double.NaN : values[0],
                    values.length == 0 ? Double.NaN : values[values.length - 1],
                    values.length));
        }
        return out;
    }

    /**
     * The {@code p} quantile of sorted values with linear interpolation between closest ranks (the R-7 / Excel
     * PERCENTILE.INC definition, which most analysts will compare against).
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = (int) Math.ceil(h);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Minimum, mean (time-weighted: equal steps) and maximum of the present points, or NaNs when none. */
    public static double[] minMeanMax(IntensitySeries series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < series.size(); i++) {
            if (!series.isMissing(i)) {
                double v = series.valueAt(i);
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN} : new double[] {min, sum / n, max};
    }
}
