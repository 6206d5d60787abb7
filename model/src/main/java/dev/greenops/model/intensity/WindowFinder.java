package dev.greenops.model.intensity;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds when to run a job: the start that minimises the job's time-weighted average intensity (Carbon Aware SDK
 * semantics), and the threshold windows in which the grid is at or below a limit.
 *
 * <p>Semantics, as in the Carbon Aware SDK's rolling average: candidate windows start at {@code from},
 * {@code from + step}, ... (step = the data's step unless given); a window's value is the time-weighted mean of the
 * points it overlaps; only windows fully covered by data are candidates; every window whose average equals the
 * minimum is returned, earliest first; a missing point inside the searched range is an error, never skipped.
 *
 * <p>One pass with prefix sums: each candidate costs O(1), so a year of 15-minute data takes one scan.
 */
public final class WindowFinder {

    /** Averages closer than this (relative) count as equal: prefix sums round differently than direct sums. */
    static final double TIE_TOLERANCE = 1e-9;

    private WindowFinder() {}

    public static WindowFinding find(IntensitySeries series, WindowQuery query) throws InvalidInputException {
        long stepMs = series.step().toMillis();
        long candidateStepMs = query.step() == null ? stepMs : query.step().toMillis();
        long durationMs = query.duration().toMillis();
        long dataStart = series.start().toEpochMilli();
        long dataEnd = series.end().toEpochMilli();
        long from = query.from().toEpochMilli();
        long to = Math.min(query.to().toEpochMilli(), dataEnd);

        // the first candidate start at or after the data start, on the from + k*step grid
        long k0 = from >= dataStart ? 0 : Math.ceilDiv(dataStart - from, candidateStepMs);
        long firstStart = from + k0 * candidateStepMs;
        if (firstStart + durationMs > to) {
            throw noWindow(series, query);
        }
        long count = (to - durationMs - firstStart) / candidateStepMs + 1;
        long lastEnd = firstStart + (count - 1) * candidateStepMs + durationMs;
        requireNoGap(series, firstStart, lastEnd);

        double[] prefix = prefixSums(series.gPerKwh());
        List<TimeWindow> all = new ArrayList<>();
        List<Long> best = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        for (long k = 0; k < count; k++) {
            if ((k & 0xFFFF) == 0) {
                ProgressListener.checkCancelled();
            }
            long s = firstStart + k * candidateStepMs;
            double avg = (integral(series, prefix, s - dataStart + durationMs, stepMs)
                            - integral(series, prefix, s - dataStart, stepMs))
                    / durationMs;
            if (query.keepAll()) {
                all.add(window(s, durationMs, avg));
            }
            double tolerance = TIE_TOLERANCE * Math.max(1.0, Math.abs(avg));
            if (best.isEmpty() || avg < min - tolerance) {
                min = avg;
                best.clear();
                best.add(s);
            } else if (Math.abs(avg - min) <= tolerance) {
                best.add(s);
            }
        }
        double minimum = min;
        List<TimeWindow> optimal = best.stream()
                .map(b -> window(b, durationMs, minimum))
                .toList();
        return new WindowFinding(optimal, all, count, Duration.ofMillis(candidateStepMs));
    }

    /**
     * The time-weighted average intensity over {@code [from, to)} (e.g. the Carbon Aware SDK's average 00:04–00:20);
     * every point it overlaps must be present.
     */
    public static double averageOver(IntensitySeries series, Instant from, Instant to) throws InvalidInputException {
        WindowFinding f = find(series, new WindowQuery(from, to, Duration.between(from, to)));
        if (!f.best().start().equals(from)) {
            throw noWindow(series, new WindowQuery(from, to, Duration.between(from, to)));
        }
        return f.best().avgGPerKwh();
    }

    /**
     * The maximal stretches of {@code [from, to)} where the intensity is at or below {@code thresholdGPerKwh}, clipped
     * to the range; missing points end a stretch (a gap is never counted as clean).
     */
    public static List<DispatchWindow> thresholdWindows(
            IntensitySeries series, Instant from, Instant to, double thresholdGPerKwh) {
        List<DispatchWindow> out = new ArrayList<>();
        long stepMs = series.step().toMillis();
        long lo = from.toEpochMilli();
        long hi = to.toEpochMilli();
        long start = series.start().toEpochMilli();
        int runStart = -1;
        for (int i = 0; i <= series.size(); i++) {
            boolean clean = i < series.size()
                    && !series.isMissing(i)
                    && series.valueAt(i) <= thresholdGPerKwh
                    && start + (i + 1) * stepMs > lo
                    && start + i * stepMs < hi;
            if (clean && runStart < 0) {
                runStart = i;
            } else if (!clean && runStart >= 0) {
                out.add(dispatch(series, runStart, i, lo, hi));
                runStart = -1;
            }
        }
        return out;
    }

    private static DispatchWindow dispatch(IntensitySeries series, int first, int endExclusive, long lo, long hi) {
        long stepMs = series.step().toMillis();
        long start = series.start().toEpochMilli();
        long s = Math.max(lo, start + first * stepMs);
        long e = Math.min(hi, start + endExclusive * stepMs);
        double weighted = 0;
        int estimated = 0;
        for (int i = first; i < endExclusive; i++) {
            long ps = Math.max(s, start + i * stepMs);
            long pe = Math.min(e, start + (i + 1) * stepMs);
            weighted += series.valueAt(i) * (pe - ps);
            if (series.isEstimated(i)) {
                estimated++;
            }
        }
        return new DispatchWindow(Instant.ofEpochMilli(s), Instant.ofEpochMilli(e), weighted / (e - s), estimated);
    }

    /** prefix[i] = sum of the first i values (NaN-free ranges only are ever read). */
    private static double[] prefixSums(double[] values) {
        double[] prefix = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            double v = Double.isNaN(values[i]) ? 0 : values[i];
            prefix[i + 1] = prefix[i] + v;
        }
        return prefix;
    }

    /** The integral of the series from its start to {@code offsetMs}, in g/kWh × milliseconds. */
    private static double integral(IntensitySeries series, double[] prefix, long offsetMs, long stepMs) {
        int i = (int) (offsetMs / stepMs);
        long rem = offsetMs % stepMs;
        double whole = prefix[i] * stepMs;
        return rem == 0 ? whole : whole + series.valueAt(i) * rem;
    }

    private static void requireNoGap(IntensitySeries series, long fromMs, long toMs) throws InvalidInputException {
        long stepMs = series.step().toMillis();
        long start = series.start().toEpochMilli();
        int first = (int) ((fromMs - start) / stepMs);
        int last = (int) Math.ceilDiv(toMs - start, stepMs);
        for (int i = first; i < last; i++) {
            if (series.isMissing(i)) {
                int j = i;
                while (j < last && series.isMissing(j)) {
                    j++;
                }
                throw new InvalidInputException(Problem.about(
                        subject(series),
                        "gap: no intensity from " + series.timeAt(i) + " to " + series.timeAt(j) + " (" + (j - i)
                                + " missing point" + (j - i == 1 ? "" : "s") + "); windows over a gap are never guessed",
                        "complete data over the searched range: import the missing points, or narrow --from/--to"));
            }
        }
    }

    private static InvalidInputException noWindow(IntensitySeries series, WindowQuery query) {
        return new InvalidInputException(Problem.about(
                subject(series),
                "no " + Durations.format(query.duration()) + " window between " + query.from() + " and " + query.to()
                        + " is fully covered by data (the series covers " + series.start() + " to " + series.end() + ")",
                "a --from/--to range inside the data that is at least as long as --duration"));
    }

    /** What the series is, said plainly: it is not a file, so it gets no FILE:LINE:COLUMN position. */
    private static String subject(IntensitySeries series) {
        return "intensity for " + series.region() + " (" + series.source() + ")";
    }

    private static TimeWindow window(long startMs, long durationMs, double avg) {
        return new TimeWindow(Instant.ofEpochMilli(startMs), Instant.ofEpochMilli(startMs + durationMs), avg);
    }
}
