package dev.greenops.model.intensity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * A regular-step grid carbon-intensity series for one region: point {@code i} covers
 * {@code [start + i*step, start + (i+1)*step)} at {@code gPerKwh[i]} g/kWh. A missing point is {@code NaN}; callers
 * that need full coverage (the window finder, the scheduler) treat a NaN inside their range as a gap error.
 *
 * @param region the region key (grid zone such as {@code DE}, or a cloud region)
 * @param source where the numbers come from, e.g. {@code electricitymaps:DE:2023-hourly:direct}
 * @param estimated true when every point is an estimate (an annual-average floor, a modelled series)
 * @param forecastIssuedAt when the forecast was issued, or null for measured history
 * @param estimatedPoints the points the publisher marked as estimated (a subset; empty when none or unknown)
 */
public record IntensitySeries(
        String region,
        Instant start,
        Duration step,
        double[] gPerKwh,
        Signal signal,
        Basis basis,
        String source,
        boolean estimated,
        Instant forecastIssuedAt,
        BitSet estimatedPoints) {

    public IntensitySeries {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(gPerKwh, "gPerKwh");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
        estimatedPoints = estimatedPoints == null ? new BitSet() : (BitSet) estimatedPoints.clone();
        if (estimatedPoints.length() > gPerKwh.length) {
            throw new IllegalArgumentException("estimatedPoints marks a point past the end of the series");
        }
    }

    /** A series whose points are all measured or all estimated (no per-point flags). */
    public IntensitySeries(
            String region,
            Instant start,
            Duration step,
            double[] gPerKwh,
            Signal signal,
            Basis basis,
            String source,
            boolean estimated,
            Instant forecastIssuedAt) {
        this(region, start, step, gPerKwh, signal, basis, source, estimated, forecastIssuedAt, null);
    }

    public int size() {
        return gPerKwh.length;
    }

    public Instant timeAt(int index) {
        return start.plus(step.multipliedBy(index));
    }

    /** The end of the last point (exclusive). */
    public Instant end() {
        return timeAt(gPerKwh.length);
    }

    public double valueAt(int index) {
        return gPerKwh[index];
    }

    /** Whether point {@code index} is an estimate (the whole series is, or the publisher marked this point). */
    public boolean isEstimated(int index) {
        return estimated || estimatedPoints.get(index);
    }

    /** Whether point {@code index} is missing (a gap). */
    public boolean isMissing(int index) {
        return Double.isNaN(gPerKwh[index]);
    }

    /** The number of missing points. */
    public int missingCount() {
        int n = 0;
        for (double v : gPerKwh) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** The number of points marked as estimated. */
    public int estimatedCount() {
        return estimated ? gPerKwh.length : estimatedPoints.cardinality();
    }

    /** Index of the point covering {@code t}, or -1 when {@code t} is outside the series. */
    public int indexOf(Instant t) {
        if (t.isBefore(start) || !t.isBefore(end())) {
            return -1;
        }
        return (int) (Duration.between(start, t).toMillis() / step.toMillis());
    }

    /**
     * The points overlapping {@code [from, to)}, as a new series that starts at the first such point (which may begin
     * before {@code from}); empty when nothing overlaps.
     */
    public IntensitySeries slice(Instant from, Instant to) {
        long stepMs = step.toMillis();
        long fromOff = Math.max(0, Duration.between(start, from).toMillis());
        long toOff = Math.min((long) gPerKwh.length * stepMs, Duration.between(start, to).toMillis());
        int first = (int) Math.min(gPerKwh.length, fromOff / stepMs);
        int last = (int) Math.max(first, Math.min(gPerKwh.length, Math.ceilDiv(Math.max(0, toOff), stepMs)));
        BitSet flags = estimatedPoints.get(first, Math.max(first, last));
        return new IntensitySeries(
                region,
                timeAt(first),
                step,
                Arrays.copyOfRange(gPerKwh, first, last),
                signal,
                basis,
                source,
                estimated,
                forecastIssuedAt,
                flags);
    }

    /** The same numbers moved in time (e.g. the sample quarter's shifted series), under a new region and source. */
    public IntensitySeries shifted(Duration by, String newRegion, String newSource) {
        return new IntensitySeries(
                newRegion,
                start.plus(by),
                step,
                gPerKwh.clone(),
                signal,
                basis,
                newSource,
                estimated,
                forecastIssuedAt == null ? null : forecastIssuedAt.plus(by),
                estimatedPoints);
    }

    /** What kind of figure this is, for read-outs: e.g. {@code average, direct, measured}. */
    public String describe() {
        String kind = estimated ? "estimated" : forecastIssuedAt != null ? "forecast issued " + forecastIssuedAt : "measured";
        return signal.id() + ", " + basis.id() + ", " + kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntensitySeries s
                && region.equals(s.region)
                && start.equals(s.start)
                && step.equals(s.step)
                && Arrays.equals(gPerKwh, s.gPerKwh)
                && signal == s.signal
                && basis == s.basis
                && source.equals(s.source)
                && estimated == s.estimated
                && Objects.equals(forecastIssuedAt, s.forecastIssuedAt)
                && estimatedPoints.equals(s.estimatedPoints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, start, step, Arrays.hashCode(gPerKwh), signal, basis, source);
    }

    @Override
    public String toString() {
        return "IntensitySeries[" + region + " " + start + " +" + size() + "×" + step + " " + signal.id() + "/"
                + basis.id() + " " + source + "]";
    }
}
