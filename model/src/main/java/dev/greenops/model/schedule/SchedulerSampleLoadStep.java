package dev.greenops.model.schedule;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SampleLoadStep;
import dev.greenops.model.schedule.config.SchedulerFiles;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
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
        Path dir = sampleDir.resolve(SchedulerSamplePart.DIR);
        Path configFile = dir.resolve(SchedulerSamplePart.CONFIG_FILE);
        Path jobsFile = dir.resolve(SchedulerSamplePart.JOBS_FILE);
        // the part is fixed text: read the shipped files when they are there, the same text otherwise
        SchedulerConfig config = Files.isRegularFile(configFile)
                ? SchedulerFiles.readConfig(configFile)
                : SchedulerFiles.parseConfig(SchedulerSamplePart.CONFIG_FILE, SchedulerSamplePart.CONFIG_YAML, dir);
        SchedulerFiles.JobsFile jobs = Files.isRegularFile(jobsFile)
                ? SchedulerFiles.readJobs(jobsFile, config)
                : SchedulerFiles.parseJobs(SchedulerSamplePart.JOBS_FILE, SchedulerSamplePart.JOBS_YAML, config);
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
