package dev.greenops.model.ledger.sample;

import dev.greenops.model.ledger.sample.SampleResource.Notebook;
import dev.greenops.model.ledger.sample.SampleResource.SchedulerJob;
import dev.greenops.model.ledger.sample.SampleResource.Serving;
import dev.greenops.model.ledger.sample.SampleResource.WeekdayTraining;
import dev.greenops.model.schedule.Job;
import dev.greenops.model.schedule.SchedulerSamplePart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented fleet behind the sample ledgers: six teams, eight model families, four GCP regions, four GPU types,
 * and the seven scheduler jobs of the sample quarter, as the scheduler's sample jobs.yaml defines them. Names and
 * people are made up; the example.com addresses reach nobody.
 */
final class SampleFleet {

    static final String H100 = "H100 SXM";
    static final String A100 = "A100 SXM4 80 GB";
    static final String L4 = "L4";
    static final String T4 = "T4";

    static final String TDP = "tdp-estimate@1";
    static final String NVML = "measured-nvml@1";

    private static final String RECS = "maria.keller@example.com";
    private static final String SEARCH = "jonas.okafor@example.com";
    private static final String RISK = "lena.nguyen@example.com";
    private static final String DATA = "sven.weber@example.com";
    private static final String ASSISTANT = "kenji.tanaka@example.com";
    private static final String RESEARCH = "ana.silva@example.com";

    private SampleFleet() {}

    /**
     * How the ledger runs each of the seven scheduler jobs: on which resources, for whom, which model. What the job
     * is (schedule, duration, energy per run, framework, region) is read from the scheduler's sample jobs.yaml, the
     * one source both sides use.
     *
     * @param maxShare the highest share of TDP the job's energy may imply (a check on jobs.yaml's figures)
     */
    private record JobHardware(
            String jobId,
            List<String> resourceIds,
            String team,
            String owner,
            String modelFamily,
            String model,
            String gpuType,
            int count,
            double maxShare,
            String methodology) {}

    private static final List<JobHardware> SCHEDULER_JOBS = List.of(
            new JobHardware("train-rec-v3", List.of("ew3-a3-h100-01", "ew3-a3-h100-02", "ew3-a3-h100-03"),
                    "recommendations", RECS, "rec-transformer", "rec-transformer-v3", H100, 8, 0.9, TDP),
            new JobHardware("train-search-v2", List.of("ew3-a2-a100-01"), "search", SEARCH, "search-embed",
                    "search-embed-v2", A100, 8, 0.9, TDP),
            new JobHardware("train-fraud-v4", List.of("ew3-a2-a100-02"), "risk", RISK, "fraud-gnn", "fraud-gnn-v4",
                    A100, 8, 0.9, TDP),
            new JobHardware("feature-backfill", List.of("ew3-a2-a100-04"), "data-platform", DATA, "feature-encoder",
                    "feature-encoder-v7", A100, 4, 0.9, TDP),
            new JobHardware("batch-predict", List.of("ew3-g2-l4-01"), "recommendations", RECS, "rec-transformer",
                    "rec-transformer-v2", L4, 8, 0.9, TDP),
            new JobHardware("anomaly-refresh", List.of("ew3-n1-t4-01"), "risk", RISK, "anomaly-forest",
                    "anomaly-forest-v12", T4, 4, 0.9, TDP),
            new JobHardware("vector-reindex", List.of("ew3-a2-a100-03"), "search", SEARCH, "search-embed",
                    "search-embed-ann-index", A100, 8, 0.9, NVML));

    /** The ids of the scheduler jobs the sample ledgers carry. */
    static List<String> schedulerJobIds() {
        return SCHEDULER_JOBS.stream().map(JobHardware::jobId).toList();
    }

    static List<SampleResource> resources() {
        List<SampleResource> r = new ArrayList<>();
        Map<String, Job> jobs = new HashMap<>();
        SchedulerSamplePart.jobs().forEach(j -> jobs.put(j.id(), j));
        // the seven scheduler jobs, run at once when submitted (no shifting: the scheduler replay shows what it saves)
        for (JobHardware h : SCHEDULER_JOBS) {
            Job job = jobs.get(h.jobId());
            if (job == null) {
                throw new IllegalStateException("the scheduler's sample jobs.yaml has no job " + h.jobId());
            }
            // the run's energy split over the resources in whole Wh, the remainder to the first ones, so the rows of a
            // run add up to the job's energy_kwh exactly
            long wh = Math.round(job.energyKwh() * 1000);
            int n = h.resourceIds().size();
            for (int i = 0; i < n; i++) {
                double kwh = (wh / n + (i < wh % n ? 1 : 0)) / 1000.0;
                r.add(new SampleResource(h.resourceIds().get(i), job.id(), h.team(), h.owner(), h.modelFamily(),
                        h.model(), job.framework(), job.region(), h.gpuType(), h.count(), new SchedulerJob(job, kwh),
                        h.maxShare(), h.methodology()));
            }
        }
        // research notebooks: the owner was never recorded
        for (int i = 1; i <= 3; i++) {
            r.add(new SampleResource("ew3-notebook-t4-0" + i, "notebooks-research", "research", "unknown",
                    "forecast-tft", "forecast-tft-exp", "jax", "europe-west3", T4, 1, new Notebook(), 0.35, TDP));
        }
        for (int i = 1; i <= 4; i++) {
            r.add(new SampleResource("ew1-g2-l4-0" + i, "serve-rec-v2", "recommendations", RECS, "rec-transformer",
                    "rec-transformer-v2", "pytorch", "europe-west1", L4, 2, new Serving(17), 0.55, NVML));
        }
        for (int i = 1; i <= 2; i++) {
            r.add(new SampleResource("ew1-n1-t4-0" + i, "serve-vision-qc", "research", RESEARCH, "vision-qc",
                    "vision-qc-effnet-b3", "tensorflow", "europe-west1", T4, 1, new Serving(11), 0.55, TDP));
        }
        for (int i = 1; i <= 4; i++) {
            r.add(new SampleResource("uc1-a2-a100-0" + i, "ft-support-llm", "assistant", ASSISTANT, "support-llm",
                    "support-llm-13b-ft", "pytorch", "us-central1", A100, 8, new WeekdayTraining(), 0.8, TDP));
        }
        r.add(new SampleResource("uc1-a3-h100-01", "train-forecast-tft", "research", RESEARCH, "forecast-tft",
                "forecast-tft-v2", "jax", "us-central1", H100, 8, new WeekdayTraining(), 0.72, TDP));
        for (int i = 1; i <= 6; i++) {
            r.add(new SampleResource("uw2-g2-l4-0" + i, "serve-support-llm", "assistant", ASSISTANT, "support-llm",
                    "support-llm-13b-serving", "vllm", "us-west2", L4, 1, new Serving(22), 0.6, NVML));
        }
        for (int i = 1; i <= 2; i++) {
            r.add(new SampleResource("uw2-n1-t4-0" + i, "serve-search-embed", "search", SEARCH, "search-embed",
                    "search-embed-v2-serving", "onnxruntime", "us-west2", T4, 1, new Serving(21), 0.5, TDP));
        }
        return List.copyOf(r);
    }
}
