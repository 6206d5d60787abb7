package dev.greenops.model.schedule;

import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.sample.SamplePart;
import dev.greenops.model.schedule.config.SchedulerFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * sample-data/scheduler: the scheduler configuration of the reference deployment and its seven jobs, plus one job
 * written in the {@code carbon_window} form. Energies and durations are invented; the files are fixed text, so every
 * run writes the same bytes. {@link #jobs()} is the one definition of the seven jobs: the sample ledgers compute their
 * runs from it.
 */
public final class SchedulerSamplePart implements SamplePart {

    public static final String DIR = "scheduler";
    public static final String CONFIG_FILE = "carbon-aware-scheduler.yaml";
    public static final String JOBS_FILE = "jobs.yaml";

    public static final String CONFIG_YAML = """
            # SAMPLE DATA (GreenOps Workbench): the carbon-aware scheduler of the reference deployment.
            # Format: DATA-MODEL.md "Configuration files". Times are UTC; durations like 30m, 6h or PT6H.
            threshold_g_per_kwh: 80          # dispatch a flexible job when the grid is at or under this
            reevaluate_every: 30m            # a waiting job is looked at again this often
            forecast: { source: persistence-24h, horizon: 12h }   # perfect | persistence-24h | file
            regions: [europe-west3, europe-west1, us-central1]    # the first is the default home region
            max_concurrent_dispatches: 2     # forced dispatches queue instead of bursting
            """;

    public static final String JOBS_YAML = """
            # SAMPLE DATA (GreenOps Workbench): the reference deployment's seven jobs and one carbon_window job. Ids and
            # schedules are the deployment's; durations and kWh are invented, sized to the sample fleet's GPUs. The sample
            # ledgers are computed from this file (a run's rows add up to energy_kwh). Times UTC; hard = never deferred.
            - id: train-rec-v3
              description: Weekly retraining of the recommendation model
              framework: pytorch
              region: europe-west3
              schedule: "weekly SUN 02:00"
              deadline: soft
              max_deferral: 6h
              duration_estimate_hours: 9
              energy_kwh: 120

            - id: train-search-v2
              description: Weekly retraining of the search ranking model
              framework: jax
              region: europe-west3
              schedule: "weekly SUN 03:00"
              deadline: soft
              max_deferral: 6h
              duration_estimate_hours: 6
              energy_kwh: 17

            - id: train-fraud-v4
              description: Weekly retraining of the fraud model
              framework: pytorch
              region: europe-west3
              schedule: "weekly SUN 04:00"
              deadline: soft
              max_deferral: 6h
              duration_estimate_hours: 4
              energy_kwh: 11

            - id: feature-backfill
              description: Daily feature backfill
              framework: rapids
              region: europe-west3
              schedule: "daily 01:00"
              deadline: soft
              max_deferral: 3h
              duration_estimate_hours: 1.5
              energy_kwh: 1.6

            - id: batch-predict
              description: Daily batch prediction (feeds the morning reports)
              framework: pytorch
              region: europe-west3
              schedule: "daily 02:00"
              deadline: hard
              duration_estimate_hours: 1
              energy_kwh: 0.35

            - id: anomaly-refresh
              description: Daily anomaly model refresh
              framework: xgboost
              region: europe-west3
              schedule: "daily 03:00"
              deadline: hard
              duration_estimate_hours: 0.5
              energy_kwh: 0.1

            - id: vector-reindex
              description: Monthly vector-store reindex
              framework: faiss
              region: europe-west3
              schedule: "monthly 1 00:00"
              deadline: soft
              max_deferral: 12h
              duration_estimate_hours: 1
              energy_kwh: 1.8

            # The carbon_window form: the job's own intensity ceiling and timeout, and the regions it may move to
            # when their grid is under the ceiling (migration needs an hourly series for those regions).
            - id: eval-nightly
              description: Nightly offline evaluation (carbon_window form)
              framework: jax
              region: europe-west3
              schedule: "daily 22:00"
              deadline: soft
              duration_estimate_hours: 2
              power_kw: 4
              carbon_window: { max_intensity_g_co2e_per_kwh: 150, timeout_hours: 12,
                               region_preference: [europe-west1, us-central1] }
            """;

    /** The jobs of {@link #JOBS_YAML}, read by the same reader as any user's jobs.yaml. */
    public static List<Job> jobs() {
        try {
            SchedulerConfig config = SchedulerFiles.parseConfig(CONFIG_FILE, CONFIG_YAML, null);
            return SchedulerFiles.parseJobs(JOBS_FILE, JOBS_YAML, config).jobs();
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the bundled sample " + JOBS_FILE + " does not read: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "scheduler";
    }

    @Override
    public void write(Path outDir, ProgressListener progress) throws IOException {
        Path dir = Files.createDirectories(outDir.resolve(DIR));
        Files.writeString(dir.resolve(CONFIG_FILE), CONFIG_YAML, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(JOBS_FILE), JOBS_YAML, StandardCharsets.UTF_8);
    }

    @Override
    public String readmeSection() {
        return """
                ## scheduler/ (SAMPLE)

                - `carbon-aware-scheduler.yaml`: the reference deployment's scheduler settings (threshold 80 g/kWh,
                  re-evaluation every 30 minutes, persistence-24h forecasts 12 h ahead, at most 2 dispatches at once).
                - `jobs.yaml`: its seven jobs (three weekly retrainings on Sundays, a daily feature backfill, two daily
                  hard-deadline jobs, a monthly reindex) and one job in the `carbon_window` form. Durations and
                  energies are invented and sized to the sample fleet's GPUs; the sample ledgers are computed from
                  this file, so each job's ledger rows per run last as long and add up to the same kWh.

                A new workspace starts with one replay of them (the reference rule over the sample quarter, replay id
                `threshold 2026-08-01..2026-11-01 @SAMPLE` in `job_metrics`). Replay them in the Scheduler screen, or
                with `greenops schedule --config
                sample-data/scheduler/carbon-aware-scheduler.yaml --jobs sample-data/scheduler/jobs.yaml ...`.
                """;
    }
}
