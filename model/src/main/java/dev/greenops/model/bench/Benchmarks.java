package dev.greenops.model.bench;

import java.util.List;

/** The cases {@code greenops bench} runs, in order. Each area adds its case here. */
public final class Benchmarks {

    private Benchmarks() {}

    public static List<Benchmark> standard() {
        return List.of(
                // one line per case
                new dev.greenops.model.ledger.bench.LedgerImportBenchmark(
                        dev.greenops.model.ledger.bench.LedgerImportBenchmark.Kind.CSV),
                new dev.greenops.model.ledger.bench.LedgerImportBenchmark(
                        dev.greenops.model.ledger.bench.LedgerImportBenchmark.Kind.PARQUET),
                new dev.greenops.model.intensity.WindowFinderBenchmark(),
                new dev.greenops.model.schedule.SchedulerBenchmark(),
                new dev.greenops.model.trail.TrailBenchmark(),
                new dev.greenops.model.ledger.explore.LedgerExploreBenchmark());
    }
}
