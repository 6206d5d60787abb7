package dev.greenops.model.schedule;

import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.Signal;

/**
 * An {@link IntensitySeries} prepared for fast replay: times in epoch seconds and a running integral, so the average
 * intensity over any run is two look-ups, however long the run. The series is a step function (each point holds for
 * its step), so the integral is exact for runs that start or end inside a point.
 */
public final class IntensityTrack {

    private final IntensitySeries series;
    private final long startS;
    private final long stepS;
    private final double[] values;
    /** cum[i] = integral of the series from its start to the start of point i, in g/kWh·s (gaps count as 0). */
    private final double[] cum;
    /** gaps[i] = number of missing (NaN) points before point i. */
    private final int[] gaps;
    /** estimates[i] = number of points before point i the publisher marked as estimated. */
    private final int[] estimates;

    private IntensityTrack(IntensitySeries series) {
        this.series = series;
        this.startS = series.start().getEpochSecond();
        this.stepS = series.step().getSeconds();
        if (stepS <= 0 || series.step().getNano() != 0) {
            throw new IllegalArgumentException("intensity step must be a whole number of seconds, was " + series.step());
        }
        this.values = series.gPerKwh();
        int n = values.length;
        this.cum = new double[n + 1];
        this.gaps = new int[n + 1];
        this.estimates = new int[n + 1];
        for (int i = 0; i < n; i++) {
            estimates[i + 1] = estimates[i] + (series.isEstimated(i) ? 1 : 0);
            double v = values[i];
            boolean missing = Double.isNaN(v);
            cum[i + 1] = cum[i] + (missing ? 0 : v * stepS);
            gaps[i + 1] = gaps[i] + (missing ? 1 : 0);
        }
    }

    public static IntensityTrack of(IntensitySeries series) {
        return new IntensityTrack(series);
    }

    public IntensitySeries series() {
        return series;
    }

    public String region() {
        return series.region();
    }

    public String source() {
        return series.source();
    }

    public long startSecond() {
        return startS;
    }

    public long endSecond() {
        return startS + stepS * values.length;
    }

    /**
     * Whether figures from this series may back a CSRD line: measured (not estimated, not a forecast), location-based
     * average intensity, hourly or finer. An annual average or a marginal signal is not.
     */
    public boolean csrdGrade() {
        return series.signal() == Signal.AVERAGE
                && !series.estimated()
                && series.forecastIssuedAt() == null
                && stepS <= 3600;
    }

    /** Whether any point under {@code [a, b)} is an estimate (false outside the series: that is a gap, not a guess). */
    public boolean anyEstimated(long a, long b) {
        long lo = Math.max(a, startS);
        long hi = Math.min(b, endSecond());
        if (hi <= lo) {
            return false;
        }
        int first = (int) ((lo - startS) / stepS);
        int last = (int) ((hi - 1 - startS) / stepS);
        return estimates[last + 1] - estimates[first] > 0;
    }

    /** The point in effect at {@code t} (epoch seconds), or NaN when {@code t} is outside the series or missing. */
    public double valueAt(long t) {
        if (t < startS) {
            return Double.NaN;
        }
        long i = (t - startS) / stepS;
        return i >= values.length ? Double.NaN : values[(int) i];
    }

    /**
     * The time-weighted average intensity over {@code [a, b)} (epoch seconds, {@code a < b}), or NaN when any part of
     * it is outside the series or falls on a missing point.
     */
    public double average(long a, long b) {
        if (a < startS || b > endSecond() || b <= a) {
            return Double.NaN;
        }
        int first = (int) ((a - startS) / stepS);
        int last = (int) ((b - 1 - startS) / stepS);
        if (gaps[last + 1] - gaps[first] > 0) {
            return Double.NaN;
        }
        return (integral(b) - integral(a)) / (b - a);
    }

    /** The integral from the series start to {@code t} (within the series), g/kWh·s. */
    private double integral(long t) {
        long offset = t - startS;
        int i = (int) (offset / stepS);
        if (i >= values.length) {
            return cum[values.length];
        }
        double v = values[i];
        return cum[i] + (Double.isNaN(v) ? 0 : v * (offset - (long) i * stepS));
    }

    @Override
    public String toString() {
        return "IntensityTrack[" + series + "]";
    }
}
