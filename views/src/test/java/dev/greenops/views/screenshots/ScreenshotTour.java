package dev.greenops.views.screenshots;

import dev.greenops.model.ledger.explore.Dimension;
import dev.greenops.model.ledger.explore.TimeGrain;
import dev.greenops.views.intensity.IntensityView;
import dev.greenops.views.ledger.LedgerView;
import dev.greenops.views.scheduler.SchedulerView;
import dev.greenops.views.shell.Area;
import dev.greenops.views.testing.FxExceptions;
import dev.greenops.views.testing.Screenshots;
import dev.greenops.views.testing.TestLedgerImporter;
import dev.greenops.views.testing.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of every screen, light and dark, into the folder named by {@code -Dgreenops.screenshots=DIR} (skipped
 * otherwise). Each area adds its own shots here (or in a test of its own using {@link Workbench} and
 * {@link Screenshots#shoot}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = Screenshots.PROPERTY, matches = ".+")
class ScreenshotTour {

    Workbench bench;
    FxExceptions fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = FxExceptions.install();
        bench = Workbench.start(stage);
    }

    /** A screenshot of a screen that threw on the way is not a picture of a working screen. */
    @AfterEach
    void nothing_was_thrown_on_the_fx_thread() {
        try {
            fx.assertNone("while the screenshots were taken");
        } finally {
            fx.close();
        }
    }

    private void show(FxRobot robot, Area area) {
        robot.interact(() -> bench.window.show(area));
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    private LedgerView ledger() {
        return (LedgerView) bench.window.screen(Area.LEDGER);
    }

    @Test
    void overview_and_not_built_screens(FxRobot robot) {
        // the sample quarter typed into the top bar: the overview's own default period, with both dates on show
        robot.interact(() -> {
            bench.context.rangeFromProperty().set(LocalDate.of(2026, 8, 1));
            bench.context.rangeToProperty().set(LocalDate.of(2026, 10, 31));
        });
        show(robot, Area.OVERVIEW);
        Screenshots.shoot(robot, bench, "overview");
        for (Area area : List.of(Area.TRADEOFFS, Area.DISCLOSURES)) {
            show(robot, area);
            Screenshots.shoot(robot, bench, "notbuilt-" + area.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void ledger_screens(FxRobot robot) throws Exception {
        show(robot, Area.LEDGER);
        robot.interact(() -> {
            ledger().viewModel().groupByProperty().set(Dimension.TEAM);
            ledger().viewModel().grainProperty().set(TimeGrain.WEEK);
        });
        Screenshots.shoot(robot, bench, "ledger-pivot");
        robot.interact(() -> {
            ledger().viewModel().groupByProperty().set(Dimension.GPU_TYPE);
            ledger().viewModel().grainProperty().set(TimeGrain.DAY);
        });
        Screenshots.shoot(robot, bench, "ledger-pivot-days");
        robot.interact(() -> {
            ledger().viewModel().groupByProperty().set(Dimension.TEAM);
            ledger().viewModel().grainProperty().set(TimeGrain.WEEK);
        });

        TableView<?> pivot = robot.lookup("#ledger-pivot").query();
        robot.interact(() -> pivot.getSelectionModel().select(3));
        TableView<?> rows = robot.lookup("#ledger-rows").query();
        robot.interact(() -> rows.getSelectionModel().selectRange(0, 3));
        Screenshots.shoot(robot, bench, "ledger-drilldown");

        robot.interact(() -> ledger().tabs().getSelectionModel().select(1));
        Screenshots.shoot(robot, bench, "ledger-quality");

        robot.interact(() -> {
            ledger().tabs().getSelectionModel().select(2);
            ledger().sqlViewModel().run();
        });
        Screenshots.shoot(robot, bench, "ledger-sql");
        robot.interact(() -> {
            ledger().sqlViewModel().textProperty().set("copy ledger to '/tmp/ledger.csv'");
            ledger().sqlViewModel().run();
        });
        Screenshots.shoot(robot, bench, "ledger-sql-refused");
    }

    @Test
    void import_sheet(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("greenops-shots");
        Path good = TestLedgerImporter.writeLedger(dir.resolve("ufms-003-extra.csv"), "search", 12);
        Path odd = Files.writeString(dir.resolve("notes.csv"), "when,what\n2026-08-01,meeting\n");
        show(robot, Area.LEDGER);
        robot.interact(() -> bench.window.importFiles(List.of(good, odd)));
        WaitForAsyncUtils.waitForFxEvents(8);
        Screenshots.shoot(robot, bench, "import-preview");
    }

    @Test
    void intensity_screens(FxRobot robot) {
        show(robot, Area.INTENSITY);
        IntensityView view = (IntensityView) bench.window.screen(Area.INTENSITY);
        TabPane tabs = robot.lookup("#intensity-tabs").query();
        if (bench.sampleData) {
            // the screen opens where the sample ledger's hourly data is: europe-west3 in the sample quarter
            org.assertj.core.api.Assertions.assertThat(view.model().selectedRegions()).containsExactly("europe-west3");
            org.assertj.core.api.Assertions.assertThat(view.model().dayProperty().get())
                    .isBetween(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31));
        }
        robot.interact(() -> {
            view.model().show(List.of("europe-west3"), LocalDate.of(2026, 8, 4));
            view.model().thresholdProperty().set(150);
            view.model().jobDurationProperty().set("3h");
            view.model().findWindow();
            tabs.getSelectionModel().select(2);
        });
        Screenshots.shoot(robot, bench, "intensity-profile");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Screenshots.shoot(robot, bench, "intensity-typical");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Screenshots.shoot(robot, bench, "intensity-year");
        robot.interact(() -> {
            view.model().show(List.of("europe-west3", "us-central1"), LocalDate.of(2026, 8, 4));
            view.model().thresholdProperty().set(250);
            tabs.getSelectionModel().select(2);
        });
        Screenshots.shoot(robot, bench, "intensity-overlay");
        robot.interact(() -> tabs.getSelectionModel().select(3));
        Screenshots.shoot(robot, bench, "intensity-sources");
        robot.interact(() -> {
            view.model().show(List.of("europe-west3"), LocalDate.of(2026, 12, 5));
            tabs.getSelectionModel().select(1);
        });
        Screenshots.shoot(robot, bench, "intensity-no-data");
    }

    @Test
    void scheduler_screens(FxRobot robot) {
        show(robot, Area.SCHEDULER);
        SchedulerView view = (SchedulerView) bench.window.screen(Area.SCHEDULER);
        TabPane tabs = robot.lookup("#sched-tabs").query();
        // as it opens: the sample workspace's saved replay in the tiles and the records
        robot.interact(() -> tabs.getSelectionModel().select(2));
        Screenshots.shoot(robot, bench, "scheduler-opened");
        // the saved replay's runs over the workspace's intensity, with what job_metrics does not keep said
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Screenshots.shoot(robot, bench, "scheduler-opened-timeline");
        robot.interact(() -> {
            tabs.getSelectionModel().select(0);
            view.viewModel().replay();
            view.viewModel().records().stream().filter(r -> r.jobId().equals("train-rec-v3")).findFirst()
                    .ifPresent(r -> view.viewModel().selectedProperty().set(r));
        });
        Screenshots.shoot(robot, bench, "scheduler-timeline");
        robot.interact(() -> {
            tabs.getSelectionModel().select(1);
            view.viewModel().policyGroupProperty().set("flexible (soft)");
        });
        Screenshots.shoot(robot, bench, "scheduler-policies");
        robot.interact(() -> tabs.getSelectionModel().select(2));
        Screenshots.shoot(robot, bench, "scheduler-records");
    }
}
