package dev.greenops.model.intensity;

import java.util.Arrays;

/**
 * Reduces a series to what a chart of {@code columns} pixels can show: per pixel column the minimum and the maximum, in
 * time order, so peaks and troughs survive and a year of 5-minute data draws as fast as a day. Missing points stay
 * missing (NaN), so a line breaks at a gap instead of bridging it.
 */
public final class Decimator {

    /** The points to draw: times (epoch ms, each point's start) and values (NaN = break the line). */
    public record Points(long[] timesMs, double[] values) {
        public Points {
            if (timesMs.length != values.length) {
                throw new IllegalArgumentException("times and values differ in length");
            }
        }

        public int size() {
            return timesMs.length;
        }
    }

    private Decimator() {}

    /**
     * The points of {@code series} between {@code fromMs} and {@code toMs} (plus one point either side so lines reach
     * the edges), reduced to at most {@code 2 × columns} points (plus gap markers) when there are more than that.
     */
    public static Points decimate(IntensitySeries series, long fromMs, long toMs, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns >= 1, was " + columns);
        }
        if (toMs <= fromMs || series.size() == 0) {
            return new Points(new long[0], new double[0]);
        }
        long start = series.start().toEpochMilli();
        long stepMs = series.step().toMillis();
        int first = (int) Math.max(0, Math.min(series.size() - 1, Math.floorDiv(fromMs - start, stepMs) - 1));
        int last = (int) Math.max(0, Math.min(series.size() - 1, Math.floorDiv(toMs - start, stepMs) + 1));
        int visible = last - first + 1;
        if (visible <= 2 * columns) {
            long[] t = new long[visible];
            double[] v = new double[visible];
            for (int i = 0; i < visible; i++) {
                t[i] = start + (first + i) * stepMs;
                v[i] = series.valueAt(first + i);
            }
            return new Points(t, v);
        }
        long[] outT = new long[3 * columns + 2];
        double[] outV = new double[3 * columns + 2];
        int n = 0;
        double span = toMs - fromMs;
        int i = first;
        while (i <= last) {
            long t = start + i * stepMs;
            int column = (int) Math.clamp((long) Math.floor((t - fromMs) * columns / span), -1, columns);
            int minAt = -1;
            int maxAt = -1;
            int gapAt = -1;
            int j = i;
            while (j <= last) {
                long tj = start + j * stepMs;
                int cj = (int) Math.clamp((long) Math.floor((tj - fromMs) * columns / span), -1, columns);
                if (cj != column) {
                    break;
                }
                double vj = series.valueAt(j);
                if (Double.isNaN(vj)) {
                    if (gapAt < 0) {
                        gapAt = j;
                    }
                } else {
                    if (minAt < 0 || vj < series.valueAt(minAt)) {
                        minAt = j;
                    }
                    if (maxAt < 0 || vj > series.valueAt(maxAt)) {
                        maxAt = j;
                    }
                }
                j++;
            }
            if (n + 3 > outT.length) {
                outT = Arrays.copyOf(outT, outT.length * 2);
                outV = Arrays.copyOf(outV, outV.length * 2);
            }
            // the column's extremes and its first gap, in time order
            int[] picks = {minAt, maxAt, gapAt};
            Arrays.sort(picks);
            int previous = -1;
            for (int p : picks) {
                if (p >= 0 && p != previous) {
                    outT[n] = start + p * stepMs;
                    outV[n++] = series.valueAt(p);
                    previous = p;
                }
            }
            i = j;
        }
        return new Points(Arrays.copyOf(outT, n), Arrays.copyOf(outV, n));
    }
}
