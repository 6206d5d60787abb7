package dev.greenops.views.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.schedule.Decision;
import dev.greenops.model.schedule.JobRecord;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.NodeSnapshots;
import dev.greenops.views.common.TaskRunner;
import dev.greenops.views.theme.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
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
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // another test class started the toolkit
        }
        ws = Workspace.inMemory();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    static SchedulerView replayedView() {
        SchedulerViewModel vm = new SchedulerViewModel(TaskRunner.direct(), () -> ws, w -> SampleIntensity.lookup());
        SchedulerView view = new SchedulerView(vm);
        vm.useSampleFiles();
        vm.replay();
        return view;
    }

    @Test
    void after_a_replay_the_screen_shows_tiles_timeline_policies_records_and_a_records_arithmetic() throws Exception {
        AtomicReference<String> explanation = new AtomicReference<>();
        onFx(() -> {
            SchedulerView view = replayedView();
            Scene scene = new Scene(view, 1600, 1000);
            Theme.LIGHT.apply(scene);
            view.applyCss();
            view.layout();
            assertThat(view.timeline.viewer.getChart()).isNotNull();
            assertThat(view.policies.chart.getChart()).isNotNull();
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
            onFx(() -> {
                SchedulerView view = replayedView();
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
