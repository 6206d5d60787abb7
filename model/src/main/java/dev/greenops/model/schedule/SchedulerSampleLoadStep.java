package dev.greenops.model.schedule;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleFiles;
import dev.greenops.model.sample.SampleLoadStep;
import dev.greenops.model.schedule.config.SchedulerFiles;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Gives a new workspace its first scheduler replay: the sample jobs under the reference rule over the sample quarter,
 * on the workspace's own intensity (so it runs after the intensity step), saved to {@code job_metrics} as
 * {@link #REPLAY_ID}. The Overview's "latest scheduler replay" has something true to show from the first start.
 */
public final class SchedulerSampleLoadStep implements SampleLoadStep {

    public static final Instant FROM = Instant.parse("2026-08-01T00:00:00Z");
    public static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");
    public static final String REPLAY_ID = "threshold 2026-08-01..2026-11-01 @SAMPLE";

    @Override
    public String name() {
        return "scheduler";
    }

    @Override
    public void load(Workspace workspace, Path sampleDir, ProgressListener progress)
            throws IOException, SQLException, InvalidInputException {
        String configFile = SchedulerSamplePart.DIR + "/" + SchedulerSamplePart.CONFIG_FILE;
        String jobsFile = SchedulerSamplePart.DIR + "/" + SchedulerSamplePart.JOBS_FILE;
        SchedulerConfig config;
        SchedulerFiles.JobsFile jobs;
        try (SampleFiles files = SampleFiles.shippedOrWritten(sampleDir, List.of(configFile, jobsFile),
                new SchedulerSamplePart(), progress)) {
            config = SchedulerFiles.readConfig(files.resolve(configFile));
            jobs = SchedulerFiles.readJobs(files.resolve(jobsFile), config);
        }
        ReplayService.Outcome outcome;
        try {
            outcome = ReplayService.run(config, jobs, null, FROM, TO, Policy.THRESHOLD, List.of(Policy.THRESHOLD),
                    ScheduleSources.workspace(workspace), progress);
        } catch (IOException | SQLException | InvalidInputException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot replay the sample jobs: " + e.getMessage(), e);
        }
        JobMetricsStore.save(workspace, REPLAY_ID, outcome.result().records(), progress);
    }
}
