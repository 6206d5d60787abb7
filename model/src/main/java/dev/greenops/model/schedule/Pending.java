package dev.greenops.model.schedule;

import dev.greenops.model.schedule.JobRecord.Cause;

/** A flexible run waiting for its dispatch: its looks, where it may run, and what the scheduler has seen so far. */
final class Pending {

    /** Where to go now: the index of the region (0 = home) and why. */
    record Choice(int track, Cause cause) {}

    final int seq;
    final SoftJob job;
    final long submitted;
    final long expiry;
    final long dur;
    final long[] ticks;
    final IntensityTrack[] tracks;
    final String[] regions;
    final Forecast[] forecasts;
    final double threshold;
    final double baseline;
    int k;
    long reservedAt = Long.MIN_VALUE;
    int capacityWaits;
    Boolean forecastShowedLow;
    Boolean previousLow;
    Choice choice;

    Pending(int seq, SoftJob job, long submitted, long expiry, long dur, long[] ticks, IntensityTrack[] tracks,
            String[] regions, Forecast[] forecasts, double threshold, double baseline) {
        this.seq = seq;
        this.job = job;
        this.submitted = submitted;
        this.expiry = expiry;
        this.dur = dur;
        this.ticks = ticks;
        this.tracks = tracks;
        this.regions = regions;
        this.forecasts = forecasts;
        this.threshold = threshold;
        this.baseline = baseline;
    }

    long tick() {
        return ticks[k];
    }
}
