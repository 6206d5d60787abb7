package dev.greenops.views.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.schedule.Decision;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.ChartStyle;
import dev.greenops.views.common.NodeSnapshots;
import dev.greenops.views.common.TaskRunner;
import dev.greenops.views.testing.Fx;
import dev.greenops.views.testing.FxExceptions;
import dev.greenops.views.testing.RecordingPrompts;
import dev.greenops.views.testing.TestContext;
import dev.greenops.views.theme.Theme;
import java.util.List;
import org.jfree.chart.JFreeChart;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The screen, built headless on the FX thread; screenshots land in target/screenshots for a person to look at. */
class SchedulerViewTest {

    static Workspace ws;

    @BeforeAll
    static void startFx() {
        Fx.start();
        ws = Workspace.inMemory();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static AppContext context() {
        return TestContext.of(ws, new RecordingPrompts());
    }

    /** The screen with the sample files read and nothing replayed, as it opens in the app. */
    static SchedulerView openedView(AppContext context) {
        SchedulerViewModel vm = new SchedulerViewModel(TaskRunner.direct(), () -> ws, w -> SampleIntensity.lookup());
        SchedulerView view = new SchedulerView(context, vm);
        vm.useSampleFiles();
        return view;
    }

    static SchedulerView replayedView() {
        return replayedView(context());
    }

    static SchedulerView replayedView(AppContext context) {
        SchedulerView view = openedView(context);
        view.viewModel().replay();
        return view;
    }

    @Test
    void opening_the_screen_throws_nothing_and_the_threshold_field_holds_decimals() throws Exception {
        try (FxExceptions fx = FxExceptions.install()) {
            Fx.call(() -> {
                SchedulerView view = openedView(context());
                new Scene(view, 1600, 1000);
                view.applyCss();
                view.layout();
                SchedulerViewModel vm = view.viewModel();
                vm.thresholdProperty().set(72.5);
                assertThat(view.config.threshold.getValue()).isEqualTo(72.5);
                assertThat(view.config.threshold.getEditor().getText()).isEqualTo("72.5");
                view.config.threshold.getEditor().setText("95.25");
                view.config.threshold.commitValue();
                assertThat(vm.thresholdProperty().get()).isEqualTo(95.25);
                // text that is no number leaves the threshold as it was (not zero, not an exception)
                view.config.threshold.getEditor().setText("ninety");
                view.config.threshold.commitValue();
                assertThat(vm.thresholdProperty().get()).isEqualTo(95.25);
                view.config.threshold.increment(1);
                assertThat(vm.thresholdProperty().get()).isEqualTo(100.25);
                view.config.concurrency.getEditor().setText("4");
                view.config.concurrency.commitValue();
                assertThat(vm.maxConcurrentProperty().get()).isEqualTo(4);
                return null;
            });
            fx.assertNone("while the Scheduler screen opened and its fields were edited");
        }
    }

    @Test
    void every_jobs_column_is_as_wide_as_its_header_and_longest_value() throws Exception {
        Fx.call(() -> {
            SchedulerView view = openedView(context());
            Scene scene = new Scene(view, 1440, 900);
            view.applyCss();
            view.layout();
            var jobs = view.config.jobs;
            assertThat(jobs.getItems()).isNotEmpty();
            for (var column : jobs.getColumns()) {
                double needed = width(scene, column.getText(), true);
                for (int i = 0; i < jobs.getItems().size(); i++) {
                    needed = Math.max(needed, width(scene, String.valueOf(column.getCellData(i)), false));
                }
                assertThat(column.getWidth()).as(column.getText()).isGreaterThanOrEqualTo(needed + 16);
            }
            return null;
        });
    }

    private static double width(Scene scene, String text, boolean bold) {
        javafx.scene.control.Label probe = new javafx.scene.control.Label(text);
        if (bold) {
            probe.setStyle("-fx-font-weight: bold;");
        }
        Scene scratch = new Scene(new javafx.scene.Group(probe));
        scratch.getStylesheets().setAll(scene.getStylesheets());
        probe.applyCss();
        return probe.prefWidth(-1);
    }

    @Test
    void opened_on_a_saved_replay_the_timeline_is_drawn_and_its_records_can_be_exported() throws Exception {
        try (FxExceptions fx = FxExceptions.install()) {
            Fx.call(() -> {
                replayedView(); // saves its records in the workspace
                SchedulerViewModel vm = new SchedulerViewModel(TaskRunner.direct(), () -> ws,
                        w -> SampleIntensity.lookup());
                SchedulerView view = new SchedulerView(context(), vm);
                vm.useSampleFiles();
                vm.loadSaved();
                new Scene(view, 1440, 900);
                view.applyCss();
                view.layout();
                assertThat(vm.resultProperty().get()).as("nothing replayed on this screen").isNull();
                assertThat(view.exportCsv.isDisabled()).isFalse();
                JFreeChart chart = view.timeline.chart.chart();
                assertThat(chart).isNotNull();
                var plot = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot();
                var lanes = plot.getSubplots().get(0).getDataset();
                var curve = plot.getSubplots().get(1).getDataset();
                assertThat(lanes.getItemCount(1)).as("running bars in the first week").isPositive();
                assertThat(curve.getItemCount(0)).as("the workspace's intensity under the lanes").isPositive();
                assertThat(plot.getSubplots().get(1).getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                        .as("no threshold line: job_metrics does not keep it").isNull();
                assertThat(view.timeline.note.isVisible()).isTrue();
                assertThat(view.timeline.note.getText()).startsWith("Read back from job_metrics");
                assertThat(view.timeline.range.getText()).isEqualTo("2026-08-01 – 2026-08-07 UTC");
                return null;
            });
            fx.assertNone("while a saved replay was opened");
        }
    }

    @Test
    void switching_the_theme_before_any_replay_throws_nothing_and_says_there_is_no_replay() throws Exception {
        try (FxExceptions fx = FxExceptions.install()) {
            Fx.call(() -> {
                AppContext context = context();
                SchedulerView view = openedView(context);
                Scene scene = new Scene(view, 1600, 1000);
                Theme.LIGHT.apply(scene);
                for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
                    context.themeProperty().set(theme);
                    theme.apply(scene);
                    view.applyCss();
                    view.layout();
                }
                assertThat(view.timeline.chart.chart()).isNull();
                assertThat(view.timeline.chart.shownMessage()).contains(TimelinePane.NO_REPLAY);
                assertThat(view.policies.chart.chart()).isNull();
                return null;
            });
            fx.assertNone("while the theme changed on a Scheduler screen without a replay");
        }
    }

    @Test
    void charts_follow_the_theme_and_export_with_their_legend() throws Exception {
        try (FxExceptions fx = FxExceptions.install()) {
            Fx.call(() -> {
                AppContext context = context();
                SchedulerView view = replayedView(context);
                new Scene(view, 1600, 1000);
                JFreeChart light = view.timeline.chart.chart();
                assertThat(light.getBackgroundPaint()).isEqualTo(ChartStyle.background(Theme.LIGHT));
                assertThat(light.getLegend()).as("the legend is drawn as JavaFX nodes on screen").isNull();
                assertThat(view.timeline.chart.legend().getChildren()).extracting(n -> ((Label) n).getText())
                        .contains("waiting", "running", "grid intensity");
                context.themeProperty().set(Theme.DARK);
                JFreeChart dark = view.timeline.chart.chart();
                assertThat(dark.getBackgroundPaint()).isEqualTo(ChartStyle.background(Theme.DARK));
                assertThat((boolean) view.timeline.chart.withLegend(c -> c.getLegend() != null)).isTrue();
                assertThat(dark.getLegend()).isNull();
                return null;
            });
            fx.assertNone("while a replayed Scheduler screen changed theme");
        }
    }

    @Test
    void after_a_replay_the_screen_shows_tiles_timeline_policies_records_and_a_records_arithmetic() throws Exception {
        AtomicReference<String> explanation = new AtomicReference<>();
        Fx.call(() -> {
            SchedulerView view = replayedView();
            Scene scene = new Scene(view, 1600, 1000);
            Theme.LIGHT.apply(scene);
            view.applyCss();
            view.layout();
            assertThat(view.timeline.chart.chart()).isNotNull();
            assertThat(view.policies.chart.chart()).isNotNull();
            assertThat(view.records.table.getItems()).isNotEmpty();
            assertThat(view.policies.table.getItems()).hasSize(5);
            assertThat(view.config.jobs.getItems()).hasSize(8);
            assertThat(((Label) view.lookup("#sched-tile-deferred-value")).getText()).contains("flexible");
            view.records.filter.setText("forced");
            assertThat(view.records.table.getItems()).allSatisfy(r -> assertThat(r.decision()).isEqualTo(Decision.FORCED_AT_EXPIRY));
            JobRecord r = view.records.table.getItems().getFirst();
            view.records.table.getSelectionModel().select(r);
            explanation.set(view.explanation.getText());
            return null;
        });
        assertThat(explanation.get()).contains("forced dispatch", "Saved:");
    }

    /** Slow (software rendering of six full-window snapshots): run with -Dgreenops.screenshots=true. */
    @Test
    @EnabledIfSystemProperty(named = "greenops.screenshots", matches = "true")
    void screenshots_in_light_and_dark() throws Exception {
        Path dir = Path.of("target", "screenshots");
        for (Theme theme : Theme.values()) {
            String name = theme.name().toLowerCase(java.util.Locale.ROOT);
            Fx.call(() -> {
                AppContext context = context();
                context.themeProperty().set(theme);
                SchedulerView view = replayedView(context);
                Scene scene = new Scene(view, 1680, 1000);
                theme.apply(scene);
                view.timeline.showWeek(LocalDate.of(2026, 8, 2));
                view.viewModel().selectedProperty().set(view.viewModel().records().stream()
                        .filter(x -> x.jobId().equals("train-rec-v3")).findFirst().orElseThrow());
                view.redrawCharts();
                view.applyCss();
                view.layout();
                NodeSnapshots.savePng(scene, dir.resolve("scheduler-timeline-" + name + ".png"));
                view.tabs.getSelectionModel().select(1);
                view.viewModel().policyGroupProperty().set("flexible (soft)");
                view.applyCss();
                view.layout();
                NodeSnapshots.savePng(scene, dir.resolve("scheduler-policies-" + name + ".png"));
                view.tabs.getSelectionModel().select(2);
                view.applyCss();
                view.layout();
                NodeSnapshots.savePng(scene, dir.resolve("scheduler-records-" + name + ".png"));
                return null;
            });
            assertThat(dir.resolve("scheduler-timeline-" + name + ".png")).exists();
        }
    }
}
