package dev.greenops.model.intensity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A regular-step grid carbon-intensity series for one region: point {@code i} covers
 * {@code [start + i*step, start + (i+1)*step)} at {@code gPerKwh[i]} g/kWh. A missing point is {@code NaN}; callers
 * that need full coverage (the window finder, the scheduler) treat a NaN inside their range as a gap error.
 *
 * @param region the region key (grid zone such as {@code DE}, or a cloud region)
 * @param source where the numbers come from, e.g. {@code electricitymaps:DE:hourly}
 * @param forecastIssuedAt when the forecast was issued, or null for measured history
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
        Instant forecastIssuedAt) {

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

    /** Index of the point covering {@code t}, or -1 when {@code t} is outside the series. */
    public int indexOf(Instant t) {
        if (t.isBefore(start) || !t.isBefore(end())) {
            return -1;
        }
        return (int) (Duration.between(start, t).toMillis() / step.toMillis());
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
                && Objects.equals(forecastIssuedAt, s.forecastIssuedAt);
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
