package dev.greenops.views.scheduler;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.svg.SVGGraphics2D;

/**
 * Right-click menus the house rules ask of every chart (Copy, Save PNG, Save SVG) and every table (Export CSV, Copy),
 * for this screen's charts and tables.
 */
final class ExportMenus {

    private ExportMenus() {}

    /**
     * Copy / Save PNG / Save SVG on a chart, at the size it is shown. The exported picture is drawn by
     * {@code forExport} (the chart with its legend, which the screen shows as JavaFX nodes instead).
     */
    static void chart(ChartViewer viewer, String baseName, Consumer<String> status,
            java.util.function.Supplier<JFreeChart> forExport) {
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            JFreeChart c = forExport.get();
            if (c == null) {
                return;
            }
            content.putImage(SwingFXUtils.toFXImage(c.createBufferedImage(width(viewer), height(viewer)), null));
            Clipboard.getSystemClipboard().setContent(content);
            status.accept("Chart copied to the clipboard.");
        });
        MenuItem png = new MenuItem("Save PNG…");
        png.setOnAction(e -> choose(viewer, baseName + ".png", "PNG image", "*.png").ifPresent(f -> {
            try {
                SchedulerCharts.savePng(forExport.get(), f, width(viewer), height(viewer));
                status.accept("Saved " + f + ".");
            } catch (IOException ex) {
                status.accept("Could not save " + f + ": " + ex.getMessage());
            }
        }));
        MenuItem svg = new MenuItem("Save SVG…");
        svg.setOnAction(e -> choose(viewer, baseName + ".svg", "SVG image", "*.svg").ifPresent(f -> {
            try {
                Files.writeString(f, svg(forExport.get(), width(viewer), height(viewer)), StandardCharsets.UTF_8);
                status.accept("Saved " + f + ".");
            } catch (IOException ex) {
                status.accept("Could not save " + f + ": " + ex.getMessage());
            }
        }));
        ContextMenu menu = new ContextMenu(copy, png, svg);
        menu.setOnShowing(e -> menu.getItems().forEach(item -> item.setDisable(viewer.getChart() == null)));
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
    }

    static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    private static int width(ChartViewer v) {
        return Math.max(200, (int) v.getWidth());
    }

    private static int height(ChartViewer v) {
        return Math.max(150, (int) v.getHeight());
    }

    /**
     * The chart's legend as JavaFX nodes (a swatch and a label per series). JFreeChart's own legend is measured with
     * AWT fonts but drawn with JavaFX ones, so its labels run into each other on screen.
     */
    static javafx.scene.layout.FlowPane legend(JFreeChart chart) {
        javafx.scene.layout.FlowPane pane = new javafx.scene.layout.FlowPane(14, 4);
        pane.getStyleClass().add("sched-legend");
        if (chart == null) {
            return pane;
        }
        org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            org.jfree.chart.LegendItem item = items.get(i);
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(12, 12);
            if (item.getFillPaint() instanceof java.awt.Color c) {
                swatch.setFill(javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0));
            }
            javafx.scene.control.Label label = new javafx.scene.control.Label(item.getLabel(), swatch);
            label.getStyleClass().add("sched-legend-note");
            pane.getChildren().add(label);
        }
        return pane;
    }

    /** Export CSV (every row, as filtered and sorted) and Copy (selected rows, tab-separated) on a table. */
    static <T> void table(TableView<T> table, String baseName, Consumer<String> status) {
        MenuItem export = new MenuItem("Export CSV…");
        export.setOnAction(e -> choose(table, baseName + ".csv", "CSV", "*.csv").ifPresent(f -> {
            try {
                Files.writeString(f, text(table, table.getItems(), ",", true), StandardCharsets.UTF_8);
                status.accept("Wrote " + table.getItems().size() + " rows to " + f + ".");
            } catch (IOException ex) {
                status.accept("Could not write " + f + ": " + ex.getMessage());
            }
        }));
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> {
            List<T> rows = table.getSelectionModel().getSelectedItems().isEmpty()
                    ? table.getItems()
                    : table.getSelectionModel().getSelectedItems();
            ClipboardContent content = new ClipboardContent();
            content.putString(text(table, rows, "\t", false));
            Clipboard.getSystemClipboard().setContent(content);
            status.accept("Copied " + rows.size() + " rows.");
        });
        table.setContextMenu(new ContextMenu(export, new SeparatorMenuItem(), copy));
    }

    /** The rows as text, cells as the table shows them, with the column titles first. */
    static <T> String text(TableView<T> table, List<T> rows, String separator, boolean csv) {
        List<TableColumn<T, ?>> columns = new ArrayList<>(table.getVisibleLeafColumns());
        StringBuilder out = new StringBuilder();
        List<String> header = columns.stream().map(TableColumn::getText).toList();
        out.append(String.join(separator, csv ? header.stream().map(ExportMenus::csvCell).toList() : header)).append('\n');
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<T, ?> c : columns) {
                Object v = c.getCellData(row);
                String s = v == null ? "" : String.valueOf(v);
                cells.add(csv ? csvCell(s) : s.replace('\t', ' '));
            }
            out.append(String.join(separator, cells)).append('\n');
        }
        return out.toString();
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static java.util.Optional<Path> choose(javafx.scene.Node owner, String name, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        java.io.File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }
}
