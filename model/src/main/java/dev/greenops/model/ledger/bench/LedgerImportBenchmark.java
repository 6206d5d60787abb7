package dev.greenops.model.ledger.bench;

import dev.greenops.model.bench.BenchResult;
import dev.greenops.model.bench.Benchmark;
import dev.greenops.model.common.InvalidInputException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.ledger.ParquetLedgerImporter;
import dev.greenops.model.ledger.UfmsCsvImporter;
import dev.greenops.model.ledger.UfmsSchema;
import dev.greenops.model.store.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times importing N valid UFMS:003 rows into a fresh file workspace (reading, every check, the insert, the commit), and
 * importing the same file with one bad row at 90% of it, which must fail and leave the workspace with 0 rows. The input
 * files are written first, untimed.
 */
public final class LedgerImportBenchmark implements Benchmark {

    public static final long DEFAULT_ROWS = 1_000_000;

    /** Which file format the case imports. */
    public enum Kind {
        CSV("ledger-import-csv", UfmsCsvImporter.FORMAT),
        PARQUET("ledger-import-parquet", ParquetLedgerImporter.FORMAT);

        final String name;
        final String format;

        Kind(String name, String format) {
            this.name = name;
            this.format = format;
        }
    }

    private final Kind kind;

    public LedgerImportBenchmark(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.name;
    }

    @Override
    public String description() {
        return "import N UFMS:003 rows (" + kind.format + ") into a new workspace; then the same with a bad row at 90%";
    }

    @Override
    public BenchResult run(long scale, Path scratch, ProgressListener progress) throws Exception {
        long rows = scale > 0 ? scale : DEFAULT_ROWS;
        long badRow = Math.max(1, rows * 9 / 10);
        progress.progress(0, 4, String.format(Locale.ROOT, "writing %,d rows (not timed)", rows));
        Path good = writeCsv(scratch.resolve("good.csv"), rows, -1);
        Path bad = writeCsv(scratch.resolve("bad.csv"), rows, badRow);
        if (kind == Kind.PARQUET) {
            good = toParquet(good, scratch.resolve("good.parquet"));
            bad = toParquet(bad, scratch.resolve("bad.parquet"));
        }
        ImportService service = ImportService.standard();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file_mib", Math.round(Files.size(good) / 1048576.0 * 10) / 10.0); // a number, also in --json
        progress.progress(1, 4, "importing the valid file");
        Duration elapsed;
        try (Workspace ws = Workspace.open(scratch.resolve("good.duckdb"))) {
            long start = System.nanoTime();
            List<ImportResult> results =
                    service.importFiles(ws, List.of(good), kind.format, ImportOptions.DEFAULT, ProgressListener.NONE);
            elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (results.getFirst().rows() != rows || ws.count("ledger") != rows) {
                throw new IllegalStateException("imported " + results.getFirst().rows() + " rows, not " + rows);
            }
        }
        progress.progress(2, 4, "importing the file with a bad row at 90%");
        try (Workspace ws = Workspace.open(scratch.resolve("bad.duckdb"))) {
            long start = System.nanoTime();
            String problem = "none: the bad file was accepted";
            try {
                service.importFiles(ws, List.of(bad), kind.format, ImportOptions.DEFAULT, ProgressListener.NONE);
            } catch (InvalidInputException e) {
                problem = e.problems().getFirst().format().replace(bad.toString(), bad.getFileName().toString());
            }
            details.put("failing_import_s", Math.round((System.nanoTime() - start) / 1e6) / 1000.0);
            details.put("rows_after_failing_import", ws.count("ledger"));
            details.put("bad_row_reported_as", problem);
        }
        progress.progress(4, 4, "done");
        return new BenchResult(kind.name, rows, "rows", elapsed, details);
    }

    /** N valid rows (emissions recompute exactly); row {@code badRow} (1-based) gets a PUE of 0.9. */
    static Path writeCsv(Path file, long rows, long badRow) throws IOException {
        LocalDate first = LocalDate.of(2026, 8, 1);
        String[] teams = {"recommendations", "search", "risk", "data-platform", "assistant", "research"};
        String[] regions = {"europe-west3", "europe-west1", "us-central1", "us-west2"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", UfmsSchema.standard().columnNames()));
            out.write('\n');
            for (long i = 1; i <= rows; i++) {
                long energyWh = 1_000 + (i * 7_919) % 90_000;
                long intensityCg = 5_000 + (i * 104_729) % 40_000;
                // kWh x g/kWh / 1000 = Wh / 1000 x cg / 100 / 1000 kg, rounded to 0.1 g
                double emissions = Math.round(energyWh * (double) intensityCg / 1e4) / 1e4;
                String team = teams[(int) (i % teams.length)];
                out.write(first.plusDays(i % 92) + ",bench-node-" + i + ",bench-job-" + (i % 500) + "," + team + ","
                        + team + "@example.com,family-" + (i % 8) + ",model-" + (i % 40) + ",pytorch,gcp,"
                        + regions[(int) (i % regions.length)] + ",H100 SXM,8,"
                        + (i % 193) + "," + (energyWh / 1000) + "." + String.format(Locale.ROOT, "%03d", energyWh % 1000)
                        + "," + (i == badRow ? "0.9" : "1.12") + "," + (intensityCg / 100) + "."
                        + String.format(Locale.ROOT, "%02d", intensityCg % 100) + ","
                        + String.format(Locale.ROOT, "%.4f", emissions)
                        + ",,,," + "tdp-estimate@1,gcp:annual-average:2024,\n");
            }
        }
        return file;
    }

    private static Path toParquet(Path csv, Path parquet) throws Exception {
        try (Workspace scratch = Workspace.inMemory()) {
            scratch.execute("COPY (SELECT * REPLACE (CAST(date AS DATE) AS date, CAST(gpu_count AS INTEGER) AS gpu_count,"
                    + " CAST(gpu_hours AS DOUBLE) AS gpu_hours, CAST(energy_kwh AS DOUBLE) AS energy_kwh,"
                    + " CAST(pue AS DOUBLE) AS pue, CAST(grid_intensity_g_per_kwh AS DOUBLE) AS grid_intensity_g_per_kwh,"
                    + " CAST(emissions_kgco2e AS DOUBLE) AS emissions_kgco2e) FROM read_csv('"
                    + csv.toString().replace("'", "''") + "', header = true, all_varchar = true)) TO '"
                    + parquet.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
        return parquet;
    }
}
