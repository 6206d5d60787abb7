package dev.greenops.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.greenops.model.common.CancelledException;
import dev.greenops.model.common.ProgressListener;
import dev.greenops.model.store.Workspace;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobMetricsTest {

    static ReplayResult referenceReplay() {
        return SchedulerReplayTest.replay(Policy.THRESHOLD, SchedulerReplayTest.config(80, ForecastSource.PERFECT, 2),
                SchedulerReplayTest.home(SchedulerReplayTest.series(71, 138, 138, 138)),
                SchedulerReplayTest.soft("vector-reindex", SchedulerReplayTest.T0, Duration.ofHours(12), 1, 1.8),
                SchedulerReplayTest.hard("batch-predict", SchedulerReplayTest.T0, 1, 3));
    }

    @Test
    void the_csv_has_the_data_model_columns_in_order_and_the_reference_record() throws Exception {
        StringWriter out = new StringWriter();
        JobMetricsCsv.write(referenceReplay().records(), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("job_id,job_class,region,submitted_at,dispatch_ts,dispatch_delay_h,"
                + "window_expiry,decision,policy,est_kwh,baseline_intensity,actual_intensity,baseline_emissions_kgco2,"
                + "actual_emissions_kgco2,carbon_saved_kgco2,saving_pct,csrd_eligible,intensity_source");
        assertThat(lines).contains("vector-reindex,soft,home,2026-08-02T00:00:00Z,2026-08-02T03:00:00Z,3.00,"
                + "2026-08-02T12:00:00Z,deferred,threshold,1.8,138.00,71.00,0.248,0.128,0.120,48,true,test:home");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("batch-predict,hard,home,2026-08-02T00:00:00Z,"
                + "2026-08-02T00:00:00Z,0.00,2026-08-02T00:00:00Z,never_deferred,threshold,3,138.00,138.00,0.414,0.414,0.000,0,"));
    }

    @Test
    void records_are_saved_to_job_metrics_and_a_second_save_of_the_same_replay_replaces_the_first() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            List<JobRecord> records = referenceReplay().records();
            String id = JobMetricsStore.replayId(Policy.THRESHOLD, Instant.parse("2026-08-01T00:00:00Z"),
                    Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-04T10:15:00Z"));
            assertThat(id).isEqualTo("threshold 2026-08-01..2026-11-01 @20261104T101500Z");
            JobMetricsStore.save(ws, id, records, ProgressListener.NONE);
            JobMetricsStore.save(ws, id, records, ProgressListener.NONE);
            assertThat(JobMetricsStore.count(ws, id)).isEqualTo(2);
            ws.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select decision, dispatch_delay_h, carbon_saved_kgco2, saving_pct,"
                                + " dispatch_ts from job_metrics where job_id = 'vector-reindex'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("deferred");
                    assertThat(rs.getDouble(2)).isEqualTo(3.0);
                    assertThat(rs.getDouble(3)).isEqualTo(0.120);
                    assertThat(rs.getDouble(4)).isEqualTo(48.0);
                    assertThat(rs.getObject(5, java.time.LocalDateTime.class)).isEqualTo(java.time.LocalDateTime.parse("2026-08-02T03:00"));
                }
                return null;
            });
        }
    }

    @Test
    void a_cancelled_save_leaves_the_table_as_it_was() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            List<JobRecord> one = referenceReplay().records();
            List<JobRecord> many = java.util.stream.IntStream.range(0, 1500).mapToObj(i -> one.getFirst()).toList();
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> JobMetricsStore.save(ws, "r", many, ProgressListener.NONE))
                        .isInstanceOf(CancelledException.class);
            } finally {
                Thread.interrupted();
            }
            assertThat(ws.count("job_metrics")).isZero();
        }
    }

    @Test
    void the_csv_file_gets_the_permissions_of_any_new_file_so_others_can_read_it(@TempDir Path dir) throws Exception {
        var ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary")));
        Path out = dir.resolve("job_metrics.csv");
        JobMetricsCsv.write(referenceReplay().records(), out);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(ordinary);
    }

    @Test
    void the_csv_file_is_written_whole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/job_metrics.csv");
        JobMetricsCsv.write(referenceReplay().records(), file);
        assertThat(Files.readAllLines(file)).hasSize(3);
        try (var listing = Files.list(dir.resolve("out"))) {
            assertThat(listing).hasSize(1);
        }
    }

    @Test
    void a_folder_given_as_the_csv_is_refused_and_stays_a_folder(@TempDir Path dir) throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("out"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobMetricsCsv.write(referenceReplay().records(), folder))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageContaining("is a folder");
        assertThat(folder).isDirectory();
    }

    @Test
    void the_explanation_spells_out_the_arithmetic_of_the_record() {
        JobRecord r = referenceReplay().records().stream().filter(x -> x.jobId().equals("vector-reindex")).findFirst()
                .orElseThrow();
        String text = String.join("\n", RecordExplanation.lines(r));
        assertThat(text).contains(
                "Baseline (run at submission, 00:00–01:00 in home): 1.8 kWh × 138.00 g/kWh ÷ 1,000 = 0.248 kgCO2e",
                "Actual (run 03:00–04:00 in home): 1.8 kWh × 71.00 g/kWh ÷ 1,000 = 0.128 kgCO2e",
                "Saved: 0.248 − 0.128 = 0.120 kgCO2e = 48% of the baseline",
                "delay 3 h, decision deferred: the intensity was at or under the threshold",
                "CSRD-eligible: yes");
        JobRecord hard = referenceReplay().records().stream().filter(x -> x.jobId().equals("batch-predict")).findFirst()
                .orElseThrow();
        assertThat(String.join("\n", RecordExplanation.lines(hard))).contains("never deferred");
    }

    @Test
    void the_latest_saved_replay_reads_back_with_the_figures_and_totals_it_was_saved_with() throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            assertThat(JobMetricsStore.latest(ws)).isEmpty();
            ReplayResult replay = referenceReplay();
            JobMetricsStore.save(ws, "older", replay.records().subList(0, 1), ProgressListener.NONE);
            JobMetricsStore.save(ws, "newer", replay.records(), ProgressListener.NONE);

            SavedReplay saved = JobMetricsStore.latest(ws).orElseThrow();
            assertThat(saved.replayId()).isEqualTo("newer");
            assertThat(saved.policy()).isEqualTo(Policy.THRESHOLD);
            assertThat(saved.records()).hasSize(2);
            JobRecord reindex = saved.records().stream().filter(r -> r.jobId().equals("vector-reindex")).findFirst()
                    .orElseThrow();
            assertThat(reindex.decision()).isEqualTo(Decision.DEFERRED);
            assertThat(reindex.dispatchTs()).isEqualTo(Instant.parse("2026-08-02T03:00:00Z"));
            assertThat(reindex.carbonSavedKgCo2()).isEqualTo(0.120);
            assertThat(reindex.savingPct()).isEqualTo(48.0);
            assertThat(reindex.trace().cause()).isEqualTo(JobRecord.Cause.READ_BACK);
            assertThat(saved.summary()).isEqualTo(replay.summary());
            // the explanation shows the saved arithmetic and says the reasons were not kept, instead of inventing them
            assertThat(RecordExplanation.lines(reindex)).contains(
                    "Saved: 0.248 − 0.128 = 0.120 kgCO2e = 48% of the baseline",
                    "This record was read back from job_metrics, which keeps the decision and its figures but not the"
                            + " reasons: replay to see them.")
                    .noneSatisfy(l -> assertThat(l).contains("NaN"));
        }
    }
}
