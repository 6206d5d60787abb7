package dev.greenops.views.intensity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenops.model.store.UserSettings;
import dev.greenops.model.store.Workspace;
import dev.greenops.views.common.AppContext;
import dev.greenops.views.common.NodeSnapshots;
import dev.greenops.views.common.TaskRunner;
import dev.greenops.views.shell.Area;
import dev.greenops.views.shell.MainWindow;
import dev.greenops.views.testing.Fx;
import dev.greenops.views.theme.Theme;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Intensity screen in a real (headless) window: charts drawn, threshold dragged, screenshots taken. */
class IntensityViewTest {

    static final Path SHOTS = Path.of(System.getProperty("greenops.project.dir", "."), "views", "target", "screenshots");

    static Workspace ws;

    @BeforeAll
    static void data(@TempDir Path dir) throws Exception {
        ws = IntensityTestData.workspace(dir);
        Fx.start();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    record Shown(Stage stage, Scene scene, MainWindow window, IntensityView view) {}

    static Shown show(Theme theme) {
        AppContext context = new AppContext(ws, TaskRunner.direct(), new UserSettings());
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1440, 900);
        window.install(scene);
        window.themeProperty().set(theme);
        window.show(Area.INTENSITY);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        IntensityView view = (IntensityView) window.screen(Area.INTENSITY);
        return new Shown(stage, scene, window, view);
    }

    @Test
    void the_screen_replaces_the_not_built_placeholder_and_draws_de_with_its_window() throws Exception {
        Fx.call(() -> {
            Shown s = show(Theme.LIGHT);
            s.view().model().show(List.of("DE"), LocalDate.parse("2023-06-01"));
            s.view().model().thresholdProperty().set(150);
            s.scene().snapshot(null);
            XYPlot plot = (XYPlot) s.view().profileChart().pane().chart().getPlot();
            assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(1);
            assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
            assertThat(s.scene().lookup("#intensity-threshold")).isNotNull();
            assertThat(s.scene().lookup("#not-built-intensity")).isNull();
            s.stage().close();
            return null;
        });
    }

    @Test
    void dragging_the_dashed_line_changes_the_threshold_and_the_windows() throws Exception {
        Fx.call(() -> {
            Shown s = show(Theme.LIGHT);
            s.view().model().show(List.of("DE"), LocalDate.parse("2023-06-01"));
            s.view().model().thresholdProperty().set(150);
            s.scene().snapshot(null);
            ChartCanvas canvas = s.view().profileChart().pane().viewer().getCanvas();
            XYPlot plot = (XYPlot) s.view().profileChart().pane().chart().getPlot();
            Rectangle2D area = s.view().profileChart().pane().viewer().getRenderingInfo().getPlotInfo().getDataArea();
            double x = area.getCenterX();
            double y = plot.getRangeAxis().valueToJava2D(150, area, plot.getRangeAxisEdge());
            double target = plot.getRangeAxis().valueToJava2D(210, area, plot.getRangeAxisEdge());
            Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_PRESSED, x, y, true));
            Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_DRAGGED, x, target, true));
            Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_RELEASED, x, target, false));
            assertThat(s.view().model().thresholdProperty().get()).isBetween(205.0, 215.0);
            assertThat(s.view().model().windows()).hasSizeGreaterThan(1);
            s.stage().close();
            return null;
        });
    }

    @Test
    void the_read_out_names_value_source_signal_basis_and_whether_estimated() throws Exception {
        Fx.call(() -> {
            Shown s = show(Theme.LIGHT);
            s.view().model().show(List.of("DE"), LocalDate.parse("2023-06-01"));
            String text = s.view().profileChart().describe(Instant.parse("2023-06-01T11:30:00Z"));
            assertThat(text).isEqualTo("DE 11:00–12:00 UTC: 129.79 g/kWh (average, direct, measured;"
                    + " electricitymaps:DE:2023-hourly:direct)");
            s.stage().close();
            return null;
        });
    }

    @Test
    void a_selected_chip_is_filled_and_checked_and_an_unselected_one_is_an_outline_in_both_themes() throws Exception {
        for (Theme theme : Theme.values()) {
            Fx.call(() -> {
                Shown s = show(theme);
                s.view().model().show(List.of("europe-west3"), LocalDate.parse("2026-08-04"));
                s.scene().snapshot(null);
                var on = (javafx.scene.control.ToggleButton) s.scene().lookup("#chip-europe-west3");
                var off = (javafx.scene.control.ToggleButton) s.scene().lookup("#chip-DE");
                assertThat(on.isSelected()).isTrue();
                assertThat(on.getText()).isEqualTo("✓ europe-west3 · SAMPLE");
                assertThat(off.isSelected()).isFalse();
                assertThat(off.getText()).isEqualTo("DE");
                var onFill = on.getBackground().getFills().getFirst().getFill();
                var offFill = off.getBackground() == null || off.getBackground().getFills().isEmpty()
                        ? javafx.scene.paint.Color.TRANSPARENT : off.getBackground().getFills().getFirst().getFill();
                assertThat(((javafx.scene.paint.Color) onFill).getOpacity()).isEqualTo(1.0);
                assertThat(((javafx.scene.paint.Color) offFill).getOpacity()).isZero();
                s.stage().close();
                return null;
            });
        }
    }

    @Test
    void a_day_without_data_shows_the_reason_instead_of_a_chart_clears_the_read_out_and_opens_the_nearest_day()
            throws Exception {
        Fx.call(() -> {
            Shown s = show(Theme.DARK);
            ProfileChart chart = s.view().profileChart();
            s.view().model().show(List.of("europe-west3"), LocalDate.parse("2026-08-04"));
            chart.readout().setText(chart.describe(Instant.parse("2026-08-04T11:30:00Z")));
            s.view().model().show(List.of("europe-west3"), LocalDate.parse("2026-12-05"));
            assertThat(chart.pane().shownMessage()).contains("No intensity data for europe-west3 on 2026-12-05: its"
                    + " series covers 2026-07-31 to 2026-11-01; the nearest day with data is 2026-11-01.");
            assertThat(chart.pane().viewer().isVisible()).isFalse();
            assertThat(chart.readout().getText()).isBlank();
            var nearest = (javafx.scene.control.Button) s.scene().lookup("#intensity-nearest-day");
            assertThat(nearest.isVisible()).isTrue();
            nearest.fire();
            assertThat(s.view().model().dayProperty().get()).isEqualTo(LocalDate.parse("2026-11-01"));
            assertThat(chart.pane().shownMessage()).isEmpty();
            assertThat(nearest.isVisible()).isFalse();
            s.stage().close();
            return null;
        });
    }

    @Test
    void the_heatmap_shows_the_months_with_data_by_default_or_the_whole_year_and_a_click_opens_that_day()
            throws Exception {
        Fx.call(() -> {
            Shown s = show(Theme.LIGHT);
            s.view().model().show(List.of("europe-west3"), LocalDate.parse("2026-08-04"));
            ((TabPane) s.view().tabs()).getSelectionModel().select(1);
            s.scene().snapshot(null);
            var pane = (dev.greenops.views.common.ChartPane) s.scene().lookup("#intensity-year-heatmap");
            XYPlot plot = (XYPlot) pane.chart().getPlot();
            assertThat(plot.getDomainAxis().getLowerBound()).isEqualTo(ms("2026-08-01"));
            assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(ms("2026-11-01"));
            assertThat(plot.getDomainAxis().getLabel()).isEqualTo("day (2026-08 to 2026-10)");

            // a click on the cell of 2026-09-15, 05:00 opens that day's profile
            Rectangle2D area = pane.viewer().getRenderingInfo().getPlotInfo().getDataArea();
            double x = plot.getDomainAxis().valueToJava2D(ms("2026-09-15") + 43_200_000d, area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().valueToJava2D(5.5, area, plot.getRangeAxisEdge());
            ChartCanvas canvas = pane.viewer().getCanvas();
            Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_PRESSED, x, y, true));
            Event.fireEvent(canvas, mouse(canvas, MouseEvent.MOUSE_RELEASED, x, y, false));
            Event.fireEvent(canvas, new MouseEvent(MouseEvent.MOUSE_CLICKED, canvas.localToScene(x, y).getX(),
                    canvas.localToScene(x, y).getY(), canvas.localToScene(x, y).getX(), canvas.localToScene(x, y).getY(),
                    MouseButton.PRIMARY, 1, false, false, false, false, false, false, false, false, true, true, null));
            assertThat(s.view().model().dayProperty().get()).isEqualTo(LocalDate.parse("2026-09-15"));

            ((javafx.scene.control.ToggleButton) s.scene().lookup("#intensity-heatmap-year")).fire();
            plot = (XYPlot) pane.chart().getPlot();
            assertThat(plot.getDomainAxis().getLowerBound()).isEqualTo(ms("2026-01-01"));
            assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(ms("2027-01-01"));
            assertThat(plot.getDomainAxis().getLabel()).isEqualTo("day (2026)");
            s.stage().close();
            return null;
        });
    }

    private static double ms(String day) {
        return LocalDate.parse(day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Test
    void screenshots_in_light_and_dark() throws Exception {
        Files.createDirectories(SHOTS);
        for (Theme theme : Theme.values()) {
            String name = theme == Theme.DARK ? "dark" : "light";
            Fx.call(() -> {
                Shown s = show(theme);
                s.view().model().show(List.of("DE"), LocalDate.parse("2023-06-01"));
                s.view().model().thresholdProperty().set(150);
                s.view().model().jobDurationProperty().set("3h");
                s.view().model().findWindow();
                ((TabPane) s.view().tabs()).getSelectionModel().select(2);
                NodeSnapshots.savePng(s.scene(), SHOTS.resolve("intensity-profile-" + name + ".png"));
                ((TabPane) s.view().tabs()).getSelectionModel().select(1);
                NodeSnapshots.savePng(s.scene(), SHOTS.resolve("intensity-year-" + name + ".png"));
                s.view().model().show(List.of("europe-west3", "us-central1"), LocalDate.parse("2026-08-03"));
                s.view().model().thresholdProperty().set(250);
                ((TabPane) s.view().tabs()).getSelectionModel().select(0);
                NodeSnapshots.savePng(s.scene(), SHOTS.resolve("intensity-overlay-" + name + ".png"));
                ((TabPane) s.view().tabs()).getSelectionModel().select(3);
                NodeSnapshots.savePng(s.scene(), SHOTS.resolve("intensity-sources-" + name + ".png"));
                s.stage().close();
                return null;
            });
            assertThat(SHOTS.resolve("intensity-profile-" + name + ".png")).isNotEmptyFile();
        }
    }

    /** A mouse event at canvas-local {@code (x, y)}; JavaFX re-derives local coordinates from the scene ones. */
    static MouseEvent mouse(ChartCanvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y, boolean primaryDown) {
        javafx.geometry.Point2D scene = canvas.localToScene(x, y);
        return new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), MouseButton.PRIMARY, 1, false,
                false, false, false, primaryDown, false, false, false, false, false, null);
    }
}
