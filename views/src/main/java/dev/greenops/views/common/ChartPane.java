package dev.greenops.views.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * A JFreeChart-FX chart as every screen shows one: styled for the current theme (restyled when it changes), a plain
 * message instead of an empty plot, a click handler for drill-downs, and Copy / Save PNG / Save SVG on right-click.
 */
public final class ChartPane extends StackPane {

    public static final int MIN_EXPORT_WIDTH = 800;
    public static final int MIN_EXPORT_HEIGHT = 500;

    private final AppContext context;
    private final String baseName;
    private final ChartViewer viewer = new ChartViewer(null, false);
    private final Label message = new Label();
    private Consumer<ChartEntity> onClick = e -> {};

    /** @param baseName the suggested file name (without extension) when saving */
    public ChartPane(AppContext context, String baseName) {
        this.context = context;
        this.baseName = baseName;
        getStyleClass().add("app-chart");
        message.getStyleClass().add("app-chart-message");
        message.setWrapText(true);
        viewer.setVisible(false);
        getChildren().addAll(viewer, message);
        setMinSize(200, 150);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getTrigger().getButton() == javafx.scene.input.MouseButton.PRIMARY && event.getEntity() != null) {
                    onClick.accept(event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                viewer.setCursor(event.getEntity() instanceof org.jfree.chart.entity.CategoryItemEntity
                                || event.getEntity() instanceof org.jfree.chart.entity.XYItemEntity
                        ? javafx.scene.Cursor.HAND
                        : javafx.scene.Cursor.DEFAULT);
            }
        });
        ContextMenu menu = new ContextMenu(
                item("Copy", "chart-copy", this::copy),
                item("Save PNG\u2026", "chart-save-png", () -> save("png")),
                item("Save SVG\u2026", "chart-save-svg", () -> save("svg")));
        viewer.setOnContextMenuRequested(e -> {
            if (chart() != null) {
                menu.show(viewer, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        context.themeProperty().addListener((obs, old, theme) -> restyle());
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Shows {@code chart}, styled for the current theme. */
    public void setChart(JFreeChart chart) {
        ChartStyle.apply(chart, context.themeProperty().get());
        viewer.setChart(chart);
        viewer.setVisible(true);
        message.setVisible(false);
    }

    /** Shows {@code text} instead of a chart (no data, still loading). */
    public void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        viewer.setVisible(false);
    }

    public JFreeChart chart() {
        return viewer.isVisible() ? viewer.getChart() : null;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** Called with the entity (a bar, a point, a legend item) the user clicked. */
    public void setOnEntityClicked(Consumer<ChartEntity> handler) {
        this.onClick = handler == null ? e -> {} : handler;
    }

    private void restyle() {
        JFreeChart chart = chart();
        if (chart != null) {
            ChartStyle.apply(chart, context.themeProperty().get());
        }
    }

    private int exportWidth() {
        return Math.max(MIN_EXPORT_WIDTH, (int) Math.round(getWidth()));
    }

    private int exportHeight() {
        return Math.max(MIN_EXPORT_HEIGHT, (int) Math.round(getHeight()));
    }

    public void copy() {
        JFreeChart chart = chart();
        if (chart != null) {
            ChartExport.copy(chart, exportWidth(), exportHeight());
            context.notify(Notice.info("Chart copied to the clipboard as an image"));
        }
    }

    /** Asks for a file and saves the chart as {@code png} or {@code svg}. */
    public void save(String format) {
        JFreeChart chart = chart();
        if (chart == null) {
            return;
        }
        FilePrompts.Filter filter = format.equals("svg") ? FilePrompts.SVG : FilePrompts.PNG;
        Optional<Path> file = context.files().save("Save chart as " + format.toUpperCase(java.util.Locale.ROOT),
                baseName + "." + format, List.of(filter));
        file.ifPresent(f -> saveTo(f, format));
    }

    /** Saves the chart as {@code format} to {@code file}, telling the user what happened. */
    public void saveTo(Path file, String format) {
        JFreeChart chart = chart();
        if (chart == null) {
            return;
        }
        try {
            if (format.equals("svg")) {
                ChartExport.saveSvg(chart, file, exportWidth(), exportHeight());
            } else {
                ChartExport.savePng(chart, file, exportWidth(), exportHeight());
            }
            context.notify(Notice.success("Chart saved", file.toString()));
        } catch (java.io.IOException e) {
            context.notify(Notice.error("Could not save the chart", e));
        }
    }
}
