package dev.greenops.model.schedule;

import dev.greenops.model.schedule.JobRecord.Cause;
import dev.greenops.model.schedule.Pending.Choice;

/**
 * What each policy wants at one look of one waiting run, from what it may know then: the measured intensity now, the
 * forecast as issued now, or (the oracle only) the whole measured future of the window.
 */
final class PolicyRules {

    private static final double TIE = 1e-9;

    private PolicyRules() {}

    /** The policy's wish at look {@code t}: where to go now, or null to wait. */
    static Choice wants(Policy policy, Pending p, long t) {
        return switch (policy) {
            case THRESHOLD -> underThreshold(p, t);
            case THRESHOLD_FALLBACK -> {
                Choice c = underThreshold(p, t);
                if (c != null) {
                    yield c;
                }
                Boolean low = forecastShowsLow(p, t);
                p.previousLow = low;
                if (low == null || low) {
                    yield null; // as the reference: wait for the threshold (or expiry)
                }
                long[] best = best(p, t, true);
                yield best != null && best[0] == t ? new Choice((int) best[1], Cause.FORECAST_BEST_START) : null;
            }
            case OPTIMAL -> {
                long[] best = best(p, t, true);
                if (best == null) {
                    yield new Choice(0, Cause.NO_FORECAST);
                }
                yield best[0] == t ? new Choice((int) best[1], Cause.LOWEST_FORECAST) : null;
            }
            case ORACLE -> {
                long[] best = best(p, t, false);
                yield best != null && best[0] == t ? new Choice((int) best[1], Cause.LOWEST_ACTUAL) : null;
            }
            case IMMEDIATE -> new Choice(0, Cause.BASELINE);
        };
    }

    static Choice underThreshold(Pending p, long t) {
        if (p.tracks[0].valueAt(t) <= p.threshold) {
            return new Choice(0, Cause.AT_OR_UNDER_THRESHOLD);
        }
        for (int i = 1; i < p.tracks.length; i++) {
            if (p.tracks[i].valueAt(t) < p.threshold && !Double.isNaN(p.tracks[i].average(t, t + p.dur))) {
                return new Choice(i, Cause.PREFERRED_REGION_UNDER_THRESHOLD);
            }
        }
        return null;
    }

    /**
     * Whether the forecast issued at {@code t} shows a later look at or under the threshold (under it, for a
     * preferred region); null when there are later looks but it shows nothing at all for them. At the last look
     * nothing later is forecast, so the answer of the look before stands: a job that was waiting for a forecast low
     * point is forced at expiry, one whose fallback plan was the expiry itself goes then by choice.
     */
    static Boolean forecastShowsLow(Pending p, long t) {
        if (p.k == p.ticks.length - 1) {
            return p.previousLow;
        }
        boolean known = false;
        for (int j = p.k + 1; j < p.ticks.length; j++) {
            long u = p.ticks[j];
            for (int i = 0; i < p.tracks.length; i++) {
                double v = p.forecasts[i].valueAt(t, u);
                if (Double.isNaN(v)) {
                    continue;
                }
                known = true;
                if (i == 0 ? v <= p.threshold : v < p.threshold) {
                    return true;
                }
            }
        }
        return known ? Boolean.FALSE : null;
    }

    /**
     * The look from now on (and the region) with the lowest run-average, forecast ({@code forecast}) or actual; ties
     * go to the earliest look, then the home region. Returns {tick, track} or null when nothing is known.
     */
    private static long[] best(Pending p, long t, boolean forecast) {
        double bestValue = Double.POSITIVE_INFINITY;
        long[] best = null;
        for (int j = p.k; j < p.ticks.length; j++) {
            long u = p.ticks[j];
            for (int i = 0; i < p.tracks.length; i++) {
                double v = forecast ? p.forecasts[i].average(t, u, u + p.dur) : p.tracks[i].average(u, u + p.dur);
                if (i > 0 && Double.isNaN(p.tracks[i].average(u, u + p.dur))) {
                    continue; // no measured data there to run (and cost) the job
                }
                if (!Double.isNaN(v) && v < bestValue - TIE) {
                    bestValue = v;
                    best = new long[] {u, i};
                }
            }
        }
        return best;
    }
}
