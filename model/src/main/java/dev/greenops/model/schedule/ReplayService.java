package dev.greenops.model.schedule;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.schedule.config.SchedulerFiles.JobsFile;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One replay as the screen and the CLI run it: gather the series of every region the jobs run in or may move to,
 * read the forecast file if the configuration has one, and replay the chosen policy (and the others asked for, and
 * always the oracle, for its share) over the period.
 */
public final class ReplayService {

    private ReplayService() {}

    /** The inputs gathered and the replays made. */
    public record Outcome(ReplayInputs.Resolved inputs, PolicyComparison comparison, Policy chosen) {
        public ReplayResult result() {
            return comparison.results().get(chosen);
        }

        public ReplayResult oracle() {
            return comparison.results().get(Policy.ORACLE);
        }
    }

    /**
     * @param regionOverride replay every job on this region's or zone's series (the what-if), or null
     * @param policies the policies to replay besides {@code chosen} (the oracle is always replayed)
     */
    public static Outcome run(SchedulerConfig config, JobsFile jobs, String regionOverride, Instant from, Instant to,
            Policy chosen, List<Policy> policies, SeriesLookup lookup, ProgressListener progress) throws Exception {
        ReplayInputs.Resolved in = ReplayInputs.resolve(jobs, regionOverride, from, to, lookup);
        Set<String> regions = new LinkedHashSet<>();
        for (Job j : in.jobs()) {
            regions.add(j.region());
            if (j instanceof SoftJob s) {
                regions.addAll(s.migrationRegions());
            }
        }
        var forecasts = ScheduleSources.forecasts(config, regions, ImportOptions.DEFAULT);
        ReplayRequest request = new ReplayRequest(config, in.jobs(), from, to, chosen, in.series(), forecasts);
        Set<Policy> toRun = new LinkedHashSet<>(policies);
        toRun.add(chosen);
        return new Outcome(in, PolicyComparison.run(request, List.copyOf(toRun), progress), chosen);
    }
}
