package dev.greenops.model.schedule;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmark;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.intensity.Basis;
import dev.greenops.model.intensity.IntensitySeries;
import dev.greenops.model.intensity.Signal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code scheduler-replay}: a year of 15-minute intensity (35,040 points, synthetic: a daily and weekly cycle with
 * deterministic noise) and about 10,000 job runs (daily jobs with 2-24 h windows and 0.5-9 h runs, a tenth of them
 * hard), replayed under each of the five policies. Building the input is untimed; each replay is timed.
 */
public final class SchedulerBenchmark implements Benchmark {

    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public String name() {
        return "scheduler-replay";
    }

    @Override
    public String description() {
        return "replay a year of 15-minute intensity with ~10,000 job runs under each of the five policies";
    }

    @Override
    public BenchResult run(long scale, Path scratch, ProgressListener progress) {
        long runs = scale > 0 ? scale : 10_000;
        int jobCount = (int) Math.max(1, (runs + 364) / 365);
        IntensitySeries series = syntheticYear();
        List<Job> jobs = jobs(jobCount);
        SchedulerConfig config = new SchedulerConfig(150, Duration.ofMinutes(30),
                new SchedulerConfig.Forecast(ForecastSource.PERSISTENCE_24H, Duration.ofHours(12), null),
                List.of("bench"), 2);
        ReplayRequest request = new ReplayRequest(config, jobs, FROM, TO, Policy.THRESHOLD, Map.of("bench", series));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intensityPoints", series.size());
        long total = 0;
        long replayed = 0;
        for (Policy p : Policy.values()) {
            ProgressListener.checkCancelled();
            progress.progress(p.ordinal(), Policy.values().length, "replaying " + p.id());
            long t0 = System.nanoTime();
            ReplayResult r = SchedulerReplay.run(request.withPolicy(p), ProgressListener.NONE);
            long ns = System.nanoTime() - t0;
            total += ns;
            replayed += r.records().size();
            details.put(p.id() + "Ms", Math.round(ns / 1e5) / 10.0);
            details.put("jobRuns", r.records().size());
        }
        return new BenchResult(name(), replayed, "job runs (all policies)", Duration.ofNanos(total), details);
    }

    static IntensitySeries syntheticYear() {
        int n = (int) (Duration.between(FROM, TO).toMinutes() / 15);
        double[] v = new double[n];
        long seed = 42;
        for (int i = 0; i < n; i++) {
            double hour = (i % 96) / 4.0;
            double day = i / 96.0;
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double noise = ((seed >>> 11) % 1000) / 1000.0 - 0.5;
            v[i] = 320 + 110 * Math.cos(2 * Math.PI * (hour - 3) / 24) - 60 * Math.cos(2 * Math.PI * day / 7)
                    + 40 * Math.sin(2 * Math.PI * day / 365) + 50 * noise;
        }
        return new IntensitySeries("bench", FROM, Duration.ofMinutes(15), v, Signal.AVERAGE, Basis.DIRECT,
                "synthetic:bench-15min", false, null);
    }

    static List<Job> jobs(int count) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var schedule = new Schedule.Daily(LocalTime.of((i * 5) % 24, (i % 2) * 30));
            double hours = 0.5 + (i % 18) * 0.5;
            if (i % 10 == 9) {
                jobs.add(new HardJob("hard-" + i, "", "", "bench", schedule, hours, 2 * hours));
            } else {
                jobs.add(new SoftJob("soft-" + i, "", "", "bench", schedule, hours, 10 * hours,
                        Duration.ofHours(2 + (i % 12) * 2), OptionalDouble.empty(), List.of()));
            }
        }
        return jobs;
    }
}
