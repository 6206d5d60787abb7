package dev.greenops.model.ledger.sample;

import dev.greenops.model.ledger.sample.SampleResource.Daily;
import dev.greenops.model.ledger.sample.SampleResource.FixedEnergy;
import dev.greenops.model.ledger.sample.SampleResource.Monthly;
import dev.greenops.model.ledger.sample.SampleResource.Notebook;
import dev.greenops.model.ledger.sample.SampleResource.Scheduled;
import dev.greenops.model.ledger.sample.SampleResource.Serving;
import dev.greenops.model.ledger.sample.SampleResource.WeekdayTraining;
import dev.greenops.model.ledger.sample.SampleResource.Weekly;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The invented fleet behind the sample ledgers: six teams, eight model families, four GCP regions, four GPU types,
 * and the seven scheduler jobs of the sample quarter (in europe-west3, at the times in COMMON.md). Names and people
 * are made up; the example.com addresses reach nobody.
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

    static List<SampleResource> resources() {
        List<SampleResource> r = new ArrayList<>();
        // the seven scheduler jobs, europe-west3, submitted at their COMMON.md times and run at once (no shifting)
        for (int i = 1; i <= 3; i++) {
            r.add(new SampleResource("ew3-a3-h100-0" + i, "train-rec-v3", "recommendations", RECS, "rec-transformer",
                    "rec-transformer-v3", "pytorch", "europe-west3", H100, 8,
                    new Scheduled(new Weekly(DayOfWeek.SUNDAY), 2, 9), 0.78, TDP));
        }
        r.add(new SampleResource("ew3-a2-a100-01", "train-search-v2", "search", SEARCH, "search-embed",
                "search-embed-v2", "jax", "europe-west3", A100, 8,
                new Scheduled(new Weekly(DayOfWeek.SUNDAY), 3, 7), 0.78, TDP));
        r.add(new SampleResource("ew3-a2-a100-02", "train-fraud-v4", "risk", RISK, "fraud-gnn", "fraud-gnn-v4",
                "pytorch", "europe-west3", A100, 8, new Scheduled(new Weekly(DayOfWeek.SUNDAY), 4, 5), 0.78, TDP));
        r.add(new SampleResource("ew3-a2-a100-04", "feature-backfill", "data-platform", DATA, "feature-encoder",
                "feature-encoder-v7", "rapids", "europe-west3", A100, 4, new Scheduled(new Daily(), 1, 2), 0.6, TDP));
        r.add(new SampleResource("ew3-g2-l4-01", "batch-predict", "recommendations", RECS, "rec-transformer",
                "rec-transformer-v2", "pytorch", "europe-west3", L4, 8, new Scheduled(new Daily(), 2, 3), 0.55, TDP));
        r.add(new SampleResource("ew3-n1-t4-01", "anomaly-refresh", "risk", RISK, "anomaly-forest",
                "anomaly-forest-v12", "xgboost", "europe-west3", T4, 4, new Scheduled(new Daily(), 3, 1.5), 0.6, TDP));
        r.add(new SampleResource("ew3-a2-a100-03", "vector-reindex", "search", SEARCH, "search-embed",
                "search-embed-ann-index", "faiss", "europe-west3", A100, 2, new FixedEnergy(new Monthly(1), 6, 1.8),
                0.8, NVML));
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
