package dev.greenops.model.ledger.explore;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmark;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times what the Ledger screen asks of a large ledger: the pivot (team × month), sorting the rows for the table (by
 * energy, descending), reading 20 pages of 200 rows from anywhere in it, the data-quality checks and the overview.
 * The rows are made by DuckDB first, untimed, in a file workspace; the elapsed time of the result is the table's part
 * (sort + 20 pages), the rest are details.
 */
public final class LedgerExploreBenchmark implements Benchmark {

    public static final long DEFAULT_ROWS = 1_000_000;
    static final int PAGES = 20;
    static final int PAGE_SIZE = 200;

    @Override
    public String name() {
        return "ledger-explore";
    }

    @Override
    public String description() {
        return "Ledger screen on N rows: pivot, sorted cursor + 20 random pages of 200, data quality, overview";
    }

    @Override
    public BenchResult run(long scale, Path scratch, ProgressListener progress) throws Exception {
        long rows = scale > 0 ? scale : DEFAULT_ROWS;
        try (Workspace ws = Workspace.open(scratch.resolve("explore-bench.duckdb"))) {
            progress.progress(0, 6, "making " + rows + " ledger rows");
            fill(ws, rows);
            LedgerExplorer explorer = new LedgerExplorer(ws);
            Map<String, Object> details = new LinkedHashMap<>();

            ProgressListener.checkCancelled();
            progress.progress(1, 6, "pivot");
            long t = System.nanoTime();
            Pivot pivot = explorer.pivot(LedgerQuery.ALL, Dimension.TEAM, TimeGrain.MONTH, 5_000, ProgressListener.NONE);
            details.put("pivot_team_month_ms", millis(t));
            details.put("pivot_cells", pivot.cells().size());

            progress.progress(2, 6, "sorted cursor and pages");
            long browse = System.nanoTime();
            List<Double> pageMs = new ArrayList<>();
            try (RowCursor cursor = explorer.cursor(
                    LedgerQuery.ALL, List.of(new Sort(LedgerColumn.ENERGY_KWH, false)), ProgressListener.NONE)) {
                details.put("cursor_sort_ms", millis(browse));
                SplittableRandom random = new SplittableRandom(42);
                for (int i = 0; i < PAGES; i++) {
                    ProgressListener.checkCancelled();
                    long offset = random.nextLong(Math.max(1, cursor.size() - PAGE_SIZE));
                    long p = System.nanoTime();
                    List<LedgerRow> page = cursor.page(offset, PAGE_SIZE);
                    pageMs.add(millis(p));
                    if (page.size() != Math.min(PAGE_SIZE, cursor.size() - offset)) {
                        throw new IllegalStateException("a page came back short: " + page.size() + " rows");
                    }
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - browse);
            Collections.sort(pageMs);
            details.put("page_ms_median", pageMs.get(pageMs.size() / 2));
            details.put("page_ms_max", pageMs.getLast());

            progress.progress(3, 6, "data quality");
            t = System.nanoTime();
            new DataQuality(ws).run(LedgerQuery.ALL, ProgressListener.NONE);
            details.put("quality_checks_ms", millis(t));

            progress.progress(4, 6, "overview");
            t = System.nanoTime();
            new OverviewService(ws).load(null, null, ProgressListener.NONE);
            details.put("overview_ms", millis(t));
            progress.progress(6, 6, "done");
            return new BenchResult(name(), rows, "rows", elapsed, details);
        }
    }

    private static double millis(long start) {
        return Math.round((System.nanoTime() - start) / 100_000.0) / 10.0;
    }

    /** N rows over the sample quarter: 12 teams, 40 jobs, 2,000 resources, values from hashes (deterministic). */
    static void fill(Workspace ws, long rows) throws Exception {
        ws.execute("insert into import_batch (file_name, file_path, sha256, row_count, format, target, imported_at)"
                + " values ('bench.csv', null, repeat('0', 64), " + rows + ", 'ufms-csv', 'ledger',"
                + " timestamp '2026-11-01 00:00:00')");
        ws.execute("insert into ledger select date '2026-08-01' + cast(i % 92 as integer), 'node-' || (i % 2000),"
                + " 'job-' || (i % 40), 'team-' || (i % 12), 'owner' || (i % 12) || '@example.com', 'family-' || (i % 6),"
                + " 'model-' || (i % 20), 'pytorch', 'gcp', 'europe-west' || (1 + i % 4), 'H100 SXM', 8,"
                + " round(8 * (0.5 + (hash(i) % 1000) / 1000.0), 6) as gh, round(gh * 0.77, 6) as kwh, 1.1,"
                + " round(200 + (hash(i + 1) % 300), 4) as g, round(kwh * g / 1000, 6), round(kwh * g / 3000, 6), null,"
                + " round(gh * 4.1, 4), 'measured-nvml@1', 'bench:hourly', null,"
                + " (select max(batch_id) from import_batch), i + 2 from range(" + rows + ") t(i)");
    }
}
