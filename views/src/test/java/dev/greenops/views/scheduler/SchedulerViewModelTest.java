package dev.greenops.views.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.schedule.Decision;
import dev.greenops.model.schedule.JobMetricsStore;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.schedule.Policy;
import dev.greenops.model.schedule.PolicyComparison;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerViewModelTest {

    Workspace ws;
    SchedulerViewModel vm;

    @BeforeEach
    void setUp() {
        ws = Workspace.inMemory();
        vm = new SchedulerViewModel(TaskRunner.direct(), () -> ws, w -> SampleIntensity.lookup());
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void starts_on_the_bundled_sample_files_with_the_eligibility_of_each_job() {
        vm.useSampleFiles();
        assertThat(vm.jobRows()).hasSize(8);
        assertThat(vm.jobRows()).filteredOn(r -> r.id().equals("batch-predict")).singleElement()
                .satisfies(r -> assertThat(r.eligible()).isEqualTo("no (hard deadline)"));
        assertThat(vm.jobRows()).filteredOn(r -> r.id().equals("train-rec-v3")).singleElement().satisfies(r -> {
            assertThat(r.eligible()).isEqualTo("yes");
            assertThat(r.maxDeferral()).isEqualTo("6 h");
            assertThat(r.schedule()).isEqualTo("weekly SUN 02:00");
        });
        assertThat(vm.thresholdProperty().get()).isEqualTo(80);
        assertThat(vm.errorProperty().get()).isFalse();
    }

    @Test
    void a_replay_of_the_sample_quarter_fills_the_tiles_records_and_policies_and_saves_the_records() {
        vm.useSampleFiles();
        vm.replay();
        assertThat(vm.errorProperty().get()).as(vm.messageProperty().get()).isFalse();
        assertThat(vm.records()).isNotEmpty();
        assertThat(vm.records()).allSatisfy(r -> assertThat(r.policy()).isEqualTo(Policy.THRESHOLD));
        // 92 days × 4 daily jobs, 13 Sundays × 3 weekly jobs, 3 monthly runs
        assertThat(vm.records().size()).isEqualTo(92 * 4 + 13 * 3 + 3);
        assertThat(vm.deferredTileProperty().get()).contains("of").contains("flexible");
        assertThat(vm.savedTileProperty().get()).endsWith(" kgCO2e / month");
        assertThat(vm.savedPerMonth()).hasSize(3);
        assertThat(vm.reductionTileProperty().get()).endsWith("%");
        assertThat(vm.policyGroups()).startsWith(PolicyComparison.ALL, PolicyComparison.FLEXIBLE, PolicyComparison.HARD);
        assertThat(vm.policyRows()).extracting(PolicyComparison.Row::policy).containsExactly(Policy.values());
        assertThat(vm.curveProperty().get()).isNotNull();
        String id = vm.savedReplayIdProperty().get();
        assertThat(id).startsWith("threshold 2026-08-01..2026-11-01 @");
        assertThat(vm.messageProperty().get()).contains("saved in the workspace");
        assertThat(vm.warnings()).anySatisfy(w -> assertThat(w).contains("europe-west1"));
        try {
            assertThat(JobMetricsStore.count(ws, id)).isEqualTo(vm.records().size());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_new_screen_opens_on_the_latest_saved_replay_with_the_tiles_it_had() {
        vm.useSampleFiles();
        vm.policyProperty().set(Policy.OPTIMAL);
        vm.replay();
        List<String> tiles = List.of(vm.savedTileProperty().get(), vm.savedDetailProperty().get(),
                vm.deferredTileProperty().get(), vm.deferredDetailProperty().get(), vm.reductionTileProperty().get(),
                vm.reductionDetailProperty().get(), vm.delayTileProperty().get(), vm.delayDetailProperty().get());
        int runs = vm.records().size();

        SchedulerViewModel reopened = new SchedulerViewModel(TaskRunner.direct(), () -> ws, w -> SampleIntensity.lookup());
        assertThat(reopened.savedTileProperty().get()).isEqualTo("–");
        reopened.useSampleFiles();
        reopened.loadSaved();
        assertThat(reopened.errorProperty().get()).as(reopened.messageProperty().get()).isFalse();
        assertThat(List.of(reopened.savedTileProperty().get(), reopened.savedDetailProperty().get(),
                reopened.deferredTileProperty().get(), reopened.deferredDetailProperty().get(),
                reopened.reductionTileProperty().get(), reopened.reductionDetailProperty().get(),
                reopened.delayTileProperty().get(), reopened.delayDetailProperty().get())).isEqualTo(tiles);
        assertThat(reopened.records()).hasSize(runs);
        assertThat(reopened.policyProperty().get()).isEqualTo(Policy.OPTIMAL);
        assertThat(reopened.savedReplayIdProperty().get()).isEqualTo(vm.savedReplayIdProperty().get());
        assertThat(reopened.messageProperty().get()).contains("latest replay saved in this workspace")
                .contains("Press Replay");
        reopened.selectedProperty().set(reopened.records().getFirst());
        assertThat(reopened.explanationProperty().get()).contains("read back from job_metrics").doesNotContain("NaN");
    }

    @Test
    void the_replay_read_back_from_the_workspace_exports_the_same_csv_as_the_replay_that_saved_it(@TempDir Path dir)
            throws Exception {
        vm.useSampleFiles();
        vm.replay();
        Path fresh = dir.resolve("fresh.csv");
        vm.exportCsv(fresh);

        SchedulerViewModel reopened = new SchedulerViewModel(TaskRunner.direct(), () -> ws, w -> SampleIntensity.lookup());
        reopened.useSampleFiles();
        reopened.loadSaved();
        assertThat(reopened.resultProperty().get()).as("nothing replayed here").isNull();
        Path readBack = dir.resolve("read-back.csv");
        reopened.exportCsv(readBack);
        assertThat(reopened.errorProperty().get()).as(reopened.messageProperty().get()).isFalse();
        assertThat(reopened.messageProperty().get()).contains("read back from job_metrics");
        assertThat(Files.readAllLines(readBack)).first().asString()
                .isEqualTo(String.join(",", dev.greenops.model.schedule.JobMetricsCsv.COLUMNS));
        // row for row the same text; runs submitted at the same instant come back ordered by job id
        assertThat(Files.readAllLines(readBack).stream().sorted().toList())
                .isEqualTo(Files.readAllLines(fresh).stream().sorted().toList());
    }

    @Test
    void the_replay_read_back_is_drawn_over_the_workspace_intensity_and_says_what_job_metrics_does_not_keep() {
        vm.useSampleFiles();
        vm.replay();
        SchedulerViewModel reopened = new SchedulerViewModel(TaskRunner.direct(), () -> ws, w -> SampleIntensity.lookup());
        assertThat(reopened.timelineProperty().get()).isNull();
        reopened.useSampleFiles();
        reopened.loadSaved();

        TimelineData t = reopened.timelineProperty().get();
        assertThat(t).isNotNull();
        assertThat(t.records()).hasSize(vm.records().size());
        assertThat(t.from()).isEqualTo(java.time.Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(t.to()).isEqualTo(java.time.Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(t.curve()).isNotNull();
        assertThat(t.curve().source()).isEqualTo(SampleIntensity.SOURCE);
        assertThat(t.thresholdGPerKwh()).as("the threshold is not stored: no line").isNaN();
        // lanes in the jobs file's order, as a fresh replay draws them
        assertThat(t.lanes()).isEqualTo(vm.timelineProperty().get().lanes().stream()
                .filter(id -> t.records().stream().anyMatch(r -> r.jobId().equals(id))).toList());
        // the run length is not in job_metrics: the jobs file's is used, so each bar is as long as the fresh one
        JobRecord fresh = vm.records().stream().filter(r -> r.jobId().equals("train-rec-v3")).findFirst().orElseThrow();
        JobRecord back = t.records().stream().filter(r -> r.jobId().equals("train-rec-v3")).findFirst().orElseThrow();
        assertThat(back.trace().durationH()).isNaN();
        assertThat(t.runEnd(back)).isEqualTo(fresh.runEnd());
        assertThat(t.note()).contains("Read back from job_metrics ('" + vm.savedReplayIdProperty().get() + "')", "not the threshold, the run lengths or"
                + " the reasons", "run lengths from jobs.yaml;", "europe-west3's intensity in this workspace (" + SampleIntensity.SOURCE + ")");
    }

    @Test
    void a_read_back_replay_without_intensity_in_the_workspace_is_drawn_without_a_curve_and_says_so() {
        vm.useSampleFiles();
        vm.replay();
        SchedulerViewModel reopened = new SchedulerViewModel(TaskRunner.direct(), () -> ws,
                w -> (region, from, to) -> java.util.Optional.empty());
        reopened.loadSaved(); // no jobs file read either
        TimelineData t = reopened.timelineProperty().get();
        assertThat(reopened.errorProperty().get()).as(reopened.messageProperty().get()).isFalse();
        assertThat(t.curve()).isNull();
        assertThat(t.note()).contains("no intensity series for europe-west3 from 2026-08-01 to 2026-10-31",
                "each run is a 15-minute mark (no jobs file is read)");
        JobRecord any = t.records().getFirst();
        assertThat(t.runEnd(any)).isEqualTo(any.dispatchTs().plus(java.time.Duration.ofMinutes(15)));
    }

    @Test
    void a_workspace_without_a_saved_replay_keeps_the_empty_tiles() {
        vm.useSampleFiles();
        vm.loadSaved();
        assertThat(vm.savedTileProperty().get()).isEqualTo("–");
        assertThat(vm.records()).isEmpty();
    }

    @Test
    void switching_the_policy_shows_its_records_without_replaying() {
        vm.useSampleFiles();
        vm.replay();
        String thresholdTile = vm.reductionTileProperty().get();
        vm.policyProperty().set(Policy.ORACLE);
        assertThat(vm.records()).allSatisfy(r -> assertThat(r.policy()).isEqualTo(Policy.ORACLE));
        assertThat(vm.records()).noneMatch(r -> r.decision() == Decision.FORCED_AT_EXPIRY);
        assertThat(vm.reductionTileProperty().get()).isNotEqualTo(thresholdTile);
        vm.policyGroupProperty().set("feature-backfill");
        assertThat(vm.policyRows()).allSatisfy(r -> assertThat(r.group()).isEqualTo("feature-backfill"));
    }

    @Test
    void selecting_a_record_spells_out_its_arithmetic() {
        vm.useSampleFiles();
        vm.replay();
        JobRecord r = vm.records().stream().filter(x -> x.jobId().equals("vector-reindex")).findFirst().orElseThrow();
        vm.selectedProperty().set(r);
        assertThat(vm.explanationProperty().get()).contains("vector-reindex", "Baseline (run at submission",
                "1.8 kWh ×", "Saved: ", "Intensity source: " + SampleIntensity.SOURCE);
    }

    @Test
    void exports_the_records_as_job_metrics_csv(@TempDir Path dir) throws Exception {
        vm.useSampleFiles();
        vm.replay();
        Path out = dir.resolve("job_metrics.csv");
        vm.exportCsv(out);
        assertThat(Files.readAllLines(out)).hasSize(vm.records().size() + 1).first().asString().startsWith("job_id,job_class");
        assertThat(vm.messageProperty().get()).contains("Wrote");
    }

    @Test
    void a_broken_configuration_is_reported_with_file_line_and_column(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("carbon-aware-scheduler.yaml"),
                "threshold_g_per_kwh: 80\nregions: [europe-west3]\nthreshhold: 3\n");
        Path jobs = Files.writeString(dir.resolve("jobs.yaml"), "- id: a\n");
        vm.configFileProperty().set(config);
        vm.jobsFileProperty().set(jobs);
        assertThat(vm.loadFiles()).isFalse();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("carbon-aware-scheduler.yaml:3:1: unknown key 'threshhold'");
    }

    @Test
    void choosing_forecasts_from_a_file_without_one_in_the_configuration_says_what_to_add() {
        vm.useSampleFiles();
        vm.forecastProperty().set(dev.greenops.model.schedule.ForecastSource.FILE);
        vm.replay();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("forecast: { source: file, file: ... }");
        assertThat(vm.resultProperty().get()).isNull();
    }

    @Test
    void a_cancelled_replay_leaves_the_screen_ready_and_saves_nothing() throws Exception {
        SchedulerViewModel cancelled = new SchedulerViewModel(TaskRunner.direct(), () -> ws, w -> (region, from, to) -> {
            throw new dev.greenops.model.common.CancelledException();
        });
        cancelled.useSampleFiles();
        cancelled.replay();
        assertThat(cancelled.busyProperty().get()).isFalse();
        assertThat(cancelled.messageProperty().get()).isEqualTo("Replay cancelled; nothing was saved.");
        assertThat(cancelled.resultProperty().get()).isNull();
        assertThat(ws.count("job_metrics")).isZero();
    }

    @Test
    void on_a_first_start_workspace_the_replay_reads_the_sample_quarter_from_the_workspace() throws Exception {
        try (Workspace sample = Workspace.inMemory()) {
            dev.greenops.model.sample.SampleLoader.standard().load(sample,
                    dev.greenops.model.store.AppPaths.sampleDataDir().orElseThrow(),
                    dev.greenops.model.common.ProgressListener.NONE);
            SchedulerViewModel model = new SchedulerViewModel(TaskRunner.direct(), () -> sample,
                    dev.greenops.model.schedule.ScheduleSources::workspace);
            model.useSampleFiles();
            model.replay();
            assertThat(model.errorProperty().get()).as(model.messageProperty().get()).isFalse();
            assertThat(model.records().size()).isEqualTo(92 * 4 + 13 * 3 + 3);
            assertThat(model.records().getFirst().intensitySource())
                    .isEqualTo("electricitymaps:DE:2023-hourly:direct shifted +156 weeks (SAMPLE)");
            // the other regions hold only annual averages: a floor, never a reason to move a job
            assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains(
                    "europe-west1 has only an estimated series (gcp:annual-average", "does not migrate"));
            assertThat(model.records()).noneMatch(r -> r.decision() == Decision.MIGRATED);
        }
    }

    @Test
    void the_analysts_overrides_change_the_replay_but_not_the_files() {
        vm.useSampleFiles();
        vm.thresholdProperty().set(250);
        vm.replay();
        assertThat(vm.resultProperty().get().request().config().thresholdGPerKwh()).isEqualTo(250);
        assertThat(vm.records()).anyMatch(r -> r.decision() == Decision.DEFERRED || r.decision() == Decision.IMMEDIATE);
        assertThat(vm.fileConfigProperty().get().thresholdGPerKwh()).isEqualTo(80);
    }
}
