package dev.greenops.model.trail;

import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.trail.demo.DemoSigstore;
import dev.greenops.model.trail.demo.DemoTrail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Test data: a synthetic October ledger with the UFMS:003 header in DATA-MODEL.md order (standing in for the ledger
 * area's sample until it lands), DEMO-signed trails made from it, and a fixed clock after the sample quarter.
 */
final class TrailFixtures {

    static final String HEADER = "date,resource_id,job_id,team,owner,model_family,model,framework,provider,region,"
            + "gpu_type,gpu_count,gpu_hours,energy_kwh,pue,grid_intensity_g_per_kwh,emissions_kgco2e,market_based_kgco2e,"
            + "embodied_kgco2e,cost_usd,methodology,intensity_source,signed_at";
    static final List<String> JOBS = List.of("train-rec-v3", "train-search-v2", "train-fraud-v4", "feature-backfill",
            "batch-predict", "anomaly-refresh", "vector-reindex");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    static final SignerPolicy DEMO_POLICY = SignerPolicy.Identity.exact(DemoSigstore.SIGNER, DemoSigstore.ISSUER);

    private TrailFixtures() {}

    /** One row per job per day of October 2026, each day's rows signed_at 23:40 UTC that day. */
    static String octoberCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (LocalDate d = LocalDate.parse("2026-10-01"); d.getMonthValue() == 10; d = d.plusDays(1)) {
            for (int j = 0; j < JOBS.size(); j++) {
                double kwh = 1.8 + ((d.getDayOfMonth() * 31 + j * 17) % 97) / 3.0;
                double g = 120 + (d.getDayOfMonth() * 13 + j * 7) % 180;
                csv.append(String.format(Locale.ROOT,
                        "%s,node-%02d,%s,ml-platform,owner%d@example.com,recsys,model-%d,pytorch,gcp,europe-west3,H100 SXM,8,"
                                + "%.6f,%.6f,1.1000,%.4f,%.6f,,,%.4f,tdp-estimate@1,gcp:annual-average:2024,%sT23:40:00Z\n",
                        d, j, JOBS.get(j), j, j, kwh / 0.7, kwh, g, kwh * g / 1000, kwh * 0.9, d));
            }
        }
        return csv.toString();
    }

    record Trail(Path dir, Path root, DemoSigstore sigstore) {}

    /** A DEMO-signed trail of the synthetic ledgers for {@code from..to}, and the DEMO root beside it. */
    static Trail signedTrail(Path base, LocalDate from, LocalDate to) throws IOException {
        DemoSigstore sigstore = new DemoSigstore();
        Path dir = base.resolve("trail");
        DemoTrail.writeSigned(sigstore, DemoTrail.splitByDay(octoberCsv(), "october.csv", from, to), DemoSigstore.SIGNER,
                DemoSigstore.ISSUER, dir, ProgressListener.NONE);
        Path root = base.resolve("DEMO-trusted_root.json");
        Files.writeString(root, sigstore.trustedRootJson(), StandardCharsets.UTF_8);
        return new Trail(dir, root, sigstore);
    }

    static Trail october(Path base) throws IOException {
        return signedTrail(base, LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-31"));
    }
}
