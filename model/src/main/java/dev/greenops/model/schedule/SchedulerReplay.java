package dev.greenops.model.schedule;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.JobRecord.Cause;
import dev.greenops.model.schedule.Pending.Choice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Replays a scheduling policy over measured intensity: every submission of every job in the period, decided the way the
 * policy would have decided it at the time, then costed over the run as it actually happened.
 *
 * <p>The rules every policy shares:
 *
 * <ul>
 *   <li>A {@link HardJob} is dispatched at submission in its home region. It never enters the deferral logic: there is
 *       no code path from a policy or a setting to its dispatch time.
 *   <li>A {@link SoftJob} is looked at on submission and every {@code reevaluate_every} after, up to its window expiry
 *       ({@code submission + max_deferral}), which is always one of its looks. It never starts after expiry.
 *   <li>At most {@code max_concurrent_dispatches} flexible jobs are dispatched at one instant. Each job reserves, on
 *       submission, the latest of its looks that still has room for a forced dispatch; so when several windows expire
 *       together the forced dispatches queue into the looks before expiry instead of bursting, and no window is broken.
 *       A job that would go at a full instant waits for its next look.
 * </ul>
 */
public final class SchedulerReplay {

    private final ReplayRequest request;
    private final int capacity;
    private final long reevaluateS;
    private final Map<String, IntensityTrack> tracks = new HashMap<>();
    private final Map<String, Forecast> forecasts = new HashMap<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<JobRecord> records = new ArrayList<>();
    private final Map<Long, Integer> reserved = new HashMap<>();
    private final Map<Long, Integer> used = new HashMap<>();
    private int skipped;
    private int seqCounter;
    private String forecastDescription;

    private SchedulerReplay(ReplayRequest request) {
        this.request = request;
        this.capacity = request.config().maxConcurrentDispatches();
        this.reevaluateS = request.config().reevaluateEvery().getSeconds();
    }

    /** Runs the replay; interruptible (throws {@link dev.greenops.model.common.CancelledException}). */
    public static ReplayResult run(ReplayRequest request, ProgressListener progress) {
        return new SchedulerReplay(request).replay(progress);
    }

    private ReplayResult replay(ProgressListener progress) {
        List<Run> runs = expand();
        progress.progress(0, runs.size(), "replaying " + runs.size() + " job runs (" + request.policy().id() + ")");
        PriorityQueue<Pending> queue = new PriorityQueue<>(
                Comparator.comparingLong(Pending::tick).thenComparingInt(p -> p.seq));
        for (Run run : runs) {
            start(run, queue);
        }
        int done = records.size();
        while (!queue.isEmpty()) {
            ProgressListener.checkCancelled();
            long t = queue.peek().tick();
            List<Pending> batch = new ArrayList<>();
            while (!queue.isEmpty() && queue.peek().tick() == t) {
                batch.add(queue.poll());
            }
            batch.sort(Comparator.comparingLong((Pending p) -> p.expiry).thenComparingInt(p -> p.seq));
            for (Pending p : batch) {
                if (p.k == 0) {
                    reserve(p);
                }
            }
            decide(t, batch, queue);
            if (records.size() - done >= 500) {
                done = records.size();
                progress.progress(done, runs.size(), "replayed " + done + " of " + runs.size() + " job runs");
            }
        }
        records.sort(Comparator.comparing(JobRecord::submittedAt).thenComparingInt(r -> jobIndex(r.jobId())));
        progress.progress(runs.size(), runs.size(), "replayed " + records.size() + " job runs");
        return new ReplayResult(request, records, ReplaySummary.of(request.policy(), records, skipped),
                List.copyOf(warnings), forecastDescription == null ? "" : forecastDescription);
    }

    private record Run(Job job, int jobIndex, Instant submitted) {}

    private List<Run> expand() {
        List<Run> runs = new ArrayList<>();
        for (int j = 0; j < request.jobs().size(); j++) {
            Job job = request.jobs().get(j);
            for (Instant at : job.schedule().occurrences(request.from(), request.to())) {
                runs.add(new Run(job, j, at));
            }
        }
        runs.sort(Comparator.comparing(Run::submitted).thenComparingInt(Run::jobIndex));
        return runs;
    }

    private int jobIndex(String id) {
        for (int j = 0; j < request.jobs().size(); j++) {
            if (request.jobs().get(j).id().equals(id)) {
                return j;
            }
        }
        return Integer.MAX_VALUE;
    }

    private IntensityTrack track(String region) {
        if (tracks.containsKey(region)) {
            return tracks.get(region);
        }
        IntensitySeries s = request.series().get(region);
        IntensityTrack t = s == null ? null : IntensityTrack.of(s);
        tracks.put(region, t);
        return t;
    }

    private Forecast forecast(String region, IntensityTrack actual) {
        return forecasts.computeIfAbsent(region, r -> {
            SchedulerConfig.Forecast f = request.config().forecast();
            Forecast made = switch (f.source()) {
                case PERFECT -> Forecast.perfect(actual, f.horizon());
                case PERSISTENCE_24H -> Forecast.persistence24h(actual, f.horizon());
                case FILE -> {
                    List<IntensitySeries> issued = request.forecasts().getOrDefault(r, List.of());
                    if (issued.isEmpty()) {
                        warnings.add("no forecast series for " + r + " in the forecast file: policies see no forecast there");
                        yield Forecast.none("file (nothing for " + r + ")");
                    }
                    yield Forecast.fromFile(issued.stream().map(IntensityTrack::of).toList(), f.horizon(),
                            "file " + f.file().getFileName() + " (" + f.horizon().toHours() + " h ahead)");
                }
            };
            if (forecastDescription == null) {
                forecastDescription = made.describe();
            }
            return made;
        });
    }

    private void start(Run run, PriorityQueue<Pending> queue) {
        Job job = run.job();
        IntensityTrack home = track(job.region());
        if (home == null) {
            warnings.add("no intensity series for " + job.region() + ": runs of " + job.id() + " were not replayed");
            skipped++;
            return;
        }
        if (home.series().estimated()) {
            warnings.add(job.region() + " has only an estimated series (" + home.source() + "): every start of "
                    + job.id() + " looks alike, so its savings mean little");
        }
        long s = run.submitted().getEpochSecond();
        long dur = Math.max(1, Math.round(job.durationHours() * 3600));
        long expiry = s + job.maxDeferral().getSeconds();
        if (Double.isNaN(home.average(s, expiry + dur))) {
            warnings.add(job.id() + " submitted " + run.submitted() + ": the intensity of " + job.region()
                    + " does not cover its window and run (" + run.submitted() + " to "
                    + Instant.ofEpochSecond(expiry + dur) + "); not replayed");
            skipped++;
            return;
        }
        double baseline = home.average(s, s + dur);
        switch (job) {
            case HardJob hard -> records.add(hardRecord(hard, home, s, dur, baseline));
            case SoftJob soft -> {
                if (request.policy() == Policy.IMMEDIATE) {
                    records.add(atSubmission(soft, home, s, dur, expiry, baseline));
                } else {
                    queue.add(pending(soft, run, home, s, dur, expiry, baseline));
                }
            }
        }
    }

    private JobRecord hardRecord(HardJob job, IntensityTrack home, long s, long dur, double baseline) {
        Instant at = Instant.ofEpochSecond(s);
        Savings sv = Savings.of(job.energyKwh(), baseline, baseline);
        var trace = new JobRecord.Trace(job.region(), home.source(), job.durationHours(), Double.NaN, "not used",
                Cause.HARD_DEADLINE, home.valueAt(s), home.valueAt(s), null, 0);
        return new JobRecord(job.id(), JobClass.HARD, job.region(), at, at, 0, at, Decision.NEVER_DEFERRED,
                request.policy(), job.energyKwh(), baseline, baseline, sv.baselineKg(), sv.actualKg(), sv.savedKg(),
                sv.savingPct(), home.csrdGrade() && !home.anyEstimated(s, s + dur), home.source(), trace);
    }

    private JobRecord atSubmission(SoftJob job, IntensityTrack home, long s, long dur, long expiry, double baseline) {
        Instant at = Instant.ofEpochSecond(s);
        Savings sv = Savings.of(job.energyKwh(), baseline, baseline);
        var trace = new JobRecord.Trace(job.region(), home.source(), job.durationHours(),
                job.threshold(request.config().thresholdGPerKwh()), "not used", Cause.BASELINE, home.valueAt(s),
                home.valueAt(s), null, 0);
        return new JobRecord(job.id(), JobClass.SOFT, job.region(), at, at, 0, Instant.ofEpochSecond(expiry),
                Decision.IMMEDIATE, request.policy(), job.energyKwh(), baseline, baseline, sv.baselineKg(),
                sv.actualKg(), sv.savedKg(), sv.savingPct(), home.csrdGrade() && !home.anyEstimated(s, s + dur),
                home.source(), trace);
    }

    private Pending pending(SoftJob job, Run run, IntensityTrack home, long s, long dur, long expiry, double baseline) {
        List<IntensityTrack> candidates = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        candidates.add(home);
        keys.add(job.region());
        for (String region : job.migrationRegions()) {
            IntensityTrack t = track(region);
            if (t == null) {
                warnings.add("no intensity series for " + region + ": " + job.id() + " cannot migrate there");
            } else if (t.series().estimated()) {
                // an annual average is a floor, not a ceiling: never a reason to move a job
                warnings.add(region + " has only an estimated series (" + t.source() + "): " + job.id()
                        + " does not migrate on it");
            } else {
                candidates.add(t);
                keys.add(region);
            }
        }
        IntensityTrack[] ts = candidates.toArray(IntensityTrack[]::new);
        Forecast[] fs = new Forecast[ts.length];
        for (int i = 0; i < ts.length; i++) {
            fs[i] = forecast(keys.get(i), ts[i]);
        }
        int looks = (int) ((expiry - s) / reevaluateS) + 1;
        boolean extra = s + (long) (looks - 1) * reevaluateS < expiry;
        long[] ticks = new long[looks + (extra ? 1 : 0)];
        for (int i = 0; i < looks; i++) {
            ticks[i] = s + (long) i * reevaluateS;
        }
        if (extra) {
            ticks[looks] = expiry;
        }
        return new Pending(seqCounter++, job, s, expiry, dur, ticks, ts, keys.toArray(String[]::new), fs,
                job.threshold(request.config().thresholdGPerKwh()), baseline);
    }

    /** Reserves the latest look with room for a forced dispatch (over capacity only if every look is full). */
    private void reserve(Pending p) {
        for (int i = p.ticks.length - 1; i >= 0; i--) {
            if (reserved.getOrDefault(p.ticks[i], 0) < capacity) {
                p.reservedAt = p.ticks[i];
                reserved.merge(p.ticks[i], 1, Integer::sum);
                return;
            }
        }
        p.reservedAt = p.expiry;
        reserved.merge(p.expiry, 1, Integer::sum);
        warnings.add(p.job.id() + " submitted " + Instant.ofEpochSecond(p.submitted)
                + ": every look in its window already had max_concurrent_dispatches forced dispatches;"
                + " forced at expiry over the limit");
    }

    private void release(Pending p) {
        reserved.computeIfPresent(p.reservedAt, (k, v) -> v <= 1 ? null : v - 1);
    }

    private void decide(long t, List<Pending> batch, PriorityQueue<Pending> queue) {
        List<Pending> wanting = new ArrayList<>();
        for (Pending p : batch) {
            if (p.k == 0 && (request.policy() == Policy.THRESHOLD || request.policy() == Policy.THRESHOLD_FALLBACK)) {
                p.forecastShowedLow = PolicyRules.forecastShowsLow(p, t);
            }
            p.choice = PolicyRules.wants(request.policy(), p, t);
            if (p.reservedAt == t) {
                Choice c = p.choice != null
                        ? p.choice
                        : new Choice(0, t == p.expiry ? Cause.WINDOW_EXPIRED : Cause.EXPIRY_SLOT_FULL);
                dispatch(p, t, c);
                release(p);
                used.merge(t, 1, Integer::sum);
            } else if (p.choice != null) {
                wanting.add(p);
            } else {
                requeue(p, t, queue);
            }
        }
        int free = capacity - reserved.getOrDefault(t, 0) - used.getOrDefault(t, 0);
        for (Pending p : wanting) {
            if (free > 0) {
                dispatch(p, t, p.choice);
                release(p);
                free--;
            } else {
                p.capacityWaits++;
                requeue(p, t, queue);
            }
        }
        used.remove(t);
    }

    private void requeue(Pending p, long t, PriorityQueue<Pending> queue) {
        p.k++;
        if (p.k >= p.ticks.length) {
            // cannot happen (the reservation is one of the looks); if it did, the window still holds
            dispatch(p, t, new Choice(0, Cause.WINDOW_EXPIRED));
            release(p);
            return;
        }
        queue.add(p);
    }


    private void dispatch(Pending p, long t, Choice c) {
        IntensityTrack home = p.tracks[0];
        IntensityTrack ran = p.tracks[c.track()];
        double actual = ran.average(t, t + p.dur);
        Savings sv = Savings.of(p.job.energyKwh(), p.baseline, actual);
        Decision decision;
        if (c.track() != 0) {
            decision = Decision.MIGRATED;
        } else if (c.cause() == Cause.WINDOW_EXPIRED || c.cause() == Cause.EXPIRY_SLOT_FULL) {
            decision = Decision.FORCED_AT_EXPIRY;
        } else if (t == p.submitted) {
            decision = Decision.IMMEDIATE;
        } else {
            decision = Decision.DEFERRED;
        }
        String source = ran == home ? home.source() : ran.source() + "; baseline " + home.source();
        var trace = new JobRecord.Trace(p.regions[0], home.source(), p.job.durationHours(), p.threshold,
                p.forecasts[0].describe(), c.cause(), home.valueAt(p.submitted), ran.valueAt(t), p.forecastShowedLow,
                p.capacityWaits);
        records.add(new JobRecord(p.job.id(), JobClass.SOFT, p.regions[c.track()], Instant.ofEpochSecond(p.submitted),
                Instant.ofEpochSecond(t), (t - p.submitted) / 3600.0, Instant.ofEpochSecond(p.expiry), decision,
                request.policy(), p.job.energyKwh(), p.baseline, actual, sv.baselineKg(), sv.actualKg(), sv.savedKg(),
                sv.savingPct(), csrd(home, p.submitted, p.dur) && csrd(ran, t, p.dur), source, trace));
    }

    /** Measured, location-based, hourly-or-finer intensity with no estimated point under the run. */
    private static boolean csrd(IntensityTrack track, long start, long dur) {
        return track.csrdGrade() && !track.anyEstimated(start, start + dur);
    }
}
