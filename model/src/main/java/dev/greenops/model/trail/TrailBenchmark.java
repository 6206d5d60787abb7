package dev.greenops.model.trail;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmark;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.trail.demo.DemoSigstore;
import dev.greenops.model.trail.demo.DemoTrail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@code trail-verify}: signs a year of daily ledgers with the DEMO instance in scratch (untimed), then times verifying
 * the whole trail offline, as an auditor would wait for it.
 */
public final class TrailBenchmark implements Benchmark {

    static final int DEFAULT_DAYS = 365;
    static final int ROWS_PER_DAY = 24;

    @Override
    public String name() {
        return "trail-verify";
    }

    @Override
    public String description() {
        return "verify a DEMO-signed trail of daily ledgers offline (default 365 days; --rows sets the days)";
    }

    @Override
    public BenchResult run(long scale, Path scratch, ProgressListener progress) throws Exception {
        // the days up to yesterday: signing times must be past, and inside the DEMO root's validity
        LocalDate to = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long asked = scale > 0 ? scale : DEFAULT_DAYS;
        int days = days(asked, to);
        LocalDate from = to.minusDays(days - 1L);
        StringBuilder csv = new StringBuilder(BenchLedger.HEADER).append('\n');
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (int r = 0; r < ROWS_PER_DAY; r++) {
                csv.append(BenchLedger.row(d, r)).append('\n');
            }
        }
        DemoSigstore sigstore = new DemoSigstore();
        Path trail = scratch.resolve("trail");
        DemoTrail.writeSigned(sigstore, DemoTrail.splitByDay(csv.toString(), "bench.csv", from, to), DemoSigstore.SIGNER,
                DemoSigstore.ISSUER, trail, progress);
        Path rootFile = scratch.resolve("DEMO-trusted_root.json");
        Files.writeString(rootFile, sigstore.trustedRootJson(), StandardCharsets.UTF_8);

        // CPU time of this thread beside wall time: on a shared machine the two differ, and both are worth knowing
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        long start = System.nanoTime();
        TrustRoot root = TrustRoots.load(rootFile);
        TrailReport report = new TrailVerifier(root, Clock.systemUTC()).verify(trail,
                SignerPolicy.Identity.exact(DemoSigstore.SIGNER, DemoSigstore.ISSUER), from, to, progress);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        double cpuSeconds = cpuStart < 0 ? Double.NaN : (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (!report.allVerified()) {
            throw new IllegalStateException("the benchmark trail did not verify: " + report.summaryLine());
        }
        Map<String, Object> details = new java.util.HashMap<>(Map.of(
                "verified", report.verified(),
                "msPerDay", elapsed.toNanos() / 1e6 / days,
                "cpuSeconds", cpuSeconds,
                "rowsPerDay", ROWS_PER_DAY));
        if (days < asked) {
            details.put("daysAsked", asked); // more days than fit: the trail holds all there are
        }
        return new BenchResult(name(), days, "days", elapsed, details);
    }

    /**
     * The days to sign for {@code asked}: at most {@link TrailVerifier#MAX_DAYS}, and no earlier than the day after the
     * DEMO root's start (a signature before its certificate authority existed would not verify), up to {@code last}.
     */
    static int days(long asked, LocalDate last) {
        LocalDate earliest = LocalDate.ofInstant(DemoSigstore.VALID_FROM, ZoneOffset.UTC).plusDays(1);
        long fit = Math.max(1, ChronoUnit.DAYS.between(earliest, last) + 1);
        return (int) Math.min(Math.min(asked, TrailVerifier.MAX_DAYS), fit);
    }

    /** Plausible UFMS:003 rows for the benchmark's ledgers (the content does not matter, only that it is signed). */
    static final class BenchLedger {
        static final String HEADER = "date,resource_id,job_id,team,owner,model_family,model,framework,provider,region,"
                + "gpu_type,gpu_count,gpu_hours,energy_kwh,pue,grid_intensity_g_per_kwh,emissions_kgco2e,"
                + "market_based_kgco2e,embodied_kgco2e,cost_usd,methodology,intensity_source,signed_at";

        static String row(LocalDate d, int r) {
            double kwh = 10 + (r * 7 + d.getDayOfYear()) % 40;
            return d + ",node-" + r + ",bench-job-" + (r % 5) + ",bench,bench@example.com,bench,bench-model,pytorch,gcp,"
                    + "europe-west3,H100 SXM,8," + "24.000000," + String.format(java.util.Locale.ROOT, "%.6f", kwh)
                    + ",1.1000,300.0000," + String.format(java.util.Locale.ROOT, "%.6f", kwh * 0.3)
                    + ",,,,tdp-estimate@1,gcp:annual-average:2024," + d + "T23:40:00Z";
        }
    }
}
