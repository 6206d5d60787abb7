package dev.greenops.views.scheduler;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.JobMetricsStore;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.schedule.ReplayInputs;
import dev.greenops.model.schedule.ReplayResult;
import dev.greenops.model.schedule.ReplayService;
import dev.greenops.model.schedule.SavedReplay;
import dev.greenops.model.schedule.SchedulerConfig;
import dev.greenops.model.schedule.SeriesLookup;
import dev.greenops.model.schedule.config.SchedulerFiles.JobsFile;
import dev.greenops.model.store.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Scheduler screen's background work, apart from its state: replaying every policy (and saving the chosen one's
 * records), and reading the latest saved replay back with what its timeline needs. Runs inside a task; touches no
 * property and no Node.
 */
final class ReplayLoads {

    private ReplayLoads() {}

    /** A replay under every policy: the comparison, the curve of the jobs' home region, notes, and the saved id. */
    record Replayed(PolicyComparison comparison, IntensitySeries curve, List<String> notes, String replayId) {}

    /** A replay read back from {@code job_metrics} and the timeline drawn from it. */
    record Loaded(SavedReplay saved, TimelineData timeline) {}

    /** Replays every policy; saves the chosen one's records under a new replay id when {@code saveTo} is given. */
    static Replayed replay(SchedulerConfig config, JobsFile jobs, String regionOverride, Instant start, Instant end,
            Policy chosen, SeriesLookup lookup, Workspace saveTo, ProgressListener progress) throws Exception {
        ReplayService.Outcome o = ReplayService.run(config, jobs, regionOverride, start, end, chosen,
                List.of(Policy.values()), lookup, progress);
        ReplayInputs.Resolved in = o.inputs();
        PolicyComparison c = o.comparison();
        String id = null;
        if (saveTo != null) {
            id = JobMetricsStore.replayId(chosen, start, end, Instant.now());
            JobMetricsStore.save(saveTo, id, c.results().get(chosen).records(), progress);
        }
        IntensitySeries home = in.series().get(mostCommon(in.jobs(), Job::region));
        return new Replayed(c, home, in.notes(), id);
    }

    /** The timeline of a fresh replay: every figure is known. */
    static TimelineData timeline(ReplayResult r, IntensitySeries curve) {
        return new TimelineData(r.records(), r.request().jobs().stream().map(Job::id).toList(), r.request().from(),
                r.request().to(), curve, r.request().config().thresholdGPerKwh(), Map.of(), "");
    }

    /**
     * The latest saved replay and its timeline: the days its runs were submitted on, a lane per job (in the jobs
     * file's order, then any others), run lengths from the jobs file, and the workspace's intensity of the region
     * most runs ran in. What job_metrics does not keep is named in the timeline's note, never guessed.
     *
     * @param jobs the jobs file read on the screen, or null
     */
    static Optional<Loaded> latest(Workspace ws, SeriesLookup lookup, JobsFile jobs) throws Exception {
        Optional<SavedReplay> found = JobMetricsStore.latest(ws);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SavedReplay saved = found.get();
        List<JobRecord> records = saved.records();
        Instant from = day(saved.firstSubmission()).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day(saved.lastSubmission()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<String, Duration> lengths = new LinkedHashMap<>();
        Set<String> lanes = new LinkedHashSet<>();
        Set<String> inRecords = records.stream().map(JobRecord::jobId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (jobs != null) {
            for (Job j : jobs.jobs()) {
                if (inRecords.contains(j.id())) {
                    lanes.add(j.id());
                    lengths.put(j.id(), j.duration());
                }
            }
        }
        lanes.addAll(inRecords);

        String region = mostCommon(records, JobRecord::region);
        IntensitySeries curve = null;
        String missingCurve = null;
        try {
            curve = lookup.find(region, from, to).orElse(null);
            if (curve == null) {
                missingCurve = "no curve: this workspace has no intensity series for " + region + " from " + day(from)
                        + " to " + day(to.minusMillis(1));
            }
        } catch (Exception e) {
            missingCurve = "no curve is drawn: " + SchedulerViewModel.describe(e);
        }

        StringBuilder note = new StringBuilder("Read back from job_metrics ('" + saved.replayId() + "'), which keeps"
                + " each run's times and figures but not the threshold, the run lengths or the reasons: no threshold line; ");
        List<String> unknown = inRecords.stream().filter(id -> !lengths.containsKey(id)).toList();
        String mark = TimelineData.UNKNOWN_RUN_MARK.toMinutes() + "-minute mark";
        if (jobs == null) {
            note.append("each run is a ").append(mark).append(" (no jobs file is read)");
        } else {
            note.append("run lengths from ").append(fileName(jobs.fileName()));
            if (!unknown.isEmpty()) {
                note.append(" (").append(String.join(", ", unknown)).append(unknown.size() == 1 ? " is" : " are")
                        .append(" not in it: a ").append(mark).append(" each)");
            }
        }
        note.append(curve == null ? "; " + missingCurve + "." : "; curve: " + region + "'s intensity in this workspace ("
                + curve.source() + ").");
        return Optional.of(new Loaded(saved, new TimelineData(records, List.copyOf(lanes), from, to, curve, Double.NaN,
                lengths, note.toString())));
    }

    /** The value most of {@code items} have (the first seen among equals), "" for none. */
    static <T> String mostCommon(Collection<T> items, Function<T, String> key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (T t : items) {
            counts.merge(key.apply(t), 1L, Long::sum);
        }
        String best = "";
        long most = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static LocalDate day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String fileName(String path) {
        java.nio.file.Path name = java.nio.file.Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
