package dev.greenops.model.schedule;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.Problem;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.schedule.config.SchedulerFiles.JobsFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what a replay reads: the jobs (each moved to {@code regionOverride} for the {@code --region} what-if) and the
 * intensity series of every region they run in or may migrate to, over the period plus the longest window and run
 * (and a day before, for persistence forecasts).
 */
public final class ReplayInputs {

    private ReplayInputs() {}

    /** The jobs and series a {@link ReplayRequest} needs, and notes on regions that have no series. */
    public record Resolved(List<Job> jobs, Map<String, IntensitySeries> series, List<String> notes) {
        public Resolved {
            jobs = List.copyOf(jobs);
            series = Map.copyOf(series);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param regionOverride replay every job on this region's (zone's) series, or null
     * @throws InvalidInputException when a job's home region has no series (naming the job's line in jobs.yaml)
     */
    public static Resolved resolve(JobsFile jobsFile, String regionOverride, Instant from, Instant to,
            SeriesLookup lookup) throws Exception {
        List<Job> jobs = new ArrayList<>();
        for (Job j : jobsFile.jobs()) {
            jobs.add(regionOverride == null ? j : j.withRegion(regionOverride));
        }
        Duration longest = Duration.ZERO;
        for (Job j : jobs) {
            Duration need = j.maxDeferral().plus(j.duration());
            longest = need.compareTo(longest) > 0 ? need : longest;
        }
        Instant start = from.minus(Duration.ofDays(1));
        Instant end = to.plus(longest).plus(Duration.ofDays(1));
        Map<String, IntensitySeries> series = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> homes = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Job j : jobs) {
            homes.add(j.region());
            if (j instanceof SoftJob s) {
                targets.addAll(s.migrationRegions());
            }
        }
        for (String region : homes) {
            Optional<IntensitySeries> s = find(lookup, region, start, end, notes);
            if (s.isPresent()) {
                series.put(region, s.get());
            } else {
                for (Job j : jobs) {
                    if (j.region().equals(region)) {
                        problems.add(Problem.error(jobsFile.fileName(), jobsFile.lines().getOrDefault(j.id(), 0), jobsFile.lines().containsKey(j.id()) ? 1 : 0,
                                "no intensity series for " + region + " (job " + j.id() + ") between " + start
                                        + " and " + end,
                                regionOverride == null
                                        ? "a series for that region or its grid zone (--intensity FILE, or import one"
                                                + " into the workspace), or --region ZONE to replay on another"
                                        : "a series for " + regionOverride));
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (String region : targets) {
            if (!series.containsKey(region)) {
                find(lookup, region, start, end, notes).ifPresent(s -> series.put(region, s));
            }
        }
        return new Resolved(jobs, series, notes);
    }

    private static Optional<IntensitySeries> find(SeriesLookup lookup, String region, Instant from, Instant to,
            List<String> notes) throws Exception {
        try {
            return lookup.find(region, from, to);
        } catch (InvalidInputException e) {
            notes.add(e.problems().getFirst().message());
            return Optional.empty();
        }
    }

    /** A lookup over series already loaded (from files): by key, then by the zone {@code zoneOf} gives. */
    public static SeriesLookup over(List<IntensitySeries> loaded, java.util.function.Function<String, Optional<String>> zoneOf) {
        return (region, from, to) -> {
            Optional<IntensitySeries> direct = pick(loaded, region);
            if (direct.isPresent()) {
                return direct;
            }
            return zoneOf.apply(region).flatMap(zone -> pick(loaded, zone));
        };
    }

    private static Optional<IntensitySeries> pick(List<IntensitySeries> loaded, String key) {
        return loaded.stream()
                .filter(s -> s.region().equals(key) && s.forecastIssuedAt() == null)
                .max(java.util.Comparator.comparingInt(IntensitySeries::size));
    }
}
