package dev.greenops.views.common;

import dev.greenops.views.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.title.LegendTitle;

/**
 * A JFreeChart-FX chart as every screen shows one: styled for the current theme (restyled, or rebuilt, when it
 * changes), a plain message instead of an empty plot or a missing chart, the legend as JavaFX nodes under the plot, a
 * click handler for drill-downs, and Copy / Save PNG / Save SVG (and, where a screen offers it, Export data as CSV) on
 * right-click. What is copied or saved is the chart as shown, with its legend drawn by JFreeChart.
 */
public final class ChartPane extends BorderPane {

    public static final int MIN_EXPORT_WIDTH = 800;
    public static final int MIN_EXPORT_HEIGHT = 500;
    public static final String LEGEND_CLASS = "app-chart-legend";

    private final AppContext context;
    private final String baseName;
    private final ChartViewer viewer = new ChartViewer(null, false);
    private final Label message = new Label();
    private final FlowPane legend = new FlowPane(14, 4);
    private final ContextMenu menu;
    private Consumer<ChartEntity> onClick = e -> {};
    private String emptyMessage = "Nothing to chart yet.";
    /** The legend taken off the shown chart (drawn as nodes instead); put back while the chart is exported. */
    private LegendTitle hiddenLegend;
    /** Builds the chart for a theme, when the screen's colours depend on it: called again when the theme changes. */
    private Function<Theme, JFreeChart> builder;

    /** @param baseName the suggested file name (without extension) when saving */
    public ChartPane(AppContext context, String baseName) {
        this.context = context;
        this.baseName = baseName;
        getStyleClass().add("app-chart");
        message.getStyleClass().add("app-chart-message");
        message.setWrapText(true);
        viewer.setVisible(false);
        setCenter(new StackPane(viewer, message));
        legend.getStyleClass().add(LEGEND_CLASS);
        legend.managedProperty().bind(legend.visibleProperty());
        legend.setVisible(false);
        setBottom(legend);
        setMinSize(200, 150);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getTrigger().getButton() == MouseButton.PRIMARY && event.getEntity() != null) {
                    onClick.accept(event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                viewer.setCursor(event.getEntity() instanceof CategoryItemEntity
                                || event.getEntity() instanceof XYItemEntity
                        ? Cursor.HAND
                        : Cursor.DEFAULT);
            }
        });
        menu = new ContextMenu(
                item("Copy", "chart-copy", this::copy),
                item("Save PNG\u2026", "chart-save-png", () -> save("png")),
                item("Save SVG\u2026", "chart-save-svg", () -> save("svg")));
        viewer.setOnContextMenuRequested(e -> {
            if (chart() != null) {
                menu.show(viewer, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        context.themeProperty().addListener((obs, old, theme) -> restyle(theme));
        showMessage(emptyMessage);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /**
     * Shows {@code chart}, styled for the current theme; {@code null} shows the empty message instead (JFreeChart-FX
     * refuses a null chart, so "no chart yet" is a state of this pane, not of the viewer).
     */
    public void setChart(JFreeChart chart) {
        builder = null;
        display(chart);
    }

    /**
     * Shows the chart {@code build} makes for the current theme, and rebuilds it when the theme changes (for charts
     * whose own colours, not only the background and text, depend on the theme). {@code build} may return null.
     */
    public void setChartBuilder(Function<Theme, JFreeChart> build) {
        builder = build;
        display(build.apply(context.themeProperty().get()));
    }

    private void display(JFreeChart chart) {
        if (chart == null) {
            hiddenLegend = null;
            showMessage(emptyMessage);
            return;
        }
        Theme theme = context.themeProperty().get();
        ChartStyle.apply(chart, theme);
        hiddenLegend = chart.getLegend();
        legend.getChildren().setAll(hiddenLegend == null ? List.of() : ChartLegend.nodes(hiddenLegend));
        if (hiddenLegend != null) {
            // JFreeChart measures its legend with AWT fonts but the viewer draws it with JavaFX ones: labels overlap
            chart.removeLegend();
        }
        viewer.setChart(chart);
        viewer.setVisible(true);
        message.setVisible(false);
        legend.setVisible(!legend.getChildren().isEmpty());
    }

    /** Shows {@code text} instead of a chart (no data, still loading). */
    public void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        viewer.setVisible(false);
        legend.setVisible(false);
    }

    /** What the pane says while it has no chart (before the first {@link #setChart}, or after a null one). */
    public void setEmptyMessage(String text) {
        boolean showing = chart() == null && message.getText().equals(emptyMessage);
        emptyMessage = text;
        if (showing) {
            message.setText(text);
        }
    }

    /** The text shown instead of a chart (empty message, loading, no data), or empty when a chart is shown. */
    public Optional<String> shownMessage() {
        return message.isVisible() ? Optional.of(message.getText()) : Optional.empty();
    }

    /** Adds "Export data as CSV…" to the right-click menu: writes what {@code csv} returns (the data behind the chart). */
    public void setDataExport(Supplier<String> csv) {
        MenuItem data = item("Export data as CSV\u2026", "chart-export-csv", () -> exportData(csv));
        menu.getItems().addAll(new SeparatorMenuItem(), data);
    }

    public JFreeChart chart() {
        return viewer.isVisible() ? viewer.getChart() : null;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** The right-click menu (tests). */
    ContextMenu menu() {
        return menu;
    }

    /** The legend as shown (JavaFX nodes under the plot); empty when the chart has none. */
    public FlowPane legend() {
        return legend;
    }

    /** Called with the entity (a bar, a point) the user clicked. */
    public void setOnEntityClicked(Consumer<ChartEntity> handler) {
        this.onClick = handler == null ? e -> {} : handler;
    }

    private void restyle(Theme theme) {
        if (builder != null) {
            display(builder.apply(theme));
            return;
        }
        JFreeChart chart = chart();
        if (chart != null) {
            ChartStyle.apply(chart, theme);
            if (hiddenLegend != null) {
                ChartStyle.legend(hiddenLegend, theme);
            }
        }
    }

    /**
     * Runs {@code draw} on the shown chart with its JFreeChart legend back in place (exports are drawn with AWT fonts,
     * where the legend measures right), then takes the legend off again; null when no chart is shown.
     */
    public <T> T withLegend(Function<JFreeChart, T> draw) {
        JFreeChart chart = chart();
        if (chart == null) {
            return null;
        }
        if (hiddenLegend == null) {
            return draw.apply(chart);
        }
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        chart.addLegend(hiddenLegend);
        try {
            return draw.apply(chart);
        } finally {
            chart.removeLegend();
            chart.setNotify(notify);
        }
    }

    private int exportWidth() {
        return Math.max(MIN_EXPORT_WIDTH, (int) Math.round(getWidth()));
    }

    private int exportHeight() {
        return Math.max(MIN_EXPORT_HEIGHT, (int) Math.round(getHeight()));
    }

    public void copy() {
        Boolean copied = withLegend(c -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(ChartExport.image(c, exportWidth(), exportHeight()), null));
            Clipboard.getSystemClipboard().setContent(content);
            return true;
        });
        if (copied != null) {
            context.notify(Notice.info("Chart copied to the clipboard as an image"));
        }
    }

    /** Asks for a file and saves the chart as {@code png} or {@code svg}. */
    public void save(String format) {
        if (chart() == null) {
            return;
        }
        FilePrompts.Filter filter = format.equals("svg") ? FilePrompts.SVG : FilePrompts.PNG;
        Optional<Path> file = context.files().save("Save chart as " + format.toUpperCase(java.util.Locale.ROOT),
                baseName + "." + format, List.of(filter));
        file.ifPresent(f -> saveTo(f, format));
    }

    /** Saves the chart as {@code format} to {@code file}, telling the user what happened. */
    public void saveTo(Path file, String format) {
        try {
            Boolean saved = withLegend(c -> {
                try {
                    if (format.equals("svg")) {
                        ChartExport.saveSvg(c, file, exportWidth(), exportHeight());
                    } else {
                        ChartExport.savePng(c, file, exportWidth(), exportHeight());
                    }
                    return true;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (saved != null) {
                context.notify(Notice.success("Chart saved", file.toString()));
            }
        } catch (java.io.UncheckedIOException e) {
            context.notify(Notice.error("Could not save the chart", e.getCause()));
        }
    }

    private void exportData(Supplier<String> csv) {
        Optional<Path> file = context.files().save("Export the chart's data as CSV", baseName + ".csv",
                List.of(FilePrompts.CSV));
        file.ifPresent(f -> exportDataTo(f, csv));
    }

    /** Writes the data behind the chart to {@code file} (atomically), telling the user what happened. */
    public void exportDataTo(Path file, Supplier<String> csv) {
        SafeFiles.export(context, file, csv, "Chart data");
    }
}
