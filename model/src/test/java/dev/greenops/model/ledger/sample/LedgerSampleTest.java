package dev.greenops.model.ledger.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenops.model.common.Problem;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.imports.ImportOptions;
import dev.greenops.model.imports.ImportResult;
import dev.greenops.model.imports.ImportService;
import dev.greenops.model.ledger.CodeCarbonImporter;
import dev.greenops.model.ledger.GcpCarbonExportImporter;
import dev.greenops.model.ledger.LedgerCheck;
import dev.greenops.model.ledger.LedgerCheck.FileReport;
import dev.greenops.model.ledger.LedgerCheck.Verdict;
import dev.greenops.model.ledger.UfmsCsvImporter;
import dev.greenops.model.ledger.BigQueryJsonImporter;
import dev.greenops.model.ledger.ParquetLedgerImporter;
import dev.greenops.model.ledger.UfmsJsonImporter;
import dev.greenops.model.ledger.sample.SampleLedger.Row;
import dev.greenops.model.store.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSampleTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;

    static Path sample;

    @BeforeAll
    static void generate() throws IOException {
        sample = shared.resolve("first");
        new LedgerSamplePart().write(sample, ProgressListener.NONE);
    }

    static ImportService service() {
        return new ImportService(List.of(
                new CodeCarbonImporter(CLOCK),
                new GcpCarbonExportImporter(CLOCK),
                new BigQueryJsonImporter(CLOCK),
                new UfmsJsonImporter(CLOCK),
                new ParquetLedgerImporter(CLOCK),
                new UfmsCsvImporter(CLOCK)));
    }

    static List<Path> ledgers() {
        return LedgerSamplePart.MONTHS.stream().map(m -> sample.resolve(LedgerSamplePart.ledgerFile(m))).toList();
    }

    static List<String> query(Workspace ws, String sql) throws SQLException {
        return ws.read(c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.createStatement();
                    var rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void generating_twice_writes_the_same_bytes() throws IOException {
        Path second = shared.resolve("second");
        new LedgerSamplePart().write(second, ProgressListener.NONE);
        assertThat(files(second)).isEqualTo(files(sample)).hasSize(11);
        for (Path f : files(sample)) {
            assertThat(Files.readAllBytes(second.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(sample.resolve(f)));
        }
    }

    @Test
    void the_sample_imports_cleanly_and_only_the_planted_rows_fail_the_recompute_check() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            List<ImportResult> results =
                    service().importFiles(ws, ledgers(), "ufms-csv", ImportOptions.DEFAULT, ProgressListener.NONE);
            List<String> flagged = new ArrayList<>();
            for (ImportResult r : results) {
                for (Problem w : r.warnings()) {
                    flagged.add(query(ws, "select date || ' ' || resource_id from ledger l join import_batch b using"
                                    + " (batch_id) where b.file_name = '" + r.fileName() + "' and source_line = "
                                    + w.line())
                            .getFirst());
                }
            }
            assertThat(flagged)
                    .containsExactlyElementsOf(SampleLedger.FLAWS.stream().map(p -> p.date() + " " + p.resourceId()).toList());
        }
    }

    @Test
    void the_sample_has_the_promised_teams_families_regions_gpus_and_scheduler_jobs() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            service().importFiles(ws, ledgers(), "ufms-csv", ImportOptions.DEFAULT, ProgressListener.NONE);
            assertThat(query(ws, "select count(distinct team)::varchar from ledger")).containsExactly("6");
            assertThat(query(ws, "select count(distinct model_family)::varchar from ledger")).containsExactly("8");
            assertThat(query(ws, "select distinct region from ledger order by 1"))
                    .containsExactly("europe-west1", "europe-west3", "us-central1", "us-west2");
            assertThat(query(ws, "select distinct gpu_type from ledger order by 1"))
                    .containsExactly("A100 SXM4 80 GB", "H100 SXM", "L4", "T4");
            assertThat(query(ws, "select min(date)::varchar || ' ' || max(date)::varchar from ledger"))
                    .containsExactly("2026-08-01 2026-10-31");
            List<String> jobs = List.of("train-rec-v3", "train-search-v2", "train-fraud-v4", "feature-backfill",
                    "batch-predict", "anomaly-refresh", "vector-reindex");
            assertThat(query(ws, "select distinct job_id || ' ' || region from ledger where job_id in ('"
                            + String.join("','", jobs) + "') order by 1"))
                    .containsExactlyElementsOf(jobs.stream().sorted().map(j -> j + " europe-west3").toList());
            // weekly jobs on Sundays only, monthly on the 1st with its 1.8 kWh, daily ones every day
            assertThat(query(ws, "select distinct dayname(date) from ledger where job_id like 'train-%-v_'"
                            + " and region = 'europe-west3'"))
                    .containsExactly("Sunday");
            assertThat(query(ws, "select date::varchar || ' ' || energy_kwh from ledger where job_id = 'vector-reindex'"
                            + " order by date"))
                    .containsExactly("2026-08-01 1.800000", "2026-09-01 1.800000", "2026-10-01 1.800000");
            assertThat(query(ws, "select count(distinct date)::varchar from ledger where job_id = 'batch-predict'"))
                    .containsExactly("92");
            assertThat(query(ws, "select distinct intensity_source from ledger order by 1"))
                    .containsExactly(
                            "electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE)",
                            "gcp:annual-average:2024");
            assertThat(query(ws, "select count(*)::varchar from ledger where owner = 'unknown'")).isNotEqualTo(List.of("0"));
        }
    }

    @Test
    void europe_west3_factors_are_the_shifted_de_hours_weighted_by_the_hours_of_use() throws IOException {
        ReferenceTables reference = new ReferenceTables();
        Row backfill = new SampleLedger(reference).rows().stream()
                .filter(r -> r.resource().jobId().equals("feature-backfill") && r.date().equals(LocalDate.of(2026, 8, 1)))
                .findFirst()
                .orElseThrow();
        // jobs.yaml: daily 01:00 for 1.5 h, 1.6 kWh; 2026-08-01 is 2023-08-05 shifted 156 weeks, so the factor is
        // the hour 01:00 in full and half of 02:00 of that day, weighted by the energy in each
        double i1 = reference.deDirect(LocalDate.of(2023, 8, 5).atTime(1, 0));
        double i2 = reference.deDirect(LocalDate.of(2023, 8, 5).atTime(2, 0));
        double expected = (i1 + 0.5 * i2) / 1.5;
        assertThat(backfill.intensity()).isEqualByComparingTo(BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP));
        assertThat(backfill.intensitySource()).isEqualTo(SampleLedger.HOURLY_SOURCE);
        assertThat(backfill.energyKwh()).isEqualByComparingTo("1.600");
        assertThat(backfill.gpuHours()).isEqualByComparingTo("6.00"); // 4 GPUs x 1.5 h
    }

    @Test
    void the_load_step_imports_the_three_months_and_team_totals_add_up() throws Exception {
        Map<String, BigDecimal> expected = new TreeMap<>();
        long rows = 0;
        for (Path f : ledgers()) {
            List<String> lines = Files.readAllLines(f);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                expected.merge(cells[3], new BigDecimal(cells[16]), BigDecimal::add);
                rows++;
            }
        }
        try (Workspace ws = Workspace.inMemory()) {
            new LedgerSampleLoadStep().load(ws, sample, ProgressListener.NONE);
            assertThat(ws.count("ledger")).isEqualTo(rows);
            assertThat(ws.count("import_batch")).isEqualTo(3);
            List<String> totals = query(ws, "select team || ' ' || sum(emissions_kgco2e) from ledger group by team"
                    + " order by team");
            assertThat(totals).containsExactlyElementsOf(expected.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().setScale(6, RoundingMode.UNNECESSARY).toPlainString())
                    .toList());
        }
    }

    @Test
    void the_ledger_issue_view_finds_the_planted_rows_the_unattributed_ones_and_a_repeated_import() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            new LedgerSampleLoadStep().load(ws, sample, ProgressListener.NONE);
            assertThat(query(ws, "select date || ' ' || resource_id from ledger_issue where check_name = 'recompute'"
                            + " order by date"))
                    .containsExactlyElementsOf(SampleLedger.FLAWS.stream().map(p -> p.date() + " " + p.resourceId()).toList());
            assertThat(query(ws, "select count(*)::varchar from ledger_issue where check_name = 'unattributed'"))
                    .isEqualTo(query(ws, "select count(*)::varchar from ledger where owner = 'unknown'"));
            assertThat(query(ws, "select count(*)::varchar from ledger_issue where check_name = 'repeated'"))
                    .containsExactly("0");
            Path august = ledgers().getFirst();
            ImportResult again = service().importFiles(ws, List.of(august), "auto", ImportOptions.DEFAULT,
                    ProgressListener.NONE).getFirst();
            assertThat(again.warnings().getLast().format())
                    .isEqualTo(august + ":2:2: warning: 704 rows are already in the workspace (the first: 2026-08-01"
                            + " ew1-g2-l4-01 serve-rec-v2, from ufms-003-2026-08.csv, batch 1); importing them again"
                            + " counts them twice (expected rows not imported before (delete the old batch first to"
                            + " replace it))");
            assertThat(query(ws, "select count(*)::varchar from ledger_issue where check_name = 'repeated'"))
                    .containsExactly("1408");
        }
    }

    @Test
    void every_example_reads_as_its_readme_says() throws Exception {
        Path ex = sample.resolve(SampleExamples.DIR);
        LedgerCheck check = new LedgerCheck(service());
        Map<String, String> verdicts = new TreeMap<>();
        for (FileReport r : check.check(files(ex).stream().map(ex::resolve).toList(), "auto", ImportOptions.DEFAULT,
                ProgressListener.NONE)) {
            verdicts.put(Path.of(r.file()).getFileName().toString(),
                    r.format() + " " + r.verdict() + " " + r.rows() + " rows " + r.errorCount() + " errors "
                            + r.warningCount() + " warnings");
        }
        assertThat(verdicts)
                .containsEntry(SampleExamples.BIGQUERY, "bigquery-json CLEAN 80 rows 0 errors 0 warnings")
                .containsEntry(SampleExamples.CODECARBON, "codecarbon WARNINGS 9 rows 0 errors 1 warnings")
                .containsEntry(SampleExamples.GCP_EXPORT, "gcp-carbon-export WARNINGS 15 rows 0 errors 5 warnings")
                .containsEntry(SampleExamples.PARQUET, "parquet WARNINGS 687 rows 0 errors 3 warnings")
                .containsEntry(SampleExamples.NDJSON, "ufms-json WARNINGS 687 rows 0 errors 3 warnings")
                .containsEntry(SampleExamples.MALFORMED_CSV, "ufms-csv INVALID 9 rows 7 errors 0 warnings")
                .containsEntry(SampleExamples.MALFORMED_JSON, "ufms-json UNREADABLE 0 rows 1 errors 0 warnings");
        FileReport malformed = check.check(List.of(ex.resolve(SampleExamples.MALFORMED_CSV)), "auto",
                ImportOptions.DEFAULT, ProgressListener.NONE).getFirst();
        assertThat(malformed.errors().stream().map(Problem::line)).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 10L);
        assertThat(malformed.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void the_committed_sample_data_is_what_the_generator_writes() throws IOException {
        String project = System.getProperty("greenops.project.dir");
        assumeTrue(project != null, "run by Maven, which names the project folder");
        Path committed = Path.of(project, "sample-data");
        List<Path> ours = files(sample);
        for (Path f : ours) {
            assertThat(committed.resolve(f)).as("sample-data/" + f + " (run greenops sample --out sample-data)").exists();
            assertThat(Files.readAllBytes(committed.resolve(f)))
                    .as("sample-data/" + f + " is stale: run greenops sample --out sample-data")
                    .isEqualTo(Files.readAllBytes(sample.resolve(f)));
        }
    }
}
